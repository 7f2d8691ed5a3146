import type { Organisation, Programme, Topic } from "../catalogue/index.ts";
import { LOCALE_INFO, type Locale } from "../i18n/locales.ts";
import { Check, ChoiceGroup, SelectField } from "../ui/fields.tsx";
import { Csrf, ErrorSummary, TextInput } from "../ui/forms.tsx";
import { pickFor } from "../ui/language.ts";
import { AdminLayout } from "../ui/layout.tsx";
import { LanguageCells, LanguageHeaders, StatusBadge, type TextField, TextFieldInputs } from "../ui/translation-editor.tsx";
import type { View } from "../web/context.ts";
import { type FieldErrors, type FormBody, has, one } from "../web/forms.ts";
import { RESOURCE_KINDS, type ResourceOverview } from "./resources.ts";
import { kindLabel } from "./views.tsx";

/** The library admin: the list, a new resource, a resource's page (files, downloads, settings) and its texts. */

export type LibraryCatalogue = { organisations: Organisation[]; programmes: Programme[]; topics: Topic[] };

/** Title, summary and body of a resource, as its editors show them. */
export function resourceTextFields(v: View): TextField<"title" | "summary" | "body">[] {
  return [
    { name: "title", label: v.t("library.field.title"), required: true },
    { name: "summary", label: v.t("library.field.summary"), hint: v.t("library.field.summaryHint"), rows: 3 },
    { name: "body", label: v.t("library.field.body"), hint: v.t("pages.field.bodyHint"), rows: 14, isMarkdown: true },
  ];
}

/** The accepted kinds of file, for the file chooser; the server checks the content anyway. */
export const ACCEPT =
  ".pdf,.docx,.odt,.png,.jpg,.jpeg,.webp,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/vnd.oasis.opendocument.text,image/png,image/jpeg,image/webp";

export function AdminLibraryList({
  v,
  resources,
  canManage,
  editable,
}: {
  v: View;
  resources: ResourceOverview[];
  canManage: boolean;
  editable: (l: Locale) => boolean;
}) {
  return (
    <AdminLayout v={v} title={v.t("library.admin.title")}>
      <h1>{v.t("library.admin.title")}</h1>
      {canManage ? (
        <p>
          <a class="button" href="/admin/library/new">
            {v.t("library.admin.new")}
          </a>
        </p>
      ) : null}
      {resources.length === 0 ? (
        <p>{v.t("library.admin.none")}</p>
      ) : (
        <div class="table-scroll">
          <table>
            <caption class="visually-hidden">{v.t("library.admin.title")}</caption>
            <thead>
              <tr>
                <th scope="col">{v.t("library.field.title")}</th>
                <th scope="col">{v.t("library.field.kind")}</th>
                <th scope="col">{v.t("library.admin.visibility")}</th>
                <th scope="col">{v.t("library.admin.files")}</th>
                <LanguageHeaders v={v} />
              </tr>
            </thead>
            <tbody>
              {resources.map((r) => (
                <tr>
                  <th scope="row">
                    {canManage ? <a href={`/admin/library/${r.id}`}>{r.title}</a> : r.title}
                    <br />
                    <small>/{r.slug}</small>
                  </th>
                  <td>{kindLabel(v, r.kind)}</td>
                  <td>{r.isPublished ? v.t("library.admin.isPublished") : v.t("library.admin.isUnpublished")}</td>
                  <td>
                    {r.fileLocales.length === 0 ? (
                      <span class="muted">{v.t("library.admin.noFiles")}</span>
                    ) : (
                      <span class="badges">
                        {r.fileLocales.map((l) => (
                          <span class="badge" lang={l}>
                            {LOCALE_INFO[l].name}
                          </span>
                        ))}
                      </span>
                    )}
                  </td>
                  <LanguageCells
                    v={v}
                    badge={(l) => <StatusBadge v={v} status={r.statuses[l] ?? "missing"} />}
                    href={(l) => `/admin/library/${r.id}/${LOCALE_INFO[l].segment}`}
                    editable={editable}
                    editLabel={(language) => v.t("library.admin.editIn", { title: r.title, language })}
                  />
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </AdminLayout>
  );
}

/** Address, kind, publisher, programme and topics: shared by the new resource form and the resource page. */
export function SettingsInputs({
  v,
  values,
  errors,
  catalogue,
}: {
  v: View;
  values: FormBody;
  errors?: FieldErrors | undefined;
  catalogue: LibraryCatalogue;
}) {
  const none = { value: "", label: v.t("library.none") };
  return (
    <>
      <TextInput
        v={v}
        name="slug"
        label={v.t("library.field.slug")}
        hint={v.t("library.field.slugHint")}
        value={one(values, "slug")}
        errors={errors}
        required
      />
      <SelectField
        v={v}
        name="kind"
        label={v.t("library.field.kind")}
        value={one(values, "kind")}
        options={RESOURCE_KINDS.map((k) => ({ value: k, label: kindLabel(v, k) }))}
        errors={errors}
      />
      <SelectField
        v={v}
        name="organisationId"
        label={v.t("library.field.organisation")}
        value={one(values, "organisationId")}
        options={[none, ...catalogue.organisations.map((o) => ({ value: o.id, label: pickFor(v, o.name) || o.shortName || o.slug }))]}
        errors={errors}
      />
      <SelectField
        v={v}
        name="programmeId"
        label={v.t("library.field.programme")}
        value={one(values, "programmeId")}
        options={[none, ...catalogue.programmes.map((p) => ({ value: p.id, label: pickFor(v, p.title) || p.slug }))]}
        errors={errors}
      />
      <ChoiceGroup v={v} id="topics" legend={v.t("library.field.topics")} errors={errors}>
        {catalogue.topics.length === 0 ? (
          <p class="hint">{v.t("library.field.noTopics")}</p>
        ) : (
          <div class="choices">
            {catalogue.topics.map((topic) => (
              <Check
                name="topics"
                value={topic.id}
                checked={has(values, "topics", topic.id)}
                label={pickFor(v, topic.name) || topic.slug}
              />
            ))}
          </div>
        )}
      </ChoiceGroup>
    </>
  );
}

export function NewResourceForm({
  v,
  values,
  errors,
  catalogue,
}: {
  v: View;
  values: FormBody;
  errors?: FieldErrors | undefined;
  catalogue: LibraryCatalogue;
}) {
  const sourceLocale = (v.locales as readonly string[]).includes(one(values, "sourceLocale"))
    ? (one(values, "sourceLocale") as Locale)
    : v.locale;
  return (
    <AdminLayout v={v} title={v.t("library.admin.new")}>
      <h1>{v.t("library.admin.new")}</h1>
      <ErrorSummary v={v} errors={errors} />
      <form method="post" action="/admin/library/new" class="stack">
        <Csrf v={v} />
        <SelectField
          v={v}
          name="sourceLocale"
          label={v.t("library.field.sourceLocale")}
          hint={v.t("library.field.sourceLocaleHint")}
          value={sourceLocale}
          options={v.locales.map((l) => ({ value: l, label: LOCALE_INFO[l].name, lang: l }))}
          errors={errors}
        />
        <TextFieldInputs v={v} fields={resourceTextFields(v)} values={values} errors={errors} locale={sourceLocale} />
        <SettingsInputs v={v} values={values} errors={errors} catalogue={catalogue} />
        <button type="submit">{v.t("library.admin.create")}</button>
      </form>
    </AdminLayout>
  );
}

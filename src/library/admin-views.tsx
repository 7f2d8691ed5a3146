import { has, pickFor } from "../events/admin/views.tsx";
import type { Organisation, Programme, Topic } from "../events/model.ts";
import { fileSize } from "../i18n/formats.ts";
import { LOCALE_INFO, type Locale, localePath } from "../i18n/locales.ts";
import { Check, ChoiceGroup, SelectField } from "../ui/fields.tsx";
import { Csrf, ErrorSummary, Field, TextInput } from "../ui/forms.tsx";
import { AdminLayout } from "../ui/layout.tsx";
import {
  LanguageCells,
  LanguageHeaders,
  LanguageNav,
  SourceChanges,
  StatusBadge,
  type TextField,
  TextFieldInputs,
  TranslationForm,
} from "../ui/translation-editor.tsx";
import type { View } from "../web/context.ts";
import { type FieldErrors, type FormBody, one } from "../web/forms.ts";
import type { DownloadCount, ResourceFile } from "./files.ts";
import { RESOURCE_KINDS, type Resource, type ResourceOverview, type ResourceTextEditor } from "./resources.ts";
import { kindLabel } from "./views.tsx";

/** The library admin: the list, a new resource, a resource's page (files, downloads, settings) and its texts. */

export type LibraryCatalogue = { organisations: Organisation[]; programmes: Programme[]; topics: Topic[] };

/** Title, summary and body of a resource, as its editors show them. */
function resourceTextFields(v: View): TextField<"title" | "summary" | "body">[] {
  return [
    { name: "title", label: v.t("library.field.title"), required: true },
    { name: "summary", label: v.t("library.field.summary"), hint: v.t("library.field.summaryHint"), rows: 3 },
    { name: "body", label: v.t("library.field.body"), hint: v.t("pages.field.bodyHint"), rows: 14, isMarkdown: true },
  ];
}

/** The accepted kinds of file, for the file chooser; the server checks the content anyway. */
const ACCEPT =
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
function SettingsInputs({
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

/** What went wrong with the last upload, shown beside the upload form. */
export type UploadState = { locale: string; errors: FieldErrors };

export function ResourceAdminView({
  v,
  resource,
  title,
  statuses,
  files,
  downloads,
  copies,
  catalogue,
  values,
  errors,
  upload,
}: {
  v: View;
  resource: Resource;
  title: string;
  statuses: Record<string, string>;
  files: ResourceFile[];
  downloads: DownloadCount[];
  /** Copies in the dissemination log, in all. */
  copies: number;
  catalogue: LibraryCatalogue;
  values: FormBody;
  errors?: FieldErrors | undefined;
  upload?: UploadState | undefined;
}) {
  const base = `/admin/library/${resource.id}`;
  const uploadErrors: FieldErrors = {};
  if (upload?.errors.file) uploadErrors["upload-file"] = upload.errors.file;
  if (upload?.errors.locale) uploadErrors["upload-locale"] = upload.errors.locale;
  const rows = v.locales.filter((l) => files.some((f) => f.locale === l) || downloads.some((d) => d.locale === l));
  return (
    <AdminLayout v={v} title={title}>
      <h1>
        {title}
        <br />
        <small class="event-section">{kindLabel(v, resource.kind)}</small>
      </h1>
      <ErrorSummary v={v} errors={upload ? uploadErrors : errors} />
      <section class="publication" aria-labelledby="publication-title">
        <h2 id="publication-title">{v.t("library.admin.publication")}</h2>
        <p>
          {resource.isPublished ? v.t("library.admin.isPublished") : v.t("library.admin.isUnpublished")}
          {resource.isPublished ? (
            <>
              {" · "}
              <a href={localePath(resource.sourceLocale, `/library/${resource.slug}`)}>{v.t("library.admin.view")}</a>
            </>
          ) : null}
        </p>
        <form method="post" action={`${base}/${resource.isPublished ? "unpublish" : "publish"}`} class="inline">
          <Csrf v={v} />
          <button type="submit" class={resource.isPublished ? "secondary" : undefined}>
            {resource.isPublished ? v.t("library.admin.unpublish") : v.t("library.admin.publish")}
          </button>
        </form>
      </section>

      <section aria-labelledby="texts-title">
        <h2 id="texts-title">{v.t("library.admin.texts")}</h2>
        <div class="text-languages">
          <ul>
            {v.locales.map((l) => (
              <li>
                <a href={`${base}/${LOCALE_INFO[l].segment}`}>
                  <span lang={l}>{LOCALE_INFO[l].name}</span>
                  {l === resource.sourceLocale ? ` (${v.t("library.admin.original")})` : ""}
                </a>{" "}
                <StatusBadge v={v} status={(statuses[l] as "draft" | "published" | "outdated" | undefined) ?? "missing"} />
              </li>
            ))}
          </ul>
        </div>
      </section>

      <section aria-labelledby="files-title">
        <h2 id="files-title">{v.t("library.admin.filesTitle")}</h2>
        {rows.length === 0 ? (
          <p>{v.t("library.admin.noFiles")}</p>
        ) : (
          <div class="table-scroll">
            <table>
              <caption class="visually-hidden">{v.t("library.admin.filesTitle")}</caption>
              <thead>
                <tr>
                  <th scope="col">{v.t("library.admin.language")}</th>
                  <th scope="col">{v.t("library.admin.file")}</th>
                  <th scope="col" class="num">
                    {v.t("library.admin.downloadsTotal")}
                  </th>
                  <th scope="col" class="num">
                    {v.t("library.admin.downloadsRecent")}
                  </th>
                  <th scope="col">{v.t("library.admin.actions")}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((l) => {
                  const file = files.find((f) => f.locale === l);
                  const count = downloads.find((d) => d.locale === l);
                  return (
                    <tr data-locale={l}>
                      <th scope="row" lang={l}>
                        {LOCALE_INFO[l].name}
                      </th>
                      <td>
                        {file ? (
                          <>
                            <a href={`${base}/files/${LOCALE_INFO[l].segment}`}>{file.fileName}</a>{" "}
                            <small>({fileSize(v.locale, file.size)})</small>
                          </>
                        ) : (
                          <span class="muted">{v.t("library.admin.noFile")}</span>
                        )}
                      </td>
                      <td class="num" data-count="total">
                        {count?.total ?? 0}
                      </td>
                      <td class="num" data-count="recent">
                        {count?.lastThirtyDays ?? 0}
                      </td>
                      <td>
                        {file ? (
                          <form method="post" action={`${base}/files/${LOCALE_INFO[l].segment}/delete`}>
                            <Csrf v={v} />
                            <button type="submit" class="small secondary">
                              {v.t("library.admin.deleteFile", { language: LOCALE_INFO[l].name })}
                            </button>
                          </form>
                        ) : null}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
        <p class="hint">{v.t("library.admin.downloadsNote")}</p>
        <h3 id="upload-title">{v.t("library.admin.upload")}</h3>
        <form
          method="post"
          action={`${base}/files?_csrf=${encodeURIComponent(v.csrf)}`}
          enctype="multipart/form-data"
          class="upload stack"
          aria-labelledby="upload-title"
        >
          <Field v={v} name="upload-locale" label={v.t("library.admin.fileLanguage")} errors={uploadErrors}>
            <select id="upload-locale" name="locale" aria-invalid={uploadErrors["upload-locale"] ? "true" : undefined}>
              {v.locales.map((l) => (
                <option value={l} lang={l} selected={l === (upload?.locale || resource.sourceLocale)}>
                  {LOCALE_INFO[l].name}
                </option>
              ))}
            </select>
          </Field>
          <Field
            v={v}
            name="upload-file"
            label={v.t("library.admin.chooseFile")}
            hint={v.t("library.admin.fileHint")}
            errors={uploadErrors}
          >
            <input
              type="file"
              id="upload-file"
              name="file"
              required
              accept={ACCEPT}
              aria-invalid={uploadErrors["upload-file"] ? "true" : undefined}
              aria-describedby={uploadErrors["upload-file"] ? "upload-file-hint upload-file-error" : "upload-file-hint"}
            />
          </Field>
          <button type="submit">{v.t("library.admin.uploadSubmit")}</button>
        </form>
      </section>

      <section aria-labelledby="dissemination-title">
        <h2 id="dissemination-title">{v.t("library.dissemination.title")}</h2>
        <p>{v.t("library.dissemination.summary", { copies })}</p>
        <p>
          <a href={`${base}/dissemination`}>{v.t("library.dissemination.open")}</a>
        </p>
      </section>

      <section aria-labelledby="settings-title">
        <h2 id="settings-title">{v.t("library.admin.settings")}</h2>
        <form method="post" action={base} class="stack">
          <Csrf v={v} />
          <SettingsInputs v={v} values={values} errors={errors} catalogue={catalogue} />
          <button type="submit">{v.t("form.save")}</button>
        </form>
      </section>
    </AdminLayout>
  );
}

export function ResourceTextView({
  v,
  editor,
  values,
  errors,
  canManage,
  editable,
}: {
  v: View;
  editor: ResourceTextEditor;
  values: FormBody;
  errors?: FieldErrors | undefined;
  canManage: boolean;
  editable: (l: Locale) => boolean;
}) {
  const { resource, locale, source } = editor;
  const language = LOCALE_INFO[locale].name;
  const heading = v.t("library.admin.textTitle", { title: source.title, language });
  const fields = resourceTextFields(v);
  return (
    <AdminLayout v={v} title={heading}>
      <h1>{heading}</h1>
      {canManage ? (
        <p>
          <a href={`/admin/library/${resource.id}`}>{v.t("library.admin.back")}</a>
        </p>
      ) : null}
      <LanguageNav
        v={v}
        label={v.t("library.admin.texts")}
        originalLabel={v.t("library.admin.original")}
        sourceLocale={resource.sourceLocale}
        current={locale}
        statuses={editor.statuses}
        href={(l) => `/admin/library/${resource.id}/${LOCALE_INFO[l].segment}`}
        editable={editable}
      />
      <SourceChanges v={v} fields={fields} changes={editor.changes} sourceLocale={resource.sourceLocale} />
      <TranslationForm
        v={v}
        locale={locale}
        sourceLocale={resource.sourceLocale}
        action={`/admin/library/${resource.id}/${LOCALE_INFO[locale].segment}`}
        fields={fields}
        source={source}
        values={values}
        errors={errors}
      />
    </AdminLayout>
  );
}

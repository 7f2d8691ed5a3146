import { LOCALE_INFO, type Locale, localePath } from "../i18n/locales.ts";
import { FallbackNotice } from "../ui/fallback-notice.tsx";
import { Csrf, ErrorSummary, Field, TextInput } from "../ui/forms.tsx";
import { AdminLayout, PageMeta, SiteLayout } from "../ui/layout.tsx";
import { PosterLink } from "../ui/poster-link.tsx";
import {
  LanguageCells,
  LanguageHeaders,
  SourceChanges,
  StatusBadge,
  type TextField,
  TextFieldInputs,
  TranslationForm,
} from "../ui/translation-editor.tsx";
import type { View } from "../web/context.ts";
import type { FieldErrors } from "../web/forms.ts";
import type { PageFields, PageForReader, PageOverview, TranslationEditor } from "./pages.ts";

export function PublicPageView({ v, read }: { v: View; read: PageForReader }) {
  const { translation, locale } = read;
  return (
    <SiteLayout
      v={v}
      title={translation.title}
      description={translation.summary}
      head={<PageMeta v={v} title={translation.title} description={translation.summary} />}
    >
      <article class="page" lang={read.isTransliterated ? v.locale : locale} dir={LOCALE_INFO[locale].dir}>
        <FallbackNotice v={v} shownIn={locale} isOutdated={read.isOutdated} isTransliterated={read.isTransliterated} />
        <h1>{translation.title}</h1>
        {translation.summary ? <p class="lead">{translation.summary}</p> : null}
        <div class="prose" dangerouslySetInnerHTML={{ __html: translation.bodyHtml }} />
        <PosterLink v={v} path={`/pages/${read.page.slug}`} />
      </article>
    </SiteLayout>
  );
}

export function AdminPageList({
  v,
  pages,
  canManage,
  editable,
}: {
  v: View;
  pages: PageOverview[];
  canManage: boolean;
  editable: (l: Locale) => boolean;
}) {
  return (
    <AdminLayout v={v} title={v.t("pages.title")}>
      <h1>{v.t("pages.title")}</h1>
      {canManage ? (
        <p>
          <a class="button" href="/admin/pages/new">
            {v.t("pages.new")}
          </a>
        </p>
      ) : null}
      {pages.length === 0 ? (
        <p>{v.t("pages.none")}</p>
      ) : (
        <div class="table-scroll">
          <table>
            <caption class="visually-hidden">{v.t("pages.title")}</caption>
            <thead>
              <tr>
                <th scope="col">{v.t("pages.field.title")}</th>
                <th scope="col">{v.t("pages.visibility")}</th>
                <LanguageHeaders v={v} />
              </tr>
            </thead>
            <tbody>
              {pages.map((p) => (
                <tr>
                  <th scope="row">
                    {p.title}
                    <br />
                    <small>/{p.slug}</small>
                  </th>
                  <td>{p.isPublished ? v.t("pages.isPublished") : v.t("pages.isUnpublished")}</td>
                  <LanguageCells
                    v={v}
                    badge={(l) => <StatusBadge v={v} status={p.statuses[l] ?? "missing"} />}
                    href={(l) => `/admin/pages/${p.id}/${LOCALE_INFO[l].segment}`}
                    editable={editable}
                    editLabel={(language) => v.t("pages.editIn", { title: p.title, language })}
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

export function NewPageForm({ v, values, errors }: { v: View; values: Record<string, string>; errors?: FieldErrors }) {
  return (
    <AdminLayout v={v} title={v.t("pages.new")}>
      <h1>{v.t("pages.new")}</h1>
      <ErrorSummary v={v} errors={errors} />
      <form method="post" action="/admin/pages/new" class="stack">
        <Csrf v={v} />
        <TextInput
          v={v}
          name="slug"
          label={v.t("pages.field.slug")}
          hint={v.t("pages.field.slugHint")}
          value={values.slug}
          errors={errors}
          required
        />
        <Field v={v} name="sourceLocale" label={v.t("pages.field.sourceLocale")} errors={errors}>
          <select id="sourceLocale" name="sourceLocale">
            {v.locales.map((l) => (
              <option value={l} selected={(values.sourceLocale ?? v.locale) === l} lang={l}>
                {LOCALE_INFO[l].name}
              </option>
            ))}
          </select>
        </Field>
        <TextFieldInputs v={v} fields={pageTextFields(v)} values={values} errors={errors} />
        <button type="submit">{v.t("pages.create")}</button>
      </form>
    </AdminLayout>
  );
}

/** Title, summary and body of a page. */
function pageTextFields(v: View): TextField<keyof PageFields>[] {
  return [
    { name: "title", label: v.t("pages.field.title"), required: true },
    { name: "summary", label: v.t("pages.field.summary") },
    { name: "body", label: v.t("pages.field.body"), hint: v.t("pages.field.bodyHint"), rows: 16, isMarkdown: true },
  ];
}

export function TranslationEditorView({
  v,
  editor,
  values,
  errors,
  canManage,
}: {
  v: View;
  editor: TranslationEditor;
  values: Partial<PageFields> & { status?: string };
  errors?: FieldErrors;
  canManage: boolean;
}) {
  const { page, locale, source } = editor;
  const isSource = locale === page.sourceLocale;
  const language = LOCALE_INFO[locale].name;
  const fields = pageTextFields(v);
  return (
    <AdminLayout v={v} title={v.t("pages.translateTitle", { title: source.title, language })}>
      <h1>{v.t("pages.translateTitle", { title: source.title, language })}</h1>
      <p>
        {v.t("pages.statusLine")} <StatusBadge v={v} status={editor.status} />{" "}
        {page.isPublished ? <a href={localePath(locale, `/pages/${page.slug}`)}>{v.t("pages.view")}</a> : v.t("pages.isUnpublished")}
      </p>
      {canManage && isSource ? (
        <form method="post" action={`/admin/pages/${page.id}/${page.isPublished ? "unpublish" : "publish"}`} class="inline">
          <Csrf v={v} />
          <button type="submit" class="secondary">
            {page.isPublished ? v.t("pages.unpublish") : v.t("pages.publish")}
          </button>
        </form>
      ) : null}
      <SourceChanges v={v} fields={fields} changes={editor.changes} sourceLocale={page.sourceLocale} />
      <TranslationForm
        v={v}
        locale={locale}
        sourceLocale={page.sourceLocale}
        action={`/admin/pages/${page.id}/${LOCALE_INFO[locale].segment}`}
        fields={fields}
        source={source}
        values={values}
        errors={errors}
      />
    </AdminLayout>
  );
}

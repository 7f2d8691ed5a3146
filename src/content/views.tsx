import { diffWords } from "diff";
import type { TranslationStatus } from "../i18n/content.ts";
import { LOCALE_INFO, type Locale, localePath } from "../i18n/locales.ts";
import type { MessageKey } from "../i18n/messages.ts";
import { Csrf, ErrorSummary, Field, TextArea, TextInput } from "../ui/forms.tsx";
import { AdminLayout, LanguageAlternates, SiteLayout } from "../ui/layout.tsx";
import type { View } from "../web/context.ts";
import type { FieldErrors } from "../web/forms.ts";
import type { PageFields, PageForReader, PageOverview, TranslationEditor } from "./pages.ts";

const STATUS_KEYS: Record<TranslationStatus, MessageKey> = {
  missing: "translation.status.missing",
  draft: "translation.status.draft",
  published: "translation.status.published",
  outdated: "translation.status.outdated",
};

export function StatusBadge({ v, status }: { v: View; status: TranslationStatus }) {
  return <span class={`badge status-${status}`}>{v.t(STATUS_KEYS[status])}</span>;
}

/** Tells the reader the text is not (yet, or not fully) in their language. */
export function FallbackNotice({ v, shownIn, isOutdated }: { v: View; shownIn: Locale; isOutdated: boolean }) {
  if (shownIn !== v.locale) {
    return (
      <p class="fallback" role="note">
        {v.t("content.fallback", { language: LOCALE_INFO[shownIn].name })}
      </p>
    );
  }
  if (isOutdated) {
    return (
      <p class="fallback" role="note">
        {v.t("content.outdated")}
      </p>
    );
  }
  return null;
}

export function PublicPageView({ v, read }: { v: View; read: PageForReader }) {
  const { translation, locale } = read;
  return (
    <SiteLayout v={v} title={translation.title} description={translation.summary} head={<LanguageAlternates v={v} />}>
      <article class="page" lang={locale} dir={LOCALE_INFO[locale].dir}>
        <FallbackNotice v={v} shownIn={locale} isOutdated={read.isOutdated} />
        <h1>{translation.title}</h1>
        {translation.summary ? <p class="lead">{translation.summary}</p> : null}
        <div class="prose" dangerouslySetInnerHTML={{ __html: translation.bodyHtml }} />
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
                {v.locales.map((l) => (
                  <th scope="col" lang={l}>
                    {LOCALE_INFO[l].name}
                  </th>
                ))}
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
                  {v.locales.map((l) => (
                    <td>
                      {editable(l) ? (
                        <a href={`/admin/pages/${p.id}/${LOCALE_INFO[l].segment}`}>
                          <StatusBadge v={v} status={p.statuses[l] ?? "missing"} />
                          {/* Not aria-label: the visible status must stay part of the link's name (WCAG 2.5.3). */}
                          <span class="visually-hidden">
                            {" — "}
                            {v.t("pages.editIn", { title: p.title, language: LOCALE_INFO[l].name })}
                          </span>
                        </a>
                      ) : (
                        <StatusBadge v={v} status={p.statuses[l] ?? "missing"} />
                      )}
                    </td>
                  ))}
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
        <PageFieldInputs v={v} values={values} errors={errors} />
        <button type="submit">{v.t("pages.create")}</button>
      </form>
    </AdminLayout>
  );
}

function PageFieldInputs({
  v,
  values,
  errors,
  dir,
  lang,
}: {
  v: View;
  values: Partial<PageFields>;
  errors?: FieldErrors | undefined;
  dir?: string;
  /** The language of the text typed in, when it differs from the interface's. */
  lang?: string;
}) {
  return (
    <>
      <TextInput v={v} name="title" label={v.t("pages.field.title")} value={values.title} errors={errors} required dir={dir} lang={lang} />
      <TextInput v={v} name="summary" label={v.t("pages.field.summary")} value={values.summary} errors={errors} dir={dir} lang={lang} />
      <TextArea
        v={v}
        name="body"
        label={v.t("pages.field.body")}
        hint={v.t("pages.field.bodyHint")}
        value={values.body}
        errors={errors}
        rows={16}
        dir={dir}
        lang={lang}
      />
    </>
  );
}

/** Word-level changes between two versions of a source field. */
function Diff({ before, after }: { before: string; after: string }) {
  return (
    <p class="diff">
      {diffWords(before, after).map((part) =>
        part.added ? <ins>{part.value}</ins> : part.removed ? <del>{part.value}</del> : <span>{part.value}</span>,
      )}
    </p>
  );
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
  const action = `/admin/pages/${page.id}/${LOCALE_INFO[locale].segment}`;
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
      {editor.changes.length > 0 ? (
        <section class="changes" aria-labelledby="changes-title">
          <h2 id="changes-title">{v.t("translation.changedTitle")}</h2>
          <p>{v.t("translation.changedIntro", { count: editor.changes.length })}</p>
          {editor.changes.map((c) => (
            <div class="change" data-field={c.field}>
              <h3>{v.t(`pages.field.${c.field}`)}</h3>
              <Diff before={c.before} after={c.after} />
            </div>
          ))}
        </section>
      ) : null}
      <div class={isSource ? "" : "side-by-side"}>
        {isSource ? null : (
          <section class="source" aria-labelledby="source-title">
            <h2 id="source-title">{v.t("translation.source", { language: LOCALE_INFO[page.sourceLocale].name })}</h2>
            <dl>
              <dt>{v.t("pages.field.title")}</dt>
              <dd lang={page.sourceLocale}>{source.title}</dd>
              <dt>{v.t("pages.field.summary")}</dt>
              <dd lang={page.sourceLocale}>{source.summary}</dd>
              <dt>{v.t("pages.field.body")}</dt>
              <dd lang={page.sourceLocale}>
                <pre class="source-text">{source.body}</pre>
              </dd>
            </dl>
          </section>
        )}
        <section aria-labelledby="form-title">
          <h2 id="form-title">{isSource ? v.t("translation.sourceEdit", { language }) : v.t("translation.yours", { language })}</h2>
          <ErrorSummary v={v} errors={errors} />
          <form method="post" action={action} class="stack">
            <Csrf v={v} />
            <PageFieldInputs v={v} values={values} errors={errors} dir={LOCALE_INFO[locale].dir} lang={locale} />
            {isSource ? null : (
              <fieldset>
                <legend>{v.t("translation.statusLegend")}</legend>
                <label>
                  <input type="radio" name="status" value="draft" checked={values.status !== "published"} />{" "}
                  {v.t("translation.status.draft")}
                </label>
                <label>
                  <input type="radio" name="status" value="published" checked={values.status === "published"} />{" "}
                  {v.t("translation.status.published")}
                </label>
              </fieldset>
            )}
            <button type="submit">{v.t("form.save")}</button>
          </form>
        </section>
      </div>
    </AdminLayout>
  );
}

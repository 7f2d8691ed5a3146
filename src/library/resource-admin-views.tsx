import { fileSize } from "../i18n/formats.ts";
import { LOCALE_INFO, type Locale, localePath } from "../i18n/locales.ts";
import { Csrf, ErrorSummary, Field } from "../ui/forms.tsx";
import { AdminLayout } from "../ui/layout.tsx";
import { LanguageNav, SourceChanges, StatusBadge, TranslationForm } from "../ui/translation-editor.tsx";
import type { View } from "../web/context.ts";
import type { FieldErrors, FormBody } from "../web/forms.ts";
import { ACCEPT, type LibraryCatalogue, resourceTextFields, SettingsInputs } from "./admin-views.tsx";
import type { DownloadCount, ResourceFile } from "./files.ts";
import type { Resource, ResourceTextEditor } from "./resources.ts";
import { kindLabel } from "./views.tsx";

/** One resource in the admin: its settings, files per language and texts. */

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

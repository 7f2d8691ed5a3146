import { type LocalizedText, pickText } from "../../i18n/content.ts";
import { fileSize } from "../../i18n/formats.ts";
import { LOCALE_INFO, type Locale } from "../../i18n/locales.ts";
import type { MessageKey } from "../../i18n/messages.ts";
import { LocalizedFields } from "../../ui/fields.tsx";
import { Csrf, ErrorSummary, Field } from "../../ui/forms.tsx";
import type { View } from "../../web/context.ts";
import type { FieldErrors } from "../../web/forms.ts";
import { MATERIAL_VISIBILITIES, type Material } from "../materials/materials.ts";
import type { AgendaSession } from "../model.ts";
import { type EventHeader, EventPage } from "./admin-views.tsx";

/** The materials of an event for organisers: files per language, who may see them, uploads. */

export type UploadErrors = { materialId: string; locale: string; errors: FieldErrors };

function sessionLabel(v: View, session: AgendaSession, chain: readonly Locale[]): string {
  return v.t("regAdmin.materials.sessionOption", {
    day: session.day,
    starts: session.starts,
    ends: session.ends,
    title: pickText(session.title, chain),
  });
}

const VISIBILITY_KEYS: Record<(typeof MATERIAL_VISIBILITIES)[number], MessageKey> = {
  public: "regAdmin.materials.visibility.public",
  registrants: "regAdmin.materials.visibility.registrants",
};

export function MaterialsView({
  v,
  header,
  materials,
  sessions,
  values,
  errors,
  upload,
}: {
  v: View;
  header: EventHeader;
  materials: Material[];
  sessions: AgendaSession[];
  values: Record<string, string>;
  errors?: FieldErrors | undefined;
  upload?: UploadErrors | undefined;
}) {
  const { event, chain } = header;
  const base = `/admin/events/${event.id}/materials`;
  const source = event.sourceLocale;
  const sessionsById = new Map(sessions.map((s) => [s.id, s]));
  const summaryErrors: FieldErrors = upload
    ? Object.fromEntries(Object.entries(upload.errors).map(([field, key]) => [`${field}-${upload.materialId}`, key]))
    : (errors ?? {});
  return (
    <EventPage v={v} header={header} tab="materials" title={v.t("regAdmin.tabs.materials")}>
      <ErrorSummary v={v} errors={summaryErrors} />
      <section aria-labelledby="materials-title">
        <h2 id="materials-title">{v.t("regAdmin.materials.list")}</h2>
        {materials.length === 0 ? <p>{v.t("regAdmin.materials.none")}</p> : null}
        {materials.map((m) => {
          const title = pickText(m.title, chain);
          const session = m.sessionId ? sessionsById.get(m.sessionId) : undefined;
          const own = upload?.materialId === m.id ? upload.errors : undefined;
          const fileId = `file-${m.id}`;
          const localeId = `locale-${m.id}`;
          return (
            <article class="material" aria-labelledby={`m-${m.id}`}>
              <h3 id={`m-${m.id}`}>{title}</h3>
              <p class="meta">
                {v.t(VISIBILITY_KEYS[m.visibility])}
                {session ? (
                  <>
                    <br />
                    {sessionLabel(v, session, chain)}
                  </>
                ) : null}
              </p>
              <div class="table-scroll">
                <table>
                  <caption class="visually-hidden">{v.t("regAdmin.materials.filesOf", { title })}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{v.t("regAdmin.col.language")}</th>
                      <th scope="col">{v.t("regAdmin.materials.file")}</th>
                      <th scope="col">{v.t("regAdmin.col.actions")}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {v.locales.map((l) => {
                      const file = m.files.find((f) => f.locale === l);
                      return (
                        <tr>
                          <th scope="row" lang={l}>
                            {LOCALE_INFO[l].name}
                            {m.title[l] ? (
                              <>
                                <br />
                                <small>{m.title[l]}</small>
                              </>
                            ) : null}
                          </th>
                          <td>
                            {file ? (
                              <>
                                <a href={`${base}/${m.id}/files/${file.id}`}>{file.fileName}</a>{" "}
                                <small>({fileSize(v.locale, file.size)})</small>
                              </>
                            ) : (
                              <span class="muted">{v.t("regAdmin.materials.noFile")}</span>
                            )}
                          </td>
                          <td>
                            {file ? (
                              <form method="post" action={`${base}/${m.id}/files/${file.id}/delete`}>
                                <Csrf v={v} />
                                <button type="submit" class="small secondary">
                                  {v.t("regAdmin.materials.deleteFile", { language: LOCALE_INFO[l].name })}
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
              <form
                method="post"
                action={`${base}/${m.id}/files?_csrf=${encodeURIComponent(v.csrf)}`}
                enctype="multipart/form-data"
                class="upload"
              >
                <Field
                  v={v}
                  name={localeId}
                  label={v.t("regAdmin.materials.fileLanguage")}
                  errors={own?.locale ? { [localeId]: own.locale } : undefined}
                >
                  <select id={localeId} name="locale">
                    {v.locales.map((l) => (
                      <option value={l} lang={l} selected={l === (own ? upload?.locale : source)}>
                        {LOCALE_INFO[l].name}
                      </option>
                    ))}
                  </select>
                </Field>
                <Field
                  v={v}
                  name={fileId}
                  label={v.t("regAdmin.materials.chooseFile")}
                  hint={v.t("regAdmin.materials.fileHint")}
                  errors={own?.file ? { [fileId]: own.file } : undefined}
                >
                  <input
                    type="file"
                    id={fileId}
                    name="file"
                    required
                    accept=".pdf,.docx,.odt,.png,.jpg,.jpeg,.webp,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/vnd.oasis.opendocument.text,image/png,image/jpeg,image/webp"
                    aria-invalid={own?.file ? "true" : undefined}
                    aria-describedby={own?.file ? `${fileId}-hint ${fileId}-error` : `${fileId}-hint`}
                  />
                </Field>
                <button type="submit">{v.t("regAdmin.materials.upload")}</button>
              </form>
              <form method="post" action={`${base}/${m.id}/delete`} class="inline">
                <Csrf v={v} />
                <button type="submit" class="secondary danger">
                  {v.t("regAdmin.materials.delete")}
                </button>
              </form>
            </article>
          );
        })}
      </section>

      <section aria-labelledby="add-title">
        <h2 id="add-title">{v.t("regAdmin.materials.add")}</h2>
        <form method="post" action={base} class="stack">
          <Csrf v={v} />
          <LocalizedFields
            v={v}
            name="title"
            label="title"
            sourceLocale={source}
            locales={v.locales}
            values={values}
            errors={errors}
            required
            labelIn={(language) => v.t("regAdmin.materials.titleIn", { language })}
            othersLabel={v.t("regAdmin.materials.otherLanguages")}
            detailsClass="other-languages"
          />
          <fieldset id="visibility" class={errors?.visibility ? "has-error" : undefined}>
            <legend>{v.t("regAdmin.materials.visibility")}</legend>
            {errors?.visibility ? <p class="error">{v.t(errors.visibility)}</p> : null}
            {MATERIAL_VISIBILITIES.map((vis) => (
              <label>
                <input type="radio" name="visibility" value={vis} checked={(values.visibility || "public") === vis} />{" "}
                {v.t(VISIBILITY_KEYS[vis])}
              </label>
            ))}
          </fieldset>
          <Field v={v} name="sessionId" label={v.t("regAdmin.materials.session")} errors={errors}>
            <select id="sessionId" name="sessionId">
              <option value="">{v.t("regAdmin.materials.wholeEvent")}</option>
              {sessions.map((s) => (
                <option value={s.id} selected={values.sessionId === s.id}>
                  {sessionLabel(v, s, chain)}
                </option>
              ))}
            </select>
          </Field>
          <button type="submit">{v.t("regAdmin.materials.create")}</button>
        </form>
      </section>
    </EventPage>
  );
}

export function localizedFrom(values: Record<string, string>, field: string, locales: readonly Locale[]): LocalizedText {
  const out: LocalizedText = {};
  for (const l of locales) {
    const value = values[`${field}_${l}`]?.trim();
    if (value) out[l] = value;
  }
  return out;
}

import { diffWords } from "diff";
import { StatusBadge } from "../content/views.tsx";
import { LOCALE_INFO, type Locale } from "../i18n/locales.ts";
import type { MessageKey } from "../i18n/messages.ts";
import { Csrf, ErrorSummary, TextArea, TextInput } from "../ui/forms.tsx";
import type { View } from "../web/context.ts";
import type { FieldErrors } from "../web/forms.ts";
import type { FormBody } from "./admin-forms.ts";
import type { EventTextEditor } from "./admin-read.ts";
import { type EventHead, EventPage, str } from "./admin-views.tsx";

/** The texts of an event in one language: the original, or a translation beside it, as pages are translated. */

const FIELD_LABELS: Record<string, MessageKey> = {
  title: "eventsAdmin.field.title",
  summary: "eventsAdmin.field.summary",
  body: "eventsAdmin.field.body",
  objectives: "eventsAdmin.field.objectives",
};

/** Word-level changes between two versions of a source field, as the page editor shows them. */
function Diff({ before, after }: { before: string; after: string }) {
  return (
    <p class="diff">
      {diffWords(before, after).map((part) =>
        part.added ? <ins>{part.value}</ins> : part.removed ? <del>{part.value}</del> : <span>{part.value}</span>,
      )}
    </p>
  );
}

export function TextEditorView({
  v,
  head,
  editor,
  values,
  errors,
  canManage,
  editable,
}: {
  v: View;
  head: EventHead;
  editor: EventTextEditor;
  values: FormBody;
  errors?: FieldErrors | undefined;
  canManage: boolean;
  editable: (locale: Locale) => boolean;
}) {
  const { event, locale, source } = editor;
  const isSource = locale === event.sourceLocale;
  const language = LOCALE_INFO[locale].name;
  const dir = LOCALE_INFO[locale].dir;
  return (
    <EventPage v={v} head={head} section={v.t("eventsAdmin.text.section", { language })} current="texts" canManage={canManage}>
      <nav class="text-languages" aria-label={v.t("eventsAdmin.text.languages")}>
        <ul>
          {v.locales.map((l) => (
            <li>
              {editable(l) ? (
                <a href={`/admin/events/${event.id}/text/${LOCALE_INFO[l].segment}`} aria-current={l === locale ? "page" : undefined}>
                  <span lang={l}>{LOCALE_INFO[l].name}</span>
                  {l === event.sourceLocale ? ` (${v.t("eventsAdmin.text.original")})` : ""}
                </a>
              ) : (
                <span lang={l}>{LOCALE_INFO[l].name}</span>
              )}{" "}
              <StatusBadge v={v} status={editor.statuses[l] ?? "missing"} />
            </li>
          ))}
        </ul>
      </nav>
      {isSource ? null : (
        <p>
          {v.t("eventsAdmin.text.statusLine")} <StatusBadge v={v} status={editor.status} />
        </p>
      )}
      {editor.changes.length > 0 ? (
        <section class="changes" aria-labelledby="changes-title">
          <h2 id="changes-title">{v.t("translation.changedTitle")}</h2>
          <p>{v.t("translation.changedIntro", { count: editor.changes.length })}</p>
          {editor.changes.map((c) => (
            <div class="change" data-field={c.field}>
              <h3>{v.t(FIELD_LABELS[c.field] as MessageKey)}</h3>
              <div lang={event.sourceLocale}>
                <Diff before={c.before} after={c.after} />
              </div>
            </div>
          ))}
        </section>
      ) : null}
      <div class={isSource ? "" : "side-by-side"}>
        {isSource ? null : (
          <section class="source" aria-labelledby="source-title">
            <h2 id="source-title">{v.t("translation.source", { language: LOCALE_INFO[event.sourceLocale].name })}</h2>
            <dl>
              {(["title", "summary", "body", "objectives"] as const).map((field) => (
                <>
                  <dt>{v.t(FIELD_LABELS[field] as MessageKey)}</dt>
                  <dd lang={event.sourceLocale} dir={LOCALE_INFO[event.sourceLocale].dir}>
                    {field === "body" || field === "objectives" ? <pre class="source-text">{source[field]}</pre> : source[field]}
                  </dd>
                </>
              ))}
            </dl>
          </section>
        )}
        <section aria-labelledby="form-title">
          <h2 id="form-title">{isSource ? v.t("translation.sourceEdit", { language }) : v.t("translation.yours", { language })}</h2>
          <ErrorSummary v={v} errors={errors} />
          <form method="post" action={`/admin/events/${event.id}/text/${LOCALE_INFO[locale].segment}`} class="stack">
            <Csrf v={v} />
            <TextInput
              v={v}
              name="title"
              label={v.t("eventsAdmin.field.title")}
              value={str(values, "title")}
              errors={errors}
              required
              lang={locale}
              dir={dir}
            />
            <TextArea
              v={v}
              name="summary"
              label={v.t("eventsAdmin.field.summary")}
              hint={v.t("eventsAdmin.field.summaryHint")}
              value={str(values, "summary")}
              errors={errors}
              rows={3}
              lang={locale}
              dir={dir}
            />
            <TextArea
              v={v}
              name="body"
              label={v.t("eventsAdmin.field.body")}
              hint={v.t("pages.field.bodyHint")}
              value={str(values, "body")}
              errors={errors}
              rows={16}
              lang={locale}
              dir={dir}
            />
            <TextArea
              v={v}
              name="objectives"
              label={v.t("eventsAdmin.field.objectives")}
              hint={v.t("eventsAdmin.field.objectivesHint")}
              value={str(values, "objectives")}
              errors={errors}
              rows={5}
              lang={locale}
              dir={dir}
            />
            {isSource ? (
              <p class="hint">{v.t("eventsAdmin.text.sourceHint")}</p>
            ) : (
              <fieldset>
                <legend>{v.t("translation.statusLegend")}</legend>
                <label>
                  <input type="radio" name="status" value="draft" checked={str(values, "status") !== "published"} />{" "}
                  {v.t("translation.status.draft")}
                </label>
                <label>
                  <input type="radio" name="status" value="published" checked={str(values, "status") === "published"} />{" "}
                  {v.t("translation.status.published")}
                </label>
              </fieldset>
            )}
            <button type="submit">{v.t("form.save")}</button>
          </form>
        </section>
      </div>
    </EventPage>
  );
}

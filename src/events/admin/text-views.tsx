import { LOCALE_INFO, type Locale } from "../../i18n/locales.ts";
import { LanguageNav, SourceChanges, StatusBadge, type TextField, TranslationForm } from "../../ui/translation-editor.tsx";
import type { View } from "../../web/context.ts";
import type { FieldErrors, FormBody } from "../../web/forms.ts";
import type { EventTextEditor } from "./read.ts";
import { type EventHead, EventPage } from "./views.tsx";

/** The texts of an event in one language: the original, or a translation beside it, as pages are translated. */

/** The texts of an event, as its editor shows them. */
function eventTextFields(v: View): TextField<"title" | "summary" | "body" | "objectives">[] {
  return [
    { name: "title", label: v.t("eventsAdmin.field.title"), required: true },
    { name: "summary", label: v.t("eventsAdmin.field.summary"), hint: v.t("eventsAdmin.field.summaryHint"), rows: 3 },
    { name: "body", label: v.t("eventsAdmin.field.body"), hint: v.t("pages.field.bodyHint"), rows: 16, isMarkdown: true },
    {
      name: "objectives",
      label: v.t("eventsAdmin.field.objectives"),
      hint: v.t("eventsAdmin.field.objectivesHint"),
      rows: 5,
      isMarkdown: true,
    },
  ];
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
  const fields = eventTextFields(v);
  return (
    <EventPage v={v} head={head} section={v.t("eventsAdmin.text.section", { language })} current="texts" canManage={canManage}>
      <LanguageNav
        v={v}
        label={v.t("eventsAdmin.text.languages")}
        originalLabel={v.t("eventsAdmin.text.original")}
        sourceLocale={event.sourceLocale}
        current={locale}
        statuses={editor.statuses}
        href={(l) => `/admin/events/${event.id}/text/${LOCALE_INFO[l].segment}`}
        editable={editable}
      />
      {isSource ? null : (
        <>
          <p>
            {v.t("eventsAdmin.text.statusLine")} <StatusBadge v={v} status={editor.status} />
          </p>
          <p>
            <a href={`/admin/events/${event.id}/translate/${LOCALE_INFO[locale].segment}`}>{v.t("fieldTexts.link", { language })}</a>
          </p>
        </>
      )}
      <SourceChanges v={v} fields={fields} changes={editor.changes} sourceLocale={event.sourceLocale} />
      <TranslationForm
        v={v}
        locale={locale}
        sourceLocale={event.sourceLocale}
        action={`/admin/events/${event.id}/text/${LOCALE_INFO[locale].segment}`}
        fields={fields}
        source={source}
        values={values}
        errors={errors}
        sourceHint={v.t("eventsAdmin.text.sourceHint")}
      />
    </EventPage>
  );
}

import { LOCALE_INFO, type Locale } from "../../i18n/locales.ts";
import { LanguageNav, SourceChanges, StatusBadge, type TextField, TranslationForm } from "../../ui/translation-editor.tsx";
import type { View } from "../../web/context.ts";
import type { FieldErrors, FormBody } from "../../web/forms.ts";
import type { EventFieldEditor, EventTextPlace } from "../field-texts.ts";
import { type EventHead, EventPage } from "./views.tsx";

/** The agenda's and the registration form's texts of an event in one language, beside the original. */

function placeLabel(v: View, place: EventTextPlace): string {
  switch (place.kind) {
    case "session":
      return v.t(place.field === "title" ? "fieldTexts.session.title" : "fieldTexts.session.description", {
        day: place.day,
        starts: place.starts,
      });
    case "question":
      if (place.field === "help") return v.t("fieldTexts.question.help", { number: place.number });
      return v.t(place.questionKind === "consent" ? "fieldTexts.question.consent" : "fieldTexts.question.label", { number: place.number });
    case "choice":
      return v.t("fieldTexts.question.choice", { number: place.number, choice: place.choice });
  }
}

function isLong(place: EventTextPlace): boolean {
  return (place.kind === "session" && place.field === "description") || (place.kind === "question" && place.field === "help");
}

export function EventFieldTextsView({
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
  editor: EventFieldEditor;
  values: FormBody;
  errors?: FieldErrors | undefined;
  canManage: boolean;
  editable: (locale: Locale) => boolean;
}) {
  const { event, locale, items } = editor;
  const language = LOCALE_INFO[locale].name;
  const fields: TextField[] = items.map((item) => ({
    name: item.key,
    label: placeLabel(v, item.place),
    ...(isLong(item.place) || (item.place.kind === "question" && item.place.questionKind === "consent") ? { rows: 3 } : {}),
  }));
  const source = Object.fromEntries(items.map((item) => [item.key, item.source]));
  return (
    <EventPage v={v} head={head} section={v.t("fieldTexts.section", { language })} current={undefined} canManage={canManage}>
      <LanguageNav
        v={v}
        label={v.t("fieldTexts.languages")}
        originalLabel={v.t("eventsAdmin.text.original")}
        sourceLocale={event.sourceLocale}
        current={locale}
        statuses={editor.statuses}
        href={(l) => `/admin/events/${event.id}/translate/${LOCALE_INFO[l].segment}`}
        editable={editable}
      />
      {items.length === 0 ? (
        <p>{v.t("fieldTexts.none")}</p>
      ) : (
        <>
          <p>{v.t("fieldTexts.intro")}</p>
          <p>
            {v.t("eventsAdmin.text.statusLine")} <StatusBadge v={v} status={editor.statuses[locale] ?? "missing"} />
          </p>
          <SourceChanges
            v={v}
            fields={fields}
            changes={items.flatMap((i) => (i.change ? [i.change] : []))}
            sourceLocale={event.sourceLocale}
          />
          <ul class="field-statuses">
            {items.map((item, i) => (
              <li>
                {fields[i]?.label} <StatusBadge v={v} status={item.status} />
              </li>
            ))}
          </ul>
          <TranslationForm
            v={v}
            locale={locale}
            sourceLocale={event.sourceLocale}
            action={`/admin/events/${event.id}/translate/${LOCALE_INFO[locale].segment}`}
            fields={fields}
            source={source}
            values={values}
            errors={errors}
            statusHint={v.t("fieldTexts.statusHint")}
          />
        </>
      )}
    </EventPage>
  );
}

import type { Profile } from "../../catalogue/index.ts";
import type { Locale } from "../../i18n/locales.ts";
import { ChoiceGroup, LocalizedFields, SelectField } from "../../ui/fields.tsx";
import { Csrf, ErrorSummary, TextInput } from "../../ui/forms.tsx";
import { pickFor } from "../../ui/language.ts";
import type { View } from "../../web/context.ts";
import type { FieldErrors } from "../../web/forms.ts";
import { type FormBody, one } from "../../web/forms.ts";
import { type AgendaSession, SESSION_KINDS, SESSION_ROLES } from "../model.ts";
import { personRows } from "./schedule-forms.ts";
import { type EventHead, EventPage, filledRows } from "./views.tsx";

/** The agenda of an event and its occurrences (dates with seats). */

// ---- Agenda ----

export type SessionPerson = { name: string; role: string };

function SessionForm({
  v,
  head,
  action,
  values,
  errors,
  profiles,
  locales,
  submit,
}: {
  v: View;
  head: EventHead;
  action: string;
  values: FormBody;
  errors?: FieldErrors | undefined;
  profiles: Profile[];
  locales: readonly Locale[];
  submit: string;
}) {
  const { event } = head;
  const filled = filledRows(values, "person");
  const zoneHint = v.t("eventsAdmin.agenda.timeHint", { zone: event.timeZone });
  return (
    <>
      <ErrorSummary v={v} errors={errors} />
      <form method="post" action={action} class="stack">
        <Csrf v={v} />
        <SelectField
          v={v}
          name="kind"
          label={v.t("eventsAdmin.field.sessionKind")}
          value={one(values, "kind")}
          options={SESSION_KINDS.map((k) => ({ value: k, label: v.t(`events.session.${k}`) }))}
          errors={errors}
        />
        <div class="row">
          <TextInput
            v={v}
            name="day"
            type="number"
            inputmode="numeric"
            label={v.t("eventsAdmin.field.day")}
            hint={v.t("eventsAdmin.field.dayHint")}
            value={one(values, "day")}
            errors={errors}
            required
          />
          <TextInput
            v={v}
            name="starts"
            type="time"
            label={v.t("eventsAdmin.field.starts")}
            hint={zoneHint}
            value={one(values, "starts")}
            errors={errors}
            required
          />
          <TextInput
            v={v}
            name="ends"
            type="time"
            label={v.t("eventsAdmin.field.ends")}
            hint={zoneHint}
            value={one(values, "ends")}
            errors={errors}
            required
          />
        </div>
        <LocalizedFields
          v={v}
          name="title"
          label={v.t("eventsAdmin.field.sessionTitle")}
          sourceLocale={event.sourceLocale}
          locales={locales}
          values={values}
          errors={errors}
          required
        />
        <LocalizedFields
          v={v}
          name="description"
          label={v.t("eventsAdmin.field.description")}
          sourceLocale={event.sourceLocale}
          locales={locales}
          values={values}
          errors={errors}
          multiline
        />
        <TextInput
          v={v}
          name="room"
          label={v.t("eventsAdmin.field.room")}
          hint={v.t("eventsAdmin.field.roomHint")}
          value={one(values, "room")}
          errors={errors}
        />
        <ChoiceGroup v={v} id="people" legend={v.t("eventsAdmin.field.people")} hint={v.t("eventsAdmin.field.peopleHint")} errors={errors}>
          {profiles.length === 0 ? (
            <p>{v.t("eventsAdmin.field.noProfiles")}</p>
          ) : (
            <div class="rows">
              {Array.from({ length: personRows(filled) }, (_, i) => (
                <div class="row">
                  <SelectField
                    v={v}
                    name={`person_${i}`}
                    label={v.t("eventsAdmin.field.person", { number: i + 1 })}
                    value={one(values, `person_${i}`)}
                    options={[{ value: "", label: v.t("eventsAdmin.none") }, ...profiles.map((p) => ({ value: p.id, label: p.name }))]}
                    errors={errors}
                  />
                  <SelectField
                    v={v}
                    name={`personRole_${i}`}
                    label={v.t("eventsAdmin.field.personRole", { number: i + 1 })}
                    value={one(values, `personRole_${i}`) || "speaker"}
                    options={SESSION_ROLES.map((r) => ({ value: r, label: v.t(`events.role.${r}`) }))}
                    errors={errors}
                  />
                </div>
              ))}
            </div>
          )}
        </ChoiceGroup>
        <button type="submit">{submit}</button>
      </form>
    </>
  );
}

export function AgendaView({
  v,
  head,
  sessions,
  people,
  profiles,
  locales,
  values,
  errors,
}: {
  v: View;
  head: EventHead;
  sessions: AgendaSession[];
  people: Map<string, SessionPerson[]>;
  profiles: Profile[];
  locales: readonly Locale[];
  values: FormBody;
  errors?: FieldErrors | undefined;
}) {
  const { event } = head;
  const days = [...new Set(sessions.map((s) => s.day))].sort((a, b) => a - b);
  return (
    <EventPage v={v} head={head} section={v.t("eventsAdmin.tabs.agenda")} current="agenda" canManage>
      <p>{v.t("eventsAdmin.agenda.intro", { zone: event.timeZone })}</p>
      {sessions.length === 0 ? <p>{v.t("eventsAdmin.agenda.none")}</p> : null}
      {days.map((day) => (
        <section class="agenda-day" aria-labelledby={`day-${day}`}>
          <h2 id={`day-${day}`}>{v.t("eventsAdmin.agenda.day", { day })}</h2>
          <ul class="agenda-admin">
            {sessions
              .filter((s) => s.day === day)
              .map((s) => {
                const title = pickFor(v, s.title);
                return (
                  <li>
                    <p class="agenda-time">
                      <time>{s.starts}</time>–<time>{s.ends}</time> · {v.t(`events.session.${s.kind}`)}
                    </p>
                    <h3>{title}</h3>
                    {(people.get(s.id) ?? []).length > 0 ? (
                      <p class="meta">
                        {(people.get(s.id) ?? [])
                          .map((p) => `${p.name} (${v.t(`events.role.${p.role}` as "events.role.speaker")})`)
                          .join(", ")}
                      </p>
                    ) : null}
                    {s.room ? <p class="meta">{s.room}</p> : null}
                    <div class="actions">
                      <a href={`/admin/events/${event.id}/agenda/${s.id}`}>
                        {v.t("eventsAdmin.edit")}
                        <span class="visually-hidden"> {title}</span>
                      </a>{" "}
                      <form method="post" action={`/admin/events/${event.id}/agenda/${s.id}/delete`} class="inline">
                        <Csrf v={v} />
                        <button type="submit" class="link">
                          {v.t("eventsAdmin.delete")}
                          <span class="visually-hidden"> {title}</span>
                        </button>
                      </form>
                    </div>
                  </li>
                );
              })}
          </ul>
        </section>
      ))}
      <section aria-labelledby="add-session">
        <h2 id="add-session">{v.t("eventsAdmin.agenda.add")}</h2>
        <SessionForm
          v={v}
          head={head}
          action={`/admin/events/${event.id}/agenda`}
          values={values}
          errors={errors}
          profiles={profiles}
          locales={locales}
          submit={v.t("eventsAdmin.agenda.addSubmit")}
        />
      </section>
    </EventPage>
  );
}

export function SessionEditView({
  v,
  head,
  sessionId,
  profiles,
  locales,
  values,
  errors,
}: {
  v: View;
  head: EventHead;
  sessionId: string;
  profiles: Profile[];
  locales: readonly Locale[];
  values: FormBody;
  errors?: FieldErrors | undefined;
}) {
  const { event } = head;
  return (
    <EventPage v={v} head={head} section={v.t("eventsAdmin.agenda.edit")} current="agenda" canManage>
      <p>
        <a href={`/admin/events/${event.id}/agenda`}>{v.t("eventsAdmin.agenda.back")}</a>
      </p>
      <h2>{v.t("eventsAdmin.agenda.edit")}</h2>
      <SessionForm
        v={v}
        head={head}
        action={`/admin/events/${event.id}/agenda/${sessionId}`}
        values={values}
        errors={errors}
        profiles={profiles}
        locales={locales}
        submit={v.t("form.save")}
      />
    </EventPage>
  );
}

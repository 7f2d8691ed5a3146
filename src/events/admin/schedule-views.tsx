import type { Locale } from "../../i18n/locales.ts";
import { formatDateTime } from "../../i18n/messages.ts";
import { ChoiceGroup, LocalizedFields, SelectField } from "../../ui/fields.tsx";
import { Csrf, ErrorSummary, TextInput } from "../../ui/forms.tsx";
import type { View } from "../../web/context.ts";
import { type FieldErrors, type FormBody, one } from "../../web/forms.ts";
import {
  type AgendaSession,
  type Occurrence,
  type Profile,
  type RegistrationStatus,
  registrationWindow,
  SESSION_KINDS,
  SESSION_ROLES,
} from "../model.ts";
import { formatOccurrenceTime } from "../registration/registrations.ts";
import { personRows } from "./forms.ts";
import { type EventHead, EventPage, filledRows, pickFor } from "./views.tsx";

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

// ---- Occurrences ----

function OccurrenceForm({
  v,
  head,
  action,
  values,
  errors,
  submit,
}: {
  v: View;
  head: EventHead;
  action: string;
  values: FormBody;
  errors?: FieldErrors | undefined;
  submit: string;
}) {
  const zone = head.event.timeZone;
  const timeHint = v.t("eventsAdmin.occurrences.timeHint", { zone });
  return (
    <>
      <ErrorSummary v={v} errors={errors} />
      <form method="post" action={action} class="stack">
        <Csrf v={v} />
        <div class="row">
          <TextInput
            v={v}
            name="startsAt"
            type="datetime-local"
            label={v.t("eventsAdmin.field.startsAt")}
            hint={timeHint}
            value={one(values, "startsAt")}
            errors={errors}
            required
          />
          <TextInput
            v={v}
            name="endsAt"
            type="datetime-local"
            label={v.t("eventsAdmin.field.endsAt")}
            hint={timeHint}
            value={one(values, "endsAt")}
            errors={errors}
            required
          />
        </div>
        <TextInput
          v={v}
          name="capacity"
          type="number"
          inputmode="numeric"
          label={v.t("eventsAdmin.field.capacity")}
          hint={v.t("eventsAdmin.field.capacityHint")}
          value={one(values, "capacity")}
          errors={errors}
        />
        <div class="row">
          <TextInput
            v={v}
            name="registrationOpensAt"
            type="datetime-local"
            label={v.t("eventsAdmin.field.opensAt")}
            hint={v.t("eventsAdmin.field.windowHint", { zone })}
            value={one(values, "registrationOpensAt")}
            errors={errors}
          />
          <TextInput
            v={v}
            name="registrationClosesAt"
            type="datetime-local"
            label={v.t("eventsAdmin.field.closesAt")}
            hint={v.t("eventsAdmin.field.windowHint", { zone })}
            value={one(values, "registrationClosesAt")}
            errors={errors}
          />
        </div>
        <TextInput
          v={v}
          name="reminders"
          label={v.t("eventsAdmin.field.reminders")}
          hint={v.t("eventsAdmin.field.remindersHint")}
          value={one(values, "reminders")}
          errors={errors}
        />
        <TextInput
          v={v}
          name="joinUrl"
          type="url"
          inputmode="url"
          label={v.t("eventsAdmin.field.joinUrl")}
          hint={v.t("eventsAdmin.field.joinUrlHint")}
          value={one(values, "joinUrl")}
          errors={errors}
        />
        <button type="submit">{submit}</button>
      </form>
    </>
  );
}

export type Counts = Record<RegistrationStatus, number>;

export function OccurrencesView({
  v,
  head,
  occurrences,
  counts,
  now,
  values,
  errors,
}: {
  v: View;
  head: EventHead;
  occurrences: Occurrence[];
  counts: Map<string, Counts>;
  now: Date;
  values: FormBody;
  errors?: FieldErrors | undefined;
}) {
  const { event } = head;
  const zone = event.timeZone;
  return (
    <EventPage v={v} head={head} section={v.t("eventsAdmin.tabs.occurrences")} current="occurrences" canManage>
      <p>{v.t("eventsAdmin.occurrences.intro", { zone })}</p>
      {occurrences.length === 0 ? (
        <p>{v.t("eventsAdmin.occurrences.none")}</p>
      ) : (
        <div class="table-scroll event-table">
          <table>
            <caption class="visually-hidden">{v.t("eventsAdmin.tabs.occurrences")}</caption>
            <thead>
              <tr>
                <th scope="col">{v.t("eventsAdmin.col.when")}</th>
                <th scope="col">{v.t("eventsAdmin.col.seats")}</th>
                <th scope="col">{v.t("events.status.waitlisted")}</th>
                <th scope="col">{v.t("events.status.pending")}</th>
                <th scope="col">{v.t("eventsAdmin.col.registration")}</th>
                <th scope="col">{v.t("eventsAdmin.col.actions")}</th>
              </tr>
            </thead>
            <tbody>
              {occurrences.map((o) => {
                const c = counts.get(o.id);
                const when = formatOccurrenceTime(v.locale, o, zone);
                return (
                  <tr class={o.isCancelled ? "is-cancelled" : undefined}>
                    <th scope="row">
                      {when}
                      {o.isCancelled ? (
                        <>
                          {" "}
                          <span class="badge status-outdated">{v.t("eventsAdmin.occurrences.cancelled")}</span>
                        </>
                      ) : null}
                    </th>
                    <td>
                      {o.capacity === null
                        ? v.t("eventsAdmin.occurrences.seatsUnlimited", { confirmed: o.confirmedCount })
                        : v.t("eventsAdmin.occurrences.seats", { confirmed: o.confirmedCount, capacity: o.capacity })}
                    </td>
                    <td>{c?.waitlisted ?? 0}</td>
                    <td>{c?.pending ?? 0}</td>
                    <td>
                      {v.t(`events.window.${registrationWindow(o, now)}`)}
                      {o.registrationOpensAt || o.registrationClosesAt ? (
                        <small class="meta-line">
                          {[o.registrationOpensAt, o.registrationClosesAt]
                            .map((at) => (at ? formatDateTime(v.locale, at, "datetime", zone) : "…"))
                            .join(" – ")}
                        </small>
                      ) : null}
                    </td>
                    <td>
                      <div class="actions">
                        <a href={`/admin/events/${event.id}/occurrences/${o.id}`}>
                          {v.t("eventsAdmin.edit")}
                          <span class="visually-hidden"> {when}</span>
                        </a>
                        <form
                          method="post"
                          action={`/admin/events/${event.id}/occurrences/${o.id}/${o.isCancelled ? "restore" : "cancel"}`}
                          class="inline"
                        >
                          <Csrf v={v} />
                          <button type="submit" class="link">
                            {o.isCancelled ? v.t("eventsAdmin.occurrences.restore") : v.t("eventsAdmin.occurrences.cancel")}
                            <span class="visually-hidden"> {when}</span>
                          </button>
                        </form>
                      </div>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {occurrences.length > 0 ? <p class="hint">{v.t("eventsAdmin.occurrences.cancelHint")}</p> : null}
      <section aria-labelledby="add-occurrence">
        <h2 id="add-occurrence">{v.t("eventsAdmin.occurrences.add")}</h2>
        <OccurrenceForm
          v={v}
          head={head}
          action={`/admin/events/${event.id}/occurrences`}
          values={values}
          errors={errors}
          submit={v.t("eventsAdmin.occurrences.addSubmit")}
        />
      </section>
    </EventPage>
  );
}

export function OccurrenceEditView({
  v,
  head,
  occurrence,
  values,
  errors,
}: {
  v: View;
  head: EventHead;
  occurrence: Occurrence;
  values: FormBody;
  errors?: FieldErrors | undefined;
}) {
  const { event } = head;
  return (
    <EventPage v={v} head={head} section={v.t("eventsAdmin.occurrences.edit")} current="occurrences" canManage>
      <p>
        <a href={`/admin/events/${event.id}/occurrences`}>{v.t("eventsAdmin.occurrences.back")}</a>
      </p>
      <h2>{formatOccurrenceTime(v.locale, occurrence, event.timeZone)}</h2>
      {occurrence.isCancelled ? <p class="notice">{v.t("eventsAdmin.occurrences.isCancelled")}</p> : null}
      <OccurrenceForm
        v={v}
        head={head}
        action={`/admin/events/${event.id}/occurrences/${occurrence.id}`}
        values={values}
        errors={errors}
        submit={v.t("form.save")}
      />
    </EventPage>
  );
}

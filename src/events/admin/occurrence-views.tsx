import { formatDateTime } from "../../i18n/messages.ts";
import { Csrf, ErrorSummary, TextInput } from "../../ui/forms.tsx";
import type { View } from "../../web/context.ts";
import { type FieldErrors, type FormBody, one } from "../../web/forms.ts";
import { type Occurrence, type RegistrationStatus, registrationWindow } from "../model.ts";
import { formatOccurrenceTime } from "../registration/status-mails.ts";
import { type EventHead, EventPage } from "./views.tsx";

/** The occurrences of an event in the organiser's admin: the list with its counts, and one occurrence's form. */

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

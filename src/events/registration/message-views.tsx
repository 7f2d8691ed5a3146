import { Csrf, ErrorSummary, TextArea, TextInput } from "../../ui/forms.tsx";
import type { View } from "../../web/context.ts";
import type { FieldErrors } from "../../web/forms.ts";
import type { Occurrence } from "../model.ts";
import { ACTIVE, type EventHeader, EventPage, occurrenceLabel, STATUS_KEYS } from "./admin-views.tsx";

/** The organiser's message to the registrants of an event. */

export type MessageValues = { occurrenceId: string; statuses: string[]; subject: string; body: string };

export function MessageView({
  v,
  header,
  occurrences,
  values,
  recipients,
  errors,
}: {
  v: View;
  header: EventHeader;
  occurrences: Occurrence[];
  values: MessageValues;
  recipients: number;
  errors?: FieldErrors | undefined;
}) {
  const { event } = header;
  const action = `/admin/events/${event.id}/registrations/message`;
  const statusBoxes = (idPrefix: string) =>
    ACTIVE.map((status) => (
      <label>
        <input type="checkbox" id={`${idPrefix}-${status}`} name="status" value={status} checked={values.statuses.includes(status)} />{" "}
        {v.t(STATUS_KEYS[status])}
      </label>
    ));
  return (
    <EventPage v={v} header={header} tab="message" title={v.t("regAdmin.tabs.message")}>
      {occurrences.length === 0 ? (
        <p>{v.t("regAdmin.noOccurrences")}</p>
      ) : (
        <>
          <p>{v.t("regAdmin.message.intro")}</p>
          <ErrorSummary v={v} errors={errors} />
          <section aria-labelledby="recipients-title">
            <h2 id="recipients-title">{v.t("regAdmin.message.recipients")}</h2>
            <form method="get" action={action} class="stack">
              <input type="hidden" name="step" value="count" />
              <div class="field">
                <label for="occurrence">{v.t("regAdmin.col.occurrence")}</label>
                <select id="occurrence" name="occurrence">
                  {occurrences.map((o) => (
                    <option value={o.id} selected={values.occurrenceId === o.id}>
                      {occurrenceLabel(v, event, o)}
                    </option>
                  ))}
                </select>
              </div>
              <fieldset id="statuses" class={errors?.statuses ? "has-error" : undefined}>
                <legend>{v.t("regAdmin.message.statuses")}</legend>
                {errors?.statuses ? <p class="error">{v.t(errors.statuses)}</p> : null}
                {statusBoxes("status")}
              </fieldset>
              <button type="submit" class="secondary">
                {v.t("regAdmin.message.countButton")}
              </button>
            </form>
            <p class="recipients" role="status">
              {v.t("regAdmin.message.willReceive", { count: recipients })}
            </p>
          </section>
          <section aria-labelledby="compose-title">
            <h2 id="compose-title">{v.t("regAdmin.message.compose")}</h2>
            <form method="post" action={action} class="stack">
              <Csrf v={v} />
              <input type="hidden" name="occurrenceId" value={values.occurrenceId} />
              {values.statuses.map((s) => (
                <input type="hidden" name="status" value={s} />
              ))}
              <TextInput v={v} name="subject" label={v.t("regAdmin.message.subject")} value={values.subject} errors={errors} required />
              <TextArea
                v={v}
                name="body"
                label={v.t("regAdmin.message.body")}
                hint={v.t("regAdmin.message.bodyHint")}
                value={values.body}
                errors={errors}
                rows={12}
                required
              />
              <button type="submit">{v.t("regAdmin.message.send", { count: recipients })}</button>
            </form>
          </section>
        </>
      )}
    </EventPage>
  );
}

import { LOCALE_INFO, type Locale, localePath } from "../../i18n/locales.ts";
import type { MessageKey } from "../../i18n/messages.ts";
import { Csrf, ErrorSummary, Field } from "../../ui/forms.tsx";
import { SiteLayout } from "../../ui/layout.tsx";
import type { View } from "../../web/context.ts";
import { type FieldErrors, type FormValues, firstValue } from "../../web/forms.ts";
import { registrationWindow, seatsLeft } from "../model.ts";
import type { RegistrationForReader } from "../read-event.ts";
import { occurrenceTime } from "../site/format.ts";
import { MaterialList, OccurrenceWhen, ZoneForm } from "../site/views.tsx";
import { ErrorText, RegistrationFields } from "./site-views.tsx";

/** The registrant's private page: their registration, its changes and the materials they may download. */

const STATUS_TEXT: Record<string, MessageKey> = {
  confirmed: "site.reg.confirmed",
  pending: "site.reg.pending",
  declined: "site.reg.declined",
  cancelled: "site.reg.cancelled",
};

export function RegistrationView({
  v,
  read,
  token,
  chain,
  values,
  errors,
  now,
  tz,
  isCancelling,
  notice,
}: {
  v: View;
  read: RegistrationForReader;
  token: string;
  chain: readonly Locale[];
  values: FormValues;
  errors?: FieldErrors | undefined;
  now: Date;
  tz: string | undefined;
  isCancelling: boolean;
  notice: string | undefined;
}) {
  const { registration, event, occurrence } = read;
  const base = localePath(v.locale, `/registrations/${token}`);
  const isActive = ["confirmed", "waitlisted", "pending"].includes(registration.status);
  const isConfirmed = registration.status === "confirmed";
  const eventHref = localePath(v.locale, `/events/${event.slug}`);
  const lang = read.locale === v.locale ? undefined : read.locale;
  const choices = read.occurrences.filter((o) => o.id === occurrence.id || registrationWindow(o, now) === "open");
  const place = event.isOnline ? v.t("events.online") : [event.venue, event.address, read.city].filter((p) => p).join(", ");
  return (
    <SiteLayout v={v} title={v.t("site.reg.title")}>
      <div class="registration">
        {notice ? (
          <p class="notice" role="status">
            {notice}
          </p>
        ) : null}
        <h1>{v.t("site.reg.title")}</h1>
        <p class="event-name">
          <a href={eventHref} lang={lang}>
            {read.title}
          </a>
        </p>
        <div class={`status-box is-${registration.status}`}>
          <p class="status-word">
            <strong>{v.t(`events.status.${registration.status}` as MessageKey)}</strong>
          </p>
          <p>
            {registration.status === "waitlisted"
              ? v.t("site.reg.waitlisted", { position: read.waitlistPosition ?? 1 })
              : v.t(STATUS_TEXT[registration.status] as MessageKey)}
          </p>
          {registration.isPseudonymous ? <p class="meta">{v.t("site.reg.isPseudonymous")}</p> : null}
        </div>

        <section aria-labelledby="when-title">
          <h2 id="when-title">{v.t("site.reg.when")}</h2>
          <OccurrenceWhen v={v} occurrence={occurrence} zone={event.timeZone} tz={tz} />
          {occurrence.isCancelled ? <p class="error">{v.t("events.window.cancelled")}</p> : null}
          <p>{place}</p>
          {isConfirmed && event.isOnline && occurrence.joinUrl ? (
            <div class="join">
              <p>
                <a class="button" href={occurrence.joinUrl} rel="noreferrer noopener">
                  {v.t("site.reg.join")}
                </a>
              </p>
              <p class="meta join-url">{occurrence.joinUrl}</p>
            </div>
          ) : event.isOnline && isActive ? (
            <p class="meta">{v.t("site.reg.joinLater")}</p>
          ) : null}
          {isConfirmed && !occurrence.isCancelled ? (
            <p>
              <a href={`${base}/calendar.ics`} download={`${event.slug}.ics`}>
                {v.t("site.occurrence.calendar")}
              </a>
            </p>
          ) : null}
          <ZoneForm v={v} action={base} tz={tz} />
        </section>

        {isConfirmed && read.materials.length > 0 ? (
          <section aria-labelledby="materials-title">
            <h2 id="materials-title">{v.t("site.reg.materials")}</h2>
            <MaterialList v={v} materials={read.materials} href={(id) => `${base}/materials/${id}`} />
          </section>
        ) : null}

        {isActive ? (
          <section aria-labelledby="change-title">
            <h2 id="change-title">{v.t("site.reg.changeTitle")}</h2>
            <ErrorSummary v={v} errors={errors} />
            <form method="post" action={base} class="stack" novalidate>
              <Csrf v={v} />
              {choices.length > 1 ? (
                <fieldset class={errors?.occurrenceId ? "field has-error" : "field"}>
                  <legend>{v.t("site.reg.time")}</legend>
                  <ErrorText v={v} name="occurrenceId" errors={errors} />
                  {choices.map((o, i) => {
                    const left = seatsLeft(o);
                    return (
                      <label class="choice">
                        <input
                          type="radio"
                          name="occurrenceId"
                          id={i === 0 ? "occurrenceId" : `occurrenceId-${i}`}
                          value={o.id}
                          checked={(firstValue(values.occurrenceId) || occurrence.id) === o.id}
                        />{" "}
                        {occurrenceTime(v.locale, o, event.timeZone)}
                        {o.id !== occurrence.id && left === 0 ? <span class="meta"> — {v.t("site.occurrence.full")}</span> : null}
                      </label>
                    );
                  })}
                  <p class="hint">{v.t("site.reg.timeHint")}</p>
                </fieldset>
              ) : (
                <input type="hidden" name="occurrenceId" value={occurrence.id} />
              )}
              <RegistrationFields v={v} event={event} questions={read.questions} chain={chain} values={values} errors={errors} />
              <Field v={v} name="locale" label={v.t("site.reg.language")} errors={errors} hint={v.t("site.reg.languageHint")}>
                <select id="locale" name="locale" aria-describedby="locale-hint">
                  {v.locales.map((l) => (
                    <option value={l} lang={l} selected={(firstValue(values.locale) || registration.locale) === l}>
                      {LOCALE_INFO[l].name}
                    </option>
                  ))}
                </select>
              </Field>
              <button type="submit">{v.t("site.reg.save")}</button>
            </form>
          </section>
        ) : null}

        {isActive ? (
          <section id="cancel" aria-labelledby="cancel-title">
            <h2 id="cancel-title">{v.t("site.reg.cancelTitle")}</h2>
            {isCancelling ? (
              <form method="post" action={`${base}/cancel`} class="confirm">
                <Csrf v={v} />
                <p>{registration.status === "confirmed" ? v.t("site.reg.cancelConfirmSeat") : v.t("site.reg.cancelConfirm")}</p>
                <p class="actions">
                  <button type="submit" class="danger">
                    {v.t("site.reg.cancelYes")}
                  </button>
                  <a href={base}>{v.t("site.reg.cancelNo")}</a>
                </p>
              </form>
            ) : (
              <>
                <p>{v.t("site.reg.cancelIntro")}</p>
                <p>
                  <a class="button secondary" href={`${base}?cancel=1#cancel`}>
                    {v.t("site.reg.cancel")}
                  </a>
                </p>
              </>
            )}
          </section>
        ) : registration.status === "cancelled" ? (
          <p>
            <a href={eventHref}>{v.t("site.reg.again")}</a>
          </p>
        ) : null}
        <p class="meta private-note">{v.t("site.reg.privateNote")}</p>
      </div>
    </SiteLayout>
  );
}

import { pickText } from "../../i18n/content.ts";
import { countryOptions } from "../../i18n/formats.ts";
import { LOCALE_INFO, type Locale, localePath } from "../../i18n/locales.ts";
import type { MessageKey } from "../../i18n/messages.ts";
import { Csrf, describedBy, ErrorSummary, Field, TextInput } from "../../ui/forms.tsx";
import { SiteLayout } from "../../ui/layout.tsx";
import type { View } from "../../web/context.ts";
import { type FieldErrors, type FormValues, firstValue } from "../../web/forms.ts";
import { type Event, type Occurrence, type Question, registrationWindow, seatsLeft } from "../model.ts";
import type { RegistrationForm, RegistrationForReader } from "../read-event.ts";
import { occurrenceTime } from "../site/format.ts";
import { MaterialList, OccurrenceWhen, ZoneForm } from "../site/views.tsx";

/** The registration form and the registrant's private page. */

const many = (value: string | string[] | undefined): string[] => (Array.isArray(value) ? value : value ? [value] : []);

function ErrorText({ v, name, errors }: { v: View; name: string; errors: FieldErrors | undefined }) {
  const error = errors?.[name];
  return error ? (
    <p class="error" id={`${name}-error`}>
      {v.t(error)}
    </p>
  ) : null;
}

/** One of the organiser's questions, in the reader's language or along the fallback chain. */
function QuestionField({
  v,
  question: q,
  chain,
  values,
  errors,
}: {
  v: View;
  question: Question;
  chain: readonly Locale[];
  values: FormValues;
  errors: FieldErrors | undefined;
}) {
  const name = `q_${q.id}`;
  const label = pickText(q.label, chain) + (q.isRequired || q.kind === "consent" ? "" : ` ${v.t("site.form.optional")}`);
  const help = pickText(q.help, chain) || undefined;
  const invalid = errors?.[name] ? "true" : undefined;
  const described = describedBy(name, errors, help !== undefined);
  const value = values[name];
  if (q.kind === "choice" || q.kind === "multi") {
    const chosen = many(value);
    return (
      <fieldset class={errors?.[name] ? "field has-error" : "field"} aria-describedby={described}>
        <legend>{label}</legend>
        {help ? (
          <p class="hint" id={`${name}-hint`}>
            {help}
          </p>
        ) : null}
        <ErrorText v={v} name={name} errors={errors} />
        {q.options.map((o, i) => (
          <label class="choice">
            <input
              type={q.kind === "choice" ? "radio" : "checkbox"}
              id={i === 0 ? name : `${name}-${i}`}
              name={name}
              value={o.value}
              checked={chosen.includes(o.value)}
            />{" "}
            {pickText(o.label, chain) || o.value}
          </label>
        ))}
      </fieldset>
    );
  }
  if (q.kind === "consent") {
    return (
      <div class={errors?.[name] ? "field check has-error" : "field check"}>
        <ErrorText v={v} name={name} errors={errors} />
        <input
          type="checkbox"
          id={name}
          name={name}
          value="yes"
          checked={firstValue(value) !== ""}
          required
          aria-invalid={invalid}
          aria-describedby={described}
        />
        <label for={name}>{label}</label>
        {help ? (
          <p class="hint" id={`${name}-hint`}>
            {help}
          </p>
        ) : null}
      </div>
    );
  }
  if (q.kind === "country") {
    const current = firstValue(value);
    return (
      <Field v={v} name={name} label={label} errors={errors} hint={help}>
        <select id={name} name={name} aria-invalid={invalid} aria-describedby={described} autocomplete="country">
          <option value="">{v.t("site.form.chooseCountry")}</option>
          {countryOptions(v.locale).map((c) => (
            <option value={c.code} selected={c.code === current}>
              {c.name}
            </option>
          ))}
        </select>
      </Field>
    );
  }
  if (q.kind === "textarea") {
    return (
      <Field v={v} name={name} label={label} errors={errors} hint={help}>
        <textarea id={name} name={name} rows={4} maxlength={2000} aria-invalid={invalid} aria-describedby={described}>
          {firstValue(value)}
        </textarea>
      </Field>
    );
  }
  return (
    <Field v={v} name={name} label={label} errors={errors} hint={help}>
      <input
        type="text"
        id={name}
        name={name}
        value={firstValue(value)}
        maxlength={2000}
        autocomplete={q.kind === "organisation" ? "organization" : undefined}
        aria-invalid={invalid}
        aria-describedby={described}
      />
    </Field>
  );
}

/** Name, email, the pseudonym choice and the organiser's questions: shared by registering and changing a registration. */
function RegistrationFields({
  v,
  event,
  questions,
  chain,
  values,
  errors,
}: {
  v: View;
  event: Event;
  questions: Question[];
  chain: readonly Locale[];
  values: FormValues;
  errors: FieldErrors | undefined;
}) {
  return (
    <>
      <TextInput
        v={v}
        name="name"
        label={v.t("site.form.name")}
        hint={v.t("site.form.nameHint")}
        value={firstValue(values.name)}
        errors={errors}
        required
        autocomplete="name"
      />
      <TextInput
        v={v}
        name="email"
        type="email"
        label={v.t("site.form.email")}
        hint={v.t("site.form.emailHint")}
        value={firstValue(values.email)}
        errors={errors}
        required
        autocomplete="email"
        inputmode="email"
      />
      {event.allowsPseudonymous ? (
        <div class={errors?.isPseudonymous ? "field check has-error" : "field check"}>
          <ErrorText v={v} name="isPseudonymous" errors={errors} />
          <input
            type="checkbox"
            id="isPseudonymous"
            name="isPseudonymous"
            value="1"
            checked={firstValue(values.isPseudonymous) === "1"}
            aria-describedby="isPseudonymous-hint"
          />
          <label for="isPseudonymous">{v.t("site.form.pseudonym")}</label>
          <p class="hint" id="isPseudonymous-hint">
            {v.t("site.form.pseudonymHint")}
          </p>
        </div>
      ) : null}
      {questions.length > 0 ? (
        <div class="questions stack" data-pseudonym-optional={event.allowsPseudonymous ? "" : undefined}>
          {questions.map((q) => (
            <QuestionField v={v} question={q} chain={chain} values={values} errors={errors} />
          ))}
        </div>
      ) : null}
    </>
  );
}

function windowReason(v: View, occurrence: Occurrence, now: Date): string {
  const window = registrationWindow(occurrence, now);
  return v.t(`events.window.${window}` as MessageKey);
}

export function RegisterView({
  v,
  form,
  chain,
  values,
  errors,
  alert,
  now,
}: {
  v: View;
  form: RegistrationForm;
  chain: readonly Locale[];
  values: FormValues;
  errors?: FieldErrors | undefined;
  /** Why the form was not taken, above it (a limit reached, with when to retry). */
  alert?: string | undefined;
  now: Date;
}) {
  const { event, occurrence } = form;
  const window = registrationWindow(occurrence, now);
  const left = seatsLeft(occurrence);
  const eventHref = localePath(v.locale, `/events/${event.slug}`);
  const title = v.t("site.register.title", { event: form.title });
  return (
    <SiteLayout v={v} title={title}>
      <div class="registration narrow-wide">
        <p class="eyebrow">
          <a href={eventHref}>{v.t("site.register.back")}</a>
        </p>
        <h1>{title}</h1>
        <div id="occurrence">
          <OccurrenceWhen v={v} occurrence={occurrence} zone={event.timeZone} tz={undefined} />
        </div>
        {window !== "open" ? (
          <div class="notice" role="status">
            <p>{windowReason(v, occurrence, now)}</p>
            <p>
              <a href={eventHref}>{v.t("site.register.otherTimes")}</a>
            </p>
          </div>
        ) : (
          <>
            {event.requiresApproval ? (
              <p class="notice">{v.t("site.register.approval")}</p>
            ) : left === 0 ? (
              <p class="notice">{v.t("site.register.waitlist")}</p>
            ) : left !== null ? (
              <p class="meta">{v.t("site.occurrence.seatsLeft", { count: left })}</p>
            ) : null}
            {alert ? (
              <div class="error-summary" role="alert" tabindex={-1}>
                <p>{alert}</p>
              </div>
            ) : null}
            <ErrorSummary v={v} errors={errors} />
            <form method="post" action={localePath(v.locale, `/events/${event.slug}/register/${occurrence.id}`)} class="stack" novalidate>
              <Csrf v={v} />
              <RegistrationFields v={v} event={event} questions={form.questions} chain={chain} values={values} errors={errors} />
              <p class="meta">{v.t("site.register.privacy", { language: LOCALE_INFO[v.locale].name })}</p>
              <button type="submit">
                {left === 0
                  ? v.t("site.occurrence.joinWaitlist")
                  : event.requiresApproval
                    ? v.t("site.occurrence.request")
                    : v.t("site.register.submit")}
              </button>
            </form>
          </>
        )}
      </div>
    </SiteLayout>
  );
}

/**
 * What everyone sees after sending the form, whether the address was new or already registered:
 * the private link and where the person stands are only ever in the mail.
 */
export function RegisterSentView({ v, form }: { v: View; form: RegistrationForm }) {
  const { event, occurrence } = form;
  const title = v.t("site.register.sent.title");
  return (
    <SiteLayout v={v} title={title}>
      <div class="registration narrow-wide">
        <p class="eyebrow">
          <a href={localePath(v.locale, `/events/${event.slug}`)}>{v.t("site.register.back")}</a>
        </p>
        <h1>{title}</h1>
        <p class="event-name">{form.title}</p>
        <OccurrenceWhen v={v} occurrence={occurrence} zone={event.timeZone} tz={undefined} />
        <p class="notice" role="status">
          {v.t("site.register.sent.body")}
        </p>
      </div>
    </SiteLayout>
  );
}

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

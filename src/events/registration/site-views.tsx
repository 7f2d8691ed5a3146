import { pickText } from "../../i18n/content.ts";
import { countryOptions } from "../../i18n/formats.ts";
import { LOCALE_INFO, type Locale, localePath } from "../../i18n/locales.ts";
import type { MessageKey } from "../../i18n/messages.ts";
import { Csrf, describedBy, ErrorSummary, Field, TextInput } from "../../ui/forms.tsx";
import { SiteLayout } from "../../ui/layout.tsx";
import type { View } from "../../web/context.ts";
import { type FieldErrors, type FormValues, firstValue } from "../../web/forms.ts";
import { type Event, type Occurrence, type Question, registrationWindow, seatsLeft } from "../model.ts";
import type { RegistrationForm } from "../read-event.ts";
import { OccurrenceWhen } from "../site/views.tsx";

/** The registration form and the registrant's private page. */

export const many = (value: string | string[] | undefined): string[] => (Array.isArray(value) ? value : value ? [value] : []);

export function ErrorText({ v, name, errors }: { v: View; name: string; errors: FieldErrors | undefined }) {
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
export function RegistrationFields({
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

import type { LocalizedText } from "../../i18n/content.ts";
import { LOCALE_INFO, type Locale } from "../../i18n/locales.ts";
import { Check, ChoiceGroup, LocalizedFields, SelectField } from "../../ui/fields.tsx";
import { Csrf, ErrorSummary } from "../../ui/forms.tsx";
import type { View } from "../../web/context.ts";
import { type FieldErrors, type FormBody, one } from "../../web/forms.ts";
import { type Event, QUESTION_KINDS, type Question } from "../model.ts";
import { type EventHead, EventPage } from "./views.tsx";

/** The registration form builder of an event: its questions in order, and a preview as visitors see it. */

/** The text in the reader's language, else in the event's original one, with the language it is in. */
function textIn(v: View, text: LocalizedText, sourceLocale: Locale): { text: string; lang: Locale } {
  for (const l of [v.locale, sourceLocale, ...v.locales]) if (text[l]) return { text: text[l] as string, lang: l };
  return { text: "", lang: sourceLocale };
}

function QuestionForm({
  v,
  head,
  action,
  values,
  errors,
  locales,
  submit,
}: {
  v: View;
  head: EventHead;
  action: string;
  values: FormBody;
  errors?: FieldErrors | undefined;
  locales: readonly Locale[];
  submit: string;
}) {
  const { sourceLocale } = head.event;
  return (
    <>
      <ErrorSummary v={v} errors={errors} />
      <form method="post" action={action} class="stack">
        <Csrf v={v} />
        <SelectField
          v={v}
          name="kind"
          label={v.t("eventsAdmin.field.questionKind")}
          value={one(values, "kind")}
          options={QUESTION_KINDS.map((k) => ({ value: k, label: v.t(`events.question.${k}`) }))}
          errors={errors}
        />
        <LocalizedFields
          v={v}
          name="label"
          label={v.t("eventsAdmin.field.label")}
          sourceLocale={sourceLocale}
          locales={locales}
          values={values}
          errors={errors}
          required
        />
        <LocalizedFields
          v={v}
          name="help"
          label={v.t("eventsAdmin.field.help")}
          sourceLocale={sourceLocale}
          locales={locales}
          values={values}
          errors={errors}
        />
        <ChoiceGroup v={v} id="isRequired" legend={v.t("eventsAdmin.field.answer")} errors={errors}>
          <Check name="isRequired" value="yes" checked={one(values, "isRequired") === "yes"} label={v.t("eventsAdmin.field.isRequired")} />
        </ChoiceGroup>
        <LocalizedFields
          v={v}
          name="options"
          label={v.t("eventsAdmin.field.options")}
          hint={v.t("eventsAdmin.field.optionsHint")}
          sourceLocale={sourceLocale}
          locales={locales}
          values={values}
          errors={errors}
          multiline
        />
        <button type="submit">{submit}</button>
      </form>
    </>
  );
}

/** The form as a visitor sees it, greyed out: nothing here can be filled in or sent. */
function Preview({ v, event, questions }: { v: View; event: Event; questions: Question[] }) {
  const { sourceLocale } = event;
  const required = ` (${v.t("eventsAdmin.form.required")})`;
  return (
    <section class="form-preview" aria-labelledby="preview-title">
      <h2 id="preview-title">{v.t("eventsAdmin.form.preview")}</h2>
      <p class="hint">{v.t("eventsAdmin.form.previewIntro", { language: LOCALE_INFO[v.locale].name })}</p>
      <fieldset disabled class="stack">
        <legend class="visually-hidden">{v.t("eventsAdmin.form.preview")}</legend>
        <div class="field">
          <label for="preview-name">{v.t("eventsAdmin.preview.name") + required}</label>
          <input id="preview-name" type="text" />
        </div>
        <div class="field">
          <label for="preview-email">{v.t("eventsAdmin.preview.email") + required}</label>
          <input id="preview-email" type="email" />
        </div>
        {event.allowsPseudonymous ? (
          <label>
            <input type="checkbox" /> {v.t("eventsAdmin.preview.pseudonymous")}
          </label>
        ) : null}
        {questions.map((q, i) => {
          const id = `preview-q${i}`;
          const label = textIn(v, q.label, sourceLocale);
          const help = textIn(v, q.help, sourceLocale);
          const suffix = q.isRequired && q.kind !== "consent" ? required : "";
          const helpText = help.text ? (
            <p class="hint" lang={help.lang}>
              {help.text}
            </p>
          ) : null;
          if (q.kind === "choice" || q.kind === "multi") {
            return (
              <fieldset>
                <legend>
                  <span lang={label.lang}>{label.text}</span>
                  {suffix}
                </legend>
                {helpText}
                {q.options.map((o) => {
                  const option = textIn(v, o.label, sourceLocale);
                  return (
                    <label>
                      <input type={q.kind === "choice" ? "radio" : "checkbox"} name={id} value={o.value} />{" "}
                      <span lang={option.lang}>{option.text}</span>
                    </label>
                  );
                })}
              </fieldset>
            );
          }
          if (q.kind === "consent") {
            return (
              <div class="field">
                <label>
                  <input type="checkbox" /> <span lang={label.lang}>{label.text}</span>
                </label>
                {helpText}
              </div>
            );
          }
          return (
            <div class="field">
              <label for={id}>
                <span lang={label.lang}>{label.text}</span>
                {suffix}
              </label>
              {helpText}
              {q.kind === "textarea" ? (
                <textarea id={id} rows={3} />
              ) : q.kind === "country" ? (
                <select id={id}>
                  <option>{v.t("eventsAdmin.preview.chooseCountry")}</option>
                </select>
              ) : (
                <input id={id} type="text" />
              )}
            </div>
          );
        })}
        <button type="button">{v.t("eventsAdmin.preview.submit")}</button>
      </fieldset>
    </section>
  );
}

export function FormBuilderView({
  v,
  head,
  questions,
  locales,
  values,
  errors,
}: {
  v: View;
  head: EventHead;
  questions: Question[];
  locales: readonly Locale[];
  values: FormBody;
  errors?: FieldErrors | undefined;
}) {
  const { event } = head;
  const base = `/admin/events/${event.id}/form`;
  return (
    <EventPage v={v} head={head} section={v.t("eventsAdmin.tabs.form")} current="form" canManage>
      <p>{v.t("eventsAdmin.form.intro")}</p>
      <section aria-labelledby="questions-title">
        <h2 id="questions-title">{v.t("eventsAdmin.form.questions")}</h2>
        {questions.length === 0 ? (
          <p>{v.t("eventsAdmin.form.none")}</p>
        ) : (
          <ol class="questions-admin">
            {questions.map((q, i) => {
              const label = textIn(v, q.label, event.sourceLocale);
              return (
                <li>
                  <p>
                    <strong lang={label.lang}>{label.text}</strong>{" "}
                    <span class="meta">
                      {v.t(`events.question.${q.kind}`)}
                      {q.isRequired ? ` · ${v.t("eventsAdmin.form.required")}` : ""}
                      {q.options.length > 0 ? ` · ${v.t("eventsAdmin.form.optionCount", { count: q.options.length })}` : ""}
                    </span>
                  </p>
                  <div class="actions">
                    {i > 0 ? (
                      <form method="post" action={`${base}/${q.id}/move`} class="inline">
                        <Csrf v={v} />
                        <input type="hidden" name="direction" value="up" />
                        <button type="submit" class="link">
                          {v.t("eventsAdmin.form.moveUp")}
                          <span class="visually-hidden"> {label.text}</span>
                        </button>
                      </form>
                    ) : null}
                    {i < questions.length - 1 ? (
                      <form method="post" action={`${base}/${q.id}/move`} class="inline">
                        <Csrf v={v} />
                        <input type="hidden" name="direction" value="down" />
                        <button type="submit" class="link">
                          {v.t("eventsAdmin.form.moveDown")}
                          <span class="visually-hidden"> {label.text}</span>
                        </button>
                      </form>
                    ) : null}
                    <a href={`${base}/${q.id}`}>
                      {v.t("eventsAdmin.edit")}
                      <span class="visually-hidden"> {label.text}</span>
                    </a>
                    <form method="post" action={`${base}/${q.id}/delete`} class="inline">
                      <Csrf v={v} />
                      <button type="submit" class="link">
                        {v.t("eventsAdmin.delete")}
                        <span class="visually-hidden"> {label.text}</span>
                      </button>
                    </form>
                  </div>
                </li>
              );
            })}
          </ol>
        )}
      </section>
      <section aria-labelledby="add-question">
        <h2 id="add-question">{v.t("eventsAdmin.form.add")}</h2>
        <QuestionForm
          v={v}
          head={head}
          action={base}
          values={values}
          errors={errors}
          locales={locales}
          submit={v.t("eventsAdmin.form.addSubmit")}
        />
      </section>
      <Preview v={v} event={event} questions={questions} />
    </EventPage>
  );
}

export function QuestionEditView({
  v,
  head,
  questionId,
  locales,
  values,
  errors,
}: {
  v: View;
  head: EventHead;
  questionId: string;
  locales: readonly Locale[];
  values: FormBody;
  errors?: FieldErrors | undefined;
}) {
  const base = `/admin/events/${head.event.id}/form`;
  return (
    <EventPage v={v} head={head} section={v.t("eventsAdmin.form.edit")} current="form" canManage>
      <p>
        <a href={base}>{v.t("eventsAdmin.form.back")}</a>
      </p>
      <h2>{v.t("eventsAdmin.form.edit")}</h2>
      <QuestionForm
        v={v}
        head={head}
        action={`${base}/${questionId}`}
        values={values}
        errors={errors}
        locales={locales}
        submit={v.t("form.save")}
      />
    </EventPage>
  );
}

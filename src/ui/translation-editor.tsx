import { diffWords } from "diff";
import type { Child } from "hono/jsx";
import type { SourceChange, TranslationStatus } from "../i18n/content.ts";
import { LOCALE_INFO, type Locale } from "../i18n/locales.ts";
import type { MessageKey } from "../i18n/messages.ts";
import type { View } from "../web/context.ts";
import { type FieldErrors, type FormValues, one } from "../web/forms.ts";
import { Csrf, ErrorSummary, TextArea, TextInput } from "./forms.tsx";

/**
 * The editor of a text in one language, shared by pages, events, posts and the library: the
 * languages with their status, what changed in the source since the translation was made, the
 * source beside the form, the fields, and the choice between draft and published.
 */

const STATUS_KEYS: Record<TranslationStatus, MessageKey> = {
  missing: "translation.status.missing",
  draft: "translation.status.draft",
  published: "translation.status.published",
  outdated: "translation.status.outdated",
};

export function StatusBadge({ v, status }: { v: View; status: TranslationStatus }) {
  return <span class={`badge status-${status}`}>{v.t(STATUS_KEYS[status])}</span>;
}

/** One field of a translatable text, as its editor shows it. */
export type TextField<K extends string = string> = {
  name: K;
  label: string;
  hint?: string | undefined;
  /** Lines of a text area; a one-line input when absent. */
  rows?: number;
  required?: boolean;
  /** Markdown: shown as typed in the source column. */
  isMarkdown?: boolean;
};

/** Word-level changes from one text to another. */
export function WordDiff({ before, after, lang }: { before: string; after: string; lang?: string | undefined }) {
  return (
    <p class="diff" lang={lang}>
      {diffWords(before, after).map((part) =>
        part.added ? <ins>{part.value}</ins> : part.removed ? <del>{part.value}</del> : <span>{part.value}</span>,
      )}
    </p>
  );
}

/** What changed in the source since this translation was made, field by field; nothing when it is up to date. */
export function SourceChanges({
  v,
  fields,
  changes,
  sourceLocale,
}: {
  v: View;
  fields: readonly TextField[];
  changes: readonly SourceChange<string>[];
  sourceLocale: string;
}) {
  if (changes.length === 0) return null;
  return (
    <section class="changes" aria-labelledby="changes-title">
      <h2 id="changes-title">{v.t("translation.changedTitle")}</h2>
      <p>{v.t("translation.changedIntro", { count: changes.length })}</p>
      {changes.map((c) => (
        <div class="change" data-field={c.field}>
          <h3>{fields.find((f) => f.name === c.field)?.label ?? c.field}</h3>
          <WordDiff before={c.before} after={c.after} lang={sourceLocale} />
        </div>
      ))}
    </section>
  );
}

/** Every language with its status, each linked to its editor where this account may edit it. */
export function LanguageNav({
  v,
  label,
  originalLabel,
  sourceLocale,
  current,
  statuses,
  href,
  editable,
}: {
  v: View;
  label: string;
  /** Added after the name of the source language. */
  originalLabel: string;
  sourceLocale: string;
  current: Locale;
  statuses: Partial<Record<Locale, TranslationStatus>>;
  href: (l: Locale) => string;
  editable: (l: Locale) => boolean;
}) {
  return (
    <nav class="text-languages" aria-label={label}>
      <ul>
        {v.locales.map((l) => (
          <li>
            {editable(l) ? (
              <a href={href(l)} aria-current={l === current ? "page" : undefined}>
                <span lang={l}>{LOCALE_INFO[l].name}</span>
                {l === sourceLocale ? ` (${originalLabel})` : ""}
              </a>
            ) : (
              <span lang={l}>{LOCALE_INFO[l].name}</span>
            )}{" "}
            <StatusBadge v={v} status={statuses[l] ?? "missing"} />
          </li>
        ))}
      </ul>
    </nav>
  );
}

/**
 * The source beside the form (for a translation) and the form itself: the fields in the
 * language being edited, then the status choice for a translation, or a hint for the source.
 */
export function TranslationForm<K extends string>({
  v,
  locale,
  sourceLocale,
  action,
  fields,
  source,
  values,
  errors,
  sourceHint,
  statusHint,
}: {
  v: View;
  locale: Locale;
  sourceLocale: Locale;
  action: string;
  fields: readonly TextField<K>[];
  source: Readonly<Record<K, string>>;
  values: FormValues;
  errors?: FieldErrors | undefined;
  /** Shown in place of the status choice when the source itself is edited. */
  sourceHint?: string | undefined;
  statusHint?: string | undefined;
}) {
  const isSource = locale === sourceLocale;
  const language = LOCALE_INFO[locale].name;
  const isPublished = one(values, "status") === "published";
  return (
    <div class={isSource ? "" : "side-by-side"}>
      {isSource ? null : (
        <section class="source" aria-labelledby="source-title">
          <h2 id="source-title">{v.t("translation.source", { language: LOCALE_INFO[sourceLocale].name })}</h2>
          <dl>
            {fields.map((field) => (
              <>
                <dt>{field.label}</dt>
                <dd lang={sourceLocale} dir={LOCALE_INFO[sourceLocale].dir}>
                  {field.isMarkdown ? <pre class="source-text">{source[field.name]}</pre> : source[field.name]}
                </dd>
              </>
            ))}
          </dl>
        </section>
      )}
      <section aria-labelledby="form-title">
        <h2 id="form-title">{isSource ? v.t("translation.sourceEdit", { language }) : v.t("translation.yours", { language })}</h2>
        <ErrorSummary v={v} errors={errors} />
        <form method="post" action={action} class="stack">
          <Csrf v={v} />
          <TextFieldInputs v={v} fields={fields} values={values} errors={errors} locale={locale} />
          {isSource ? (
            sourceHint ? (
              <p class="hint">{sourceHint}</p>
            ) : null
          ) : (
            <StatusChoice v={v} isPublished={isPublished} hint={statusHint} />
          )}
          <button type="submit">{v.t("form.save")}</button>
        </form>
      </section>
    </div>
  );
}

/** The inputs of a text's fields; in the text's own language and direction when a locale is given. */
export function TextFieldInputs({
  v,
  fields,
  values,
  errors,
  locale,
}: {
  v: View;
  fields: readonly TextField[];
  values: FormValues;
  errors?: FieldErrors | undefined;
  locale?: Locale | undefined;
}) {
  const dir = locale ? LOCALE_INFO[locale].dir : undefined;
  return (
    <>
      {fields.map((field) => {
        const props = {
          v,
          name: field.name,
          label: field.label,
          hint: field.hint,
          value: one(values, field.name),
          errors,
          required: field.required,
          lang: locale,
          dir,
        };
        return field.rows === undefined ? <TextInput {...props} /> : <TextArea {...props} rows={field.rows} />;
      })}
    </>
  );
}

function StatusChoice({ v, isPublished, hint }: { v: View; isPublished: boolean; hint?: string | undefined }): Child {
  return (
    <fieldset>
      <legend>{v.t("translation.statusLegend")}</legend>
      {hint ? <p class="hint">{hint}</p> : null}
      <label>
        <input type="radio" name="status" value="draft" checked={!isPublished} /> {v.t("translation.status.draft")}
      </label>
      <label>
        <input type="radio" name="status" value="published" checked={isPublished} /> {v.t("translation.status.published")}
      </label>
    </fieldset>
  );
}

/** The column headers of a list's languages, one a language, to go with `LanguageCells`. */
export function LanguageHeaders({ v }: { v: View }) {
  return (
    <>
      {v.locales.map((l) => (
        <th scope="col" lang={l}>
          {LOCALE_INFO[l].name}
        </th>
      ))}
    </>
  );
}

/** A cell a language in a list's row: where the text stands, linked to its editor where this account may edit it. */
export function LanguageCells({
  v,
  badge,
  href,
  editable,
  editLabel,
}: {
  v: View;
  badge: (l: Locale) => Child;
  href: (l: Locale) => string;
  editable: (l: Locale) => boolean;
  /** The rest of the link's name, from the language's name: "edit … in …". */
  editLabel: (language: string) => string;
}) {
  return (
    <>
      {v.locales.map((l) => (
        <td>
          {editable(l) ? (
            <a href={href(l)}>
              {badge(l)}
              {/* Not aria-label: the visible status must stay part of the link's name (WCAG 2.5.3). */}
              <span class="visually-hidden">
                {" — "}
                {editLabel(LOCALE_INFO[l].name)}
              </span>
            </a>
          ) : (
            badge(l)
          )}
        </td>
      ))}
    </>
  );
}

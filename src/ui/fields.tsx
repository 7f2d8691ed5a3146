import type { Child } from "hono/jsx";
import { LOCALE_INFO, type Locale } from "../i18n/locales.ts";
import type { View } from "../web/context.ts";
import { type FieldErrors, type FormBody, one } from "../web/forms.ts";
import { describedBy, Field, TextArea, TextInput } from "./forms.tsx";

/** One choice of a select; `lang` when its label is in its own language. */
export type Option = { value: string; label: string; lang?: string | undefined };

/** A labelled select with its hint and its error next to it; the option equal to `value` is selected. */
export function SelectField({
  v,
  name,
  label,
  hint,
  errors,
  value,
  options,
  id,
}: {
  v: View;
  name: string;
  label: string;
  hint?: string | undefined;
  errors?: FieldErrors | undefined;
  value: string | undefined;
  options: readonly Option[];
  /** When the field's id differs from its name. */
  id?: string;
}) {
  const fieldId = id ?? name;
  return (
    <Field v={v} name={fieldId} label={label} errors={errors} hint={hint}>
      <select
        id={fieldId}
        name={name}
        aria-invalid={errors?.[fieldId] ? "true" : undefined}
        aria-describedby={describedBy(fieldId, errors, hint !== undefined)}
      >
        {options.map((o) => (
          <option value={o.value} selected={o.value === (value ?? "")} lang={o.lang}>
            {o.label}
          </option>
        ))}
      </select>
    </Field>
  );
}

/** A group of checkboxes or radios with its legend, hint and error. */
export function ChoiceGroup({
  v,
  id,
  legend,
  hint,
  errors,
  children,
}: {
  v: View;
  id: string;
  legend: string;
  hint?: string | undefined;
  errors?: FieldErrors | undefined;
  children: Child;
}) {
  const error = errors?.[id];
  return (
    <fieldset id={id} class={error ? "has-error" : undefined} aria-describedby={describedBy(id, errors, hint !== undefined)}>
      <legend>{legend}</legend>
      {hint ? (
        <p class="hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p class="error" id={`${id}-error`}>
          {v.t(error)}
        </p>
      ) : null}
      {children}
    </fieldset>
  );
}

export function Check({
  name,
  value,
  checked,
  label,
  lang,
}: {
  name: string;
  value: string;
  checked: boolean;
  label: string;
  lang?: string;
}) {
  return (
    <label>
      <input type="checkbox" name={name} value={value} checked={checked} /> <span lang={lang}>{label}</span>
    </label>
  );
}

/**
 * A short text in each language: the source language's field shown, the others folded away
 * (opened when one of them has an error or text). Each field carries the language it is written in.
 */
export function LocalizedFields({
  v,
  name,
  label,
  sourceLocale,
  locales,
  values,
  errors,
  multiline,
  hint,
  required,
  labelIn,
  othersLabel,
  rows,
  detailsClass = "translations",
  boxClass,
}: {
  v: View;
  name: string;
  label: string;
  sourceLocale: Locale;
  locales: readonly Locale[];
  values: FormBody;
  errors?: FieldErrors | undefined;
  multiline?: boolean;
  hint?: string | undefined;
  required?: boolean;
  /** The label of one language's field; "Title (English)" by default. */
  labelIn?: (language: string) => string;
  /** What the folded languages are called; "Title in other languages" by default. */
  othersLabel?: string;
  /** Rows of every text area; by default 4 for the source language and 3 for the others. */
  rows?: number;
  /** The class of the folded languages' <details>, and of a box around everything when given. */
  detailsClass?: string;
  boxClass?: string;
}) {
  const input = (l: Locale) => {
    const props = {
      v,
      name: `${name}_${l}`,
      label: labelIn ? labelIn(LOCALE_INFO[l].name) : v.t("eventsAdmin.field.inLanguage", { field: label, language: LOCALE_INFO[l].name }),
      value: one(values, `${name}_${l}`),
      errors,
      hint,
      lang: l,
      dir: LOCALE_INFO[l].dir,
      required: required && l === sourceLocale,
    };
    return multiline ? <TextArea {...props} rows={rows ?? (l === sourceLocale ? 4 : 3)} /> : <TextInput {...props} />;
  };
  const others = locales.filter((l) => l !== sourceLocale);
  const isOpen = others.some((l) => one(values, `${name}_${l}`) !== "" || errors?.[`${name}_${l}`]);
  const fields = (
    <>
      {input(sourceLocale)}
      {others.length > 0 ? (
        <details class={detailsClass} open={isOpen}>
          <summary>{othersLabel ?? v.t("eventsAdmin.field.translations", { field: label })}</summary>
          <div class="stack">{others.map(input)}</div>
        </details>
      ) : null}
    </>
  );
  return boxClass ? <div class={boxClass}>{fields}</div> : fields;
}

import type { Child } from "hono/jsx";
import type { MessageKey } from "../i18n/messages.ts";
import type { View } from "../web/context.ts";
import type { FieldErrors } from "../web/forms.ts";

export function Csrf({ v }: { v: View }) {
  return <input type="hidden" name="_csrf" value={v.csrf} />;
}

/** Lists the errors at the top of a form, each linked to its field. */
export function ErrorSummary({ v, errors }: { v: View; errors: FieldErrors | undefined }) {
  const entries = Object.entries(errors ?? {});
  if (entries.length === 0) return null;
  return (
    <div class="error-summary" role="alert" tabindex={-1}>
      <h2>{v.t("form.errorsTitle", { count: entries.length })}</h2>
      <ul>
        {entries.map(([field, key]) => (
          <li>
            <a href={`#${field}`}>{v.t(key)}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}

type FieldProps = {
  v: View;
  name: string;
  label: string;
  errors?: FieldErrors | undefined;
  hint?: string | undefined;
  children?: Child;
};

/** A labelled field with its hint and its error right next to it. */
export function Field({ v, name, label, errors, hint, children }: FieldProps) {
  const error = errors?.[name] as MessageKey | undefined;
  return (
    <div class={error ? "field has-error" : "field"}>
      <label for={name}>{label}</label>
      {hint ? (
        <p class="hint" id={`${name}-hint`}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p class="error" id={`${name}-error`}>
          {v.t(error)}
        </p>
      ) : null}
      {children}
    </div>
  );
}

export function describedBy(name: string, errors: FieldErrors | undefined, hasHint = false): string | undefined {
  const ids = [hasHint ? `${name}-hint` : "", errors?.[name] ? `${name}-error` : ""].filter(Boolean);
  return ids.length > 0 ? ids.join(" ") : undefined;
}

type InputProps = {
  v: View;
  name: string;
  label: string;
  value?: string | undefined;
  type?: string;
  errors?: FieldErrors | undefined;
  hint?: string | undefined;
  required?: boolean;
  autocomplete?: string;
  inputmode?: "numeric" | "email" | "text" | "tel" | "url" | "search" | "none" | "decimal";
  dir?: string | undefined;
  lang?: string | undefined;
};

export function TextInput(p: InputProps) {
  return (
    <Field v={p.v} name={p.name} label={p.label} errors={p.errors} hint={p.hint}>
      <input
        id={p.name}
        name={p.name}
        type={p.type ?? "text"}
        value={p.value ?? ""}
        required={p.required}
        autocomplete={p.autocomplete}
        inputmode={p.inputmode}
        dir={p.dir}
        lang={p.lang}
        aria-invalid={p.errors?.[p.name] ? "true" : undefined}
        aria-describedby={describedBy(p.name, p.errors, p.hint !== undefined)}
      />
    </Field>
  );
}

export function TextArea(p: InputProps & { rows?: number }) {
  return (
    <Field v={p.v} name={p.name} label={p.label} errors={p.errors} hint={p.hint}>
      <textarea
        id={p.name}
        name={p.name}
        rows={p.rows ?? 12}
        required={p.required}
        dir={p.dir}
        lang={p.lang}
        aria-invalid={p.errors?.[p.name] ? "true" : undefined}
        aria-describedby={describedBy(p.name, p.errors, p.hint !== undefined)}
      >
        {p.value ?? ""}
      </textarea>
    </Field>
  );
}

/** One option of a list filter; `lang` when the label is in its own language (a language's name). */
export type FilterOption = { value: string; label: string; lang?: string | undefined };

/** A filter of a list: a labelled choice, first "any", that narrows the list when the form is sent (GET). */
export function FilterSelect({
  id,
  name = id,
  label,
  anyLabel,
  options,
  selected,
}: {
  id: string;
  name?: string;
  label: string;
  anyLabel: string;
  options: readonly FilterOption[];
  selected: string | undefined;
}) {
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <select id={id} name={name}>
        <option value="">{anyLabel}</option>
        {options.map((o) => (
          <option value={o.value} selected={selected === o.value} lang={o.lang}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

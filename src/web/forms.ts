import type { z } from "zod";
import type { MessageKey } from "../i18n/messages.ts";

export type FieldErrors = Record<string, MessageKey>;

/** A parsed form body: one string per field, or a list when the field was sent more than once. */
export type FormBody = Record<string, string | string[]>;

/** Values shown back in a form: a field may be missing. */
export type FormValues = Record<string, string | string[] | undefined>;

/** A slug: lower-case letters and digits in words joined by single hyphens. Every domain's slugs follow it. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** One value of a field that should have one: the first when a form sends it twice, "" when it is missing. */
export function firstValue(value: string | readonly string[] | undefined): string {
  return typeof value === "string" ? value : (value?.[0] ?? "");
}

/** One value of a field of a form body, as `firstValue`. */
export function one(body: Readonly<Record<string, string | readonly string[] | undefined>>, key: string): string {
  return firstValue(body[key]);
}

/** One value of a field with the spaces around it trimmed. */
export function trimmed(body: Readonly<Record<string, string | readonly string[] | undefined>>, key: string): string {
  return one(body, key).trim();
}

/** Maps zod issues to one message key per field; the schema's messages are message keys. */
export function fieldErrors(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "_form");
    if (!(field in errors)) errors[field] = (isMessageKeyLike(issue.message) ? issue.message : "form.invalid") as MessageKey;
  }
  return errors;
}

function isMessageKeyLike(message: string): boolean {
  return /^[a-z][A-Za-z0-9]*(\.[A-Za-z0-9-]+)+$/.test(message);
}

/** Form bodies arrive as string | string[] | undefined per field; this gives strings, and lists where asked. */
export function formValues(body: unknown): Record<string, string | string[]> {
  // No prototype: a field named "__proto__" stays a field.
  const out: Record<string, string | string[]> = Object.create(null);
  if (!body || typeof body !== "object") return out;
  for (const [k, v] of Object.entries(body as Record<string, unknown>)) {
    if (typeof v === "string") out[k] = v;
    else if (Array.isArray(v)) out[k] = v.filter((x): x is string => typeof x === "string");
  }
  return out;
}

/**
 * A form whose fields each hold one value: a field sent more than once (no form of ours does that)
 * keeps its first value, so code that reads text never meets a list. For forms with list fields,
 * use `formValues` and `asList`.
 */
export function formFields(body: unknown): Record<string, string> {
  const out: Record<string, string> = Object.create(null);
  for (const [k, v] of Object.entries(formValues(body))) out[k] = Array.isArray(v) ? (v[0] ?? "") : v;
  return out;
}

export function asList(value: string | string[] | undefined): string[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

/** Whether a field (one value or several, as checkboxes send) holds this item. */
export function has(values: FormBody, key: string, item: string): boolean {
  const value = values[key];
  return Array.isArray(value) ? value.includes(item) : value === item;
}

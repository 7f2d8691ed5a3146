import type { FastifyInstance } from "fastify";
import { AppError } from "../errors.ts";

/**
 * Text from a request that no store can keep: a NUL character (PostgreSQL refuses it in text) or a
 * lone UTF-16 surrogate (what a broken `\ud800` escape in JSON becomes, and no valid UTF-8 encodes).
 */
function isUnstorable(text: string): boolean {
  return text.includes("\u0000") || LONE_SURROGATE.test(text);
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Nesting deeper than this is no form or API body we take; it is refused before any code walks it. */
const MAX_DEPTH = 32;

/**
 * Is every string in this parsed value (query, path parameters, form or JSON body), keys included,
 * text we can store, and is it no deeper than any request we take? Walks at most MAX_DEPTH levels.
 */
export function isAcceptableInput(value: unknown, depth = 0): boolean {
  if (typeof value === "string") return !isUnstorable(value);
  if (value === null || typeof value !== "object") return true;
  if (depth >= MAX_DEPTH) return false;
  if (Array.isArray(value)) return value.every((item) => isAcceptableInput(item, depth + 1));
  for (const [key, item] of Object.entries(value)) {
    if (isUnstorable(key) || !isAcceptableInput(item, depth + 1)) return false;
  }
  return true;
}

/** Refuses a request whose input holds what we cannot store: a bad request, answered in the reader's language. */
export function refuseUnacceptable(value: unknown): void {
  if (!isAcceptableInput(value)) throw new AppError("BAD_REQUEST");
}

const strictUtf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });

/** The text of a body in UTF-8, or undefined when its bytes are not UTF-8. */
export function decodeUtf8(body: Buffer): string | undefined {
  try {
    return strictUtf8.decode(body);
  } catch {
    return undefined;
  }
}

/** More fields than any of our forms has, by far. */
const MAX_FORM_FIELDS = 1_000;

/**
 * Reads a form body (`application/x-www-form-urlencoded`) as browsers send it: a repeated name gives
 * a list, `+` is a space. A percent escape that is no UTF-8 (`%FF`) or a stray `%` comes from no
 * browser, so the body is refused rather than read with replacement characters. The result has no
 * prototype, so a field named `__proto__` is only a field.
 */
export function parseFormBody(text: string): Record<string, string | string[]> | undefined {
  const out: Record<string, string | string[]> = Object.create(null);
  if (text === "") return out;
  const pairs = text.split("&");
  if (pairs.length > MAX_FORM_FIELDS) return undefined;
  for (const pair of pairs) {
    if (pair === "") continue;
    const at = pair.indexOf("=");
    let key: string;
    let value: string;
    try {
      key = decodeURIComponent((at === -1 ? pair : pair.slice(0, at)).replaceAll("+", " "));
      value = at === -1 ? "" : decodeURIComponent(pair.slice(at + 1).replaceAll("+", " "));
    } catch {
      return undefined;
    }
    const before = out[key];
    if (before === undefined) out[key] = value;
    else if (Array.isArray(before)) before.push(value);
    else out[key] = [before, value];
  }
  return out;
}

/**
 * Reads JSON and form bodies as strict UTF-8: a body whose bytes are no UTF-8 is a bad request, not
 * text with replacement characters stored in silence.
 */
export function addStrictBodyParsers(app: FastifyInstance): void {
  const parseJson = app.getDefaultJsonParser("error", "error");
  app.removeContentTypeParser("application/json");
  app.addContentTypeParser("application/json", { parseAs: "buffer" }, (req, body, done) => {
    const text = decodeUtf8(body as Buffer);
    if (text === undefined) return done(new AppError("BAD_REQUEST"), undefined);
    parseJson(req, text, done);
  });
  app.addContentTypeParser("application/x-www-form-urlencoded", { parseAs: "buffer" }, (_req, body, done) => {
    const text = decodeUtf8(body as Buffer);
    const form = text === undefined ? undefined : parseFormBody(text);
    if (form === undefined) return done(new AppError("BAD_REQUEST"), undefined);
    done(null, form);
  });
}

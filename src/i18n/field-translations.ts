import { createHash } from "node:crypto";
import type { Db } from "../db/index.ts";
import type { FieldTranslationRow } from "../db/schema.ts";
import type { LocalizedText, SourceChange, TranslationStatus } from "./content.ts";
import { isLocale, type Locale } from "./locales.ts";

/**
 * The translation workflow for short texts kept as LocalizedText maps (session titles, question
 * labels and their choices, names and descriptions in the catalogue): the same statuses as pages
 * (missing, draft, published, outdated) and the same "what changed in the source" view, from one
 * row per subject, field and language in `field_translations`. The published text stays in the
 * LocalizedText value, where every reader already finds it; a draft lives only in the row.
 * See docs/decisions/0015-translatable-fields.md.
 */

export const FIELD_SUBJECTS = ["session", "question", "organisation", "profile", "programme", "series", "topic"] as const;
export type FieldSubject = (typeof FIELD_SUBJECTS)[number];

/** One short text of one subject in every language it has, and the language it is translated from. */
export type FieldText = {
  subjectType: FieldSubject;
  subjectId: string;
  /** The column (title, label, name…), or `option.<value>` for a choice of a question. */
  field: string;
  texts: LocalizedText;
  sourceLocale: Locale;
};

/** What is stored of a translation of one field in one language. */
export type FieldState = {
  text: string;
  status: "draft" | "published";
  sourceLocale: string;
  sourceText: string;
  sourceHash: string;
  updatedAt: string;
};

/** One field as a translator sees it in one language. */
export type FieldTranslation = FieldText & {
  key: string;
  locale: Locale;
  source: string;
  status: TranslationStatus;
  /** What the form shows: the draft, else the published text. */
  value: string;
  /** The source before and after, when the source changed since this was translated. */
  change: SourceChange<string> | undefined;
};

/** A stable hash of one source text. */
export function hashText(text: string): string {
  return createHash("sha256").update(text).digest("base64url").slice(0, 22);
}

/** The name of a field in a form and in maps: `session:<id>:title`. */
export function fieldKey(t: Pick<FieldText, "subjectType" | "subjectId" | "field">): string {
  return `${t.subjectType}:${t.subjectId}:${t.field}`;
}

function stateKey(key: string, locale: string): string {
  return `${key}@${locale}`;
}

/** The stored states of these subjects' fields, in the given languages (every language when none). */
export async function readFieldStates(
  db: Db,
  subjectType: FieldSubject,
  subjectIds: readonly string[],
  locales?: readonly Locale[],
): Promise<Map<string, FieldState>> {
  const states = new Map<string, FieldState>();
  if (subjectIds.length === 0) return states;
  for (let i = 0; i < subjectIds.length; i += 500) {
    let query = db
      .selectFrom("field_translations")
      .selectAll()
      .where("subject_type", "=", subjectType)
      .where("subject_id", "in", subjectIds.slice(i, i + 500));
    if (locales) query = query.where("locale", "in", locales.length > 0 ? [...locales] : [""]);
    for (const row of await query.execute()) states.set(stateKey(fieldKey(toKeyParts(row)), row.locale), toState(row));
  }
  return states;
}

function toKeyParts(row: FieldTranslationRow) {
  return { subjectType: row.subject_type as FieldSubject, subjectId: row.subject_id, field: row.field };
}

function toState(row: FieldTranslationRow): FieldState {
  return {
    text: row.text,
    status: row.status,
    sourceLocale: row.source_locale,
    sourceText: row.source_text,
    sourceHash: row.source_hash,
    updatedAt: row.updated_at,
  };
}

export function stateOf(states: ReadonlyMap<string, FieldState>, text: FieldText, locale: Locale): FieldState | undefined {
  return states.get(stateKey(fieldKey(text), locale));
}

/**
 * Where the text of one field stands in one language. The source language is published when it
 * has text. A translation is outdated when the source it was made from has changed since; without
 * a stored state (written before states were kept, or by the organiser's own form) a text counts
 * as published.
 */
export function fieldStatus(text: FieldText, locale: Locale, state: FieldState | undefined): TranslationStatus {
  const value = text.texts[locale];
  if (locale === text.sourceLocale) return value ? "published" : "missing";
  if (!state) return value ? "published" : "missing";
  if (state.status === "published" && !value) return "missing";
  const current = isLocale(state.sourceLocale) ? (text.texts[state.sourceLocale] ?? "") : "";
  if (hashText(current) !== state.sourceHash) return "outdated";
  return state.status;
}

/** One field as a translator sees it: status, the text to edit, and what changed in the source. */
export function describeField(text: FieldText, locale: Locale, state: FieldState | undefined): FieldTranslation {
  const status = fieldStatus(text, locale, state);
  const key = fieldKey(text);
  const value = state?.status === "draft" ? state.text : (text.texts[locale] ?? "");
  const after = state && isLocale(state.sourceLocale) ? (text.texts[state.sourceLocale] ?? "") : "";
  return {
    ...text,
    key,
    locale,
    source: text.texts[text.sourceLocale] ?? "",
    status,
    value,
    change: status === "outdated" && state ? { field: key, before: state.sourceText, after } : undefined,
  };
}

/** A change to one field in one language that a save makes. `value` "" removes the translation. */
export type FieldWrite = { text: FieldText; value: string; status: "draft" | "published" };

/**
 * What saving a translator's form changes: each field whose text, or whose status between draft
 * and published, differs from what is stored. A field the form left out is left alone; a field
 * emptied loses its translation. An outdated text saved unchanged stays outdated: the translator
 * confirms a changed source by editing the text, not by saving the form around it.
 */
export function planFieldWrites(
  texts: readonly FieldText[],
  locale: Locale,
  states: ReadonlyMap<string, FieldState>,
  submitted: (key: string) => string | undefined,
  status: "draft" | "published",
): FieldWrite[] {
  const writes: FieldWrite[] = [];
  for (const text of texts) {
    if (locale === text.sourceLocale || !text.texts[text.sourceLocale]) continue;
    const given = submitted(fieldKey(text));
    if (given === undefined) continue;
    const value = given.trim();
    const current = describeField(text, locale, stateOf(states, text, locale));
    if (value === "") {
      if (current.status !== "missing" || current.value !== "") writes.push({ text, value: "", status });
      continue;
    }
    if (value === current.value && (current.status === status || current.status === "outdated")) continue;
    writes.push({ text, value, status });
  }
  return writes;
}

/** The LocalizedText after a write: a published text replaces the language's value, a removal deletes it, a draft leaves it. */
export function applyWrite(texts: LocalizedText, locale: Locale, write: FieldWrite): LocalizedText {
  const out: LocalizedText = { ...texts };
  if (write.value === "") delete out[locale];
  else if (write.status === "published") out[locale] = write.value;
  return out;
}

/** Stores the states of the writes in one language, inside the caller's transaction. */
export async function storeFieldStates(
  db: Db,
  locale: Locale,
  writes: readonly FieldWrite[],
  by: { actorId: string; now: string },
): Promise<void> {
  for (const { text, value, status } of writes) {
    const where = db
      .deleteFrom("field_translations")
      .where("subject_type", "=", text.subjectType)
      .where("subject_id", "=", text.subjectId)
      .where("field", "=", text.field)
      .where("locale", "=", locale);
    if (value === "") {
      await where.execute();
      continue;
    }
    const sourceText = text.texts[text.sourceLocale] ?? "";
    const values = {
      text: value,
      status,
      source_locale: text.sourceLocale,
      source_text: sourceText,
      source_hash: hashText(sourceText),
      updated_at: by.now,
      updated_by: by.actorId,
    };
    await db
      .insertInto("field_translations")
      .values({ subject_type: text.subjectType, subject_id: text.subjectId, field: text.field, locale, ...values })
      .onConflict((oc) => oc.columns(["subject_type", "subject_id", "field", "locale"]).doUpdateSet(values))
      .execute();
  }
}

/** Removes every stored state of these subjects, when they are deleted. */
export async function forgetFieldStates(db: Db, subjectType: FieldSubject, subjectIds: readonly string[]): Promise<void> {
  if (subjectIds.length === 0) return;
  await db.deleteFrom("field_translations").where("subject_type", "=", subjectType).where("subject_id", "in", subjectIds).execute();
}

/** The worst status of a set of fields in one language, for lists: outdated, then missing, then draft, else published. */
export function overallStatus(statuses: readonly TranslationStatus[]): TranslationStatus {
  for (const s of ["outdated", "missing", "draft"] as const) if (statuses.includes(s)) return s;
  return "published";
}

/**
 * Records, as published and made from the current source, every translation an editor of the
 * source typed directly (the organiser's all-languages forms): a text in another language that is
 * new or changed in this save. Texts left as they were keep their state, so a change of the source
 * alone still makes them outdated.
 */
export async function recordDirectEdits(
  db: Db,
  before: readonly FieldText[],
  after: readonly FieldText[],
  by: { actorId: string; now: string },
): Promise<void> {
  for (const text of after) {
    const source = text.texts[text.sourceLocale];
    if (!source) continue;
    const old = before.find((b) => b.subjectId === text.subjectId && b.field === text.field);
    for (const [locale, value] of Object.entries(text.texts) as [Locale, string][]) {
      if (locale === text.sourceLocale || !value || old?.texts[locale] === value) continue;
      await storeFieldStates(db, locale, [{ text, value, status: "published" }], by);
    }
  }
}

import { createHash } from "node:crypto";
import type { Kysely } from "kysely";

// Migrations never import app code: the schema and the hash here are frozen as they were on the day it landed.
// Short texts kept as JSON maps from locale to text (session titles, question labels and choices, names
// and descriptions of the catalogue) get the translation workflow of pages: one row per subject, field and
// language beside the JSON value, with the status (draft or published), the text of a draft, and the source
// text it was made from (language, text and hash), so that a change of the source shows as "outdated".
// Existing translations are carried across as published, made from the source text as it stands today.

type Json = Record<string, unknown>;
type Row = {
  subject_type: string;
  subject_id: string;
  field: string;
  locale: string;
  text: string;
  status: string;
  source_locale: string;
  source_text: string;
  source_hash: string;
  updated_at: string;
  updated_by: string | null;
};

/** The tables as they were on the day this landed, as far as it reads them. */
type Frozen = {
  events: { id: string; source_locale: string };
  event_sessions: { id: string; event_id: string; title: string; description: string };
  registration_questions: { id: string; event_id: string; label: string; help: string; options: string };
  organisations: { id: string; name: string; description: string };
  profiles: { id: string; position: string; bio: string };
  programmes: { id: string; title: string; description: string };
  series: { id: string; title: string; description: string };
  topics: { id: string; name: string };
  field_translations: Row;
};

function hashText(text: string): string {
  return createHash("sha256").update(text).digest("base64url").slice(0, 22);
}

function parse(json: unknown): Record<string, string> {
  if (typeof json !== "string" || json === "") return {};
  try {
    const value: unknown = JSON.parse(json);
    if (!value || typeof value !== "object" || Array.isArray(value)) return {};
    const out: Record<string, string> = {};
    for (const [k, v] of Object.entries(value as Json)) if (typeof v === "string" && v.trim() !== "") out[k] = v;
    return out;
  } catch {
    return {};
  }
}

/** The rows for every language of a text other than its source, when the source has text. */
function rowsFor(
  subjectType: string,
  subjectId: string,
  field: string,
  texts: Record<string, string>,
  sourceLocale: string,
  now: string,
): Row[] {
  const source = texts[sourceLocale];
  if (!source) return [];
  return Object.entries(texts)
    .filter(([locale]) => locale !== sourceLocale)
    .map(([locale, text]) => ({
      subject_type: subjectType,
      subject_id: subjectId,
      field,
      locale,
      text,
      status: "published",
      source_locale: sourceLocale,
      source_text: source,
      source_hash: hashText(source),
      updated_at: now,
      updated_by: null,
    }));
}

/** The catalogue has no source language of its own: English when it has text, else the first language written. */
function catalogueSource(texts: Record<string, string>): string {
  return texts.en ? "en" : (Object.keys(texts)[0] ?? "en");
}

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("field_translations")
    .addColumn("subject_type", "text", (c) => c.notNull())
    .addColumn("subject_id", "text", (c) => c.notNull())
    .addColumn("field", "text", (c) => c.notNull())
    .addColumn("locale", "text", (c) => c.notNull())
    .addColumn("text", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("source_locale", "text", (c) => c.notNull())
    .addColumn("source_text", "text", (c) => c.notNull())
    .addColumn("source_hash", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addColumn("updated_by", "text")
    .addPrimaryKeyConstraint("field_translations_pk", ["subject_type", "subject_id", "field", "locale"])
    .execute();
  await db.schema.createIndex("field_translations_locale").on("field_translations").columns(["locale", "subject_type"]).execute();

  const now = new Date().toISOString();
  const rows: Row[] = [];
  const old = db as unknown as Kysely<Frozen>;
  const events = new Map<string, string>();
  for (const e of await old.selectFrom("events").select(["id", "source_locale"]).execute()) events.set(e.id, e.source_locale);
  for (const s of await old.selectFrom("event_sessions").select(["id", "event_id", "title", "description"]).execute()) {
    const source = events.get(s.event_id) ?? "en";
    rows.push(...rowsFor("session", s.id, "title", parse(s.title), source, now));
    rows.push(...rowsFor("session", s.id, "description", parse(s.description), source, now));
  }
  for (const q of await old.selectFrom("registration_questions").select(["id", "event_id", "label", "help", "options"]).execute()) {
    const source = events.get(q.event_id) ?? "en";
    rows.push(...rowsFor("question", q.id, "label", parse(q.label), source, now));
    rows.push(...rowsFor("question", q.id, "help", parse(q.help), source, now));
    let options: unknown = [];
    try {
      options = JSON.parse(String(q.options));
    } catch {
      options = [];
    }
    if (Array.isArray(options)) {
      for (const o of options as Json[]) {
        if (typeof o?.value !== "string" || !o.label || typeof o.label !== "object") continue;
        rows.push(...rowsFor("question", q.id, `option.${o.value}`, parse(JSON.stringify(o.label)), source, now));
      }
    }
  }
  const catalogue = (subjectType: string, id: string, fields: Record<string, string>) => {
    for (const [field, json] of Object.entries(fields)) {
      const texts = parse(json);
      rows.push(...rowsFor(subjectType, id, field, texts, catalogueSource(texts), now));
    }
  };
  for (const r of await old.selectFrom("organisations").select(["id", "name", "description"]).execute())
    catalogue("organisation", r.id, { name: r.name, description: r.description });
  for (const r of await old.selectFrom("profiles").select(["id", "position", "bio"]).execute())
    catalogue("profile", r.id, { position: r.position, bio: r.bio });
  for (const r of await old.selectFrom("programmes").select(["id", "title", "description"]).execute())
    catalogue("programme", r.id, { title: r.title, description: r.description });
  for (const r of await old.selectFrom("series").select(["id", "title", "description"]).execute())
    catalogue("series", r.id, { title: r.title, description: r.description });
  for (const r of await old.selectFrom("topics").select(["id", "name"]).execute()) catalogue("topic", r.id, { name: r.name });
  for (let i = 0; i < rows.length; i += 200) {
    await old
      .insertInto("field_translations")
      .values(rows.slice(i, i + 200))
      .execute();
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("field_translations").execute();
}

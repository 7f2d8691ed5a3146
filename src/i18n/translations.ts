import { type Kysely, type RawBuilder, sql } from "kysely";
import type { Db } from "../db/index.ts";
import type { Database, PageTranslationsTable } from "../db/schema.ts";
import { hashFields, pickFields, type StoredStatus } from "./content.ts";
import type { Locale } from "./locales.ts";

/** The columns every `thing_translations` table has besides the thing's id and its translatable fields. */
type TranslationColumns = Pick<
  PageTranslationsTable,
  "locale" | "body_html" | "status" | "source_hash" | "source_fields" | "updated_at" | "updated_by"
>;

type TranslationsTableName = { [T in keyof Database]: Database[T] extends TranslationColumns ? T : never }[keyof Database];

/**
 * Kysely types a query for one named table, not for "some translations table", so the steps below
 * see these tables through the columns they share, other columns (the thing's id, the fields) by
 * name. `TranslationsTable` keeps every caller to a real table, its own id column and its own fields.
 */
type SharedColumns = Kysely<Record<TranslationsTableName, TranslationColumns & { [column: string]: string | null }>>;

function sharedColumns(db: Db): SharedColumns {
  return db as unknown as SharedColumns;
}

/**
 * Where the translations of one kind of thing are stored: the table, the column holding the
 * thing's id (`page_id` in `page_translations`), and the fields a translator writes.
 */
export type TranslationsTable<F extends string> = {
  [T in TranslationsTableName]: {
    table: T;
    entityColumn: keyof Database[T] & `${string}_id`;
    fields: readonly (F & keyof Database[T])[];
  };
}[TranslationsTableName];

/** What the shared steps read of a stored translation. */
export type StoredText<F extends string> = Record<F, string> & { locale: string; status: StoredStatus; sourceHash: string };

type Written<F extends string> = {
  entityId: string;
  locale: Locale;
  fields: Record<F, string>;
  /** `body` rendered to HTML. */
  bodyHtml: string;
  actorId: string;
  now: string;
};

/** Inserts the first text of a new thing, in its source language: published, and translated from itself. */
export async function insertSourceTranslation<F extends string>(db: Db, spec: TranslationsTable<F>, text: Written<F>): Promise<void> {
  const fields = pickFields<F>(spec.fields, text.fields);
  await sharedColumns(db)
    .insertInto(spec.table)
    .values({
      [spec.entityColumn]: text.entityId,
      locale: text.locale,
      ...fields,
      body_html: text.bodyHtml,
      status: "published",
      source_hash: hashFields(fields),
      source_fields: JSON.stringify(fields),
      updated_at: text.now,
      updated_by: text.actorId,
    })
    .execute();
}

/**
 * Writes the text of one language, inside the caller's transaction. The source language is always
 * published, and saving it with other text marks "outdated" every translation made from older
 * source text. Any other language records the source text it was made from (the text itself when
 * there is no source yet).
 */
export async function writeTranslation<F extends string>(
  db: Db,
  spec: TranslationsTable<F>,
  text: Written<F> & { sourceLocale: Locale; status: "draft" | "published"; source: StoredText<F> | undefined },
): Promise<void> {
  const { source } = text;
  const isSource = text.locale === text.sourceLocale;
  const fields = pickFields<F>(spec.fields, text.fields);
  const sourceFields = isSource ? fields : source ? pickFields<F>(spec.fields, source) : fields;
  const sourceHash = hashFields(sourceFields);
  const values = {
    ...fields,
    body_html: text.bodyHtml,
    status: isSource ? "published" : text.status,
    source_hash: sourceHash,
    source_fields: JSON.stringify(sourceFields),
    updated_at: text.now,
    updated_by: text.actorId,
  } as const;
  await sharedColumns(db)
    .insertInto(spec.table)
    .values({ [spec.entityColumn]: text.entityId, locale: text.locale, ...values })
    .onConflict((oc) => oc.columns([spec.entityColumn, "locale"]).doUpdateSet(values))
    .execute();
  if (isSource && source && source.sourceHash !== sourceHash) {
    await sharedColumns(db)
      .updateTable(spec.table)
      .set({ status: "outdated" })
      .where(spec.entityColumn, "=", text.entityId)
      .where("locale", "!=", text.locale)
      .where("source_hash", "!=", sourceHash)
      .where("status", "in", ["published", "draft"])
      .execute();
  }
}

/** A stored translation as the domains read it: the fields in one language, and the source text it was made from. */
export type StoredTranslation<F extends string> = Record<F, string> & {
  locale: Locale;
  bodyHtml: string;
  status: StoredStatus;
  sourceHash: string;
  translatedFrom: Record<F, string>;
  updatedAt: string;
};

/** The source text a translation was made from; an empty text for any field the stored JSON lacks. */
function parseSourceFields<F extends string>(names: readonly F[], json: string): Record<F, string> {
  let value: Partial<Record<F, unknown>> = {};
  try {
    value = JSON.parse(json) as Partial<Record<F, unknown>>;
  } catch {
    // Unreadable: every field counts as changed, so the translator sees the whole source text.
  }
  return Object.fromEntries(names.map((name) => [name, typeof value[name] === "string" ? value[name] : ""])) as Record<F, string>;
}

/** Maps a row of any `thing_translations` table, with the named fields. */
export function toStoredTranslation<F extends string>(
  names: readonly F[],
  row: Omit<TranslationColumns, "updated_by"> & Record<F, string>,
): StoredTranslation<F> {
  return {
    ...pickFields<F>(names, row),
    locale: row.locale as Locale,
    bodyHtml: row.body_html,
    status: row.status,
    sourceHash: row.source_hash,
    translatedFrom: parseSourceFields(names, row.source_fields),
    updatedAt: row.updated_at,
  };
}

// ---- Per-language publishing: a translation is public once published and its moment has come. ----

/** A language of a post is public once it went public (and not in the future) with readable text. */
export function isPublicAt(t: { status: StoredStatus; publishedAt: string | null }, now: Date): boolean {
  return (t.status === "published" || t.status === "outdated") && t.publishedAt !== null && t.publishedAt <= now.toISOString();
}

/**
 * The same rule as SQL, for queries over a translations table with `published_at` (posts' per-language publishing) under an alias: readable status and
 * `published_at` at or before `now`.
 */
export function publicTranslation(alias: string, now: Date): RawBuilder<boolean> {
  const status = sql.ref(`${alias}.status`);
  const at = sql.ref(`${alias}.published_at`);
  return sql<boolean>`(${status} in ('published', 'outdated') and ${at} is not null and ${at} <= ${now.toISOString()})`;
}

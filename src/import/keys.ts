import { createHash } from "node:crypto";
import type { Db } from "../db/index.ts";

/**
 * Import keys: which row an item of a source became ("post:123" of "wordpress:https://…" is post
 * 0193…), with a hash of what was written from it. A re-run finds the row instead of making a
 * second one, and rewrites it only when the hash differs.
 */

export type ImportKey = { externalId: string; subjectType: string; subjectId: string; contentHash: string | null };

/** A short, stable hash of any JSON-able value. */
export function contentHash(value: unknown): string {
  return createHash("sha256").update(JSON.stringify(value)).digest("hex").slice(0, 32);
}

/** The keys among `externalIds` this source already has. */
export async function findKeys(db: Db, source: string, externalIds: readonly string[]): Promise<ImportKey[]> {
  if (externalIds.length === 0) return [];
  const rows = await db
    .selectFrom("import_keys")
    .select(["external_id", "subject_type", "subject_id", "content_hash"])
    .where("source", "=", source)
    .where("external_id", "in", [...externalIds])
    .execute();
  return rows.map((r) => ({
    externalId: r.external_id,
    subjectType: r.subject_type,
    subjectId: r.subject_id,
    contentHash: r.content_hash,
  }));
}

/** Records (or re-points) one key. */
export async function putKey(
  db: Db,
  source: string,
  key: { externalId: string; subjectType: string; subjectId: string; contentHash: string },
  now: string,
): Promise<void> {
  const values = { subject_type: key.subjectType, subject_id: key.subjectId, content_hash: key.contentHash };
  await db
    .insertInto("import_keys")
    .values({ source, external_id: key.externalId, ...values, created_at: now })
    .onConflict((oc) => oc.columns(["source", "external_id"]).doUpdateSet(values))
    .execute();
}

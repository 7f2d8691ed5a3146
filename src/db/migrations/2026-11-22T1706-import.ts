import type { Kysely } from "kysely";

// What an import wrote from each item of its source, as a hash: running it again leaves alone what
// did not change in the source (edits made here since survive), and rewrites what did.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("import_keys").addColumn("content_hash", "text").execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("import_keys").dropColumn("content_hash").execute();
}

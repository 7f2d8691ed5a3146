import type { Kysely } from "kysely";

// More private links to one registration. Someone who registers again with an address that already
// holds a registration is answered exactly as a newcomer, and the address gets a further link by
// mail: the earlier links keep working, so a stranger's attempt cannot break the registrant's link.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("registration_links")
    // sha256 of the link's token; the token itself is only in the person's mail.
    .addColumn("token_hash", "text", (c) => c.primaryKey())
    .addColumn("registration_id", "text", (c) => c.notNull().references("registrations.id").onDelete("cascade"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("registration_links_registration").on("registration_links").column("registration_id").execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("registration_links").execute();
}

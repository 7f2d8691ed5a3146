import { type Kysely, sql } from "kysely";

// Migrations never import app code: the tables are frozen here as they were on the day it landed.
// One address holds at most one active registration (confirmed, waitlisted or pending) per occurrence:
// a partial unique index over (occurrence_id, email), so two simultaneous registrations with one address
// cannot both take a seat. Purged rows (email '') and cancelled or declined ones are outside it.
// Older databases may already hold such duplicates: for each address and occurrence the registration
// holding a seat is kept (else the oldest), the later ones are cancelled, and the seat counts of the
// occurrences touched are counted again from the registrations that remain confirmed.

type Frozen = {
  registrations: {
    id: string;
    occurrence_id: string;
    email: string;
    status: string;
    created_at: string;
    updated_at: string;
    cancelled_at: string | null;
  };
  occurrences: { id: string; confirmed_count: number };
};

const ACTIVE = ["confirmed", "waitlisted", "pending"];

export async function up(untyped: Kysely<unknown>): Promise<void> {
  const db = untyped as Kysely<Frozen>;
  const rows = await db
    .selectFrom("registrations")
    .select(["id", "occurrence_id", "email", "status", "created_at"])
    .where("status", "in", ACTIVE)
    .where("email", "!=", "")
    .orderBy("created_at")
    .orderBy("id")
    .execute();
  const kept = new Map<string, (typeof rows)[number]>();
  const later: string[] = [];
  const touched = new Set<string>();
  for (const row of rows) {
    const key = `${row.occurrence_id}\n${row.email}`;
    const first = kept.get(key);
    if (!first) {
      kept.set(key, row);
      continue;
    }
    touched.add(row.occurrence_id);
    if (row.status === "confirmed" && first.status !== "confirmed") {
      later.push(first.id);
      kept.set(key, row);
    } else later.push(row.id);
  }
  const now = new Date().toISOString();
  for (let i = 0; i < later.length; i += 500) {
    await db
      .updateTable("registrations")
      .set({ status: "cancelled", cancelled_at: now, updated_at: now })
      .where("id", "in", later.slice(i, i + 500))
      .execute();
  }
  for (const id of touched) {
    await db
      .updateTable("occurrences")
      .set({
        confirmed_count: sql<number>`(select count(*) from registrations where registrations.occurrence_id = ${id} and registrations.status = 'confirmed')`,
      })
      .where("id", "=", id)
      .execute();
  }
  await sql`create unique index registrations_one_active_per_address on registrations (occurrence_id, email)
    where status in ('confirmed', 'waitlisted', 'pending') and email <> ''`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex("registrations_one_active_per_address").execute();
}

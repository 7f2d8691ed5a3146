import { type Kysely, PostgresAdapter, sql } from "kysely";

// Search terms compare byte by byte on both engines. SQLite's text already does; PostgreSQL's follows
// the database's collation (often en_US), where a prefix range such as term >= 'беж' and term < 'без'
// is not the set of terms that start with 'беж', and no range can use the index. With "C" the
// prefix match of the last word of a query uses the primary key and returns what SQLite returns.
export async function up(db: Kysely<unknown>): Promise<void> {
  if (!(db.getExecutor().adapter instanceof PostgresAdapter)) return;
  await sql`alter table search_terms alter column term type text collate "C"`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  if (!(db.getExecutor().adapter instanceof PostgresAdapter)) return;
  await sql`alter table search_terms alter column term type text collate "default"`.execute(db);
}

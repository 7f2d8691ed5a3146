import { promises as fs, mkdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import SQLite from "better-sqlite3";
import { FileMigrationProvider, Kysely, Migrator, PostgresDialect, type SqliteDatabase, SqliteDialect, sql } from "kysely";
import pg from "pg";
import type { Database } from "./schema.ts";

export type Engine = "sqlite" | "postgres";

/** The database handle every domain function takes first. */
export type Db = Kysely<Database>;

export type Store = {
  db: Db;
  engine: Engine;
  close(): Promise<void>;
};

// PostgreSQL returns bigint columns as strings; ours hold counters and epoch seconds that fit a double.
pg.types.setTypeParser(20, (value) => Number.parseInt(value, 10));

/** Opens PostgreSQL when a URL is given, otherwise the SQLite file under the data folder. */
export function openStore(options: { databaseUrl?: string | undefined; dataDir: string; poolSize?: number }): Store {
  if (options.databaseUrl) {
    const pool = new pg.Pool({ connectionString: options.databaseUrl, max: options.poolSize ?? 10 });
    // An idle connection the server closed (restart, failover) is dropped and replaced on next use;
    // without a listener its error would crash the process.
    pool.on("error", () => {});
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return { db, engine: "postgres", close: () => db.destroy() };
  }
  mkdirSync(options.dataDir, { recursive: true });
  const file = path.join(options.dataDir, "outreach.db");
  const sqlite = new SQLite(file);
  sqlite.pragma("journal_mode = WAL");
  // NORMAL in WAL mode keeps every committed transaction through a process crash (SIGKILL);
  // only a power cut can lose the last few.
  sqlite.pragma("synchronous = NORMAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) });
  return { db, engine: "sqlite", close: () => db.destroy() };
}

/**
 * Kysely prepares every query anew; preparing is a sixth of the cost of a simple page. Statements are
 * kept by their SQL text (the values are bound separately), at most a few hundred of them.
 */
function withStatementCache(sqlite: SQLite.Database): SqliteDatabase {
  const statements = new Map<string, SQLite.Statement>();
  return {
    prepare(text: string) {
      let statement = statements.get(text);
      if (!statement) {
        if (statements.size >= 500) statements.clear();
        statement = sqlite.prepare(text);
        statements.set(text, statement);
      }
      return statement;
    },
    close: () => sqlite.close(),
  };
}

const migrationFolder = path.join(path.dirname(fileURLToPath(import.meta.url)), "migrations");

function migrator(db: Db): Migrator {
  return new Migrator({
    db,
    provider: new FileMigrationProvider({ fs, path, migrationFolder }),
  });
}

/** Brings the schema to the newest migration; throws with the failing migration's name. */
export async function migrateToLatest(db: Db): Promise<string[]> {
  const { error, results } = await migrator(db).migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === "Error");
    throw new Error(`Migration ${failed?.migrationName ?? "?"} failed: ${String(error)}`, { cause: error });
  }
  return (results ?? []).map((r) => r.migrationName);
}

/** True when every migration has run: the readiness check. */
export async function isSchemaCurrent(db: Db): Promise<boolean> {
  const migrations = await migrator(db).getMigrations();
  return migrations.every((m) => m.executedAt !== undefined);
}

export async function ping(db: Db): Promise<void> {
  await sql`select 1`.execute(db);
}

/** What every domain function takes first: the database (or a transaction) and the clock. */
export type Ctx = { db: Db; clock: import("../clock.ts").Clock };

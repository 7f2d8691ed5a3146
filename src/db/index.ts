import { randomBytes } from "node:crypto";
import { accessSync, closeSync, constants, existsSync, promises as fs, mkdirSync, openSync, readSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import SQLite from "better-sqlite3";
import { type Driver, FileMigrationProvider, Kysely, Migrator, PostgresDialect, type SqliteDatabase, SqliteDialect, sql } from "kysely";
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
    const pool = new pg.Pool({
      connectionString: options.databaseUrl,
      max: options.poolSize ?? 10,
      // A server that neither answers nor refuses (a lost network) fails requests instead of holding them.
      connectionTimeoutMillis: 15_000,
    });
    // A connection the server closes (restart, failover, administrator) emits an error on its client,
    // idle or not: without a listener the process would die. The pool drops an idle client at once;
    // a client in use fails its next query (a 503 from the error handler) and is dropped when released.
    pool.on("error", () => {});
    pool.on("connect", (client) => {
      client.on("error", () => {});
    });
    const db = new Kysely<Database>({ dialect: new OutreachPostgresDialect({ pool }) });
    return { db, engine: "postgres", close: () => db.destroy() };
  }
  mkdirSync(options.dataDir, { recursive: true });
  const file = path.join(options.dataDir, "outreach.db");
  const sqlite = openSqliteFile(file);
  const db = new Kysely<Database>({ dialect: new OutreachSqliteDialect(sqlite) });
  return { db, engine: "sqlite", close: () => db.destroy() };
}

/** Why a database file cannot be used; the message is one line naming the file and what to do. */
export class DatabaseFileError extends Error {
  constructor(
    readonly file: string,
    readonly problem: "empty" | "corrupt" | "read-only" | "unreadable",
    detail = "",
  ) {
    super(DATABASE_FILE_MESSAGES[problem](file, detail));
    this.name = "DatabaseFileError";
  }
}

const DATABASE_FILE_MESSAGES: Record<DatabaseFileError["problem"], (file: string, detail: string) => string> = {
  empty: (file) =>
    `The database file ${file} is empty (0 bytes): the site's data is missing. Restore it from a backup, or remove the file to start a new site.`,
  corrupt: (file, detail) =>
    `The database file ${file} is not a readable SQLite database (${detail || "damaged"}). Restore it from a backup, or remove the file to start a new site.`,
  "read-only": (file) =>
    `The database file ${file} is read-only, so the site could not save anything. Let the user running Outreach write to it and to its folder, or restore it from a backup.`,
  unreadable: (file, detail) =>
    `The database file ${file} cannot be opened (${detail || "unknown error"}). Check its owner and permissions, or restore it from a backup.`,
};

const SQLITE_HEADER = Buffer.from("SQLite format 3\0", "latin1");

/**
 * Opens the SQLite file, creating it only where no file exists: an existing file that is empty,
 * is not a database, or cannot be written is refused, because starting on it would look like a new site.
 */
function openSqliteFile(file: string): SQLite.Database {
  const isExisting = existsSync(file);
  if (isExisting) checkSqliteHeader(file);
  let sqlite: SQLite.Database | undefined;
  try {
    sqlite = new SQLite(file, { fileMustExist: isExisting });
    sqlite.pragma("journal_mode = WAL");
    // FULL syncs the log at every commit: an acknowledged registration survives a power cut, not
    // only a killed process (NORMAL would keep the last few commits in the page cache of the system).
    sqlite.pragma("synchronous = FULL");
    sqlite.pragma("foreign_keys = ON");
    sqlite.pragma("busy_timeout = 5000");
    if (isExisting) {
      // Reads the whole schema (a damaged file fails here) and writes the header (a read-only one fails here).
      sqlite.prepare("select count(*) from sqlite_schema").get();
      const version = Number(sqlite.pragma("user_version", { simple: true }));
      sqlite.pragma(`user_version = ${version}`);
    }
    return sqlite;
  } catch (error) {
    sqlite?.close();
    const code = String((error as { code?: unknown }).code ?? "");
    if (code.startsWith("SQLITE_READONLY")) throw new DatabaseFileError(file, "read-only");
    if (code === "SQLITE_NOTADB" || code.startsWith("SQLITE_CORRUPT")) throw new DatabaseFileError(file, "corrupt", code);
    throw new DatabaseFileError(file, "unreadable", code || (error as Error).message);
  }
}

function checkSqliteHeader(file: string): void {
  let header: Buffer;
  try {
    if (statSync(file).size === 0) throw new DatabaseFileError(file, "empty");
    const fd = openSync(file, "r");
    try {
      header = Buffer.alloc(SQLITE_HEADER.length);
      readSync(fd, header, 0, header.length, 0);
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    if (error instanceof DatabaseFileError) throw error;
    throw new DatabaseFileError(file, "unreadable", String((error as { code?: unknown }).code ?? (error as Error).message));
  }
  if (!header.equals(SQLITE_HEADER)) throw new DatabaseFileError(file, "corrupt", "no SQLite header");
  try {
    accessSync(file, constants.W_OK);
  } catch {
    throw new DatabaseFileError(file, "read-only");
  }
}

/**
 * A database that cannot serve just now: `unavailable` (stopped, restarting, connection lost, busy)
 * or `full` (no space left to write). `code` names the cause for the log: SQLITE_FULL, 57P01, ENOSPC…
 */
export type DatabaseFault = { kind: "unavailable" | "full"; code: string };

const CONNECTION_LOST = /connection terminated|not queryable|timeout exceeded when trying to connect|connection ended/i;

/** An error and its causes, outermost first (drivers and Kysely wrap one another), at most five deep. */
function* causesOf(error: unknown): Generator<{ code: string; message: unknown }> {
  for (let e = error, depth = 0; e && typeof e === "object" && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    yield { code: String((e as { code?: unknown }).code ?? ""), message: (e as { message?: unknown }).message };
  }
}

/** Whether a write broke a unique index, on either engine (PostgreSQL 23505, SQLite's UNIQUE constraint). */
export function isUniqueViolation(error: unknown): boolean {
  for (const { code } of causesOf(error)) if (code === "23505" || code === "SQLITE_CONSTRAINT_UNIQUE") return true;
  return false;
}

/** The fault behind an error (or its causes), if it is one of the database's own and not a bug. */
export function databaseFault(error: unknown): DatabaseFault | undefined {
  for (const { code, message } of causesOf(error)) {
    if (code === "SQLITE_FULL" || code === "ENOSPC" || code === "53100") return { kind: "full", code };
    if (
      /^SQLITE_(BUSY|LOCKED|IOERR|READONLY|CANTOPEN|NOMEM|PROTOCOL)/.test(code) ||
      /^(08...|57P0[123]|53200|53300|58030)$/.test(code) ||
      ["ECONNREFUSED", "ECONNRESET", "EPIPE", "ETIMEDOUT", "EHOSTUNREACH", "ENETUNREACH", "EAI_AGAIN", "ENOTFOUND"].includes(code)
    ) {
      return { kind: "unavailable", code };
    }
    if (typeof message === "string" && CONNECTION_LOST.test(message)) return { kind: "unavailable", code: code || "connection lost" };
  }
  return undefined;
}

/**
 * Kysely rolls back after any error in a transaction, and an error of the rollback replaces the
 * first one. When the transaction is already over (SQLite ends it itself on SQLITE_FULL; a lost
 * PostgreSQL connection ends it on the server), the rollback's error is dropped so the real cause
 * reaches the caller and the log.
 */
function keepFirstErrorOnRollback(driver: Driver, isTransactionOver: (rollbackError: unknown) => boolean): Driver {
  const rollback = driver.rollbackTransaction.bind(driver);
  driver.rollbackTransaction = async (connection) => {
    try {
      await rollback(connection);
    } catch (error) {
      if (!isTransactionOver(error)) throw error;
    }
  };
  return driver;
}

class OutreachSqliteDialect extends SqliteDialect {
  readonly #sqlite: SQLite.Database;
  constructor(sqlite: SQLite.Database) {
    super({ database: withStatementCache(sqlite) });
    this.#sqlite = sqlite;
  }
  override createDriver(): Driver {
    return keepFirstErrorOnRollback(super.createDriver(), () => !this.#sqlite.inTransaction);
  }
}

class OutreachPostgresDialect extends PostgresDialect {
  override createDriver(): Driver {
    // A connection that failed is not put back in the pool: nothing of its transaction survives.
    return keepFirstErrorOnRollback(super.createDriver(), (error) => databaseFault(error)?.kind === "unavailable");
  }
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

/**
 * Writes a few kilobytes and removes them again, committed: throws while the database cannot take
 * writes (a full disk, a read-only file), which a read such as ping() would not notice.
 */
export async function probeWrite(db: Db): Promise<void> {
  const value = randomBytes(4096).toString("hex");
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto("settings")
      .values({ key: "readiness-probe", value })
      .onConflict((oc) => oc.column("key").doUpdateSet({ value }))
      .execute();
    await trx.deleteFrom("settings").where("key", "=", "readiness-probe").execute();
  });
}

/** What every domain function takes first: the database (or a transaction) and the clock. */
export type Ctx = { db: Db; clock: import("../clock.ts").Clock };

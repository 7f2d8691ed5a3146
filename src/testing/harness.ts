import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach } from "node:test";
import type { FastifyInstance } from "fastify";
import { Kysely, PostgresDialect, sql } from "kysely";
import pg from "pg";
import type { Clock } from "../clock.ts";
import { type Config, loadConfig } from "../config.ts";
import { type Engine, migrateToLatest, openStore, type Store } from "../db/index.ts";
import { createLogger, type Logger } from "../log.ts";
import { prepare, type Running } from "../server.ts";

export const ENGINES: readonly Engine[] = ["sqlite", "postgres"];

/** Every TestClock made in this test file, so each test's moves of them are undone after it. */
const clocks = new Set<TestClock>();

// Registered on the file's root: they run around every test of the file, in every describe. A test
// that moves a clock and then fails (before any reset of its own) leaves later tests their own time.
// Only in a test run: a benchmark script that borrows the harness runs no tests and reports none.
if (process.env.NODE_TEST_CONTEXT !== undefined || /\.test\.[cm]?[jt]s$/.test(process.argv[1] ?? "")) {
  beforeEach(() => {
    for (const clock of clocks) clock.mark();
  });
  afterEach(() => {
    for (const clock of clocks) clock.reset();
  });
}

/**
 * A clock tests move by hand. Whatever a test does to it is undone when the test ends, pass or fail:
 * the clock goes back to where it stood when the test began (so a time set in `before` stays).
 */
export class TestClock implements Clock {
  private marked: Date;
  constructor(private time = new Date("2026-11-22T10:00:00.000Z")) {
    this.marked = new Date(time);
    clocks.add(this);
  }
  /** Remembers the current time as the one `reset` goes back to; the harness calls it before each test. */
  mark(): void {
    this.marked = new Date(this.time);
  }
  /** Back to the time `mark` remembered; the harness calls it after each test. */
  reset(): void {
    this.time = new Date(this.marked);
  }
  now(): Date {
    return new Date(this.time);
  }
  advance(ms: number): void {
    this.time = new Date(this.time.getTime() + ms);
  }
  set(date: Date | string): void {
    this.time = new Date(date);
  }
}

function postgresAdminUrl(): string {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error("TEST_DATABASE_URL is not set: run the tests with `npm test`, which starts PostgreSQL");
  return url;
}

/** A new, empty database on the engine, migrated; dropped again by cleanup(). */
export async function freshStore(
  engine: Engine,
): Promise<{ store: Store; dataDir: string; databaseUrl: string | undefined; cleanup(): Promise<void> }> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "outreach-test-"));
  if (engine === "sqlite") {
    const store = openStore({ dataDir });
    await migrateToLatest(store.db);
    return {
      store,
      dataDir,
      databaseUrl: undefined,
      async cleanup() {
        await store.close();
        rmSync(dataDir, { recursive: true, force: true });
      },
    };
  }
  const admin = new Kysely<unknown>({
    dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: postgresAdminUrl(), max: 1 }) }),
  });
  const name = `t_${randomBytes(6).toString("hex")}`;
  await sql`create database ${sql.id(name)}`.execute(admin);
  const url = new URL(postgresAdminUrl());
  url.pathname = `/${name}`;
  const store = openStore({ databaseUrl: url.href, dataDir, poolSize: 5 });
  await migrateToLatest(store.db);
  return {
    store,
    dataDir,
    databaseUrl: url.href,
    async cleanup() {
      await store.close();
      await sql`drop database if exists ${sql.id(name)} with (force)`.execute(admin);
      await admin.destroy();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export type TestApp = Running & { app: FastifyInstance; clock: TestClock; config: Config; cleanup(): Promise<void> };

/**
 * The whole app on a fresh database of the engine, with a test clock, the real outbox for mail,
 * no listening port (use app.inject) and the job worker not polling (call worker.drain()).
 */
export async function startTestApp(
  engine: Engine,
  options: { demo?: boolean; env?: Record<string, string>; log?: Logger } = {},
): Promise<TestApp> {
  const fresh = await freshStore(engine);
  const clock = new TestClock();
  const config = loadConfig({
    OUTREACH_DATA_DIR: fresh.dataDir,
    LOG_LEVEL: "silent",
    OUTREACH_JOBS: "false",
    ...(fresh.databaseUrl ? { DATABASE_URL: fresh.databaseUrl } : {}),
    ...options.env,
  });
  const running = await prepare(config, {
    demo: options.demo ?? false,
    clock,
    log: options.log ?? createLogger("silent"),
    store: fresh.store,
  });
  const { startWorker } = await import("../jobs/worker.ts");
  const { allJobs } = await import("../server.ts");
  const worker = startWorker({
    db: fresh.store.db,
    engine,
    clock,
    log: createLogger("silent"),
    jobs: allJobs(running.services),
    isPolling: false,
  });
  return {
    ...running,
    worker,
    clock,
    config,
    async cleanup() {
      await running.close();
      await worker.stop();
      await fresh.cleanup();
    },
  };
}

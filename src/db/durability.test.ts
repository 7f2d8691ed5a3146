import assert from "node:assert/strict";
import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, test } from "node:test";
import SQLite from "better-sqlite3";
import { Kysely, PostgresDialect, sql } from "kysely";
import pg from "pg";
import type { Actor } from "../access/policy.ts";
import { loadConfig } from "../config.ts";
import { outboxFolder } from "../email/mailer.ts";
import { SEND_EMAIL } from "../email/templates.ts";
import { REGISTER } from "../events/registration/registrations.ts";
import { createLogger } from "../log.ts";
import { prepare } from "../server.ts";
import { createPerson } from "../testing/client.ts";
import { createTestEvent } from "../testing/events.ts";
import type { Engine } from "./index.ts";

/**
 * Acknowledged means durable: the real server (`outreach serve`) takes registrations from several
 * clients at once and is killed (SIGKILL) at a random moment, again and again. After every kill no
 * acknowledged registration is missing, the seat counter agrees with the rows, and (SQLite) the file
 * passes integrity_check; at the end every acknowledged registration has its mail, so a job killed
 * mid-send ran again. OUTREACH_TEST_KILL_ROUNDS sets the rounds (20 on SQLite and 10 on PostgreSQL by default).
 */
const ROUNDS: Record<Engine, number> = {
  sqlite: Number(process.env.OUTREACH_TEST_KILL_ROUNDS ?? 20),
  // Each round restarts the whole server; PostgreSQL's share is smaller to keep the default run short.
  postgres: Number(process.env.OUTREACH_TEST_KILL_ROUNDS ?? 10),
};
const CLIENTS = 6;
const SEATS = 40;
const root = path.resolve(import.meta.dirname, "../..");

type Server = { child: ChildProcess; base: string };

/** Starts `outreach serve` and waits for the line that says where it listens. */
function startServer(env: NodeJS.ProcessEnv): Promise<Server> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["bin/outreach.js", "serve", "--no-demo"], {
      cwd: root,
      env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    let err = "";
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`the server did not start in 120 s:\n${out}\n${err}`));
    }, 120_000);
    child.stdout?.on("data", (chunk) => {
      out += chunk;
      const port = /running at http:\/\/[^:]+:(\d+)\//.exec(out)?.[1];
      if (port) {
        clearTimeout(timer);
        resolve({ child, base: `http://127.0.0.1:${port}` });
      }
    });
    child.stderr?.on("data", (chunk) => {
      err += chunk;
    });
    child.on("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`the server stopped (${code}):\n${out}\n${err}`));
    });
  });
}

function kill(server: Server, signal: NodeJS.Signals): Promise<void> {
  if (server.child.exitCode !== null || server.child.signalCode !== null) return Promise.resolve();
  const exited = new Promise<void>((resolve) => server.child.once("exit", () => resolve()));
  server.child.kill(signal);
  return exited;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitFor(isDone: () => boolean | Promise<boolean>, what: string, ms: number): Promise<void> {
  const end = Date.now() + ms;
  while (!(await isDone())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(25);
  }
}

/** What the test reads from the database between rounds, with the server stopped (or running, for jobs). */
type Inspector = {
  /** How many of the addresses are safe: registered, or their registration request is queued. */
  found(emails: string[]): Promise<number>;
  /** How many of the addresses hold a registration. */
  registered(emails: string[]): Promise<number>;
  counters(occurrenceId: string): Promise<{ counter: number; confirmed: number }>;
  integrity(): Promise<string>;
  pendingMails(): Promise<number>;
  runningJobs(): Promise<number>;
  close(): Promise<void>;
};

function sqliteInspector(dataDir: string): Inspector {
  const open = () => new SQLite(path.join(dataDir, "outreach.db"));
  const use = async <T>(read: (db: SQLite.Database) => T): Promise<T> => {
    const db = open();
    try {
      db.pragma("busy_timeout = 5000");
      return read(db);
    } finally {
      db.close();
    }
  };
  return {
    found: (emails) =>
      use((db) => {
        const registration = db.prepare("select count(*) as n from registrations where email = ?");
        const request = db.prepare("select count(*) as n from jobs where name = ? and payload like ?");
        return emails.filter(
          (email) =>
            (registration.get(email) as { n: number }).n === 1 || (request.get(REGISTER, `%"email":"${email}"%`) as { n: number }).n === 1,
        ).length;
      }),
    registered: (emails) =>
      use((db) => {
        const statement = db.prepare("select count(*) as n from registrations where email = ?");
        return emails.filter((email) => (statement.get(email) as { n: number }).n === 1).length;
      }),
    counters: (occurrenceId) =>
      use((db) => ({
        counter: (db.prepare("select confirmed_count as n from occurrences where id = ?").get(occurrenceId) as { n: number }).n,
        confirmed: (
          db.prepare("select count(*) as n from registrations where occurrence_id = ? and status = 'confirmed'").get(occurrenceId) as {
            n: number;
          }
        ).n,
      })),
    integrity: () => use((db) => String(db.pragma("integrity_check", { simple: true }))),
    pendingMails: () =>
      use((db) => (db.prepare("select count(*) as n from jobs where name in (?, ?)").get(SEND_EMAIL, REGISTER) as { n: number }).n),
    runningJobs: () => use((db) => (db.prepare("select count(*) as n from jobs where status = 'running'").get() as { n: number }).n),
    close: async () => {},
  };
}

function postgresInspector(databaseUrl: string): Inspector {
  const db = new Kysely<Record<string, never>>({
    dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: databaseUrl, max: 1 }) }),
  });
  const count = async (query: ReturnType<typeof sql<{ n: string }>>) => Number((await query.execute(db)).rows[0]?.n ?? 0);
  return {
    found: async (emails) => {
      let n = 0;
      for (const email of emails) {
        const registered = await count(sql<{ n: string }>`select count(*) as n from registrations where email = ${email}`);
        const requested = await count(
          sql<{ n: string }>`select count(*) as n from jobs where name = ${REGISTER} and payload like ${`%"email":"${email}"%`}`,
        );
        if (registered === 1 || requested === 1) n++;
      }
      return n;
    },
    registered: async (emails) =>
      emails.length === 0 ? 0 : count(sql<{ n: string }>`select count(*) as n from registrations where email in (${sql.join(emails)})`),
    counters: async (occurrenceId) => ({
      counter: await count(sql<{ n: string }>`select confirmed_count as n from occurrences where id = ${occurrenceId}`),
      confirmed: await count(
        sql<{ n: string }>`select count(*) as n from registrations where occurrence_id = ${occurrenceId} and status = 'confirmed'`,
      ),
    }),
    integrity: async () => "ok",
    pendingMails: () => count(sql<{ n: string }>`select count(*) as n from jobs where name in (${SEND_EMAIL}, ${REGISTER})`),
    runningJobs: () => count(sql<{ n: string }>`select count(*) as n from jobs where status = 'running'`),
    close: () => db.destroy(),
  };
}

/** A database for the engine with a published event (one occurrence, SEATS seats, a month ahead). */
async function prepareSite(engine: Engine): Promise<{
  env: NodeJS.ProcessEnv;
  dataDir: string;
  url: string;
  questionId: string;
  occurrenceId: string;
  inspector: Inspector;
  cleanup(): Promise<void>;
}> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "outreach-kill-"));
  let databaseUrl: string | undefined;
  let dropDatabase = async () => {};
  if (engine === "postgres") {
    const adminUrl = process.env.TEST_DATABASE_URL;
    if (!adminUrl) throw new Error("TEST_DATABASE_URL is not set");
    const admin = new Kysely<unknown>({ dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: adminUrl, max: 1 }) }) });
    const name = `t_kill_${randomBytes(6).toString("hex")}`;
    await sql`create database ${sql.id(name)}`.execute(admin);
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    databaseUrl = url.href;
    dropDatabase = async () => {
      await sql`drop database if exists ${sql.id(name)} with (force)`.execute(admin);
      await admin.destroy();
    };
  }
  const base = { OUTREACH_DATA_DIR: dataDir, LOG_LEVEL: "silent", ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}) };
  const running = await prepare(loadConfig({ ...base, OUTREACH_JOBS: "false" }), { demo: false, log: createLogger("silent") });
  const p = await createPerson(running.services, "organiser");
  const organiser: Actor = { id: p.id, role: "organiser", locales: [] };
  const startsAt = new Date(Date.now() + 30 * 86_400_000);
  const { occurrences, questionIds } = await createTestEvent(running.services, organiser, {
    occurrences: [
      { startsAt: startsAt.toISOString(), endsAt: new Date(startsAt.getTime() + 3_600_000).toISOString(), capacity: SEATS, reminders: [] },
    ],
  });
  await running.close();
  const occurrenceId = occurrences[0]!.id;
  const env: NodeJS.ProcessEnv = { ...process.env, ...base, PORT: "0", HOST: "127.0.0.1", OUTREACH_REGISTRATION_LIMIT: "1000000" };
  if (!databaseUrl) delete env.DATABASE_URL;
  return {
    env,
    dataDir,
    url: `/api/v1/occurrences/${occurrenceId}/registrations`,
    questionId: questionIds[0]!,
    occurrenceId,
    inspector: databaseUrl ? postgresInspector(databaseUrl) : sqliteInspector(dataDir),
    async cleanup() {
      rmSync(dataDir, { recursive: true, force: true });
      await dropDatabase();
    },
  };
}

for (const engine of ["sqlite", "postgres"] as const) {
  describe(`SIGKILL during registrations (${engine})`, () => {
    const rounds = ROUNDS[engine];
    test(`${rounds} rounds: nothing acknowledged is lost, counters agree, mails of killed jobs are sent`, async (t) => {
      const site = await prepareSite(engine);
      // Addresses whose registration was acknowledged (202: the request is queued in the database).
      const acknowledged: string[] = [];
      const unexpected: string[] = [];
      let caughtMidRun = 0;
      let server: Server | undefined;
      const started = Date.now();
      try {
        for (let round = 1; round <= rounds; round++) {
          server = await startServer(site.env);
          const base = server.base;
          let isOn = true;
          let thisRound = 0;
          const clients = Array.from({ length: CLIENTS }, async (_, c) => {
            for (let i = 0; isOn; i++) {
              const email = `r${round}-c${c}-${i}@example.org`;
              try {
                const res = await fetch(`${base}${site.url}`, {
                  method: "POST",
                  headers: { "content-type": "application/json" },
                  body: JSON.stringify({ name: `Person ${round}.${c}.${i}`, email, answers: { [site.questionId]: "Network" } }),
                });
                const body = (await res.json()) as { next_step?: string };
                if (res.status === 202 && body.next_step === "check_email") {
                  acknowledged.push(email);
                  thisRound++;
                } else {
                  unexpected.push(`${res.status} ${JSON.stringify(body)}`);
                }
              } catch {
                // The connection was cut by the kill: not acknowledged, so nothing is promised.
                await sleep(5);
              }
            }
          });
          await waitFor(() => thisRound >= 3, "registrations in this round", 60_000);
          await sleep(Math.random() * 400);
          await kill(server, "SIGKILL");
          isOn = false;
          await Promise.all(clients);

          assert.equal(
            await site.inspector.found(acknowledged),
            acknowledged.length,
            `round ${round}: every acknowledged registration is stored or queued`,
          );
          assert.equal(await site.inspector.integrity(), "ok", `round ${round}: integrity_check`);
          const { counter, confirmed } = await site.inspector.counters(site.occurrenceId);
          assert.equal(counter, confirmed, `round ${round}: the seat counter agrees with the rows`);
          assert.ok(counter <= SEATS, `round ${round}: no seat sold twice`);
          caughtMidRun += await site.inspector.runningJobs();
        }

        // Once more, to let the queued registrations settle and the mails go out: jobs left running by a kill are run again.
        server = await startServer(site.env);
        // Sooner than the 60 s lock of a job whose worker was killed: such jobs are queued again at start.
        await waitFor(async () => (await site.inspector.pendingMails()) === 0, "every mail job to finish", 50_000);
        await kill(server, "SIGTERM");
        const folder = outboxFolder(site.dataDir);
        const names = readdirSync(folder);
        assert.deepEqual(
          names.filter((n) => n.endsWith(".tmp")),
          [],
          "no half-written outbox file",
        );
        const mailed = new Set(
          names.filter((n) => n.endsWith(".json")).map((n) => (JSON.parse(readFileSync(`${folder}/${n}`, "utf8")) as { to: string }).to),
        );
        const entries = names.filter((n) => n.endsWith(".json")).map((n) => n.replace(/\.json$/, ""));
        assert.deepEqual(
          names
            .filter((n) => n.endsWith(".eml"))
            .map((n) => n.replace(/\.eml$/, ""))
            .sort(),
          entries.sort(),
          "every message has its entry",
        );
        const unmailed = acknowledged.filter((email) => !mailed.has(email));
        assert.deepEqual(unmailed, [], "every acknowledged registration has its mail");
        assert.deepEqual(unexpected, [], "every answer was 202 or a cut connection");

        const found = await site.inspector.registered(acknowledged);
        assert.equal(found, acknowledged.length, "every acknowledged request became a registration");
        t.diagnostic(
          `${engine}: ${rounds} rounds, ${acknowledged.length} registrations acknowledged, ${found} registered; ` +
            `${caughtMidRun} jobs caught mid-run by a kill; ${Math.round((Date.now() - started) / 1000)} s`,
        );
      } finally {
        if (server) await kill(server, "SIGKILL");
        await site.inspector.close();
        await site.cleanup();
      }
    });
  });
}

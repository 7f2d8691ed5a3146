import { randomBytes } from "node:crypto";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { FastifyInstance } from "fastify";
import { buildApp } from "./app.ts";
import { type Clock, systemClock } from "./clock.ts";
import { COMMENT_EMAILS, purgeCommentSenders } from "./comments/index.ts";

import type { Config } from "./config.ts";
import { type Db, migrateToLatest, openStore, type Store } from "./db/index.ts";
import { loadDemoNetwork } from "./demo/network.ts";
import { createMailer, type Mailer, purgeOutbox, recoverOutbox } from "./email/mailer.ts";
import { sendEmailJob } from "./email/templates.ts";
import { addressChangeJob, EVENT_EMAILS, purgeRegistrations, registrationJob, reminderJob } from "./events/index.ts";

import { type Purge, purgeJob, schedulePurge } from "./jobs/maintenance.ts";
import type { AnyJob } from "./jobs/queue.ts";
import { startWorker, type Worker } from "./jobs/worker.ts";
import { createLogger, type Logger } from "./log.ts";
import { ensureFirstAdmin, PEOPLE_EMAILS, passwordResetJob, purgeExpiredAccountLinks } from "./people/index.ts";

import { publishJob } from "./posts/index.ts";
import type { Services } from "./web/context.ts";
import { purgeRateLimits } from "./web/rate-limit.ts";

/** The site secret signs form tokens; kept in the database so that every instance shares it. */
export async function ensureSecret(db: Db): Promise<string> {
  await db
    .insertInto("settings")
    .values({ key: "secret", value: randomBytes(32).toString("base64url") })
    .onConflict((oc) => oc.column("key").doNothing())
    .execute();
  const row = await db.selectFrom("settings").select("value").where("key", "=", "secret").executeTakeFirstOrThrow();
  return row.value;
}

/** What the daily purge deletes, each declared by the domain that owns the rows. */
export const PURGES: readonly Purge[] = [
  { what: "expired sessions, invitations and password-reset links", run: purgeExpiredAccountLinks },
  { what: "rate-limit counters older than a day", run: ({ db, now }) => purgeRateLimits(db, now) },
  { what: "outbox mail older than 30 days", run: ({ dataDir, now }) => purgeOutbox(dataDir, now) },
  {
    what: "registrants' names, emails and answers some time after their event",
    run: async (ctx) => {
      while ((await purgeRegistrations(ctx)) > 0) {}
    },
  },
  { what: "commenters' emails and address hashes 90 days after the comment", run: purgeCommentSenders },
];

/** Every job this app knows how to run. */
export function allJobs(services: Services): AnyJob[] {
  return [
    sendEmailJob([...PEOPLE_EMAILS, ...EVENT_EMAILS, ...COMMENT_EMAILS], services.mailer, services.config),
    reminderJob(services),
    registrationJob(services),
    addressChangeJob(services),
    purgeJob(services.db, services.clock, services.config.dataDir, PURGES),
    publishJob(services),
    passwordResetJob(services, services.config.baseUrl),
  ];
}

export type Running = {
  app: FastifyInstance;
  services: Services;
  store: Store;
  worker: Worker | undefined;
  firstAdmin: { email: string; password: string } | undefined;
  close(): Promise<void>;
};

/**
 * Opens the database, migrates it, creates the first admin (and the demo network) on an empty one,
 * starts the job worker and builds the app. Listening is left to the caller.
 */
export async function prepare(
  config: Config,
  options: { demo?: boolean; clock?: Clock; log?: Logger; mailer?: Mailer; store?: Store } = {},
): Promise<Running> {
  const log = options.log ?? createLogger(config.logLevel);
  const clock = options.clock ?? systemClock;
  const store = options.store ?? openStore({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  await migrateToLatest(store.db);
  const secret = config.secret ?? (await ensureSecret(store.db));
  const mailer = options.mailer ?? createMailer({ smtpUrl: config.smtpUrl, from: config.mailFrom, dataDir: config.dataDir });
  if (mailer.kind === "outbox") {
    const { removed } = await recoverOutbox(config.dataDir);
    if (removed > 0) log.warn({ removed }, "outbox: removed files of sends cut short; their jobs run again");
  }
  const services: Services = { config, db: store.db, engine: store.engine, clock, secret, mailer };
  const firstAdmin = await ensureFirstAdmin(services);
  if (firstAdmin && options.demo !== false) await loadDemoNetwork(services);
  await schedulePurge(store.db, clock);
  const worker = config.runJobs ? startWorker({ db: store.db, engine: store.engine, clock, log, jobs: allJobs(services) }) : undefined;
  const app = await buildApp(services, log);
  return {
    app,
    services,
    store,
    worker,
    firstAdmin,
    async close() {
      await app.close();
      await worker?.stop();
      if (!options.store) await store.close();
    },
  };
}

/**
 * How the first admin's credentials are handed over. stdout is where logs go once the server runs
 * under systemd or Docker, so the password is printed only to a terminal a person is looking at;
 * otherwise it goes to a file only the owner can read (0600), and only the file's path is printed.
 * Never through the logger.
 */
export function handOverFirstAdmin(admin: { email: string; password: string }, where: { isTerminal: boolean; dataDir: string }): string[] {
  const after = [
    "  You will set up a second factor (an authenticator app) and choose your own password at the first sign-in;",
    "  change the email address and name on your account page.",
  ];
  if (where.isTerminal) {
    return [
      "",
      "  Sign in as the first administrator (shown only this once):",
      `    email:    ${admin.email}`,
      `    password: ${admin.password}`,
      ...after,
    ];
  }
  mkdirSync(where.dataDir, { recursive: true, mode: 0o700 });
  const file = path.join(where.dataDir, "first-admin.txt");
  // A fresh file, created with the mode: an older one (or anything planted in its place) is removed first.
  rmSync(file, { force: true });
  writeFileSync(file, `email: ${admin.email}\npassword: ${admin.password}\n`, { mode: 0o600, flag: "wx" });
  return [
    "",
    `  The first administrator's email and password are in ${file} (readable by this user only).`,
    "  Delete the file once you have signed in.",
    ...after,
  ];
}

/** `outreach serve`: prepares, listens, prints where and how to sign in, and shuts down gracefully. */
export async function serve(config: Config, options: { demo: boolean }): Promise<void> {
  const log = createLogger(config.logLevel);
  const running = await prepare(config, { demo: options.demo, log });
  await running.app.listen({ host: config.host, port: config.port });
  const address = running.app.server.address();
  const port = typeof address === "object" && address ? address.port : config.port;
  const url = config.baseUrl.port === String(port) || !config.baseUrl.port ? config.baseUrl.href : `http://localhost:${port}/`;
  const lines = [
    "",
    `  Outreach is running at ${url}`,
    `  Database: ${running.store.engine === "sqlite" ? `SQLite in ${config.dataDir}` : "PostgreSQL"}`,
    `  Mail: ${running.services.mailer.kind === "outbox" ? `kept in the outbox at ${url}admin/outbox` : "sent over SMTP"}`,
  ];
  if (running.firstAdmin) {
    lines.push(...handOverFirstAdmin(running.firstAdmin, { isTerminal: process.stdout.isTTY === true, dataDir: config.dataDir }));
  } else {
    lines.push("", "  Sign in with your account; `outreach create-admin` adds another administrator.");
  }
  process.stdout.write(`${lines.join("\n")}\n\n`);
  let isClosing = false;
  const shutdown = async (signal: string) => {
    if (isClosing) return;
    isClosing = true;
    log.info({ signal }, "shutting down: finishing requests in flight");
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    await running.close();
    process.exit(0);
  };
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
  process.on("SIGINT", () => void shutdown("SIGINT"));
}

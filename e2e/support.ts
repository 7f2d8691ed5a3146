// Shared pieces of the browser journeys: Chromium, the accessibility check, the real server.

import assert from "node:assert/strict";
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import path from "node:path";
import { after, before } from "node:test";
import type { Result } from "axe-core";
import { Secret, TOTP } from "otpauth";
import { type Browser, type BrowserContext, type BrowserContextOptions, chromium, type Page } from "playwright-core";
import type { Engine } from "../src/db/index.ts";
import { translate as t } from "../src/i18n/messages.ts";
import { freshStore } from "../src/testing/harness.ts";

const root = path.resolve(import.meta.dirname, "..");
const require = createRequire(import.meta.url);

/** Debian's Chromium (apt-get install -y chromium); Playwright's own download does not work here. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      // CI containers often have a 64 MB /dev/shm, too small for Chromium; /tmp works everywhere.
      "--disable-dev-shm-usage",
    ],
  });
}

/** A fresh browser profile (no cookies) for one person, on the server's address. */
export function newPerson(browser: Browser, baseURL: string, options: BrowserContextOptions = {}): Promise<BrowserContext> {
  return browser.newContext({ baseURL, locale: "en-GB", timezoneId: "UTC", ...options });
}

// ---------------------------------------------------------------------------------------------
// Accessibility

const AXE_SOURCE = readFileSync(path.join(path.dirname(require.resolve("axe-core")), "axe.min.js"), "utf8");
const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

type Violation = Pick<Result, "id" | "impact" | "help" | "helpUrl"> & {
  nodes: { target: string; html: string; summary: string }[];
};

/**
 * Runs axe-core on the page as it is now and fails with a readable list of WCAG 2.2 A/AA violations.
 *
 * The site sends `Content-Security-Policy: script-src 'self'` (no 'unsafe-inline'), so
 * `page.addScriptTag({ content })` would add an inline <script> the browser refuses to run.
 * Instead the axe source is handed to `page.evaluate`, which Playwright runs through the DevTools
 * protocol; CSP does not apply to that, so the pages are tested with their real policy in force
 * (no `bypassCSP`, which would also hide a page that only works without its own CSP).
 */
export async function checkA11y(page: Page): Promise<void> {
  const isLoaded = await page.evaluate(() => "axe" in window);
  if (!isLoaded) await page.evaluate(AXE_SOURCE);
  const violations: Violation[] = await page.evaluate(async (tags) => {
    // biome-ignore lint/suspicious/noExplicitAny: axe is the global the injected source defines.
    const axe = (window as any).axe as typeof import("axe-core");
    const results = await axe.run(document, { runOnly: { type: "tag", values: tags }, resultTypes: ["violations"] });
    return results.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      helpUrl: v.helpUrl,
      nodes: v.nodes.map((n) => ({ target: n.target.join(" "), html: n.html, summary: n.failureSummary ?? "" })),
    }));
  }, AXE_TAGS);
  if (violations.length === 0) return;
  const lines = violations.flatMap((v) => [
    `  ${v.id} (${v.impact ?? "unknown impact"}): ${v.help}  ${v.helpUrl}`,
    ...v.nodes.map((n) => `    at ${n.target}\n      ${n.html.slice(0, 200)}\n      ${n.summary.replace(/\n/g, "\n      ")}`),
  ]);
  throw new Error(`Accessibility violations on ${new URL(page.url()).pathname}:\n${lines.join("\n")}`);
}

/** Opens a path, checks the HTTP status of the answer, and runs the accessibility check. */
export async function visit(page: Page, path: string, status = 200): Promise<void> {
  const response = await page.goto(path);
  assert.equal(response?.status(), status, `GET ${path}`);
  await checkA11y(page);
}

// ---------------------------------------------------------------------------------------------
// The server, as `outreach serve` runs it

export type RunningServer = {
  engine: Engine;
  baseURL: string;
  admin: { email: string; password: string };
  /** The server's data folder, where its outbox keeps the mails it sent. */
  dataDir: string;
  /** Everything the process wrote, for a failing test's message. */
  output(): string;
  stop(): Promise<void>;
};

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once("exit", () => resolve()));
}

/**
 * A fresh, migrated database on the engine, then `node bin/outreach.js serve` (without the demo unless asked) on a free
 * port as a child process, exactly as an operator starts it. Resolves once the first admin's
 * credentials are printed and /readyz answers.
 */
export async function startServer(engine: Engine, options: { demo?: boolean } = {}): Promise<RunningServer> {
  const fresh = await freshStore(engine);
  // The child opens its own connection; ours would only hold the SQLite file or a pool slot.
  await fresh.store.close();
  const port = await freePort();
  const baseURL = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!/^(OUTREACH_|DATABASE_URL$|SMTP_URL$|PORT$|HOST$|MAIL_FROM$|TRUST_PROXY$)/.test(key)) env[key] = value;
  }
  Object.assign(env, {
    OUTREACH_DATA_DIR: fresh.dataDir,
    LOG_LEVEL: "warn",
    HOST: "127.0.0.1",
    OUTREACH_BASE_URL: baseURL,
    ...(fresh.databaseUrl ? { DATABASE_URL: fresh.databaseUrl } : {}),
  });
  const child = spawn(process.execPath, ["bin/outreach.js", "serve", "--port", String(port), ...(options.demo ? [] : ["--no-demo"])], {
    cwd: root,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
    out += chunk;
  });
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
    out += chunk;
  });

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 15_000);
      await exited(child);
      clearTimeout(timer);
    }
    await fresh.cleanup();
  };

  try {
    const admin = await new Promise<{ email: string; password: string }>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error("the server printed no admin credentials within 60 s")), 60_000);
      const look = () => {
        // Not on a terminal, the server writes the credentials to an owner-only file and prints its path.
        const file = /are in (\S+first-admin\.txt)/.exec(out)?.[1];
        const printed = file && existsSync(file) ? readFileSync(file, "utf8") : out;
        const email = /^\s*email:\s+(\S+)\s*$/m.exec(printed)?.[1];
        const password = /^\s*password:\s+(\S+)\s*$/m.exec(printed)?.[1];
        if (email && password) {
          clearTimeout(timer);
          child.stdout.off("data", look);
          resolve({ email, password });
        }
      };
      child.stdout.on("data", look);
      child.once("exit", (code, signal) => {
        clearTimeout(timer);
        reject(new Error(`the server exited early (${signal ?? `code ${code}`})`));
      });
      look();
    });
    const deadline = Date.now() + 30_000;
    for (;;) {
      const res = await fetch(`${baseURL}/readyz`).catch(() => undefined);
      if (res?.ok) break;
      if (Date.now() > deadline) throw new Error(`/readyz did not answer 200 within 30 s (last: ${res?.status ?? "no answer"})`);
      await new Promise((r) => setTimeout(r, 200));
    }
    return { engine, baseURL, admin, dataDir: fresh.dataDir, output: () => out, stop };
  } catch (error) {
    await stop();
    throw new Error(`Could not start outreach serve on ${engine}: ${(error as Error).message}\n${out}`);
  }
}

/**
 * Starts the server and Chromium before the tests of the enclosing `describe` and stops both after
 * them. `open` gives a page in a fresh browser profile (no cookies), closed with the browser.
 */
export function useServerAndBrowser(engine: Engine, options: { demo?: boolean } = {}) {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  before(async () => {
    [server, browser] = await Promise.all([startServer(engine, options), launchBrowser()]);
  });
  after(async () => {
    for (const context of contexts) await context.close().catch(() => {});
    await browser?.close();
    await server?.stop();
  });
  const running = () => {
    if (!server || !browser) throw new Error("the server and the browser start before the tests");
    return { server, browser };
  };
  return {
    get server(): RunningServer {
      return running().server;
    },
    async open(contextOptions: BrowserContextOptions = {}): Promise<Page> {
      const { server, browser } = running();
      const context = await newPerson(browser, server.baseURL, contextOptions);
      contexts.push(context);
      return context.newPage();
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Signing in

/** The current code of an authenticator app set up with this key. */
export function authenticatorCode(secret: string): string {
  return new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30, algorithm: "SHA1" }).generate();
}

/**
 * Signs the first admin in (as `outreach serve` handed them over), sets up two-step verification, passes the
 * recovery codes, replaces the printed password (remembered in `server.admin`), and lands in /admin.
 */
export async function signInAdmin(page: Page, server: RunningServer): Promise<void> {
  await visit(page, "/en/account/sign-in");
  await page.getByLabel(t("en", "account.email"), { exact: true }).fill(server.admin.email);
  await page.getByLabel(t("en", "account.password"), { exact: true }).fill(server.admin.password);
  await page.getByRole("button", { name: t("en", "signIn.submit"), exact: true }).click();
  await page.waitForURL(/\/two-factor\/setup$/);
  const secret = ((await page.locator("code.secret").textContent()) ?? "").trim();
  await page.getByLabel(t("en", "twoFactor.code"), { exact: true }).fill(authenticatorCode(secret));
  await page.getByRole("button", { name: t("en", "twoFactor.enable"), exact: true }).click();
  await page.getByRole("link", { name: t("en", "people.recovery.continue"), exact: true }).click();
  await page.waitForURL(/\/admin\/account$/);
  const ownPassword = "a password the admin chose";
  await page.getByLabel(t("en", "account.currentPassword"), { exact: true }).fill(server.admin.password);
  await page.getByLabel(t("en", "account.newPassword"), { exact: true }).fill(ownPassword);
  await page.getByRole("button", { name: t("en", "account.changePassword"), exact: true }).click();
  await page.waitForURL(/\/admin\/account\?done=passwordChanged$/);
  server.admin.password = ownPassword;
  await visit(page, "/admin");
}

// ---------------------------------------------------------------------------------------------
// Small waits

/** Retries `probe` until it returns something, or fails after `ms`. */
export async function eventually<T>(what: string, probe: () => Promise<T | undefined>, ms = 30_000, every = 500): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`Timed out after ${ms / 1000} s waiting for ${what}`);
    await new Promise((r) => setTimeout(r, every));
  }
}

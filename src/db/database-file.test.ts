import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { chmodSync, chownSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import os from "node:os";
import path from "node:path";
import { after, describe, test } from "node:test";
import { migrateToLatest, openStore } from "./index.ts";

/**
 * An existing database file that is empty, damaged or read-only stops `outreach serve` with one line
 * naming the file and what to do: it never starts as a new site (a new admin password over a site
 * whose data vanished), never prints a stack trace, and leaves the file as it was. So does a
 * PostgreSQL server that cannot be reached.
 */
const root = path.resolve(import.meta.dirname, "../..");
const isRoot = process.getuid?.() === 0;
const NOBODY = 65534;
const dirs: string[] = [];

after(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function dataDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "outreach-dbfile-"));
  dirs.push(dir);
  return dir;
}

/** Runs `outreach serve`; it must stop on its own (a site that starts is killed after 60 s and fails the test). */
function serve(
  dir: string,
  asUser?: number,
  extraEnv: NodeJS.ProcessEnv = {},
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const env: NodeJS.ProcessEnv = { ...process.env, OUTREACH_DATA_DIR: dir, LOG_LEVEL: "silent", PORT: "0" };
    delete env.DATABASE_URL;
    Object.assign(env, extraEnv);
    const child = spawn(process.execPath, ["bin/outreach.js", "serve", "--no-demo"], {
      cwd: root,
      env,
      stdio: ["ignore", "pipe", "pipe"],
      ...(asUser === undefined ? {} : { uid: asUser, gid: asUser }),
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => {
      stdout += chunk;
    });
    child.stderr.on("data", (chunk) => {
      stderr += chunk;
    });
    const timer = setTimeout(() => child.kill("SIGKILL"), 60_000);
    child.on("error", reject);
    child.on("exit", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

function assertRefused(result: { code: number | null; stdout: string; stderr: string }, file: string, what: RegExp) {
  assert.notEqual(result.code, 0, "the process stops with an error");
  assert.notEqual(result.code, null, "the process stopped on its own");
  const lines = result.stderr.trim().split("\n");
  assert.equal(lines.length, 1, `one line on stderr, got:\n${result.stderr}`);
  assert.ok(lines[0]?.includes(file), "the line names the file");
  assert.match(lines[0] ?? "", what);
  assert.match(lines[0] ?? "", /backup/, "the line says what to do");
  assert.doesNotMatch(result.stderr, /\n\s+at /, "no stack trace");
  assert.doesNotMatch(result.stdout, /password/i, "no first admin is created");
}

describe("outreach serve on an existing database file", () => {
  test("an empty (0-byte) file is refused, not started as a new site", async () => {
    const dir = dataDir();
    const file = path.join(dir, "outreach.db");
    writeFileSync(file, "");
    assertRefused(await serve(dir), file, /empty/);
    assert.equal(readFileSync(file).length, 0, "the file is unchanged");
  });

  test("a file of random bytes is refused", async () => {
    const dir = dataDir();
    const file = path.join(dir, "outreach.db");
    const bytes = randomBytes(64 * 1024);
    writeFileSync(file, bytes);
    assertRefused(await serve(dir), file, /not a readable SQLite database/);
    assert.ok(readFileSync(file).equals(bytes), "the file is unchanged");
  });

  test("a damaged file with a valid header is refused", async () => {
    const dir = dataDir();
    const file = path.join(dir, "outreach.db");
    const store = openStore({ dataDir: dir });
    await migrateToLatest(store.db);
    await store.close();
    const bytes = readFileSync(file);
    // Keeps the 100-byte header, overwrites the schema pages.
    randomBytes(bytes.length - 100).copy(bytes, 100);
    writeFileSync(file, bytes);
    assertRefused(await serve(dir), file, /not a readable SQLite database/);
    assert.ok(readFileSync(file).equals(bytes), "the file is unchanged");
  });

  test("a read-only file is refused", async () => {
    const dir = dataDir();
    const file = path.join(dir, "outreach.db");
    const store = openStore({ dataDir: dir });
    await migrateToLatest(store.db);
    await store.close();
    const bytes = readFileSync(file);
    // root writes anything: the site then runs as another user, who may write the folder but not the file.
    if (isRoot) {
      chmodSync(dir, 0o755);
      chownSync(dir, NOBODY, NOBODY);
    }
    chmodSync(file, 0o444);
    const result = await serve(dir, isRoot ? NOBODY : undefined);
    assertRefused(result, file, /read-only/);
    assert.ok(readFileSync(file).equals(bytes), "the file is unchanged");
  });

  test("an unreachable PostgreSQL stops start-up with one line, not a stack trace", async () => {
    const port = await new Promise<number>((resolve) => {
      const server = createServer().listen(0, "127.0.0.1", () => {
        const address = server.address();
        server.close(() => resolve(typeof address === "object" && address ? address.port : 1));
      });
    });
    const result = await serve(dataDir(), undefined, { DATABASE_URL: `postgres://postgres:postgres@127.0.0.1:${port}/outreach` });
    assert.equal(result.code, 1);
    const lines = result.stderr.trim().split("\n");
    assert.equal(lines.length, 1, `one line on stderr, got:\n${result.stderr}`);
    assert.match(lines[0] ?? "", /cannot be reached \(ECONNREFUSED\).*DATABASE_URL/);
  });

  test("where no file exists, a new database is created, and it opens again", async () => {
    const dir = dataDir();
    const store = openStore({ dataDir: dir });
    assert.deepEqual(await migrateToLatest(store.db).then((ran) => ran.length > 0), true);
    await store.close();
    // The same file opens again.
    const again = openStore({ dataDir: dir });
    assert.deepEqual(await migrateToLatest(again.db), []);
    await again.close();
  });
});

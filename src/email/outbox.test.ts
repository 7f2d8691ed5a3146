import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { after, describe, test } from "node:test";
import { createMailer, listOutbox, outboxFolder, recoverOutbox } from "./mailer.ts";

const dirs: string[] = [];
after(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});
function dataDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "outreach-outbox-"));
  dirs.push(dir);
  return dir;
}

const mail = { to: "ana@example.org", subject: "Hello", text: "Hi", html: "<p>Hi</p>", locale: "en" };

describe("the outbox is written whole or not at all", () => {
  test("a sent mail is a .eml and a .json, with no temporary file left", async () => {
    const dir = dataDir();
    await createMailer({ from: "Outreach <o@example.org>", dataDir: dir }).send(mail);
    const names = readdirSync(outboxFolder(dir)).sort();
    assert.equal(names.length, 2);
    assert.match(names[0] ?? "", /\.eml$/);
    assert.match(names[1] ?? "", /\.json$/);
    assert.equal((await listOutbox(dir))[0]?.to, "ana@example.org");
  });

  test("leftovers of a send cut short are removed at start; whole mails stay", async () => {
    const dir = dataDir();
    await createMailer({ from: "o@example.org", dataDir: dir }).send(mail);
    const folder = outboxFolder(dir);
    const whole = readdirSync(folder).sort();
    writeFileSync(path.join(folder, "00000000-0000-4000-8000-000000000001.eml.tmp"), "From: half");
    writeFileSync(path.join(folder, "00000000-0000-4000-8000-000000000002.eml"), "From: whole but no entry");
    writeFileSync(path.join(folder, "00000000-0000-4000-8000-000000000002.json.tmp"), '{"id":');
    assert.deepEqual(await recoverOutbox(dir), { removed: 3 });
    assert.deepEqual(readdirSync(folder).sort(), whole);
    assert.deepEqual(await recoverOutbox(dataDir()), { removed: 0 }, "no outbox yet: nothing to do");
  });

  test("a process killed while sending leaves only whole mails once recovered", async () => {
    const dir = dataDir();
    mkdirSync(outboxFolder(dir), { recursive: true });
    const mailer = path.join(import.meta.dirname, "mailer.ts");
    // Sends big mails one after the other until it is killed.
    const script = `
      const { createMailer } = await import(${JSON.stringify(mailer)});
      const m = createMailer({ from: "o@example.org", dataDir: ${JSON.stringify(dir)} });
      const big = "x".repeat(4 * 1024 * 1024);
      process.stdout.write("ready\\n");
      for (let i = 0; ; i++) await m.send({ to: "p" + i + "@example.org", subject: "S", text: big, html: big, locale: "en" });
    `;
    const child = spawn(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], {
      stdio: ["ignore", "pipe", "inherit"],
    });
    await new Promise<void>((resolve) => child.stdout.once("data", () => resolve()));
    const folder = outboxFolder(dir);
    const end = Date.now() + 30_000;
    while (readdirSync(folder).filter((n) => n.endsWith(".json")).length < 2 && Date.now() < end) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    await new Promise((resolve) => setTimeout(resolve, Math.random() * 100));
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGKILL");
    await exited;

    for (const name of readdirSync(folder).filter((n) => n.endsWith(".json"))) {
      assert.doesNotThrow(() => JSON.parse(readFileSync(path.join(folder, name), "utf8")), `${name} is whole`);
    }
    await recoverOutbox(dir);
    const names = readdirSync(folder);
    assert.deepEqual(
      names.filter((n) => n.endsWith(".tmp")),
      [],
    );
    const ids = (suffix: string) =>
      names
        .filter((n) => n.endsWith(suffix))
        .map((n) => n.slice(0, -suffix.length))
        .sort();
    assert.ok(ids(".json").length >= 2);
    assert.deepEqual(ids(".eml"), ids(".json"), "each mail has its message and its entry");
    const size = readFileSync(path.join(folder, `${ids(".eml")[0]}.eml`)).length;
    for (const id of ids(".eml")) {
      const length = readFileSync(path.join(folder, `${id}.eml`)).length;
      assert.ok(Math.abs(length - size) < 16, "every message whole");
    }
  });
});

import assert from "node:assert/strict";
import type { AddressInfo } from "node:net";
import { after, before, describe, test } from "node:test";
import { SMTPServer } from "smtp-server";
import { invite } from "../people/invitations.ts";
import { createPerson } from "../testing/client.ts";
import { startTestApp, type TestApp } from "../testing/harness.ts";
import { listOutbox } from "./mailer.ts";

type Received = { from: string; to: string[]; raw: string };

/** A real SMTP server on loopback that keeps what it receives. */
async function startSmtpPeer(): Promise<{ port: number; received: Received[]; close(): Promise<void> }> {
  const received: Received[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString("utf8"),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.server.address() as AddressInfo).port;
  return { port, received, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

describe("email over SMTP and into the outbox", () => {
  let smtp: Awaited<ReturnType<typeof startSmtpPeer>>;
  let t: TestApp;
  before(async () => {
    smtp = await startSmtpPeer();
    t = await startTestApp("sqlite", {
      env: { SMTP_URL: `smtp://127.0.0.1:${smtp.port}`, MAIL_FROM: "Network <secretariat@example.org>" },
    });
  });
  after(async () => {
    await t.cleanup();
    await smtp.close();
  });

  test("an invitation is sent by a job, over SMTP, in the invitee's language", async () => {
    const admin = await createPerson(t.services, "admin");
    await invite(
      t.services,
      { id: admin.id, role: "admin", locales: [], name: "Milutin" },
      { email: "translator@example.org", role: "translator", locales: ["ru"], uiLocale: "ru" },
      t.config.baseUrl,
    );
    assert.equal(smtp.received.length, 0, "nothing is sent inside the request");
    await t.worker!.drain();
    assert.equal(smtp.received.length, 1);
    const mail = smtp.received[0]!;
    assert.deepEqual(mail.to, ["translator@example.org"]);
    assert.equal(mail.from, "secretariat@example.org");
    assert.match(mail.raw, /Content-Language: ru/);
    assert.match(mail.raw.replace(/=\r\n/g, ""), /\/ru\/account\/invitation\/[A-Za-z0-9_-]{43}/);
    assert.equal((await listOutbox(t.config.dataDir)).length, 0, "with SMTP configured, nothing goes to the outbox");
  });

  test("when the SMTP server is down the job is retried, not lost", async () => {
    const down = await startTestApp("sqlite", { env: { SMTP_URL: "smtp://127.0.0.1:9" } });
    try {
      const admin = await createPerson(down.services, "admin");
      await invite(
        down.services,
        { id: admin.id, role: "admin", locales: [], name: "A" },
        { email: "x@example.org", role: "editor", locales: [], uiLocale: "en" },
        down.config.baseUrl,
      );
      await down.worker!.drain();
      const job = await down.services.db.selectFrom("jobs").selectAll().where("name", "=", "email.send").executeTakeFirstOrThrow();
      assert.equal(job.status, "queued");
      assert.equal(job.attempts, 1);
      assert.ok(job.last_error);
    } finally {
      await down.cleanup();
    }
  });

  test("without SMTP, mail is kept in the outbox that admins read", async () => {
    const local = await startTestApp("sqlite");
    try {
      const admin = await createPerson(local.services, "admin");
      await invite(
        local.services,
        { id: admin.id, role: "admin", locales: [], name: "A" },
        { email: "editor@example.org", role: "editor", locales: [], uiLocale: "en" },
        local.config.baseUrl,
      );
      await local.worker!.drain();
      const [mail] = await listOutbox(local.config.dataDir);
      assert.equal(mail?.to, "editor@example.org");
      assert.match(mail?.subject ?? "", /invited/);
      assert.match(mail?.text ?? "", /\/en\/account\/invitation\//);
    } finally {
      await local.cleanup();
    }
  });
});

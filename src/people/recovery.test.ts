import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import { listOutbox } from "../email/mailer.ts";
import { handOverFirstAdmin } from "../server.ts";
import { createPerson, type Person, signIn, TestClient } from "../testing/client.ts";
import { ENGINES, startTestApp, type TestApp } from "../testing/harness.ts";
import { createUser, findUserByEmail, toUser } from "./accounts.ts";
import { currentTotp, newTotpSecret } from "./totp.ts";
import { resetTwoFactorByEmail } from "./two-factor.ts";

for (const engine of ENGINES) {
  describe(`password reset, recovery and the first admin (${engine})`, () => {
    let t: TestApp;
    before(async () => {
      t = await startTestApp(engine);
    });
    after(() => t.cleanup());

    async function drain(): Promise<void> {
      while ((await t.worker!.drain()) > 0) {}
    }

    async function countJobs(): Promise<number> {
      const { n } = await t.services.db
        .selectFrom("jobs")
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .executeTakeFirstOrThrow();
      return Number(n);
    }

    async function resetLinksFor(email: string): Promise<string[]> {
      const mails = (await listOutbox(t.config.dataDir)).filter((m) => m.to === email);
      return mails.map((m) => new URL(/https?:\/\/\S+\/account\/reset\/\S+/.exec(m.text)![0]).pathname);
    }

    /** A staff account that has not set up its second factor yet, as after an invitation or a reset. */
    async function newStaff(): Promise<Person> {
      const email = `new-${Math.random().toString(36).slice(2, 8)}@example.org`;
      const user = await createUser(t.services, { email, name: "New editor", password: "correct horse battery staple", role: "editor" });
      return { ...user, password: "correct horse battery staple", totpSecret: null };
    }

    /** Signs in with the password and sets up a fresh authenticator; returns its secret and the recovery codes shown. */
    async function enrol(client: TestClient, person: Person): Promise<{ secret: string; codes: string[] }> {
      await client.submit("/en/account/sign-in", { email: person.email, password: person.password });
      await client.get("/en/account/two-factor/setup");
      const secret = newTotpSecret();
      const res = await client.post("/en/account/two-factor/setup", { secret, code: currentTotp(secret, t.clock.now()) });
      assert.equal(res.statusCode, 200);
      const codes = [...res.body.matchAll(/<code>([a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4})<\/code>/g)].map((m) => m[1]!);
      t.clock.advance(31_000);
      return { secret, codes };
    }

    test("a reset request does the same work and gives the same answer for a known and an unknown address", async () => {
      const person = await createPerson(t.services, "editor");
      const client = new TestClient(t.app);
      const before = await countJobs();
      const known = await client.submit("/en/account/reset", { email: person.email });
      const afterKnown = await countJobs();
      const unknown = await client.submit("/en/account/reset", { email: "no-such-person@example.org" });
      const afterUnknown = await countJobs();
      assert.equal(known.statusCode, unknown.statusCode);
      assert.equal(known.body, unknown.body);
      assert.equal(afterKnown - before, 1, "one job queued for the known address");
      assert.equal(afterUnknown - afterKnown, 1, "and the same one job for the unknown address");
      await drain();
      assert.equal((await resetLinksFor(person.email)).length, 1);
      assert.equal((await resetLinksFor("no-such-person@example.org")).length, 0);
    });

    test("using one reset link makes the account's other reset links useless", async () => {
      const person = await createPerson(t.services, "participant");
      const client = new TestClient(t.app);
      await client.submit("/en/account/reset", { email: person.email });
      await client.submit("/en/account/reset", { email: person.email });
      await drain();
      const [first, second] = await resetLinksFor(person.email);
      assert.ok(first && second && first !== second);
      const used = await client.submit(first, { password: "a brand new password" });
      assert.equal(used.statusCode, 303);
      assert.equal((await client.get(second)).statusCode, 410);
      assert.equal((await client.post(second, { password: "the attacker's password" })).statusCode, 410);
    });

    test("the first admin's password goes to a terminal or to an owner-only file, never to a log stream", () => {
      const dataDir = mkdtempSync(path.join(os.tmpdir(), "outreach-first-admin-"));
      try {
        const admin = { email: "admin@example.org", password: "abcdef-ghijkm-npqrst" };
        const logged = handOverFirstAdmin(admin, { isTerminal: false, dataDir });
        assert.ok(!logged.join("\n").includes(admin.password));
        const file = path.join(dataDir, "first-admin.txt");
        assert.ok(logged.join("\n").includes(file));
        assert.equal(statSync(file).mode & 0o777, 0o600);
        assert.match(readFileSync(file, "utf8"), /abcdef-ghijkm-npqrst/);
        assert.ok(handOverFirstAdmin(admin, { isTerminal: true, dataDir }).join("\n").includes(admin.password));
      } finally {
        rmSync(dataDir, { recursive: true, force: true });
      }
    });

    test("recovery codes are shown once at enrolment, stored hashed, and each works once on the second step", async () => {
      const person = await newStaff();
      const { codes } = await enrol(new TestClient(t.app), person);
      assert.equal(codes.length, 10);
      const stored = await t.services.db.selectFrom("recovery_codes").select("code_hash").where("user_id", "=", person.id).execute();
      assert.equal(stored.length, 10);
      assert.ok(stored.every((row) => !codes.includes(row.code_hash)));

      const phoneLost = new TestClient(t.app);
      await phoneLost.submit("/en/account/sign-in", { email: person.email, password: person.password });
      await phoneLost.get("/en/account/two-factor");
      assert.equal((await phoneLost.post("/en/account/two-factor", { code: codes[0]!.toUpperCase() })).statusCode, 303);
      assert.equal((await phoneLost.get("/admin")).statusCode, 200);

      const again = new TestClient(t.app);
      await again.submit("/en/account/sign-in", { email: person.email, password: person.password });
      await again.get("/en/account/two-factor");
      assert.equal((await again.post("/en/account/two-factor", { code: codes[0]! })).statusCode, 422);
    });

    test("new recovery codes take the current authenticator code, and the old ones stop working", async () => {
      const person = await newStaff();
      const client = new TestClient(t.app);
      const { secret, codes } = await enrol(client, person);
      await client.get("/admin/account");
      assert.equal((await client.post("/admin/account/recovery-codes", { code: codes[1]! })).statusCode, 422);
      const renewed = await client.post("/admin/account/recovery-codes", { code: currentTotp(secret, t.clock.now()) });
      assert.equal(renewed.statusCode, 200);
      assert.equal([...renewed.body.matchAll(/<code>[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}<\/code>/g)].length, 10);
      const other = new TestClient(t.app);
      await other.submit("/en/account/sign-in", { email: person.email, password: person.password });
      await other.get("/en/account/two-factor");
      assert.equal((await other.post("/en/account/two-factor", { code: codes[2]! })).statusCode, 422);
    });

    test("replacing the authenticator takes a code from the current one, not the password or the session alone", async () => {
      const person = await newStaff();
      const client = new TestClient(t.app);
      const { secret } = await enrol(client, person);
      const page = await client.get("/admin/account/two-factor");
      const replacement = /name="secret" value="([A-Z2-7]{32})"/.exec(page.body)?.[1];
      assert.ok(replacement);
      const guessed = await client.post("/admin/account/two-factor", {
        current: "123456",
        secret: replacement,
        code: currentTotp(replacement, t.clock.now()),
      });
      assert.equal(guessed.statusCode, 422);
      const stored = async () =>
        (await t.services.db.selectFrom("users").select("totp_secret").where("id", "=", person.id).executeTakeFirstOrThrow()).totp_secret;
      assert.equal(await stored(), secret);
      const replaced = await client.post("/admin/account/two-factor", {
        current: currentTotp(secret, t.clock.now()),
        secret: replacement,
        code: currentTotp(replacement, t.clock.now()),
      });
      assert.equal(replaced.statusCode, 200);
      assert.equal([...replaced.body.matchAll(/<code>[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}<\/code>/g)].length, 10);
      assert.equal(await stored(), replacement);
    });

    test("an admin resets a person's second factor: audited, signed out, set up again at the next sign-in", async () => {
      const admin = await createPerson(t.services, "admin");
      const editor = await createPerson(t.services, "editor");
      const editorClient = new TestClient(t.app);
      await signIn(editorClient, editor, t.clock);
      const adminClient = new TestClient(t.app);
      await signIn(adminClient, admin, t.clock);
      await adminClient.get(`/admin/users/${editor.id}`);
      assert.equal((await adminClient.post(`/admin/users/${editor.id}/two-factor/reset`, {})).statusCode, 422);
      const res = await adminClient.post(`/admin/users/${editor.id}/two-factor/reset`, { confirm: "1" });
      assert.equal(res.statusCode, 303);
      const audit = await t.services.db
        .selectFrom("audit_log")
        .selectAll()
        .where("action", "=", "user.two-factor-reset")
        .where("subject_id", "=", editor.id)
        .execute();
      assert.equal(audit.length, 1);
      assert.equal(audit[0]!.actor_id, admin.id);
      assert.equal((await editorClient.get("/admin")).statusCode, 302, "signed out everywhere");
      const next = await new TestClient(t.app).submit("/en/account/sign-in", { email: editor.email, password: editor.password });
      assert.equal(next.headers.location, "/en/account/two-factor/setup");
    });

    test("the command line resets the last admin's second factor, audited without an actor", async () => {
      const admin = await createPerson(t.services, "admin");
      assert.equal(await resetTwoFactorByEmail(t.services, admin.email.toUpperCase()), true);
      assert.equal(await resetTwoFactorByEmail(t.services, "nobody@example.org"), false);
      const row = await t.services.db.selectFrom("users").select("totp_secret").where("id", "=", admin.id).executeTakeFirstOrThrow();
      assert.equal(row.totp_secret, null);
      const audit = await t.services.db
        .selectFrom("audit_log")
        .selectAll()
        .where("action", "=", "user.two-factor-reset")
        .where("subject_id", "=", admin.id)
        .executeTakeFirstOrThrow();
      assert.equal(audit.actor_id, null);
      assert.equal(audit.detail, "cli");
    });

    test("the first admin must choose a new password, and can change the printed email and name", async () => {
      const first = t.firstAdmin!;
      const row = await findUserByEmail(t.services, first.email);
      const person: Person = { ...toUser(row!), password: first.password, totpSecret: null };
      const client = new TestClient(t.app);
      await enrol(client, person);
      const blocked = await client.get("/admin");
      assert.equal(blocked.statusCode, 302);
      assert.equal(blocked.headers.location, "/admin/account");
      const account = await client.get("/admin/account");
      assert.match(account.body, /choose your own password/);
      const refused = await client.post("/admin/pages/new", { slug: "x", title: "X", sourceLocale: "en" });
      assert.equal(refused.statusCode, 403);
      assert.match(refused.body, /FORBIDDEN/);

      await client.get("/admin/account");
      const changed = await client.post("/admin/account/password", { current: first.password, password: "the admin's own password" });
      assert.equal(changed.statusCode, 303);
      assert.equal((await client.get("/admin")).statusCode, 200);

      await client.get("/admin/account");
      const details = await client.post("/admin/account/details", {
        name: "Dana",
        email: "dana@network.example",
        detailsCurrent: "the admin's own password",
      });
      assert.equal(details.statusCode, 303);
      const renamed = await findUserByEmail(t.services, "dana@network.example");
      assert.equal(renamed?.id, person.id);
      assert.equal(renamed?.name, "Dana");
    });

    test("the invite form presets no role and does not offer the member organisation contact", async () => {
      const admin = await createPerson(t.services, "admin");
      const client = new TestClient(t.app);
      await signIn(client, admin, t.clock);
      const form = await client.get("/admin/users/invite");
      assert.match(form.body, /<option value="" selected/);
      assert.doesNotMatch(form.body, /value="member-contact"/);
      assert.equal((await client.post("/admin/users/invite", { email: "x@example.org", uiLocale: "en" })).statusCode, 422);
      const contact = await client.post("/admin/users/invite", { email: "y@example.org", role: "member-contact", uiLocale: "en" });
      assert.equal(contact.statusCode, 422);
    });
  });
}

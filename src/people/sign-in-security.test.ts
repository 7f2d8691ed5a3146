import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { MINUTE } from "../clock.ts";
import { createPerson, type Person, signIn, TestClient } from "../testing/client.ts";
import { ENGINES, startTestApp, type TestApp } from "../testing/harness.ts";
import { sessionCookieName } from "../web/cookies.ts";
import { LIMITS } from "./limits.ts";
import { currentTotp, newTotpSecret } from "./totp.ts";

/** Colleagues in one office: every browser comes from the same address. */
class OfficeClient extends TestClient {
  override readonly remoteAddress = "192.0.2.10";
}

/** Password step only: the client is then half signed in. */
async function submitPassword(client: TestClient, email: string, password: string) {
  await client.get("/en/account/sign-in");
  return client.post("/en/account/sign-in", { email, password });
}

for (const engine of ENGINES) {
  describe(`sign-in against an attacker (${engine})`, () => {
    let t: TestApp;
    before(async () => {
      t = await startTestApp(engine);
    });
    after(() => t.cleanup());

    async function totpSecretOf(person: Person): Promise<string | null> {
      const row = await t.services.db.selectFrom("users").select("totp_secret").where("id", "=", person.id).executeTakeFirstOrThrow();
      return row.totp_secret;
    }

    test("a stolen password cannot enrol the attacker's authenticator over the owner's", async () => {
      const owner = await createPerson(t.services, "admin");
      const attacker = new TestClient(t.app);
      assert.equal((await submitPassword(attacker, owner.email, owner.password)).statusCode, 303);

      const page = await attacker.get("/en/account/two-factor/setup");
      assert.notEqual(page.statusCode, 200, "the set-up page is refused while a second factor exists");
      assert.doesNotMatch(page.body, /name="secret"/);

      const ownSecret = newTotpSecret();
      await attacker.get("/en/account/two-factor");
      const res = await attacker.post("/en/account/two-factor/setup", {
        secret: ownSecret,
        code: currentTotp(ownSecret, t.clock.now()),
      });
      assert.notEqual(res.headers.location, "/admin");
      assert.equal(await totpSecretOf(owner), owner.totpSecret, "the owner's secret is unchanged");
      assert.equal((await attacker.get("/admin")).statusCode, 302, "the attacker is not signed in");

      const ownerClient = new TestClient(t.app);
      await signIn(ownerClient, owner, t.clock);
      assert.equal((await ownerClient.get("/admin")).statusCode, 200, "the owner still signs in");
    });

    test("five failures from one address, then a localised 429 that keeps the email and says when to retry", async () => {
      const person = await createPerson(t.services, "participant");
      const client = new TestClient(t.app);
      for (let i = 0; i < 5; i++) {
        const res = await submitPassword(client, `nobody-${i}@example.org`, "a wrong password");
        assert.equal(res.statusCode, 422);
      }
      await client.get("/fr/account/sign-in");
      const limited = await client.post("/fr/account/sign-in", { email: person.email, password: person.password });
      assert.equal(limited.statusCode, 429);
      assert.equal(limited.headers["retry-after"], String(15 * 60));
      assert.match(limited.body, /Trop de tentatives/);
      assert.match(limited.body, /15 minutes/);
      assert.ok(limited.body.includes(`value="${person.email}"`), "the email is kept");
      assert.ok(!limited.body.includes(person.password), "the password is not");
      assert.equal(client.cookie(sessionCookieName(t.services)), undefined);

      t.clock.advance(15 * MINUTE);
      assert.equal((await submitPassword(client, person.email, person.password)).statusCode, 303);
    });

    test("many addresses guessing one account's password lock the account for a while, not for ever", async () => {
      const owner = await createPerson(t.services, "participant");
      for (let i = 0; i < LIMITS.signInAccount.max; i++) {
        const res = await submitPassword(new TestClient(t.app), owner.email, `guess number ${i}`);
        assert.equal(res.statusCode, 422);
      }
      const fresh = await submitPassword(new TestClient(t.app), owner.email, owner.password);
      assert.equal(fresh.statusCode, 429, "locked whatever the address, even for the right password");

      t.clock.advance(LIMITS.signInAccount.windowMs);
      const later = await submitPassword(new TestClient(t.app), owner.email, owner.password);
      assert.equal(later.statusCode, 303, "the lock expires and the owner gets in");
    });

    test("many addresses guessing one account's codes are stopped after five", async () => {
      const owner = await createPerson(t.services, "editor");
      for (let i = 0; i < LIMITS.twoFactorAccount.max; i++) {
        const attacker = new TestClient(t.app);
        await submitPassword(attacker, owner.email, owner.password);
        await attacker.get("/en/account/two-factor");
        assert.equal((await attacker.post("/en/account/two-factor", { code: String(100000 + i) })).statusCode, 422);
      }
      const last = new TestClient(t.app);
      await submitPassword(last, owner.email, owner.password);
      await last.get("/en/account/two-factor");
      const res = await last.post("/en/account/two-factor", { code: currentTotp(owner.totpSecret!, t.clock.now()) });
      assert.equal(res.statusCode, 429);
      assert.ok(res.headers["retry-after"]);
      assert.equal((await last.get("/admin")).statusCode, 302);
    });

    test("each action has its own bucket: failed sign-ins block sign-in only, not the reset form or the second step", async () => {
      class SharedClient extends TestClient {
        override readonly remoteAddress = "198.51.100.7";
      }
      const colleague = await createPerson(t.services, "editor");
      const halfway = new SharedClient(t.app);
      await submitPassword(halfway, colleague.email, colleague.password);
      const guesser = new SharedClient(t.app);
      for (let i = 0; i < 5; i++) await submitPassword(guesser, `someone-${i}@example.org`, "a wrong password");
      assert.equal((await submitPassword(guesser, colleague.email, colleague.password)).statusCode, 429);
      assert.equal((await guesser.submit("/en/account/reset", { email: colleague.email })).statusCode, 200);
      await halfway.get("/en/account/two-factor");
      const code = await halfway.post("/en/account/two-factor", { code: currentTotp(colleague.totpSecret!, t.clock.now()) });
      assert.equal(code.statusCode, 303);
      const buckets = Object.values(LIMITS).map((rule) => rule.bucket);
      assert.equal(new Set(buckets).size, buckets.length);
      assert.ok(buckets.every((bucket) => bucket.startsWith("people.")));
    });

    test("guessing invitation links or a signed-in account's password is limited too, each in its own bucket", async () => {
      const client = new TestClient(t.app);
      for (let i = 0; i < 5; i++) assert.equal((await client.get(`/en/account/invitation/guess-${i}`)).statusCode, 410);
      const limited = await client.get("/en/account/invitation/guess-6");
      assert.equal(limited.statusCode, 429);
      assert.ok(limited.headers["retry-after"]);
      assert.equal((await client.get("/en/account/reset/guess-7")).statusCode, 410, "reset links have their own bucket");

      const admin = await createPerson(t.services, "admin");
      const stolenSession = new TestClient(t.app);
      await signIn(stolenSession, admin, t.clock);
      await stolenSession.get("/admin/account");
      for (let i = 0; i < 5; i++) {
        const res = await stolenSession.post("/admin/account/password", { current: `guess ${i}`, password: "a password of my own" });
        assert.equal(res.statusCode, 422);
      }
      const right = await stolenSession.post("/admin/account/password", { current: admin.password, password: "a password of my own" });
      assert.equal(right.statusCode, 429);
      assert.ok(!right.body.includes(admin.password));
    });

    test("twenty colleagues behind one office address all sign in, typos included", async () => {
      for (let i = 0; i < 20; i++) {
        const colleague = await createPerson(t.services, i % 2 === 0 ? "editor" : "organiser");
        const client = new OfficeClient(t.app);
        if (i % 5 === 0) assert.equal((await submitPassword(client, colleague.email, "a typo in it")).statusCode, 422);
        await signIn(client, colleague, t.clock);
        assert.equal((await client.get("/admin")).statusCode, 200, `colleague ${i + 1} reaches the admin`);
      }
    });

    test("completing the second step replaces the session token; the old one is dead", async () => {
      const editor = await createPerson(t.services, "editor");
      const client = new TestClient(t.app);
      await submitPassword(client, editor.email, editor.password);
      const halfway = client.cookie(sessionCookieName(t.services));
      assert.ok(halfway);
      await client.get("/en/account/two-factor");
      assert.equal((await client.post("/en/account/two-factor", { code: currentTotp(editor.totpSecret!, t.clock.now()) })).statusCode, 303);
      const signedIn = client.cookie(sessionCookieName(t.services));
      assert.ok(signedIn);
      assert.notEqual(signedIn, halfway);
      assert.equal((await client.get("/admin")).statusCode, 200);
      const old = await t.app.inject({ method: "GET", url: "/admin", headers: { cookie: `${sessionCookieName(t.services)}=${halfway}` } });
      assert.equal(old.statusCode, 302, "the token from before the second step opens nothing");
    });
  });
}

import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import type { Actor } from "../../access/policy.ts";
import { HOUR } from "../../clock.ts";
import { listOutbox } from "../../email/mailer.ts";
import { translate } from "../../i18n/messages.ts";
import { createPerson, TestClient } from "../../testing/client.ts";
import { createTestEvent } from "../../testing/events.ts";
import { ENGINES, startTestApp, type TestApp } from "../../testing/harness.ts";
import type { Occurrence } from "../model.ts";
import { createAddressToken, readAddressToken } from "./address-change.ts";
import { findByToken, register } from "./registrations.ts";

/** A registrant's new address is written only once it is confirmed from that address. */

const LINK = /\/confirm-address\?t=([\w-]+)/;

for (const engine of ENGINES) {
  describe(`a new address is confirmed from that address (${engine})`, () => {
    let t: TestApp;
    let actor: Actor;
    before(async () => {
      t = await startTestApp(engine);
      const admin = await createPerson(t.services, "admin");
      actor = { id: admin.id, role: "admin", locales: [] };
    });
    after(() => t.cleanup());

    /** Registers Olena (in Ukrainian) and changes her address and name through her private page. */
    async function changeAddress(newEmail: string) {
      const { occurrences, questionIds } = await createTestEvent(t.services, actor, { occurrences: [{ capacity: 5 }] });
      const occurrence = occurrences[0] as Occurrence;
      const q = `q_${questionIds[0]}`;
      const old = `olena-${Math.random().toString(36).slice(2, 8)}@example.org`;
      const { token } = await register(t.services, occurrence.id, {
        name: "Олена",
        email: old,
        locale: "uk",
        isPseudonymous: false,
        answers: { [questionIds[0] as string]: "Outreach team" },
      });
      const client = new TestClient(t.app);
      await client.get(`/uk/registrations/${token}`);
      const posted = await client.post(`/uk/registrations/${token}`, {
        name: "Олена К.",
        email: newEmail,
        locale: "uk",
        occurrenceId: occurrence.id,
        [q]: "Outreach team",
      });
      assert.equal(posted.statusCode, 303);
      const page = await client.get(String(posted.headers.location));
      return { token, old, occurrence, q, page };
    }

    async function linkFromMail(email: string): Promise<{ token: string; locale: string; subject: string }> {
      await t.worker?.drain();
      const mail = (await listOutbox(t.config.dataDir)).find((m) => m.to === email && LINK.test(m.text));
      assert.ok(mail, `a confirmation mail to ${email}`);
      return { token: (LINK.exec(mail.text) as RegExpExecArray)[1] as string, locale: mail.locale, subject: mail.subject };
    }

    test("the new address is not written until the link in the mail to it is opened and confirmed; a second use changes nothing", async () => {
      const { token, old, page } = await changeAddress("Olena.New@Example.org");
      assert.equal(page.statusCode, 200);
      assert.ok(page.body.includes(translate("uk", "site.notice.addressSent")), "the page says a link went to the new address");
      assert.ok(page.body.includes(`value="${old}"`), "and still shows the old address");
      let saved = (await findByToken(t.services.db, token))?.registration;
      assert.deepEqual([saved?.name, saved?.email], ["Олена К.", old], "the other details are saved, the address is not");

      const mail = await linkFromMail("olena.new@example.org");
      assert.equal(mail.locale, "uk", "the mail is in her language");
      assert.ok(mail.subject.startsWith(translate("uk", "events.mail.address.subject", { event: "" })));
      assert.equal((await listOutbox(t.config.dataDir)).filter((m) => m.to === old && LINK.test(m.text)).length, 0);

      const client = new TestClient(t.app);
      const url = `/uk/confirm-address?t=${mail.token}`;
      const shown = await client.get(url);
      assert.equal(shown.statusCode, 200);
      assert.ok(shown.body.includes(translate("uk", "site.address.confirm")), "a button to confirm");
      assert.equal(shown.headers["cache-control"], "private, no-store");
      saved = (await findByToken(t.services.db, token))?.registration;
      assert.equal(saved?.email, old, "opening the link (as a mail scanner does) changes nothing");

      const confirmed = await client.post("/uk/confirm-address", { t: mail.token });
      assert.equal(confirmed.statusCode, 303);
      const done = await client.get(String(confirmed.headers.location));
      assert.equal(done.statusCode, 200);
      assert.ok(done.body.includes(translate("uk", "site.address.done")));
      saved = (await findByToken(t.services.db, token))?.registration;
      assert.equal(saved?.email, "olena.new@example.org", "confirmed, the address is written");
      assert.equal(saved?.status, "confirmed", "and nothing else about the registration changes");

      await client.get(url);
      const again = await client.post("/uk/confirm-address", { t: mail.token });
      assert.deepEqual([again.statusCode, again.headers.location], [303, confirmed.headers.location], "a second use is harmless");
      assert.equal((await findByToken(t.services.db, token))?.registration.email, "olena.new@example.org");
    });

    test("a tampered, expired or missing link answers 410 on a localised page, never a 500", async () => {
      const { token, old } = await changeAddress("olena.later@example.org");
      const mail = await linkFromMail("olena.later@example.org");
      const client = new TestClient(t.app);
      const flipped = `${mail.token.slice(0, 20)}${mail.token[20] === "A" ? "B" : "A"}${mail.token.slice(21)}`;
      for (const bad of [flipped, `${mail.token}x`, "not-a-token", ""]) {
        const res = await client.get(`/fr/confirm-address?t=${bad}`);
        assert.equal(res.statusCode, 410, `GET with ${bad.slice(0, 12)}…`);
        assert.ok(res.body.includes(translate("fr", "error.tokenInvalid")), "in French");
      }
      assert.equal((await client.get("/fr/confirm-address")).statusCode, 410);
      await client.get(`/fr/confirm-address?t=${mail.token}`);
      assert.equal((await client.post("/fr/confirm-address", { t: flipped })).statusCode, 410);
      assert.equal((await client.post("/fr/confirm-address", {})).statusCode, 410);

      t.clock.advance(49 * HOUR);
      assert.equal((await client.get(`/fr/confirm-address?t=${mail.token}`)).statusCode, 410, "expired after 48 hours");
      const lateClient = new TestClient(t.app);
      await lateClient.get(`/fr/registrations/${token}`);
      assert.equal((await lateClient.post("/fr/confirm-address", { t: mail.token })).statusCode, 410);
      assert.equal((await findByToken(t.services.db, token))?.registration.email, old, "nothing was written");
    });

    test("confirming onto an address that registered for the occurrence meanwhile writes nothing, on the same page", async () => {
      const { token, old, occurrence, q } = await changeAddress("olena.taken@example.org");
      const mail = await linkFromMail("olena.taken@example.org");
      await register(t.services, occurrence.id, {
        name: "Taken",
        email: "olena.taken@example.org",
        locale: "en",
        isPseudonymous: false,
        answers: { [q.slice(2)]: "Org" },
      });
      const confirmer = new TestClient(t.app);
      await confirmer.get(`/uk/confirm-address?t=${mail.token}`);
      const refused = await confirmer.post("/uk/confirm-address", { t: mail.token });

      const other = await changeAddress("olena.free@example.org");
      const freeMail = await linkFromMail("olena.free@example.org");
      const taker = new TestClient(t.app);
      await taker.get(`/uk/confirm-address?t=${freeMail.token}`);
      const taken = await taker.post("/uk/confirm-address", { t: freeMail.token });

      assert.equal(refused.statusCode, 303);
      assert.deepEqual(
        [refused.statusCode, refused.headers.location],
        [taken.statusCode, taken.headers.location],
        "the same answer whether or not the address could be taken",
      );
      assert.equal((await findByToken(t.services.db, token))?.registration.email, old, "the address is not written");
      assert.equal((await findByToken(t.services.db, other.token))?.registration.email, "olena.free@example.org");
      const holders = await t.services.db
        .selectFrom("registrations")
        .select("name")
        .where("email", "=", "olena.taken@example.org")
        .where("status", "in", ["confirmed", "waitlisted", "pending"])
        .execute();
      assert.deepEqual(
        holders.map((r) => r.name),
        ["Taken"],
        "one active registration for the address",
      );
    });

    test("a new address that already holds a registration is mailed a further link to it, not a confirmation link", async () => {
      const { occurrences, questionIds } = await createTestEvent(t.services, actor, { occurrences: [{ capacity: 5 }] });
      const occurrence = occurrences[0] as Occurrence;
      const answers = { [questionIds[0] as string]: "Org" };
      await register(t.services, occurrence.id, { name: "Held", email: "held@example.org", locale: "lt", isPseudonymous: false, answers });
      const { token } = await register(t.services, occurrence.id, {
        name: "Prober",
        email: "prober@example.org",
        locale: "en",
        isPseudonymous: false,
        answers,
      });
      await t.worker?.drain();
      const client = new TestClient(t.app);
      await client.get(`/en/registrations/${token}`);
      await client.post(`/en/registrations/${token}`, {
        name: "Prober",
        email: "held@example.org",
        locale: "en",
        occurrenceId: occurrence.id,
        [`q_${questionIds[0]}`]: "Org",
      });
      await t.worker?.drain();
      const mails = (await listOutbox(t.config.dataDir)).filter((m) => m.to === "held@example.org");
      assert.equal(mails.filter((m) => LINK.test(m.text)).length, 0, "no confirmation link");
      assert.ok(
        mails[0]?.subject.startsWith(translate("lt", "events.mail.link.subject", { event: "" })),
        "a further link, in her language",
      );
      assert.equal((await findByToken(t.services.db, token))?.registration.email, "prober@example.org");
    });

    test("the token holds the id, address and expiry, and no part of it can be changed", () => {
      const at = new Date("2026-12-01T00:00:00.000Z");
      const token = createAddressToken("secret", "reg-1", "a@example.org", new Date(at.getTime() + HOUR));
      assert.ok(!token.includes("example"), "the address cannot be read from the link");
      assert.deepEqual(readAddressToken("secret", token, at), { registrationId: "reg-1", email: "a@example.org" });
      assert.equal(readAddressToken("other secret", token, at), undefined);
      assert.equal(readAddressToken("secret", token, new Date(at.getTime() + 2 * HOUR)), undefined);
      const raw = Buffer.from(token, "base64url");
      for (const i of [0, 20, raw.length - 1]) {
        const copy = Buffer.from(raw);
        copy[i] = (copy[i] as number) ^ 1;
        assert.equal(readAddressToken("secret", copy.toString("base64url"), at), undefined, `byte ${i} changed`);
      }
    });
  });
}

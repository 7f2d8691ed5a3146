import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import type { FastifyInstance, LightMyRequestResponse } from "fastify";
import type { Actor } from "../../access/policy.ts";
import { listOutbox } from "../../email/mailer.ts";
import { translate } from "../../i18n/messages.ts";
import { createPerson, signIn, TestClient } from "../../testing/client.ts";
import { createTestEvent, tokenFromMail } from "../../testing/events.ts";
import { ENGINES, startTestApp, type TestApp } from "../../testing/harness.ts";
import type { Occurrence } from "../model.ts";
import { findOccurrence } from "../occurrences.ts";

/** A browser at a given address: the people of one office, venue or mobile network share one. */
function clientAt(app: FastifyInstance, address: string): TestClient {
  const client = new TestClient(app);
  Object.defineProperty(client, "remoteAddress", { value: address });
  return client;
}

/** What a stranger sees of an answer, without the tokens that differ on every request anyway. */
function seen(res: LightMyRequestResponse) {
  const headers = Object.fromEntries(
    Object.entries(res.headers).filter(([name]) => !["date", "set-cookie", "content-length", "content-security-policy"].includes(name)),
  );
  const body = res.body.replace(/name="_csrf" value="[^"]+"/g, 'name="_csrf" value=""').replace(/nonce="[^"]+"/g, 'nonce=""');
  const cookies = (res.cookies as { name: string }[]).map((c) => c.name).sort();
  return { status: res.statusCode, headers, cookies, body };
}

for (const engine of ENGINES) {
  describe(`the registration form tells no one who is registered (${engine})`, () => {
    let t: TestApp;
    let actor: Actor;
    before(async () => {
      t = await startTestApp(engine);
      const admin = await createPerson(t.services, "admin");
      actor = { id: admin.id, role: "admin", locales: [] };
    });
    after(() => t.cleanup());

    test("a stranger probing a registered and a new address gets the same bytes, and the registrant's link survives", async () => {
      const { event, occurrences, questionIds } = await createTestEvent(t.services, actor, { occurrences: [{ capacity: 5 }] });
      const occurrence = occurrences[0] as Occurrence;
      const url = `/en/events/${event.slug}/register/${occurrence.id}`;
      const answers = (name: string, email: string) => ({ name, email, [`q_${questionIds[0]}`]: "Peer support group" });

      const registrant = new TestClient(t.app);
      assert.equal((await registrant.submit(`/uk${url.slice(3)}`, answers("Оксана", "oksana@example.org"))).statusCode, 303);
      const token = await tokenFromMail(t, "oksana@example.org");
      const seatsAfterRegistrant = (await findOccurrence(t.services.db, occurrence.id)).confirmedCount;

      const stranger = new TestClient(t.app);
      const probe = async (email: string) => {
        const posted = await stranger.submit(url, answers("Someone", email));
        const followed = await stranger.get(String(posted.headers.location));
        return { posted: seen(posted), followed: seen(followed) };
      };
      const known = await probe("Oksana@Example.org");
      const unknown = await probe("nobody-yet@example.org");
      assert.equal(known.posted.status, 303);
      assert.deepEqual(known.posted, unknown.posted, "the same status, redirect and headers");
      assert.deepEqual(known.followed, unknown.followed, "the same page after the redirect");
      assert.ok(known.followed.body.includes(translate("en", "site.register.sent.body")));
      assert.ok(!known.followed.body.includes(translate("en", "events.alreadyRegistered")));

      for (let i = 0; i < 4; i++) assert.deepEqual((await probe("oksana@example.org")).posted, unknown.posted);
      await t.worker?.drain();
      const mine = await new TestClient(t.app).get(`/uk/registrations/${token}`);
      assert.equal(mine.statusCode, 200, "five probes later, Oksana's own link still works");
      assert.ok(mine.body.includes("Оксана"), "and nothing of hers was changed");
      assert.equal(
        (await findOccurrence(t.services.db, occurrence.id)).confirmedCount,
        seatsAfterRegistrant + 1,
        "the probes took no seat; only the new address did",
      );

      await t.worker?.drain();
      const notices = (await listOutbox(t.config.dataDir)).filter(
        (m) => m.to === "oksana@example.org" && m.subject.startsWith(translate("uk", "events.mail.link.subject", { event: "" })),
      );
      assert.equal(notices.length, 3, "five probes, but at most 3 mails a day to her address");
      assert.ok(
        notices.every((m) => m.locale === "uk"),
        "in her language",
      );
      assert.ok(
        notices.every((m) => /\/uk\/registrations\/[\w-]+/.test(m.text)),
        "each with a link that works besides her first",
      );
    });

    test("the private page answers the same when its email is changed or moved to where a known address is registered", async () => {
      const { event, occurrences, questionIds } = await createTestEvent(t.services, actor, {
        occurrences: [{ capacity: 10 }, { startsAt: "2026-12-07T15:30:00.000Z", endsAt: "2026-12-07T17:00:00.000Z", capacity: 10 }],
      });
      const [early, late] = occurrences as [Occurrence, Occurrence];
      const q = `q_${questionIds[0]}`;
      const register = async (occurrence: Occurrence, name: string, email: string) => {
        const client = new TestClient(t.app);
        await client.submit(`/en/events/${event.slug}/register/${occurrence.id}`, { name, email, [q]: "Outreach team" });
        return tokenFromMail(t, email);
      };
      await register(late, "Dana", "dana@example.org");
      const first = await register(early, "Someone", "someone1@example.org");
      const second = await register(early, "Someone", "someone2@example.org");

      // Each registrant's own token and own address are theirs and differ anyway; only the new address is probed.
      const change = async (token: string, own: string, email: string) => {
        const client = new TestClient(t.app);
        await client.get(`/en/registrations/${token}`);
        const posted = await client.post(`/en/registrations/${token}`, {
          name: "Someone",
          email,
          locale: "en",
          occurrenceId: late.id,
          [q]: "Outreach team",
        });
        const followed = await client.get(String(posted.headers.location));
        const blank = (r: ReturnType<typeof seen>) => ({
          ...r,
          headers: { ...r.headers, location: String(r.headers.location ?? "").replace(token, "TOKEN") },
          body: r.body.replaceAll(token, "TOKEN").replaceAll(own, "OWN").replaceAll(email, "EMAIL"),
        });
        return { posted: blank(seen(posted)), followed: blank(seen(followed)) };
      };
      const known = await change(first, "someone1@example.org", "dana@example.org");
      const unknown = await change(second, "someone2@example.org", "nobody-yet@example.org");
      assert.equal(known.posted.status, 303);
      assert.deepEqual(known.posted, unknown.posted, "the same answer to the change");
      assert.deepEqual(known.followed, unknown.followed, "the same private page after it");
      const dana = await t.services.db.selectFrom("registrations").select("name").where("email", "=", "dana@example.org").execute();
      assert.deepEqual(dana.map((r) => r.name).sort(), ["Dana"], "Dana's own registration is untouched, and the only one of her address");
    });

    test("an office registers thirty people from one address, a staff member signs in from it; at the limit the form keeps its answers", async () => {
      const { event, occurrences, questionIds } = await createTestEvent(t.services, actor, { occurrences: [{ capacity: 100 }] });
      const occurrence = occurrences[0] as Occurrence;
      const office = "10.200.0.7";
      const path = `/events/${event.slug}/register/${occurrence.id}`;
      const form = (i: number) => ({ name: `Colleague ${i}`, email: `colleague${i}@example.org`, [`q_${questionIds[0]}`]: "NGO office" });

      for (let i = 1; i <= 30; i++) {
        const res = await clientAt(t.app, office).submit(`/en${path}`, form(i));
        assert.equal(res.statusCode, 303, `colleague ${i} is registered`);
      }
      await t.worker?.drain();
      assert.equal((await findOccurrence(t.services.db, occurrence.id)).confirmedCount, 30);

      const staff = await createPerson(t.services, "organiser");
      await signIn(clientAt(t.app, office), staff, t.clock);

      // The limit (60 in 10 minutes by default) is reached only by the 61st registration from that address.
      for (let i = 31; i <= t.config.registrationLimit; i++) {
        assert.equal((await clientAt(t.app, office).submit(`/en${path}`, form(i))).statusCode, 303);
      }
      const visitor = clientAt(t.app, office);
      await visitor.get(`/ru${path}`);
      const refused = await visitor.post(`/ru${path}`, { ...form(99), name: "Светлана Петрова", isPseudonymous: "" });
      assert.equal(refused.statusCode, 429);
      const retryAfter = Number(refused.headers["retry-after"]);
      assert.ok(retryAfter > 0 && retryAfter <= 600);
      assert.ok(
        refused.body.includes(translate("ru", "site.register.tooMany", { minutes: Math.ceil(retryAfter / 60) })),
        "says when to try again, in Russian",
      );
      assert.ok(refused.body.includes('value="Светлана Петрова"'), "the name is kept");
      assert.ok(refused.body.includes('value="colleague99@example.org"'), "the email is kept");
      assert.ok(refused.body.includes('value="NGO office"'), "the answers are kept");
      assert.ok(refused.body.includes('name="_csrf"'), "and the form can be sent again as it is");
      await t.worker?.drain();
      assert.equal((await findOccurrence(t.services.db, occurrence.id)).confirmedCount, t.config.registrationLimit);

      await signIn(clientAt(t.app, office), staff, t.clock);
      t.clock.advance(retryAfter * 1000);
      assert.equal((await visitor.post(`/ru${path}`, form(99))).statusCode, 303, "after the wait the same form goes through");
    });
  });
}

import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { DOMAIN_CODES } from "../errors.ts";
import { setOccurrenceCancelled } from "../events/occurrences.ts";
import { translate } from "../i18n/messages.ts";
import { toActor } from "../people/accounts.ts";
import { createPerson, type Person, TestClient } from "../testing/client.ts";
import { createTestEvent } from "../testing/events.ts";
import { ENGINES, startTestApp, type TestApp } from "../testing/harness.ts";
import { ErrorBody } from "./schemas.ts";

/** Domain conditions travel as stable codes (`error.reason`) beside the general code and the localised message. */
for (const engine of ENGINES) {
  describe(`domain codes in API errors (${engine})`, () => {
    let t: TestApp;
    let organiser: Person;
    let address = 0;
    before(async () => {
      t = await startTestApp(engine);
      organiser = await createPerson(t.services, "organiser");
    });
    after(() => t.cleanup());

    async function register(occurrenceId: string, answers: Record<string, string>, locale = "en") {
      const res = await t.app.inject({
        method: "POST",
        url: `/api/v1/occurrences/${occurrenceId}/registrations`,
        remoteAddress: `10.88.0.${++address}`,
        headers: { "content-type": "application/json" },
        payload: JSON.stringify({ name: "Ana", email: `ana${address}@example.net`, locale, answers }),
      });
      return { status: res.statusCode, error: ErrorBody.parse(JSON.parse(res.body)).error };
    }

    test("a closed window, one not yet open, a cancelled occurrence and an unknown one each answer their code", async () => {
      const now = t.clock.now().getTime();
      const { occurrences, questionIds } = await createTestEvent(t.services, toActor(organiser), {
        occurrences: [
          { registrationClosesAt: new Date(now - 60_000).toISOString() },
          { registrationOpensAt: new Date(now + 86_400_000).toISOString() },
          {},
        ],
      });
      const [closed, notYet, cancelled] = occurrences;
      const answers = { [questionIds[0]!]: "Network" };
      await setOccurrenceCancelled(t.services, toActor(organiser), cancelled!.id, true);

      const a = await register(closed!.id, answers, "ru");
      assert.equal(a.status, 409);
      assert.deepEqual([a.error.code, a.error.reason], ["CONFLICT", "REGISTRATION_CLOSED"]);
      assert.equal(a.error.message, translate("ru", "error.conflict"), "the message stays localised");
      assert.deepEqual(a.error.fields.occurrence, { code: "events.window.closed", message: translate("ru", "events.window.closed") });

      const b = await register(notYet!.id, answers);
      assert.deepEqual([b.status, b.error.code, b.error.reason], [409, "CONFLICT", "REGISTRATION_WINDOW_NOT_OPEN"]);
      const c = await register(cancelled!.id, answers);
      assert.deepEqual([c.status, c.error.code, c.error.reason], [409, "CONFLICT", "OCCURRENCE_CANCELLED"]);
      const d = await register("no-such-occurrence", answers);
      assert.deepEqual([d.status, d.error.code, d.error.reason], [404, "NOT_FOUND", "OCCURRENCE_NOT_FOUND"]);
    });

    test("the HTML form keeps its localised message for a closed window", async () => {
      const now = t.clock.now().getTime();
      const { event, occurrences, questionIds } = await createTestEvent(t.services, toActor(organiser), {
        occurrences: [{ registrationClosesAt: new Date(now + 60_000).toISOString() }],
      });
      const url = `/ru/events/${event.slug}/register/${occurrences[0]!.id}`;
      const client = new TestClient(t.app);
      await client.get(url);
      // The window closes while the form is open; the harness puts the clock back after the test.
      t.clock.advance(120_000);
      const res = await client.post(url, {
        name: "Ana",
        email: "ana-form@example.net",
        [`q_${questionIds[0]}`]: "Network",
      });
      assert.ok(res.statusCode >= 400 && res.statusCode < 500, String(res.statusCode));
      assert.ok(res.body.includes(translate("ru", "events.window.closed")), "the page says so in Russian");
      assert.ok(!res.body.includes("REGISTRATION_CLOSED"), "no code on the page");
    });

    test("the OpenAPI document lists the codes on the error schema and per route", async () => {
      const res = await t.app.inject({ method: "GET", url: "/api/v1/openapi.json" });
      const doc = JSON.parse(res.body) as {
        components: { schemas: { Error: { properties: { error: { properties: { reason: { enum: string[] } } } } } } };
        paths: Record<string, Record<string, { responses: Record<string, { "x-reasons"?: string[]; description?: string }> }>>;
      };
      assert.deepEqual(doc.components.schemas.Error.properties.error.properties.reason.enum, Object.keys(DOMAIN_CODES));
      const conflict = doc.paths["/api/v1/occurrences/{id}/registrations"]?.post?.responses["409"];
      assert.deepEqual(conflict?.["x-reasons"], [
        "REGISTRATION_WINDOW_NOT_OPEN",
        "REGISTRATION_CLOSED",
        "OCCURRENCE_STARTED",
        "OCCURRENCE_CANCELLED",
      ]);
      assert.match(conflict?.description ?? "", /REGISTRATION_CLOSED/);
      assert.deepEqual(doc.paths["/api/v1/occurrences/{id}/registrations"]?.post?.responses["404"]?.["x-reasons"], [
        "OCCURRENCE_NOT_FOUND",
      ]);
      assert.doesNotMatch(res.body, /ALREADY_REGISTERED"/, "no code says an address is registered");
    });
  });
}

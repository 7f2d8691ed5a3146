import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import type { Event, Occurrence } from "../events/model.ts";
import { translate } from "../i18n/messages.ts";
import { createApiToken, toActor } from "../people/accounts.ts";
import { createPerson, type Person, signIn, TestClient } from "../testing/client.ts";
import { createTestEvent } from "../testing/events.ts";
import { ENGINES, startTestApp, type TestApp } from "../testing/harness.ts";
import { assetUrl } from "../ui/assets.ts";

const stampOf = (html: string) => /name="stamp" value="([^"]+)"/.exec(html)?.[1] ?? "";

/** Attacks at the request boundary: where a redirect leads, what a NUL does, who may change what with a GET. */
for (const engine of ENGINES) {
  describe(`request boundary (${engine})`, () => {
    let t: TestApp;
    let admin: Person;
    let organiser: Person;
    let event: Event;
    let occurrence: Occurrence;
    let otherToken: string;
    const eventPath = (locale: string) => `/${locale}/events/boundary-webinar`;

    before(async () => {
      t = await startTestApp(engine);
      admin = await createPerson(t.services, "admin");
      organiser = await createPerson(t.services, "organiser");
      const other = await createPerson(t.services, "organiser");
      otherToken = await createApiToken(t.services, other.id);
      const created = await createTestEvent(t.services, toActor(organiser), { slug: "boundary-webinar" });
      event = created.event;
      occurrence = created.occurrences[0] as Occurrence;
    });
    after(() => t.cleanup());

    /** Where a browser goes with this Location header: it drops tabs and newlines, and reads "\" as "/". */
    const hostOf = (location: string | undefined) => new URL(location ?? "", t.config.baseUrl).host;

    test("the language choice and sign-in follow a 'next' address only on this site", async () => {
      const visitor = new TestClient(t.app);
      for (const next of [
        "/\\evil.example",
        "/%09/evil.example",
        "/%0A/evil.example",
        "%2F%5Cevil.example",
        "https://evil.example/",
        "//evil.example",
      ]) {
        const res = await visitor.get(`/language?to=fr&next=${next}`);
        assert.equal(res.statusCode, 303, next);
        assert.equal(hostOf(res.headers.location), t.config.baseUrl.host, `${next} → ${res.headers.location}`);
        assert.doesNotMatch(String(res.headers.location), /[\t\n\r\\]/, next);
      }

      const participant = await createPerson(t.services, "participant");
      const person = new TestClient(t.app);
      await person.get("/en/account/sign-in?next=%2F%09%2Fevil.example");
      const res = await person.post("/en/account/sign-in", {
        email: participant.email,
        password: participant.password,
        next: "/\t/evil.example",
      });
      assert.equal(res.statusCode, 303);
      assert.equal(hostOf(res.headers.location), t.config.baseUrl.host, String(res.headers.location));
      assert.doesNotMatch(String(res.headers.location), /[\t\n\r\\]/);
    });

    test("a NUL or text that is no UTF-8 in a form, a JSON body, a path or a query is a 400 in the reader's language", async () => {
      const visitor = new TestClient(t.app);
      const page = await visitor.get(eventPath("ru"));
      assert.equal(page.statusCode, 200);
      t.clock.advance(5_000);
      const badRequest = translate("ru", "error.badRequest");

      const nulComment = await visitor.post(`${eventPath("ru")}/comments`, {
        stamp: stampOf(page.body),
        name: "Ива\u0000н",
        body: "Текст\u0000",
      });
      assert.equal(nulComment.statusCode, 400);
      assert.ok(nulComment.body.includes(badRequest), "the page says so in Russian");

      const token = /name="_csrf" value="([^"]+)"/.exec(page.body)?.[1] ?? "";
      const notUtf8 = await t.app.inject({
        method: "POST",
        url: `${eventPath("ru")}/comments`,
        headers: { "content-type": "application/x-www-form-urlencoded" },
        payload: Buffer.concat([Buffer.from(`_csrf=${token}&name=`), Buffer.from([0xff, 0xfe]), Buffer.from("&body=x")]),
      });
      assert.equal(notUtf8.statusCode, 400);

      for (const url of [
        "/ru/events/a%00b",
        "/ru/news/a%00b",
        "/ru/library/%00",
        "/ru/search?q=a%00b",
        "/ru/news?page=%00",
        "/ru/events/%ED%A0%80",
      ]) {
        const res = await visitor.get(url);
        assert.equal(res.statusCode, 400, url);
        assert.ok(res.body.includes(badRequest), url);
        assert.doesNotMatch(res.body, /\n\s+at |node_modules|\/src\//, url);
      }

      const api = (payload: string) =>
        t.app.inject({
          method: "POST",
          url: `/api/v1/occurrences/${occurrence.id}/registrations`,
          headers: { "content-type": "application/json", "accept-language": "fr" },
          payload,
        });
      for (const payload of [
        '{"name":"a\\u0000b","email":"a@example.org","locale":"fr"}',
        '{"name":"\\ud800","email":"a@example.org"}',
        "[".repeat(10_000),
      ]) {
        const res = await api(payload);
        assert.equal(res.statusCode, 400, payload.slice(0, 40));
        assert.equal(res.json().error.code, "BAD_REQUEST");
      }
      const notUtf8Json = await t.app.inject({
        method: "POST",
        url: `/api/v1/occurrences/${occurrence.id}/registrations`,
        headers: { "content-type": "application/json" },
        payload: Buffer.concat([Buffer.from('{"name":"'), Buffer.from([0xc0, 0xaf]), Buffer.from('"}')]),
      });
      assert.equal(notUtf8Json.statusCode, 400);
      assert.equal((await t.app.inject({ method: "GET", url: "/api/v1/events/a%00b" })).statusCode, 400);
    });

    test("a field sent twice on the new-page form is refused or read once, never a 500", async () => {
      const client = new TestClient(t.app);
      await signIn(client, admin, t.clock);
      await client.get("/admin/pages/new");
      const res = await client.post("/admin/pages/new", { title: ["One", "Two"], slug: ["one", "two"], sourceLocale: ["en", "fr"] });
      assert.ok(res.statusCode === 303 || res.statusCode === 422, `answered ${res.statusCode}`);
    });

    test("following a link to another language remembers nothing; the posted choice does", async () => {
      const visitor = new TestClient(t.app);
      const res = await visitor.get("/fr/");
      assert.equal(res.statusCode, 200);
      assert.equal(visitor.cookie("lang"), undefined, "no cookie for following a link");
      await visitor.get(eventPath("uk"));
      assert.equal(visitor.cookie("lang"), undefined);

      const chosen = await visitor.post("/language", { to: "uk" }, { referer: `${t.config.baseUrl.origin}/admin/pages` });
      assert.equal(chosen.statusCode, 303);
      assert.equal(chosen.headers.location, "/admin/pages");
      assert.equal(visitor.cookie("lang"), "uk");
    });

    test("a GET changes no account's language; the switcher posts the choice with its form token", async () => {
      const storedLocale = async () =>
        (await t.services.db.selectFrom("users").select("ui_locale").where("id", "=", admin.id).executeTakeFirstOrThrow()).ui_locale;
      await t.services.db.updateTable("users").set({ ui_locale: null }).where("id", "=", admin.id).execute();
      const client = new TestClient(t.app);
      await signIn(client, admin, t.clock);

      const followed = await client.get("/language?to=fr&next=/admin");
      assert.equal(followed.statusCode, 303);
      assert.equal(await storedLocale(), null, "a link (or an image on another site) stores nothing");

      const dashboard = await client.get("/admin");
      assert.match(dashboard.body, /<form method="post" action="\/language">/, "the admin's switcher is a form");
      const forged = await client.post("/language", { to: "lt", _csrf: "forged" });
      assert.equal(forged.statusCode, 403);
      assert.equal(await storedLocale(), null);

      const posted = await client.post("/language", { to: "lt" }, { referer: `${t.config.baseUrl.origin}/admin` });
      assert.equal(posted.statusCode, 303);
      assert.equal(await storedLocale(), "lt");
    });

    test("a comment form's stamp is good for one comment", async () => {
      const visitor = new TestClient(t.app);
      const page = await visitor.get(`${eventPath("en")}?visit=replay`);
      const stamp = stampOf(page.body);
      t.clock.advance(5_000);
      const first = await visitor.post(`${eventPath("en")}/comments`, { stamp, name: "Ana", body: "A first, real comment." });
      assert.equal(first.statusCode, 303);
      const replayed = await visitor.post(`${eventPath("en")}/comments`, { stamp, name: "Ana", body: "The same stamp, sent again." });
      assert.equal(replayed.statusCode, 422);
      assert.ok(replayed.body.includes(translate("en", "comments.error.formStale")));
      const stored = await t.services.db.selectFrom("comments").select("body").where("body", "=", "The same stamp, sent again.").execute();
      assert.equal(stored.length, 0);
    });

    test("the API authorises before it reads the body", async () => {
      const call = (method: "PATCH" | "POST", url: string, payload: string, token?: string) =>
        t.app.inject({
          method,
          url,
          headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
          payload,
        });
      assert.equal((await call("PATCH", `/api/v1/events/${event.id}`, '{"title":5}')).statusCode, 401);
      assert.equal((await call("PATCH", `/api/v1/events/${event.id}`, "{broken")).statusCode, 401);
      // Another organiser's token: not theirs to change, whatever the body says.
      assert.equal((await call("PATCH", `/api/v1/events/${event.id}`, '{"title":5}', otherToken)).statusCode, 403);
      assert.equal((await call("POST", `/api/v1/events/${event.id}/occurrences`, "{}", otherToken)).statusCode, 403);
      assert.equal((await call("PATCH", `/api/v1/occurrences/${occurrence.id}`, '{"capacity":"many"}', otherToken)).statusCode, 403);
    });

    test("every answer turns off the browser features no page uses", async () => {
      for (const url of ["/en/", "/admin", "/api/v1/events", assetUrl("style.css"), "/no-such-page", "/en/events/a%00b"]) {
        const res = await t.app.inject({ method: "GET", url });
        const policy = String(res.headers["permissions-policy"] ?? "");
        for (const feature of ["camera", "microphone", "geolocation", "payment", "usb", "interest-cohort", "browsing-topics"]) {
          assert.match(policy, new RegExp(`(^|, )${feature}=\\(\\)`), `${url}: ${feature}`);
        }
      }
    });
  });
}

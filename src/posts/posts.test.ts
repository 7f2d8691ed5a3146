import assert from "node:assert/strict";
import { readdirSync } from "node:fs";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import { crc32, deflateSync } from "node:zlib";
import type { LightMyRequestResponse } from "fastify";
import type { Actor } from "../access/policy.ts";
import { saveOrganisation, saveProfile, saveProgramme, saveTopic } from "../catalogue/catalogue.ts";
import { translate } from "../i18n/messages.ts";
import { createPerson, type Person, signIn, TestClient } from "../testing/client.ts";
import { ENGINES, startTestApp, type TestApp } from "../testing/harness.ts";
import { postMultipart } from "../testing/multipart.ts";
import { LANGUAGE_COOKIE, sessionCookieName } from "../web/cookies.ts";
import { createPost, savePostText } from "./posts.ts";
import { publishPostLanguage } from "./publishing.ts";
import { REVISIONS_KEPT } from "./revisions.ts";

/** Text as the page templates write it into HTML. */
function html(text: string): string {
  return text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;").replaceAll("'", "&#39;");
}

/** A real PNG of one pixel. */
function tinyPng(): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const head = Buffer.alloc(8);
    head.writeUInt32BE(data.length, 0);
    head.write(type, 4, "latin1");
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(Buffer.concat([Buffer.from(type, "latin1"), data])), 0);
    return Buffer.concat([head, data, crc]);
  };
  const ihdr = Buffer.from([0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0]);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(Buffer.from([0, 11, 94, 85, 255]))),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

/** The cover form's address, with its form token, from the settings page. */
function coverAction(page: LightMyRequestResponse): string {
  const match = /action="(\/admin\/posts\/[^"]+\/cover\?_csrf=[^"]+)"/.exec(page.body);
  assert.ok(match?.[1], "the settings page has a cover form");
  return match[1].replaceAll("&amp;", "&");
}

const postIdFrom = (res: LightMyRequestResponse) => String(res.headers.location).split("?")[0]!.split("/")[3]!;

for (const engine of ENGINES) {
  describe(`posts (${engine})`, () => {
    let t: TestApp;
    let editor: Person;
    let ed: TestClient;
    let editorActor: Actor;
    const topicIds: Record<string, string> = {};

    before(async () => {
      t = await startTestApp(engine);
      editor = await createPerson(t.services, "editor");
      editorActor = { id: editor.id, role: "editor", locales: [] };
      ed = new TestClient(t.app);
      await signIn(ed, editor, t.clock);
      for (const [slug, en, sr] of [
        ["refugees", "Refugees", "Избеглице"],
        ["hiv", "HIV", "ХИВ"],
        ["drug-policy", "Drug policy", "Политика о дрогама"],
      ] as const) {
        topicIds[slug] = (await saveTopic(t.services, editorActor, null, { slug, name: { en, "sr-Cyrl": sr } })).id;
      }
    });
    after(() => t.cleanup());

    /** Creates, sets up and publishes in English a post through the admin pages, as an editor does. */
    async function publishThroughAdmin(slug: string, title: string, topics: string[]): Promise<string> {
      const created = await ed.submit("/admin/posts/new", {
        slug,
        kind: "news",
        sourceLocale: "en",
        title,
        summary: "Printed in four languages for people arriving in Serbia.",
        body: "Two documents about **health services** for refugees.",
      });
      assert.equal(created.statusCode, 303, created.body.slice(0, 500));
      const id = postIdFrom(created);
      const settings = await ed.submit(`/admin/posts/${id}`, {
        slug,
        kind: "news",
        authorProfileId: "",
        programmeId: "",
        topicIds: topics,
      });
      assert.equal(settings.statusCode, 303, settings.body.slice(0, 500));
      await ed.get(`/admin/posts/${id}/en`);
      assert.equal((await ed.post(`/admin/posts/${id}/en/publish`)).statusCode, 303);
      return id;
    }

    test("an editor publishes in English with two topics; a translator adds Serbian in Cyrillic and only their language", async () => {
      const id = await publishThroughAdmin("refugee-information", "Health information for refugees", [topicIds.refugees!, topicIds.hiv!]);
      const visitor = new TestClient(t.app);
      const en = await visitor.get("/en/news/refugee-information");
      assert.equal(en.statusCode, 200);
      assert.match(en.body, /<h1>Health information for refugees<\/h1>/);
      assert.ok(en.body.includes('href="/en/topics/refugees"') && en.body.includes('href="/en/topics/hiv"'), "both topics are linked");
      assert.ok(en.body.includes('"@type":"NewsArticle"'));
      assert.match(en.body, /<meta property="og:type" content="article"\/>/);

      const translator = await createPerson(t.services, "translator", { locales: ["sr-Cyrl"] });
      const tr = new TestClient(t.app);
      await signIn(tr, translator, t.clock);
      assert.equal((await tr.get("/admin/posts")).statusCode, 200, "translators see the list");
      assert.equal((await tr.get(`/admin/posts/${id}/en`)).statusCode, 403, "not the original");
      assert.equal((await tr.get(`/admin/posts/${id}/ru`)).statusCode, 403, "not another language");
      assert.equal((await tr.get(`/admin/posts/${id}`)).statusCode, 403, "not the settings");
      assert.equal((await tr.post(`/admin/posts/${id}/sr-cyrl/publish`)).statusCode, 403, "not the publishing controls");

      const draft = await tr.submit(`/admin/posts/${id}/sr-cyrl`, {
        title: "Информације о здрављу за избеглице",
        summary: "Одштампано на четири језика.",
        body: "Два документа о здравственим услугама.",
        cover_alt: "",
        status: "draft",
      });
      assert.equal(draft.statusCode, 303);
      const stillEnglish = await visitor.get("/sr-cyrl/news/refugee-information");
      assert.equal(stillEnglish.statusCode, 200);
      assert.doesNotMatch(stillEnglish.body, /Информације о здрављу/, "a draft is not shown");
      assert.match(stillEnglish.body, /class="fallback"/);

      const published = await tr.submit(`/admin/posts/${id}/sr-cyrl`, {
        title: "Информације о здрављу за избеглице",
        summary: "Одштампано на четири језика.",
        body: "Два документа о здравственим услугама.",
        cover_alt: "",
        status: "published",
      });
      assert.equal(published.statusCode, 303);
      const cyrillic = await visitor.get("/sr-cyrl/news/refugee-information");
      assert.match(cyrillic.body, /<h1>Информације о здрављу за избеглице<\/h1>/);
      assert.match(cyrillic.body, /<article class="post" lang="sr-Cyrl"/);
      assert.doesNotMatch(cyrillic.body, /class="fallback"/);
      assert.ok(cyrillic.body.includes(">Избеглице</a>"), "topics are named in the reader's language");
      assert.ok(cyrillic.body.includes('hreflang="sr-Cyrl"') && cyrillic.body.includes('hreflang="en"'));
      assert.ok(!cyrillic.body.includes('hreflang="ru"'), "only languages that are public are alternates");
      const list = await visitor.get("/sr-cyrl/news");
      assert.ok(list.body.includes("Информације о здрављу за избеглице"));
    });

    test("an editor working in Serbian Latin sees topics named in Serbian Cyrillic, as readers do, before English", async () => {
      const cookie = `${LANGUAGE_COOKIE}=sr-latn; ${sessionCookieName(t.services)}=${ed.cookie(sessionCookieName(t.services))}`;
      const list = await ed.get("/admin/posts", { cookie });
      assert.equal(list.statusCode, 200);
      // Cyrillic is the only Serbian name; the Latin page shows it transliterated.
      assert.ok(list.body.includes(">Izbeglice</option>"), "the topic filter falls back from sr-Latn to sr-Cyrl");
      assert.ok(!list.body.includes(">Refugees</option>"), "not to English first");
    });

    test("a language scheduled for later appears when its time comes, and a new schedule replaces the old one", async () => {
      const id = await publishThroughAdmin("scheduled-news", "News for later", []);
      await ed.submit(`/admin/posts/${id}/ru`, { title: "Новость на потом", summary: "", body: "Текст.", cover_alt: "", status: "draft" });
      await ed.get(`/admin/posts/${id}/ru`);
      const past = await ed.post(`/admin/posts/${id}/ru/schedule`, { publishAt: "2026-11-01T09:00", zone: "Europe/Belgrade" });
      assert.equal(past.statusCode, 422);
      assert.ok(past.body.includes(html(translate("en", "posts.schedule.past"))));
      assert.ok(past.body.includes('value="2026-11-01T09:00"'), "what was typed is kept");

      await ed.post(`/admin/posts/${id}/ru/schedule`, { publishAt: "2026-11-25T09:00", zone: "Europe/Belgrade" });
      const rescheduled = await ed.post(`/admin/posts/${id}/ru/schedule`, { publishAt: "2026-11-23T09:00", zone: "Europe/Belgrade" });
      assert.equal(rescheduled.statusCode, 303);
      const jobs = await t.services.db.selectFrom("jobs").select(["run_at"]).where("name", "=", "posts.publish").execute();
      assert.deepEqual(
        jobs.map((j) => j.run_at),
        ["2026-11-23T08:00:00.000Z"],
        "one job, at 09:00 Belgrade time",
      );

      const visitor = new TestClient(t.app);
      assert.doesNotMatch((await visitor.get("/ru/news/scheduled-news")).body, /Новость на потом/);
      await t.worker?.drain();
      assert.doesNotMatch((await visitor.get("/ru/news/scheduled-news")).body, /Новость на потом/, "not before its time");
      t.clock.set("2026-11-23T08:00:01.000Z");
      await t.worker?.drain();
      t.clock.advance(5_000);
      const ru = await visitor.get("/ru/news/scheduled-news");
      assert.match(ru.body, /<h1>Новость на потом<\/h1>/);
      const row = await t.services.db
        .selectFrom("post_translations")
        .select(["published_at", "publish_at", "status"])
        .where("post_id", "=", id)
        .where("locale", "=", "ru")
        .executeTakeFirstOrThrow();
      assert.deepEqual(row, { published_at: "2026-11-23T08:00:00.000Z", publish_at: null, status: "published" });

      // A day has passed: the editor signs in again.
      ed = new TestClient(t.app);
      await signIn(ed, editor, t.clock);
      await ed.get(`/admin/posts/${id}/ru`);
      assert.equal((await ed.post(`/admin/posts/${id}/ru/unpublish`)).statusCode, 303);
      assert.doesNotMatch((await visitor.get("/ru/news/scheduled-news")).body, /Новость на потом/, "taken back");
      await ed.get(`/admin/posts/${id}`);
      assert.equal((await ed.post(`/admin/posts/${id}/unpublish`)).statusCode, 303);
      t.clock.advance(5_000);
      assert.equal((await visitor.get("/en/news/scheduled-news")).statusCode, 404, "withdrawn in every language");
    });

    test("every save keeps the text it replaces, and restoring an earlier text brings it back as a new save", async () => {
      const post = await createPost(t.services, editorActor, {
        slug: "revised",
        kind: "blog",
        sourceLocale: "en",
        authorProfileId: null,
        programmeId: null,
        topicIds: [],
        organisationIds: [],
        eventIds: [],
        resourceIds: [],
        fields: { title: "First title", summary: "", body: "The first text.", cover_alt: "" },
      });
      const save = async (title: string, body: string) => {
        t.clock.advance(1_000);
        await savePostText(t.services, editorActor, post.id, "en", { title, summary: "", body, cover_alt: "", status: "published" });
      };
      await save("Second title", "The second text.");
      await save("Third title", "The third text, much better.");
      const page = await ed.get(`/admin/posts/${post.id}/en`);
      assert.equal(page.statusCode, 200);
      const ids = [...page.body.matchAll(/name="revisionId" value="([^"]+)"/g)].map((m) => m[1]!);
      assert.equal(ids.length, 2, "two earlier texts");
      const titleOf = async (id: string) =>
        JSON.parse((await t.services.db.selectFrom("revisions").select("fields").where("id", "=", id).executeTakeFirstOrThrow()).fields)
          .title;
      assert.deepEqual([await titleOf(ids[0]!), await titleOf(ids[1]!)], ["Second title", "First title"], "newest first");
      assert.match(page.body, /<ins>First<\/ins>|<ins>First /, "with what restoring would change");

      const restored = await ed.post(`/admin/posts/${post.id}/en/restore`, { revisionId: ids[1]! });
      assert.equal(restored.statusCode, 303);
      const current = await t.services.db
        .selectFrom("post_translations")
        .select(["title", "body"])
        .where("post_id", "=", post.id)
        .executeTakeFirstOrThrow();
      assert.deepEqual(current, { title: "First title", body: "The first text." });
      const kept = await t.services.db.selectFrom("revisions").select("fields").where("subject_id", "=", post.id).execute();
      assert.equal(kept.length, 3, "the text it replaced is kept too");
      assert.ok(kept.some((r) => r.fields.includes("Third title")));

      for (let i = 0; i < REVISIONS_KEPT + 5; i++) await save(`Title ${i}`, `Text ${i}`);
      const capped = await t.services.db.selectFrom("revisions").select("id").where("subject_id", "=", post.id).execute();
      assert.equal(capped.length, REVISIONS_KEPT, "at most fifty per language");
    });

    test("a cover must be an image by its content and have a description; then it shows with its alt text", async () => {
      const id = await publishThroughAdmin("with-cover", "A post with a cover", []);
      const uploadsDir = path.join(t.config.dataDir, "files", "uploads");
      const files = () => readdirSync(uploadsDir, { withFileTypes: true }).filter((f) => f.isFile()).length;

      const settings = await ed.get(`/admin/posts/${id}`);
      const action = coverAction(settings);
      const fake = await postMultipart(
        t,
        ed,
        action,
        { cover_alt: "Volunteers at a desk" },
        { name: "photo.png", data: Buffer.from("GIF89a not a png") },
      );
      assert.equal(fake.statusCode, 422);
      assert.ok(fake.body.includes(html(translate("en", "posts.upload.imageType"))), "a renamed file is refused, and told why");
      assert.ok(fake.body.includes('value="Volunteers at a desk"'), "the description typed is kept");
      const pdf = await postMultipart(
        t,
        ed,
        action,
        { cover_alt: "Volunteers at a desk" },
        { name: "photo.png", data: Buffer.from("%PDF-1.4\n%%EOF\n") },
      );
      assert.equal(pdf.statusCode, 422, "a PDF, though accepted in the library, is no cover image");
      assert.ok(pdf.body.includes(html(translate("en", "posts.upload.imageType"))));
      const noAlt = await postMultipart(t, ed, action, { cover_alt: "" }, { name: "photo.png", data: tinyPng() });
      assert.equal(noAlt.statusCode, 422);
      assert.ok(noAlt.body.includes(html(translate("en", "posts.cover.altRequired"))));
      await ed.get(`/admin/posts/${id}`);
      const before = (await t.services.db.selectFrom("uploads").select("id").execute()).length;
      assert.equal(before, 0, "nothing was stored");

      const cookie = `${sessionCookieName(t.services)}=${ed.cookie(sessionCookieName(t.services))}`;
      for (const contentType of ["multipart/form-data", "multipart/form-data; boundary=xyz"]) {
        const res = await t.app.inject({
          method: "POST",
          url: action,
          payload: '--xyz\r\nContent-Disposition: form-data; name="file"; filename="a.png"\r\n\r\n\x89PNG',
          headers: { "content-type": contentType, cookie },
        });
        assert.ok(res.statusCode >= 400 && res.statusCode < 500, `a malformed upload answered ${res.statusCode}`);
      }
      const good = await postMultipart(
        t,
        ed,
        action,
        { cover_alt: "Volunteers hand out leaflets at a desk" },
        { name: "My photo.png", data: tinyPng() },
      );
      assert.equal(good.statusCode, 303, good.body.slice(0, 400));
      assert.equal(files(), 1);
      const page = await new TestClient(t.app).get("/en/news/with-cover");
      const img = /<img src="(\/files\/[^"]+)" alt="Volunteers hand out leaflets at a desk"/.exec(page.body);
      assert.ok(img?.[1], "the cover is shown with its description");
      assert.match(page.body, /<meta property="og:image" content="http:\/\/[^"]+\/files\//);
      const file = await t.app.inject({ method: "GET", url: img[1] });
      assert.equal(file.statusCode, 200);
      assert.equal(file.headers["content-type"], "image/png");
      assert.equal(file.headers["x-content-type-options"], "nosniff");
      assert.match(String(file.headers["content-disposition"]), /^inline;/);
      const wrongName = await t.app.inject({ method: "GET", url: img[1].replace(/\/[^/]+$/, "/other.png") });
      assert.equal(wrongName.statusCode, 404);

      const list = await new TestClient(t.app).get("/en/news");
      assert.match(list.body, /class="post-thumb" src="\/files\/[^"]+" alt="Volunteers hand out leaflets at a desk"/);

      const translation = await ed.submit(`/admin/posts/${id}/fr`, {
        title: "Un article",
        summary: "",
        body: "",
        cover_alt: "",
        status: "published",
      });
      assert.equal(translation.statusCode, 422, "each language describes the cover");
      assert.ok(translation.body.includes(html(translate("en", "posts.cover.altRequired"))));
      assert.ok(translation.body.includes('value="Un article"'));
    });

    test("the news list pages by twenty and filters by kind; the topics index counts; a post links what it is about", async () => {
      const org = await saveOrganisation(t.services, editorActor, null, {
        slug: "dpnsee",
        name: { en: "Drug Policy Network South East Europe" },
        shortName: "DPNSEE",
        kind: "network",
        country: "RS",
        website: null,
        description: {},
      });
      const programme = await saveProgramme(t.services, editorActor, null, {
        slug: "emergency",
        title: { en: "Emergency support" },
        description: {},
      });
      const author = await saveProfile(t.services, editorActor, null, {
        slug: "secretariat",
        name: "Network secretariat",
        organisationId: org.id,
        position: {},
        bio: {},
      });
      for (let i = 0; i < 23; i++) {
        const post = await createPost(t.services, editorActor, {
          slug: `item-${i}`,
          kind: i === 7 ? "statement" : "news",
          sourceLocale: "en",
          authorProfileId: i === 3 ? author.id : null,
          programmeId: i === 3 ? programme.id : null,
          topicIds: i % 2 === 0 ? [topicIds["drug-policy"]!] : [],
          organisationIds: i === 3 ? [org.id] : [],
          eventIds: [],
          resourceIds: [],
          fields: { title: `Item number ${i}`, summary: "", body: "", cover_alt: "" },
        });
        if (i !== 22)
          await publishPostLanguage(t.services, editorActor, post.id, "en", {
            at: `2025-01-${String(i + 1).padStart(2, "0")}T10:00:00.000Z`,
          });
      }
      t.clock.advance(5_000);
      const visitor = new TestClient(t.app);
      const titles = (body: string) => [...body.matchAll(/>Item number (\d+)</g)].map((m) => Number(m[1]));
      const first = await visitor.get("/en/news");
      const firstItems = [...first.body.matchAll(/<li class="post-item/g)].length;
      assert.equal(firstItems, 20);
      assert.deepEqual(titles(first.body).slice(0, 3), [21, 20, 19], "newest first");
      assert.ok(!titles(first.body).includes(22), "an unpublished post is not listed");
      assert.match(first.body, /rel="next"/);
      const second = await visitor.get("/en/news?page=2");
      assert.ok(titles(second.body).includes(0));
      assert.ok(titles(second.body).every((n) => n <= 4));
      const statements = await visitor.get("/en/news?kind=statement");
      assert.deepEqual(titles(statements.body), [7]);
      assert.equal((await visitor.get("/en/news?kind=nonsense&page=abc")).statusCode, 200, "odd filters are ignored");

      const topics = await visitor.get("/en/topics");
      assert.match(
        topics.body,
        /href="\/en\/topics\/drug-policy">Drug policy<\/a> <span class="meta">11 posts, 0 events, 0 resources<\/span>/,
      );
      const post = await visitor.get("/en/news/item-3");
      assert.ok(post.body.includes('href="/en/people/secretariat">Network secretariat</a>'), "the author is linked");
      assert.ok(post.body.includes('href="/en/programmes/emergency"'));
      assert.ok(post.body.includes('href="/en/organisations/dpnsee"'));
    });

    test("admin forms keep what was typed and say what is wrong", async () => {
      const taken = await ed.submit("/admin/posts/new", {
        slug: "item-1",
        kind: "news",
        sourceLocale: "en",
        title: "Again",
        summary: "",
        body: "",
      });
      assert.equal(taken.statusCode, 409);
      assert.ok(taken.body.includes(html(translate("en", "posts.slugTaken"))));
      assert.ok(taken.body.includes('value="Again"'));
      const bad = await ed.submit("/admin/posts/new", {
        slug: "Not a slug!",
        kind: "news",
        sourceLocale: "en",
        title: "",
        summary: "",
        body: "",
      });
      assert.equal(bad.statusCode, 422);
      assert.ok(bad.body.includes('value="Not a slug!"'));
      const list = await ed.get("/admin/posts?lang=en&state=public&kind=news");
      assert.equal(list.statusCode, 200);
      assert.ok(list.body.includes("Item number 21"));
      assert.ok(!list.body.includes("Item number 22"), "the draft is not public");
      const drafts = await ed.get("/admin/posts?lang=en&state=draft");
      assert.ok(drafts.body.includes("Item number 22"));
    });
  });
}

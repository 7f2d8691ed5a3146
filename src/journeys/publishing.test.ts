import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import type { LightMyRequestResponse } from "fastify";
import { createPerson, type Person, signIn, TestClient } from "../testing/client.ts";
import { ENGINES, startTestApp, type TestApp } from "../testing/harness.ts";
import { postMultipart } from "../testing/multipart.ts";
import { decodeQr, readPdf } from "../testing/pdf.ts";

/**
 * Issue 4's "done when", tried as new users would, through the web forms: an editor publishes a
 * post in English with two topics and a translator adds its Serbian Cyrillic version; visitors find
 * it by another inflection in Russian, Serbian (Latin script) and English; a visitor's comment waits
 * for moderation and appears once approved; a resource with four language files shows them, counts
 * downloads per language, and its Ukrainian poster's QR code leads to the Ukrainian page. The WXR
 * import of 500 posts in two languages, run twice, is in src/import/import.test.ts.
 */

/** A small but real PDF: the upload check reads what a file starts with. */
function pdf(text: string): Buffer {
  return Buffer.from(`%PDF-1.4\n% ${text}\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n`);
}

const idFrom = (res: LightMyRequestResponse, pattern: RegExp) => {
  const id = pattern.exec(String(res.headers.location))?.[1];
  assert.ok(id, `no id in ${String(res.headers.location)}`);
  return id;
};

/** The titles of the search results, in order. */
function resultTitles(html: string): string[] {
  return [...html.matchAll(/<li class="search-hit">[\s\S]*?<h3[^>]*>\s*<a [^>]*>([\s\S]*?)<\/a>/g)].map((m) =>
    (m[1] ?? "").replace(/<[^>]+>/g, ""),
  );
}

for (const engine of ENGINES) {
  describe(`publishing journey (${engine})`, () => {
    let t: TestApp;
    let editor: Person;
    let ed: TestClient;
    const slug = "health-information-for-refugees";

    before(async () => {
      t = await startTestApp(engine);
      editor = await createPerson(t.services, "editor");
      ed = new TestClient(t.app);
      await signIn(ed, editor, t.clock);
    });
    after(() => t.cleanup());

    test("an editor publishes with two topics, a translator adds Serbian in Cyrillic, and search finds it by other inflections", async () => {
      for (const [topic, en, sr] of [
        ["refugees", "Refugees", "Избеглице"],
        ["health", "Health", "Здравље"],
      ]) {
        await ed.get("/admin/topics/new");
        const made = await ed.post("/admin/topics/new", { slug: topic ?? "", name_en: en ?? "", "name_sr-Cyrl": sr ?? "" });
        assert.equal(made.statusCode, 303, made.body.slice(0, 300));
      }
      const topicIds = (await t.services.db.selectFrom("topics").select("id").orderBy("slug").execute()).map((r) => r.id);

      const created = await ed.submit("/admin/posts/new", {
        slug,
        kind: "news",
        sourceLocale: "en",
        title: "Health information for refugees arriving in Serbia",
        summary: "Two information documents, printed in four languages.",
        body: "Where refugees can see a doctor, get HIV treatment and find harm reduction services.",
      });
      assert.equal(created.statusCode, 303, created.body.slice(0, 500));
      const postId = idFrom(created, /\/admin\/posts\/([\w-]+)/);
      const settings = await ed.submit(`/admin/posts/${postId}`, { slug, kind: "news", authorProfileId: "", programmeId: "", topicIds });
      assert.equal(settings.statusCode, 303, settings.body.slice(0, 500));
      await ed.get(`/admin/posts/${postId}/en`);
      assert.equal((await ed.post(`/admin/posts/${postId}/en/publish`)).statusCode, 303);

      // The editor also writes the Russian version.
      const ru = await ed.submit(`/admin/posts/${postId}/ru`, {
        title: "Информация о здоровье для беженцев в Сербии",
        summary: "Два информационных документа на четырёх языках.",
        body: "Куда беженцам обратиться к врачу и где получить лечение ВИЧ.",
        cover_alt: "",
        status: "published",
      });
      assert.equal(ru.statusCode, 303, ru.body.slice(0, 500));

      const translator = await createPerson(t.services, "translator", { locales: ["sr-Cyrl"] });
      const tr = new TestClient(t.app);
      await signIn(tr, translator, t.clock);
      const serbian = await tr.submit(`/admin/posts/${postId}/sr-cyrl`, {
        title: "Здравствене информације за избеглице у Србији",
        summary: "Два информативна документа на четири језика.",
        body: "Где избеглице могу да оду код лекара и где да добију лечење ХИВ-а.",
        cover_alt: "",
        status: "published",
      });
      assert.equal(serbian.statusCode, 303, serbian.body.slice(0, 500));

      const visitor = new TestClient(t.app);
      const page = await visitor.get(`/sr-cyrl/news/${slug}`);
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /<h1>Здравствене информације за избеглице у Србији<\/h1>/);
      assert.ok(page.body.includes(`href="/sr-cyrl/topics/refugees"`) && page.body.includes(`href="/sr-cyrl/topics/health"`));
      assert.ok((await visitor.get("/sr-cyrl/topics/health")).body.includes("Здравствене информације за избеглице"));

      // Other inflections: беженцам (dative) for беженцев, izbeglicama (Latin) for избеглице, refugee for refugees.
      const russian = await visitor.get(`/ru/search?q=${encodeURIComponent("беженцам")}`);
      assert.deepEqual(resultTitles(russian.body), ["Информация о здоровье для беженцев в Сербии"]);
      assert.match(russian.body, /<mark>беженцев<\/mark>/);
      const latin = await visitor.get("/sr-latn/search?q=izbeglicama");
      assert.deepEqual(resultTitles(latin.body), ["Здравствене информације за избеглице у Србији"]);
      assert.ok(latin.body.includes(`/sr-cyrl/news/${slug}`), "the result leads to the Cyrillic page");
      const english = await visitor.get("/en/search?q=refugee");
      assert.deepEqual(resultTitles(english.body), ["Health information for refugees arriving in Serbia"]);
    });

    test("a visitor's comment waits for moderation and appears after approval", async () => {
      const visitor = new TestClient(t.app);
      const path = `/sr-cyrl/news/${slug}`;
      const page = await visitor.get(`${path}?from=comment`);
      const stamp = /name="stamp" value="([^"]+)"/.exec(page.body)?.[1];
      assert.ok(stamp, "the post page has a comment form");
      t.clock.advance(20_000);
      const body = "Хвала! Да ли постоје и штампани примерци у Нишу?";
      const sent = await visitor.post(`${path}/comments`, { stamp, name: "Јелена", email: "", body });
      assert.equal(sent.statusCode, 303, sent.body.slice(0, 500));
      assert.doesNotMatch((await visitor.get(`${path}?after=send`)).body, /штампани примерци/, "held for moderation");

      const queue = await ed.get("/admin/comments");
      assert.ok(queue.body.includes("штампани примерци"), "the moderator sees it in the queue");
      const comment = await t.services.db
        .selectFrom("comments")
        .select(["id", "status"])
        .where("body", "=", body)
        .executeTakeFirstOrThrow();
      assert.equal(comment.status, "pending");
      assert.equal((await ed.post("/admin/comments", { one: `approve:${comment.id}` })).statusCode, 303);
      assert.match((await visitor.get(`${path}?after=approval`)).body, /штампани примерци/);
      assert.doesNotMatch((await visitor.get(`/en/news/${slug}?after=approval`)).body, /штампани примерци/, "only on its language's page");
    });

    test("a resource with four language files counts downloads per language, and its Ukrainian poster leads to the Ukrainian page", async () => {
      await ed.get("/admin/library/new");
      const created = await ed.post("/admin/library/new", {
        sourceLocale: "en",
        slug: "information-for-refugees",
        kind: "info-sheet",
        title: "General information for refugees in Serbia",
        summary: "Residence, health care and where to get support.",
        body: "Ask at the refugee centre.",
      });
      assert.equal(created.statusCode, 303, created.body.slice(0, 500));
      const id = idFrom(created, /\/admin\/library\/([\w-]+)\?/);
      const uk = await ed.submit(`/admin/library/${id}/uk`, {
        title: "Загальна інформація для біженців у Сербії",
        summary: "Проживання, медична допомога і де отримати підтримку.",
        body: "Зверніться до центру для біженців.",
        status: "published",
      });
      assert.equal(uk.statusCode, 303, uk.body.slice(0, 500));
      const admin = await ed.get(`/admin/library/${id}`);
      const action = new RegExp(`action="(/admin/library/${id}/files\\?_csrf=[^"]+)"`).exec(admin.body)?.[1]?.replaceAll("&amp;", "&");
      assert.ok(action);
      for (const locale of ["uk", "ru", "sr-Latn", "en"]) {
        const res = await postMultipart(t, ed, action, { locale }, { name: `information-${locale}.pdf`, data: pdf(locale) });
        assert.equal(res.statusCode, 303, res.body.slice(0, 300));
      }
      await ed.get(`/admin/library/${id}`);
      assert.equal((await ed.post(`/admin/library/${id}/publish`)).statusCode, 303);

      const visitor = new TestClient(t.app);
      const resource = await visitor.get("/uk/library/information-for-refugees");
      assert.equal(resource.statusCode, 200);
      for (const locale of ["uk", "ru", "sr-latn", "en"]) {
        assert.ok(resource.body.includes(`/uk/library/information-for-refugees/files/${locale}"`), `a ${locale} file is offered`);
      }
      for (const locale of ["ru", "ru", "uk"]) {
        const file = await visitor.get(`/uk/library/information-for-refugees/files/${locale}`);
        assert.equal(file.statusCode, 200);
        assert.equal(file.headers["content-type"], "application/pdf");
      }
      const counts = await t.services.db
        .selectFrom("resource_downloads")
        .select(["locale", (eb) => eb.fn.sum<number>("count").as("n")])
        .where("resource_id", "=", id)
        .groupBy("locale")
        .orderBy("locale")
        .execute();
      assert.deepEqual(
        counts.map((c) => [c.locale, Number(c.n)]),
        [
          ["ru", 2],
          ["uk", 1],
        ],
      );

      const poster = await visitor.get("/uk/library/information-for-refugees/poster.pdf");
      assert.equal(poster.statusCode, 200);
      assert.equal(poster.headers["content-type"], "application/pdf");
      const { pages, size, text } = readPdf(poster.rawPayload);
      assert.deepEqual([pages, ...size], [1, 595, 842], "one A4 page");
      assert.match(text, /Загальна інформація для біженців у Сербії/);
      const target = decodeQr(poster.rawPayload);
      assert.equal(target, `${t.config.baseUrl.origin}/uk/library/information-for-refugees`);
      const opened = await visitor.get(new URL(target ?? "/").pathname);
      assert.equal(opened.statusCode, 200);
      assert.match(opened.body, /<h1>Загальна інформація для біженців у Сербії<\/h1>/);
    });
  });
}

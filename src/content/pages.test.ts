import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { createPerson, signIn, TestClient } from "../testing/client.ts";
import { ENGINES, startTestApp, type TestApp } from "../testing/harness.ts";
import { createPage, getTranslationEditor, readPage, saveTranslation, setPagePublished } from "./pages.ts";

for (const engine of ENGINES) {
  describe(`pages and their translations (${engine})`, () => {
    let t: TestApp;
    before(async () => {
      t = await startTestApp(engine);
    });
    after(() => t.cleanup());

    /** A fresh admin, as the actor domain functions take. */
    async function adminActor() {
      const admin = await createPerson(t.services, "admin");
      return { id: admin.id, role: admin.role, locales: [] };
    }

    test("an editor writes a page, a translator translates it, and an English change marks Russian outdated", async () => {
      const editor = await createPerson(t.services, "editor");
      const translator = await createPerson(t.services, "translator", { locales: ["ru"] });
      const ed = new TestClient(t.app);
      const tr = new TestClient(t.app);
      await signIn(ed, editor, t.clock);
      await signIn(tr, translator, t.clock);

      await ed.get("/admin/pages/new");
      const created = await ed.post("/admin/pages/new", {
        slug: "about",
        sourceLocale: "en",
        title: "About the network",
        summary: "Who we are",
        body: "We are a network of harm reduction organisations.",
      });
      assert.equal(created.statusCode, 303);
      const pageId = String(created.headers.location).split("/")[3]!;
      await ed.get(`/admin/pages/${pageId}/en`);
      assert.equal((await ed.post(`/admin/pages/${pageId}/publish`)).statusCode, 303);

      await tr.get(`/admin/pages/${pageId}/ru`);
      const saved = await tr.post(`/admin/pages/${pageId}/ru`, {
        title: "О сети",
        summary: "Кто мы",
        body: "Мы — сеть организаций снижения вреда.",
        status: "published",
      });
      assert.equal(saved.statusCode, 303);
      assert.equal((await tr.get(`/admin/pages/${pageId}/en`)).statusCode, 403, "a translator cannot edit the original");
      assert.equal((await tr.get(`/admin/pages/${pageId}/uk`)).statusCode, 403, "nor another language");
      assert.equal((await tr.get("/admin/pages/new")).statusCode, 403);

      const visitor = new TestClient(t.app);
      const ru = await visitor.get("/ru/pages/about");
      assert.equal(ru.statusCode, 200);
      assert.match(ru.body, /<h1>О сети<\/h1>/);
      assert.doesNotMatch(ru.body, /class="fallback"/);

      await ed.get(`/admin/pages/${pageId}/en`);
      await ed.post(`/admin/pages/${pageId}/en`, {
        title: "About the network",
        summary: "Who we are",
        body: "We are a network of 40 harm reduction organisations.",
      });
      const editor2 = await getTranslationEditor(t.services.db, pageId, "ru");
      assert.equal(editor2.status, "outdated");
      assert.deepEqual(
        editor2.changes.map((c) => c.field),
        ["body"],
      );
      const view = await tr.get(`/admin/pages/${pageId}/ru`);
      assert.match(view.body, /data-field="body"/);
      assert.match(view.body, /<ins>40 <\/ins>|<ins>40<\/ins>/);

      const stillRu = await visitor.get("/ru/pages/about");
      assert.match(stillRu.body, /<h1>О сети<\/h1>/, "an outdated translation is still shown");
      assert.match(stillRu.body, /class="fallback"/, "with a note that it may be out of date");

      const lt = await visitor.get("/lt/pages/about");
      assert.equal(lt.statusCode, 200);
      assert.match(lt.body, /<h1>About the network<\/h1>/);
      assert.match(lt.body, /class="fallback"/);
      assert.match(lt.body, /<a href="\/ru\/pages\/about" lang="ru" hreflang="ru">/);
      assert.doesNotMatch(lt.body, /href="\/uk\/pages\/about"/, "the switcher lists only languages the page exists in");
    });

    test("saving the translation again with the new source clears outdated", async () => {
      const actor = await adminActor();
      const page = await createPage(t.services, actor, {
        slug: "contact",
        sourceLocale: "en",
        title: "Contact",
        summary: "",
        body: "Write to us.",
      });
      await saveTranslation(t.services, actor, page.id, "fr", {
        title: "Contact",
        summary: "",
        body: "Écrivez-nous.",
        status: "published",
      });
      await saveTranslation(t.services, actor, page.id, "en", {
        title: "Contact us",
        summary: "",
        body: "Write to us.",
        status: "published",
      });
      assert.equal((await getTranslationEditor(t.services.db, page.id, "fr")).status, "outdated");
      await saveTranslation(t.services, actor, page.id, "fr", {
        title: "Nous contacter",
        summary: "",
        body: "Écrivez-nous.",
        status: "published",
      });
      assert.equal((await getTranslationEditor(t.services.db, page.id, "fr")).status, "published");
    });

    test("fallback is applied at read time and never written", async () => {
      const actor = await adminActor();
      const page = await createPage(t.services, actor, { slug: "guides", sourceLocale: "en", title: "Guides", summary: "", body: "" });
      await setPagePublished(t.services, actor, page.id, true);
      const read = await readPage(t.services.db, "guides", "uk", t.config);
      assert.equal(read?.locale, "en");
      assert.equal(read?.isFallback, true);
      const rows = await t.services.db.selectFrom("page_translations").select("locale").where("page_id", "=", page.id).execute();
      assert.deepEqual(
        rows.map((r) => r.locale),
        ["en"],
      );
    });

    test("a configured fallback chain is followed, and a draft is not shown", async () => {
      const actor = await adminActor();
      const page = await createPage(t.services, actor, {
        slug: "refugees",
        sourceLocale: "en",
        title: "For refugees",
        summary: "",
        body: "",
      });
      await saveTranslation(t.services, actor, page.id, "sr-Latn", { title: "Za izbeglice", summary: "", body: "", status: "published" });
      await saveTranslation(t.services, actor, page.id, "sr-Cyrl", { title: "Нацрт", summary: "", body: "", status: "draft" });
      await setPagePublished(t.services, actor, page.id, true);
      const options = { fallbacks: new Map([["sr-Cyrl", ["sr-Latn"]]]) as typeof t.config.fallbacks, defaultLocale: "en" as const };
      const read = await readPage(t.services.db, "refugees", "sr-Cyrl", options);
      // The Latin text, in the reader's Cyrillic: the draft in Cyrillic is not shown.
      assert.equal(read?.locale, "sr-Latn");
      assert.equal(read?.isTransliterated, true);
      assert.equal(read?.translation.title, "За избеглице");
    });

    test("page text is sanitised: scripts and event handlers never reach the page", async () => {
      const actor = await adminActor();
      const page = await createPage(t.services, actor, {
        slug: "xss",
        sourceLocale: "en",
        title: "<script>alert(1)</script>Title",
        summary: '"><img src=x onerror=alert(1)>',
        body: 'Hello <script>alert(1)</script> <a href="javascript:alert(1)">x</a> <img src="https://example.org/a.png" onerror="alert(1)"> [y](javascript:alert(2))',
      });
      await setPagePublished(t.services, actor, page.id, true);
      const res = await new TestClient(t.app).get("/en/pages/xss");
      assert.equal(res.statusCode, 200);
      assert.doesNotMatch(res.body, /<script>alert/);
      assert.doesNotMatch(res.body, /<img[^>]*onerror/);
      assert.doesNotMatch(res.body, /javascript:/);
      assert.match(res.body, /&lt;script&gt;alert\(1\)&lt;\/script&gt;Title/);
    });

    test("bad input gets a localised 422 and keeps what was typed", async () => {
      const editor = await createPerson(t.services, "editor");
      const ed = new TestClient(t.app, { "accept-language": "ru" });
      await signIn(ed, editor, t.clock);
      await ed.get("/admin/pages/new");
      const res = await ed.post("/admin/pages/new", { slug: "Not A Slug!", sourceLocale: "en", title: "Kept title", body: "kept body" });
      assert.equal(res.statusCode, 422);
      assert.match(res.body, /Kept title/);
      assert.match(res.body, /kept body/);
      assert.match(res.body, /id="slug-error"/);
    });
  });
}

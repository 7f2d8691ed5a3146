import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { readFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import { fileURLToPath } from "node:url";
import { createPage } from "../content/pages.ts";
import type { Db } from "../db/index.ts";
import { parseLocalized } from "../i18n/content.ts";
import { createPerson } from "../testing/client.ts";
import { ENGINES, startTestApp, type TestApp } from "../testing/harness.ts";
import { largeExport } from "./fixtures/large-export.ts";
import type { ImportReport } from "./report.ts";
import { type ImportOptions, importWordPress, readWxrFile } from "./wordpress.ts";
import { parseWxr, WxrError } from "./wxr.ts";

const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), "fixtures");
const UPLOADS = path.join(FIXTURES, "uploads");

async function countRows(db: Db) {
  const count = async (
    table:
      | "posts"
      | "post_translations"
      | "pages"
      | "page_translations"
      | "topics"
      | "redirects"
      | "import_keys"
      | "comments"
      | "uploads"
      | "profiles",
  ) => Number((await db.selectFrom(table).select(db.fn.countAll().as("n")).executeTakeFirstOrThrow()).n);
  return {
    posts: await count("posts"),
    postTranslations: await count("post_translations"),
    pages: await count("pages"),
    pageTranslations: await count("page_translations"),
    topics: await count("topics"),
    redirects: await count("redirects"),
    keys: await count("import_keys"),
    comments: await count("comments"),
    uploads: await count("uploads"),
    profiles: await count("profiles"),
  };
}

function reasons(report: ImportReport): string[] {
  return report.skipped.map((s) => `${s.label}: ${s.reason}`);
}

for (const engine of ENGINES) {
  describe(`WordPress import (${engine})`, () => {
    let t: TestApp;
    before(async () => {
      t = await startTestApp(engine);
    });
    after(() => t.cleanup());

    const ctx = () => ({ db: t.services.db, clock: t.clock, config: t.config });
    async function importFixture(name: string, options: ImportOptions = {}): Promise<ImportReport> {
      return importWordPress(ctx(), await readWxrFile(path.join(FIXTURES, name)), options);
    }
    async function postBySlug(slug: string) {
      const post = await t.services.db.selectFrom("posts").selectAll().where("slug", "=", slug).executeTakeFirstOrThrow();
      const translations = await t.services.db
        .selectFrom("post_translations")
        .selectAll()
        .where("post_id", "=", post.id)
        .orderBy("locale")
        .execute();
      return { post, translations, text: (locale: string) => translations.find((tr) => tr.locale === locale) };
    }
    async function redirectOf(url: string): Promise<string | undefined> {
      const res = await t.app.inject({ method: "GET", url });
      if (res.statusCode !== 301) return `status ${res.statusCode}`;
      return String(res.headers.location);
    }

    test("a Polylang export: translation groups become one post in several languages, with topics, comments and files", async () => {
      const report = await importFixture("polylang-wp6.xml", { filesDir: UPLOADS });
      assert.deepEqual(report.counts.posts, { created: 2, updated: 0, unchanged: 0, skipped: 2 });
      assert.deepEqual(report.counts.pages, { created: 1, updated: 0, unchanged: 0, skipped: 0 });
      assert.equal(report.counts.topics.created, 3, "drug policy (en + ru), refugees, HIV (en + ru)");
      assert.equal(report.counts.people.created, 1, "only the authors of the originals");
      assert.equal(report.counts.attachments.created, 2, "the photo and the poster");
      assert.equal(report.counts.comments.created, 4);
      const skipped = reasons(report);
      for (const expected of [
        /post #23 .*language not served \(de\)/,
        /nav_menu_item #50 .*a menu item/,
        /post #52 .*in the trash/,
        /wp_global_styles #53/,
        /attachment #43 .*file missing from the --files folder: 2019\/01\/old-report\.pdf/,
        /attachment #44 .*file type not accepted \(\.gif\)/,
        /comment #6 .*in the trash/,
        /comment #7 .*a pingback/,
        /comment #9 .*on a page/,
        /Uncategorized.*default category/,
      ]) {
        assert.ok(
          skipped.some((s) => expected.test(s)),
          `skipped: ${expected}`,
        );
      }

      const meeting = await postBySlug("eu-western-balkans-expert-meeting");
      assert.equal(meeting.post.source_locale, "en");
      assert.equal(meeting.post.kind, "news");
      assert.equal(meeting.post.published_at, "2023-05-26T09:00:00.000Z");
      assert.deepEqual(
        meeting.translations.map((tr) => tr.locale),
        ["en", "ru"],
      );
      const en = meeting.text("en");
      const ru = meeting.text("ru");
      assert.equal(en?.title, "EU – Western Balkans Expert Meeting on Drugs");
      assert.equal(en?.summary, "Officials from the Western Balkans and the EU met in Brussels to compare drug strategies.");
      assert.match(en?.body ?? "", /^The EU–Western Balkans expert meeting/);
      assert.match(en?.body ?? "", /## Civil society at the table/);
      assert.match(en?.body ?? "", /\*\*civil society organisations\*\*/);
      assert.doesNotMatch(en?.body ?? "", /wp:paragraph|<!--/);
      assert.match(en?.body_html ?? "", /<h2>Civil society at the table<\/h2>/);
      const photo = await t.services.db
        .selectFrom("uploads")
        .selectAll()
        .where("id", "=", meeting.post.cover_upload_id ?? "")
        .executeTakeFirstOrThrow();
      assert.equal(photo.file_name, "meeting.jpg");
      assert.ok(en?.body.includes(`](/files/${photo.id}/meeting.jpg)`), "the resized copy in the body points to the imported file");
      assert.match(en?.body ?? "", /\[Download the poster\]\(\/files\/[\w-]+\/information-poster\.pdf\)/);
      assert.equal(en?.cover_alt, "Delegates around the meeting table");
      assert.equal(ru?.cover_alt, "Делегаты за столом переговоров");
      assert.equal(ru?.title, "Встреча экспертов ЕС и Западных Балкан по наркотикам");
      assert.equal(ru?.published_at, "2023-05-27T07:30:00.000Z");
      assert.equal(ru?.status, "published");
      assert.equal(ru?.source_hash, en?.source_hash, "the Russian text was made from the current English one");

      const topics = await t.services.db
        .selectFrom("post_topics")
        .innerJoin("topics", "topics.id", "post_topics.topic_id")
        .select(["topics.slug", "topics.name"])
        .where("post_topics.post_id", "=", meeting.post.id)
        .orderBy("topics.slug")
        .execute();
      assert.deepEqual(
        topics.map((tp) => [tp.slug, parseLocalized(tp.name)]),
        [
          ["drug-policy", { en: "Drug policy", ru: "Наркополитика" }],
          ["hiv", { en: "HIV", ru: "ВИЧ" }],
        ],
      );
      const author = await t.services.db
        .selectFrom("profiles")
        .selectAll()
        .where("id", "=", meeting.post.author_profile_id ?? "")
        .executeTakeFirstOrThrow();
      assert.equal(author.name, "Jovana Dimitrijević");
      assert.equal(author.slug, "jovana-dimitrijevic");
      const keys = await t.services.db.selectFrom("import_keys").select("external_id").execute();
      assert.ok(!keys.some((k) => k.external_id.includes("jdimitrijevic")), "no login is stored");

      const comments = await t.services.db
        .selectFrom("comments")
        .select(["author_name", "author_email", "status", "locale", "body"])
        .where("subject_id", "=", meeting.post.id)
        .orderBy("created_at")
        .execute();
      assert.deepEqual(
        comments.map((c) => [c.author_name, c.status, c.locale]),
        [
          ["Ana", "approved", "en"],
          ["Marko", "pending", "en"],
          ["Ирина", "approved", "ru"],
          ["cheap pills", "spam", "en"],
        ],
      );
      assert.equal(comments[1]?.body, "Is the recording of the meeting available somewhere?");
      assert.equal(comments[1]?.author_email, null);

      const documents = await t.services.db
        .selectFrom("search_documents")
        .select("locale")
        .where("subject_id", "=", meeting.post.id)
        .orderBy("locale")
        .execute();
      assert.deepEqual(
        documents.map((d) => d.locale),
        ["en", "ru"],
        "search finds both languages",
      );

      const refugees = await postBySlug("information-for-refugees");
      assert.deepEqual(
        refugees.translations.map((tr) => [tr.locale, tr.status, tr.published_at !== null]),
        [
          ["en", "published", true],
          ["ru", "published", true],
          ["sr-Cyrl", "draft", false],
        ],
        "the Russian item joins by Polylang's term description; the Serbian draft is in Cyrillic",
      );

      const page = await t.services.db.selectFrom("pages").selectAll().where("slug", "=", "about").executeTakeFirstOrThrow();
      assert.equal(page.is_published, 1);
      const pageTexts = await t.services.db
        .selectFrom("page_translations")
        .select(["locale", "title"])
        .where("page_id", "=", page.id)
        .orderBy("locale")
        .execute();
      assert.deepEqual(
        pageTexts.map((p) => [p.locale, p.title]),
        [
          ["en", "About the network"],
          ["ru", "О сети"],
        ],
      );
    });

    test("old addresses answer with a permanent redirect to the new pages", async () => {
      const ruPath =
        "/ru/2023/05/27/%D0%B2%D1%81%D1%82%D1%80%D0%B5%D1%87%D0%B0-%D1%8D%D0%BA%D1%81%D0%BF%D0%B5%D1%80%D1%82%D0%BE%D0%B2-%D0%B5%D1%81-%D0%B7%D0%B0%D0%BF%D0%B0%D0%B4%D0%BD%D1%8B%D0%B5-%D0%B1%D0%B0%D0%BB%D0%BA%D0%B0%D0%BD%D1%8B/";
      assert.equal(await redirectOf("/2023/05/26/eu-western-balkans-expert-meeting/"), "/en/news/eu-western-balkans-expert-meeting");
      assert.equal(await redirectOf("/2023/05/26/eu-western-balkans-expert-meeting"), "/en/news/eu-western-balkans-expert-meeting");
      assert.equal(await redirectOf(`${ruPath}?utm_source=newsletter`), "/ru/news/eu-western-balkans-expert-meeting");
      // Addresses by id go through the site's "/" route; one-segment paths through the /:locale routes' 404.
      assert.equal(await redirectOf("/?p=11"), "/ru/news/eu-western-balkans-expert-meeting");
      assert.equal(await redirectOf("/?p=22"), "/sr-cyrl/news/information-for-refugees");
      assert.equal(await redirectOf("/?page_id=31"), "/ru/pages/about");
      assert.equal(await redirectOf("/about/"), "/en/pages/about");
      assert.equal(await redirectOf("/category/drug-policy/"), "/en/topics/drug-policy");
      assert.equal(await redirectOf("/category/drug-policy/refugees/"), "/en/topics/refugees");
      assert.equal(
        await redirectOf("/ru/category/%D0%BD%D0%B0%D1%80%D0%BA%D0%BE%D0%BF%D0%BE%D0%BB%D0%B8%D1%82%D0%B8%D0%BA%D0%B0/"),
        "/ru/topics/drug-policy",
      );
      assert.equal(await redirectOf("/tag/hiv/"), "/en/topics/hiv");
      assert.equal(await redirectOf("/no-such-old-page/"), "status 404");

      const file = await redirectOf("/wp-content/uploads/2023/05/information-poster.pdf");
      assert.match(file ?? "", /^\/files\/[\w-]+\/information-poster\.pdf$/);
      const download = await t.app.inject({ method: "GET", url: file ?? "" });
      assert.equal(download.statusCode, 200);
      assert.equal(download.headers["content-type"], "application/pdf");

      const page = await t.app.inject({ method: "GET", url: "/ru/pages/about" });
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /О сети/);
    });

    test("running the same import again creates nothing and reports everything unchanged", async () => {
      const before = await countRows(t.services.db);
      // The same site, moved to http, written with a trailing slash, is the same source.
      const report = await importFixture("polylang-wp6.xml", { filesDir: UPLOADS, source: "http://Network.example.org/" });
      assert.deepEqual(await countRows(t.services.db), before);
      for (const kind of ["people", "topics", "attachments", "posts", "pages", "comments", "redirects"] as const) {
        assert.equal(report.counts[kind].created, 0, `${kind} created`);
        assert.equal(report.counts[kind].updated, 0, `${kind} updated`);
      }
      assert.equal(report.counts.posts.unchanged, 2);
      assert.equal(report.counts.comments.unchanged, 4);
      assert.equal(report.counts.attachments.unchanged, 3);
    });

    test("a changed WordPress post is updated, and its translations made from the older text are marked outdated", async () => {
      const meeting = await postBySlug("eu-western-balkans-expert-meeting");
      const en = meeting.text("en");
      assert.ok(en);
      await t.services.db
        .insertInto("post_translations")
        .values({ ...en, locale: "fr", title: "Réunion d'experts", status: "published" })
        .execute();
      const xml = (await readFile(path.join(FIXTURES, "polylang-wp6.xml"), "utf8")).replace(
        "<![CDATA[EU – Western Balkans Expert Meeting on Drugs]]>",
        "<![CDATA[EU – Western Balkans Expert Meeting on Drugs, 2023]]>",
      );
      const report = await importWordPress(ctx(), parseWxr(xml), { filesDir: UPLOADS });
      assert.equal(report.counts.posts.updated, 1);
      assert.equal(report.counts.posts.unchanged, 1);
      const after = await postBySlug("eu-western-balkans-expert-meeting");
      assert.equal(after.text("en")?.title, "EU – Western Balkans Expert Meeting on Drugs, 2023");
      assert.equal(after.text("fr")?.status, "outdated");
      assert.equal(after.text("ru")?.status, "outdated", "the Russian text was made from the English one before the change");
      assert.equal(after.translations.length, 3);
    });

    test("a WPML export: the source language WPML names is the original, whatever the dates say", async () => {
      const report = await importFixture("wpml-wp4.xml", { filesDir: UPLOADS });
      assert.equal(report.counts.posts.created, 1);
      assert.equal(report.counts.pages.created, 1);
      assert.ok(reasons(report).some((r) => /post #103 .*language not served \(es\)/.test(r)));
      assert.ok(reasons(report).some((r) => /attachment #120 .*file missing .*2018\/10\/webinar\.png/.test(r)));
      const webinar = await postBySlug("webinaire-services-en-ligne");
      assert.equal(webinar.post.source_locale, "fr");
      assert.equal(webinar.post.cover_upload_id, null, "its image was not in the folder");
      assert.deepEqual(
        webinar.translations.map((tr) => tr.locale),
        ["en", "fr"],
      );
      const fr = webinar.text("fr")?.body ?? "";
      assert.match(fr, /^Nous organisons un webinaire .*en ligne\.\\\nIl aura lieu/);
      assert.match(fr, /L'affiche du webinaire/, "a caption's text is kept, the shortcode is gone");
      assert.doesNotMatch(fr, /\[caption|\[\/caption\]/);
      assert.match(fr, /- les messageries chiffrées ;\n- la consultation par vidéo\./);
      const contact = await t.services.db.selectFrom("pages").selectAll().where("slug", "=", "contact").executeTakeFirstOrThrow();
      assert.equal(contact.source_locale, "fr");
      const texts = await t.services.db
        .selectFrom("page_translations")
        .select(["locale", "status"])
        .where("page_id", "=", contact.id)
        .orderBy("locale")
        .execute();
      assert.deepEqual(
        texts.map((x) => [x.locale, x.status]),
        [
          ["en", "draft"],
          ["fr", "published"],
        ],
      );
      const comments = await t.services.db
        .selectFrom("comments")
        .select(["locale", "status"])
        .where("subject_id", "=", webinar.post.id)
        .orderBy("locale")
        .execute();
      assert.deepEqual(
        comments.map((c) => [c.locale, c.status]),
        [
          ["en", "pending"],
          ["fr", "approved"],
        ],
      );
      assert.equal(await redirectOf("/en/2018/10/webinar-online-services/"), "/en/news/webinaire-services-en-ligne");
    });

    test("a single-language export: drafts stay drafts, a taken address gets another, missing files are reported", async () => {
      const editor = await createPerson(t.services, "editor");
      await createPage(
        ctx(),
        { id: editor.id, role: "editor", locales: [] },
        { slug: "about-2", sourceLocale: "en", title: "Taken", summary: "", body: "" },
      );
      const report = await importFixture("plain-wp6.xml", { filesDir: UPLOADS });
      assert.equal(report.counts.posts.created, 6);
      assert.ok(report.notes.some((n) => /post #207 .*password-protected in WordPress; imported as a draft/.test(n)));
      assert.ok(
        report.notes.some((n) => /page #220 .*"about" was taken; it is "about-3"/.test(n)),
        report.notes.join("\n"),
      );
      assert.ok(report.notes.some((n) => /post #203 .*scheduled in WordPress; imported as a draft/.test(n)));
      assert.ok(reasons(report).some((r) => /attachment #212 .*file missing from the --files folder: 2023\/11\/van\.jpg/.test(r)));

      const training = await postBySlug("naloxone-training");
      const text = training.text("en");
      assert.equal(text?.summary, "Two days of overdose response training.");
      assert.equal(text?.cover_alt, "Trainees practising with a naloxone kit");
      assert.match(text?.body ?? "", /^Twelve outreach workers learned/);
      assert.match(text?.body ?? "", /The training lasted two days & ended with a practice session\.\\\nEveryone received a kit\./);
      assert.match(text?.body ?? "", /\[The poster we used\]\(\/files\/[\w-]+\/information-poster\.pdf\)/);
      const cover = await t.services.db
        .selectFrom("uploads")
        .selectAll()
        .where("id", "=", training.post.cover_upload_id ?? "")
        .executeTakeFirstOrThrow();
      assert.equal(cover.content_type, "image/png");
      const author = await t.services.db
        .selectFrom("profiles")
        .select("name")
        .where("id", "=", training.post.author_profile_id ?? "")
        .executeTakeFirstOrThrow();
      assert.equal(author.name, "Anna Kovač");

      for (const slug of ["summer-schedule", "notes-for-the-board", "minutes"]) {
        const draft = await postBySlug(slug);
        assert.equal(draft.post.published_at, null, slug);
        assert.equal(draft.text("en")?.published_at, null, slug);
      }
      const untitled = await postBySlug("a-draft-that-never-got-a-title-first-thoughts-on-mobile-testing");
      assert.equal(untitled.text("en")?.title, "A draft that never got a title: first thoughts on mobile testing.");
      assert.equal(untitled.post.created_at, "2024-04-20T15:00:00.000Z", "the local date stands in for a zero GMT date");

      assert.equal(await redirectOf("/blog/2024/03/naloxone-training/"), "/en/news/naloxone-training");
      assert.equal(await redirectOf("/blog/about/"), "/en/pages/about-3");
      const comments = await t.services.db
        .selectFrom("comments")
        .select(["author_name", "status"])
        .where("subject_id", "=", training.post.id)
        .orderBy("created_at")
        .execute();
      assert.deepEqual(
        comments.map((c) => c.status),
        ["approved", "pending", "spam"],
      );
    });

    test("a WXR 1.0 export from WordPress 3: tags named 'tag', authors known only by login left out", async () => {
      const report = await importFixture("old-wp3.xml");
      assert.equal(report.counts.posts.created, 2);
      assert.ok(reasons(report).some((r) => /author "maria": known only by login/.test(r)));
      const first = await postBySlug("first-week");
      assert.equal(first.post.author_profile_id, null);
      assert.equal(await t.services.db.selectFrom("profiles").select("id").where("name", "=", "maria").executeTakeFirst(), undefined);
      const slugs = await t.services.db
        .selectFrom("post_topics")
        .innerJoin("topics", "topics.id", "post_topics.topic_id")
        .select("topics.slug")
        .where("post_id", "=", first.post.id)
        .orderBy("topics.slug")
        .execute();
      assert.deepEqual(
        slugs.map((s) => s.slug),
        ["field-notes", "needle-exchange"],
      );
      assert.match(first.text("en")?.body ?? "", /Most asked about \*testing\* and clean equipment\./);
    });

    test("bad dates fall back to the next date there is, and are reported when there is none", async () => {
      const report = await importFixture("bad-dates.xml");
      assert.equal(report.counts.posts.created, 3);
      assert.equal((await postBySlug("impossible")).post.published_at, "2023-06-07T10:00:00.000Z", "from pubDate");
      assert.equal((await postBySlug("no-date")).post.published_at, t.clock.now().toISOString());
      assert.ok(report.notes.some((n) => /post #302 .*no usable date/.test(n)));
      const draft = await postBySlug("draft-with-a-local-date-only");
      assert.equal(draft.post.published_at, null);
    });

    test("files that cannot be imported give one clear reason", async () => {
      await assert.rejects(readWxrFile(path.join(FIXTURES, "truncated.xml")), (e: unknown) => {
        assert.ok(e instanceof WxrError);
        assert.match(
          e.message,
          /truncated\.xml: not well-formed XML: the file ends while <content:encoded> is still open; is it truncated\?/,
        );
        return true;
      });
      await assert.rejects(readWxrFile(path.join(FIXTURES, "not-wxr.xml")), /not-wxr\.xml: not a WordPress export/);
      await assert.rejects(readWxrFile(path.join(FIXTURES, "no-such-file.xml")), /no-such-file\.xml: no such file/);
      assert.throws(() => parseWxr("<html><body>Hello</body></html>"), WxrError);
    });

    test("500 posts in English and Russian import with progress, and a second run duplicates nothing", async () => {
      const wxr = parseWxr(largeExport(500));
      const before = await countRows(t.services.db);
      const progress: string[] = [];
      const first = await importWordPress(ctx(), wxr, { onProgress: (kind, done, total) => progress.push(`${kind} ${done}/${total}`) });
      assert.equal(first.counts.posts.created, 500);
      const topics = first.counts.topics;
      assert.equal(
        topics.created + topics.updated + topics.unchanged,
        10,
        "ten categories, each in two languages; four join topics already here",
      );
      assert.equal(first.counts.comments.created, 50);
      assert.ok(progress.includes("posts 250/500") && progress.includes("posts 500/500"));
      const once = await countRows(t.services.db);
      assert.equal(once.posts - before.posts, 500);
      assert.equal(once.postTranslations - before.postTranslations, 1000);
      assert.equal(once.topics - before.topics, topics.created);
      assert.equal(once.redirects - before.redirects, first.counts.redirects.created);
      assert.ok(first.counts.redirects.created >= 2000, "the permalink and ?p= of every item");

      const second = await importWordPress(ctx(), wxr, {});
      assert.equal(second.counts.posts.unchanged, 500);
      assert.equal(second.counts.posts.created + second.counts.posts.updated, 0);
      assert.equal(second.counts.redirects.created + second.counts.redirects.updated, 0);
      assert.deepEqual(await countRows(t.services.db), once);
      const news = await postBySlug("network-news-321");
      assert.deepEqual(
        news.translations.map((tr) => [tr.locale, tr.title]),
        [
          ["en", "Network news 321: harm reduction in the region"],
          ["ru", "Новости сети 321: снижение вреда в регионе"],
        ],
      );
    });

    test("a dry run reports what an import would do and writes nothing", async () => {
      const before = await countRows(t.services.db);
      const xml = (await readFile(path.join(FIXTURES, "old-wp3.xml"), "utf8")).replaceAll("diary.example.org", "other.example.org");
      const report = await importWordPress(ctx(), parseWxr(xml), { isDryRun: true, filesDir: UPLOADS });
      assert.equal(report.isDryRun, true);
      assert.equal(report.counts.posts.created, 2);
      assert.ok(report.counts.redirects.created + report.counts.redirects.updated > 0);
      assert.deepEqual(await countRows(t.services.db), before);
    });
  });
}

describe("outreach import wordpress", () => {
  const run = (dataDir: string, ...args: string[]) => {
    const env: NodeJS.ProcessEnv = { ...process.env, OUTREACH_DATA_DIR: dataDir, LOG_LEVEL: "silent" };
    delete env.DATABASE_URL;
    return spawnSync(process.execPath, ["bin/outreach.js", "import", "wordpress", ...args], { env, encoding: "utf8" });
  };

  test("prints progress and a report, runs again without duplicating, and refuses a broken file with one line and exit code 2", () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), "outreach-import-"));
    try {
      const broken = run(dataDir, path.join(FIXTURES, "truncated.xml"));
      assert.equal(broken.status, 2);
      assert.equal(broken.stderr.trim().split("\n").length, 1);
      assert.match(broken.stderr, /^Cannot import .*truncated\.xml: not well-formed XML: .*is it truncated\?/);

      const first = run(dataDir, path.join(FIXTURES, "wpml-wp4.xml"), "--files", UPLOADS);
      assert.equal(first.status, 0, first.stderr);
      assert.match(first.stderr, /^posts 1\/1$/m);
      assert.match(first.stdout, /^posts +1 +0 +0 +1$/m, "created, updated, unchanged, skipped");
      assert.match(first.stdout, /language not served \(es\)/);

      const second = run(dataDir, path.join(FIXTURES, "wpml-wp4.xml"), "--files", UPLOADS);
      assert.equal(second.status, 0, second.stderr);
      assert.match(second.stdout, /^posts +0 +0 +1 +1$/m);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import type { Actor } from "../access/policy.ts";
import { saveProfile, saveTopic } from "../catalogue/catalogue.ts";
import { main } from "../cli/main.ts";
import { createPage, saveTranslation, setPagePublished } from "../content/pages.ts";
import { newId } from "../db/ids.ts";
import type { Ctx } from "../db/index.ts";
import { createEvent, type EventSettings, saveEventTranslation, setEventPublished } from "../events/events.ts";
import type { Locale } from "../i18n/locales.ts";
import { createPerson, TestClient } from "../testing/client.ts";
import { ENGINES, startTestApp, type TestApp } from "../testing/harness.ts";
import { toHtml } from "./highlight.ts";
import { reindex } from "./indexing.ts";
import { reindexAll } from "./reindex.ts";
import { type SearchQuery, type SearchResults, search } from "./search.ts";

/** What each engine answered to each query, to compare the two at the end. */
const answers = new Map<string, Map<string, string[]>>();

type Fields = { title: string; summary: string; body: string };

const PAGE: Record<string, Fields> = {
  en: {
    title: "Information for refugees",
    summary: "Where refugees find legal aid and health care.",
    body: "Legal aid, health care and harm reduction services for people arriving in Belgrade.",
  },
  ru: {
    title: "Информация для беженцев",
    summary: "Где беженцы найдут юридическую и медицинскую помощь.",
    body: "Помощь беженцам в Белграде: юристы, врачи и службы снижения вреда.",
  },
  uk: {
    title: "Інформація для біженців",
    summary: "Де біженці знайдуть правову та медичну допомогу.",
    body: "Допомога біженцям у Белграді: юристи, лікарі та служби зменшення шкоди.",
  },
  "sr-Cyrl": {
    title: "Информације за избеглице",
    summary: "Где избеглице налазе правну и здравствену помоћ.",
    body: "Помоћ избеглицама у Београду: правници, лекари и службе за смањење штете.",
  },
  lt: {
    title: "Informacija pabėgėliams",
    summary: "Kur pabėgėliai randa teisinę ir medicininę pagalbą.",
    body: "Pagalba pabėgėliams Belgrade: teisininkai, gydytojai ir žalos mažinimo paslaugos.",
  },
  fr: {
    title: "Informations pour les réfugiés",
    summary: "Où les réfugiés trouvent une aide juridique et des soins.",
    body: "Aide aux réfugiés à Belgrade : juristes, médecins et services de réduction des risques.",
  },
};

function settings(slug: string, topicIds: string[]): EventSettings {
  return {
    slug,
    kind: "workshop",
    programmeId: null,
    seriesId: null,
    timeZone: "Europe/Belgrade",
    isOnline: false,
    venue: "",
    address: "",
    city: { en: "Belgrade" },
    country: "RS",
    workingLanguages: ["en", "sr"],
    interpretation: [],
    requiresApproval: false,
    allowsPseudonymous: false,
    organisations: [],
    topicIds,
  };
}

/** A post written straight into its tables (the posts area has its own tests), then indexed. */
async function insertPost(
  ctx: Ctx,
  slug: string,
  texts: { locale: Locale; title: string; body: string; publishedAt: string }[],
  topicIds: string[],
): Promise<string> {
  const id = newId();
  const now = ctx.clock.now().toISOString();
  await ctx.db
    .insertInto("posts")
    .values({
      id,
      slug,
      kind: "news",
      source_locale: texts[0]?.locale ?? "en",
      author_profile_id: null,
      programme_id: null,
      cover_upload_id: null,
      created_by: null,
      published_at: texts[0]?.publishedAt ?? null,
      created_at: now,
      updated_at: now,
    })
    .execute();
  for (const t of texts) {
    await ctx.db
      .insertInto("post_translations")
      .values({
        post_id: id,
        locale: t.locale,
        title: t.title,
        summary: "",
        body: "",
        body_html: `<p>${t.body}</p>`,
        cover_alt: "",
        status: "published",
        source_hash: "x",
        source_fields: "{}",
        publish_at: t.publishedAt,
        published_at: t.publishedAt,
        updated_at: now,
        updated_by: null,
      })
      .execute();
  }
  if (topicIds.length > 0)
    await ctx.db
      .insertInto("post_topics")
      .values(topicIds.map((topic_id) => ({ post_id: id, topic_id })))
      .execute();
  await reindex(ctx, "post", id);
  return id;
}

async function insertResource(ctx: Ctx, slug: string, texts: { locale: Locale; title: string }[], topicIds: string[]): Promise<string> {
  const id = newId();
  const now = ctx.clock.now().toISOString();
  await ctx.db
    .insertInto("resources")
    .values({
      id,
      slug,
      kind: "info-sheet",
      source_locale: "en",
      programme_id: null,
      organisation_id: null,
      is_published: 1,
      published_at: "2023-03-01T09:00:00.000Z",
      created_by: null,
      created_at: now,
      updated_at: now,
    })
    .execute();
  for (const t of texts) {
    await ctx.db
      .insertInto("resource_translations")
      .values({
        resource_id: id,
        locale: t.locale,
        title: t.title,
        summary: "",
        body: "",
        body_html: "",
        status: "published",
        source_hash: "x",
        source_fields: "{}",
        updated_at: now,
        updated_by: null,
      })
      .execute();
  }
  await ctx.db
    .insertInto("resource_topics")
    .values(topicIds.map((topic_id) => ({ resource_id: id, topic_id })))
    .execute();
  await reindex(ctx, "resource", id);
  return id;
}

const describeHits = (r: SearchResults) => r.hits.map((h) => `${h.type} ${h.locale}${h.path}`);

for (const engine of ENGINES) {
  describe(`multilingual search (${engine})`, () => {
    let t: TestApp;
    let ctx: Ctx;
    let actor: Actor;
    let pageId: string;
    const seen = new Map<string, string[]>();
    answers.set(engine, seen);

    /** Runs a query and keeps everything the reader would see of the answer, for the comparison of engines. */
    async function ask(q: string, locale: Locale, extra: Partial<SearchQuery> = {}): Promise<SearchResults> {
      const results = await search(ctx, { q, locale, page: 1, ...extra });
      const { topicId, ...rest } = extra;
      seen.set(
        `${seen.size} ${locale} ${q} ${JSON.stringify(rest)}${topicId ? " with a topic" : ""}`,
        [
          `total ${results.total} page ${results.page} next ${results.hasNext}`,
          ...results.hits.map(
            (h) => `${h.type} ${h.locale}${h.path} ${h.score} ${toHtml(h.title)} | ${toHtml(h.excerpt)} | ${h.publishedAt}`,
          ),
        ].map(String),
      );
      return results;
    }

    before(async () => {
      t = await startTestApp(engine);
      ctx = t.services;
      const admin = await createPerson(t.services, "admin");
      actor = { id: admin.id, role: admin.role, locales: [] };
      const migration = await saveTopic(ctx, actor, null, { slug: "migration", name: { en: "Migration", ru: "Миграция" } });
      const policy = await saveTopic(ctx, actor, null, { slug: "drug-policy", name: { en: "Drug policy" } });

      const { en, ...others } = PAGE;
      const page = await createPage(ctx, actor, { slug: "refugee-information", sourceLocale: "en", ...(en as Fields) });
      pageId = page.id;
      for (const [locale, fields] of Object.entries(others)) {
        await saveTranslation(ctx, actor, page.id, locale as Locale, { ...fields, status: "published" });
      }
      await setPagePublished(ctx, actor, page.id, true);

      const event = await createEvent(ctx, actor, {
        ...settings("refugee-workshop", [migration.id]),
        sourceLocale: "en",
        fields: {
          title: "Workshop: harm reduction with refugee communities",
          summary: "Outreach workers share what works at the border.",
          body: "Peer outreach, naloxone and interpretation for refugees on the move.",
          objectives: "Plan outreach together",
        },
      });
      await saveEventTranslation(ctx, actor, event.id, "sr-Latn", {
        title: "Radionica: smanjenje štete u zajednicama izbeglica",
        summary: "Terenski radnici dele iskustva sa granice.",
        body: "Vršnjački rad, nalokson i prevođenje za izbeglice u pokretu.",
        objectives: "",
        status: "published",
      });
      await setEventPublished(ctx, actor, event.id, true);

      await saveProfile(ctx, actor, null, {
        slug: "ana-petrovic",
        name: "Ana Petrović",
        organisationId: null,
        position: { en: "Outreach coordinator for refugees", ru: "Координатор аутрич-работы с беженцами" },
        bio: { en: "Ana has worked with refugees in Belgrade since 2015." },
      });

      await insertPost(
        ctx,
        "border-report-2023",
        [
          {
            locale: "en",
            title: "Report from the border: refugees and police",
            body: "Border police stations received our information for refugees.",
            publishedAt: "2023-05-10T08:00:00.000Z",
          },
          {
            locale: "ru",
            title: "Отчёт с границы: беженцы и полиция",
            body: "Пограничные отделения полиции получили нашу информацию для беженцев.",
            publishedAt: "2023-05-12T08:00:00.000Z",
          },
        ],
        [migration.id, policy.id],
      );
      await insertResource(
        ctx,
        "services-info-sheet",
        [
          { locale: "en", title: "Information sheet for refugees on drug services" },
          { locale: "uk", title: "Інформаційний листок для біженців про послуги" },
        ],
        [policy.id],
      );
      for (let i = 1; i <= 23; i++) {
        const note = await createPage(ctx, actor, {
          slug: `naloxone-note-${i}`,
          sourceLocale: "en",
          title: `Note ${i} on overdose`,
          summary: "",
          body: "Naloxone saves lives.",
        });
        await setPagePublished(ctx, actor, note.id, true);
      }
    });
    after(() => t.cleanup());

    test("a Russian query finds other inflections, ranked by where the word stands, and marks them", async () => {
      const r = await ask("беженцы", "ru");
      assert.deepEqual(describeHits(r), [
        "page ru/pages/refugee-information",
        "post ru/news/border-report-2023",
        "person ru/people/ana-petrovic",
      ]);
      assert.equal(r.total, 3);
      const [first] = r.hits;
      assert.equal(toHtml(first?.title ?? []), "Информация для <mark>беженцев</mark>");
      assert.match(toHtml(first?.excerpt ?? []), /<mark>беженцам<\/mark> в Белграде/);
      const typing = await ask("беж", "ru");
      assert.deepEqual(describeHits(typing), describeHits(r), "the last word matches as a prefix while typed");
    });

    test("Serbian is found from either script, with or without diacritics, the reader's script first", async () => {
      const latin = await ask("izbeglice", "sr-Latn");
      assert.deepEqual(describeHits(latin), ["event sr-Latn/events/refugee-workshop", "page sr-Cyrl/pages/refugee-information"]);
      const cyrillic = await ask("избеглице", "sr-Cyrl");
      assert.deepEqual(describeHits(cyrillic), ["page sr-Cyrl/pages/refugee-information", "event sr-Latn/events/refugee-workshop"]);
      assert.match(toHtml(cyrillic.hits[0]?.excerpt ?? []), /<mark>избеглицама<\/mark>/);
      assert.deepEqual(describeHits(await ask("pomoc", "sr-Latn")), ["page sr-Cyrl/pages/refugee-information"]);
      assert.deepEqual(describeHits(await ask("smanjenje stete", "sr-Cyrl")), describeHits(cyrillic));
    });

    test("English, French, Lithuanian and Ukrainian find inflected forms", async () => {
      const plural = await ask("refugees", "en");
      assert.deepEqual(describeHits(plural), [
        "page en/pages/refugee-information",
        "post en/news/border-report-2023",
        "event en/events/refugee-workshop",
        "resource en/library/services-info-sheet",
        "person en/people/ana-petrovic",
      ]);
      assert.deepEqual(describeHits(await ask("refugee", "en")), describeHits(plural));
      assert.deepEqual(describeHits(await ask("réfugiés", "fr")), ["page fr/pages/refugee-information"]);
      assert.deepEqual(describeHits(await ask("refugies", "fr")), ["page fr/pages/refugee-information"]);
      assert.deepEqual(describeHits(await ask("pabėgėliai", "lt")), ["page lt/pages/refugee-information"]);
      assert.deepEqual(describeHits(await ask("pabegeliai", "lt")), ["page lt/pages/refugee-information"]);
      assert.deepEqual(describeHits(await ask("біженці", "uk")), [
        "page uk/pages/refugee-information",
        "resource uk/library/services-info-sheet",
      ]);
      assert.deepEqual(describeHits(await ask("harm reduction", "en")), [
        "event en/events/refugee-workshop",
        "page en/pages/refugee-information",
      ]);
    });

    test("a word in another language finds documents in it, after the reader's language", async () => {
      const r = await ask("Belgrade", "ru");
      assert.deepEqual(describeHits(r), ["page en/pages/refugee-information", "person en/people/ana-petrovic"]);
    });

    test("filters by type and by topic; nothing found; pages of 20", async () => {
      assert.deepEqual(describeHits(await ask("refugees", "en", { type: "event" })), ["event en/events/refugee-workshop"]);
      const topic = await ctx.db.selectFrom("topics").select("id").where("slug", "=", "migration").executeTakeFirstOrThrow();
      assert.deepEqual(describeHits(await ask("refugees", "en", { topicId: topic.id })), [
        "post en/news/border-report-2023",
        "event en/events/refugee-workshop",
      ]);
      const none = await ask("zzzxq", "ru");
      assert.equal(none.total, 0);
      assert.deepEqual(none.hits, []);
      const first = await ask("naloxone", "en");
      assert.equal(first.total, 24);
      assert.equal(first.hits.length, 20);
      assert.ok(first.hasNext);
      const second = await ask("naloxone", "en", { page: 2 });
      assert.equal(second.hits.length, 4);
      assert.equal(second.hasNext, false);
      const beyond = await ask("naloxone", "en", { page: 3 });
      assert.deepEqual([beyond.total, beyond.hits.length], [24, 0]);
      const seenIds = new Set([...first.hits, ...second.hits].map((h) => h.path));
      assert.equal(seenIds.size, 24, "no result twice across pages");
    });

    test("a scheduled post is found once it is published; an unpublished page is gone", async () => {
      await insertPost(
        ctx,
        "detention-statement",
        [
          {
            locale: "en",
            title: "Statement on refugee detention",
            body: "We call for alternatives.",
            publishedAt: "2026-12-01T08:00:00.000Z",
          },
        ],
        [],
      );
      assert.equal((await ask("detention", "en")).total, 0);
      t.clock.set("2026-12-01T09:00:00.000Z");
      const post = await ctx.db.selectFrom("posts").select("id").where("slug", "=", "detention-statement").executeTakeFirstOrThrow();
      await reindex(ctx, "post", post.id);
      assert.deepEqual(describeHits(await ask("detention", "en")), ["post en/news/detention-statement"]);

      await setPagePublished(ctx, actor, pageId, false);
      const docs = await ctx.db.selectFrom("search_documents").select("id").where("subject_id", "=", pageId).execute();
      assert.deepEqual(docs, []);
      assert.deepEqual(describeHits(await ask("беженцы", "ru")), ["post ru/news/border-report-2023", "person ru/people/ana-petrovic"]);
      await setPagePublished(ctx, actor, pageId, true);
    });

    test("rebuilding the index gives the same answers and drops documents of things that are gone", async () => {
      // After the scheduled post of the test above is out (the harness puts the clock back after each test).
      t.clock.set("2026-12-01T09:00:00.000Z");
      const before = await ask("refugees", "en");
      await ctx.db
        .insertInto("search_documents")
        .values({
          id: "page:gone:en",
          type: "page",
          subject_id: "gone",
          locale: "en",
          title: "Refugees",
          body: "",
          path: "/pages/gone",
          topic_ids: " ",
          published_at: null,
          updated_at: "2026-01-01T00:00:00.000Z",
        })
        .execute();
      await ctx.db.insertInto("search_terms").values({ term: "refuge", document_id: "page:gone:en", weight: 10 }).execute();
      const { documents } = await reindexAll(ctx);
      const counted = await ctx.db
        .selectFrom("search_documents")
        .select((eb) => eb.fn.countAll<number | string>().as("n"))
        .executeTakeFirstOrThrow();
      assert.equal(documents, Number(counted.n));
      assert.equal(documents, 6 + 2 + 2 + 2 + 2 + 23 + 1);
      assert.deepEqual(describeHits(await ask("refugees", "en")), describeHits(before));
    });

    test("the search page: form, marked results in their language, too long a query, odd parameters", async () => {
      // After the scheduled post of the test above is out (the harness puts the clock back after each test).
      t.clock.set("2026-12-01T09:00:00.000Z");
      const visitor = new TestClient(t.app);
      const empty = await visitor.get("/en/search");
      assert.equal(empty.statusCode, 200);
      assert.match(empty.body, /<input id="q" name="q" type="search"/);
      assert.doesNotMatch(empty.body, /class="search-results"/);

      const ru = await visitor.get(`/ru/search?q=${encodeURIComponent("беженцы")}`);
      assert.equal(ru.statusCode, 200);
      assert.match(ru.body, /3 результата по запросу «беженцы»/);
      assert.match(ru.body, /<a href="\/ru\/pages\/refugee-information">Информация для <mark>беженцев<\/mark><\/a>/);

      const other = await visitor.get("/sr-latn/search?q=izbeglice");
      assert.match(other.body, /<h3 lang="sr-Cyrl"><a href="\/sr-cyrl\/pages\/refugee-information" hreflang="sr-Cyrl">/);

      const long = await visitor.get(`/en/search?q=${"a".repeat(201)}`);
      assert.equal(long.statusCode, 422);
      assert.match(long.body, /Please shorten your search/);

      const odd = await visitor.get("/en/search?q=refugees&type=bogus&topic=%3Cx%3E&page=-4");
      assert.equal(odd.statusCode, 200);
      assert.match(odd.body, /6 results for “refugees”/);
      const filtered = await visitor.get("/en/search?q=refugees&type=event&topic=migration");
      assert.match(filtered.body, /1 result for “refugees”/);
      const twice = await visitor.get("/en/search?q=a&q=b");
      assert.equal(twice.statusCode, 200);
    });

    test("`outreach search reindex` rebuilds the index and says how many documents it holds", async () => {
      const saved = { ...process.env };
      const log = console.log;
      const printed: string[] = [];
      Object.assign(process.env, { OUTREACH_DATA_DIR: t.config.dataDir, DATABASE_URL: t.config.databaseUrl ?? "", LOG_LEVEL: "silent" });
      console.log = (line: string) => printed.push(line);
      try {
        assert.equal(await main(["search", "reindex"]), 0);
      } finally {
        console.log = log;
        for (const key of ["OUTREACH_DATA_DIR", "DATABASE_URL", "LOG_LEVEL"]) {
          if (saved[key] === undefined) delete process.env[key];
          else process.env[key] = saved[key];
        }
      }
      // The command runs on the real clock, so the count is whatever is public today.
      const counted = await ctx.db
        .selectFrom("search_documents")
        .select((eb) => eb.fn.countAll<number | string>().as("n"))
        .executeTakeFirstOrThrow();
      assert.deepEqual(printed, [`Indexed ${Number(counted.n)} search document(s).`]);
    });
  });
}

test("SQLite and PostgreSQL give the same answers in the same order", () => {
  const [first, second] = ENGINES.map((e) => answers.get(e));
  assert.ok(first && second && first.size > 20);
  assert.deepEqual([...first.keys()], [...second.keys()]);
  for (const [key, lines] of first) assert.deepEqual(second.get(key), lines, key);
});

import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { DAY } from "../clock.ts";
import { LOCALE_INFO, type Locale, localePath } from "../i18n/locales.ts";
import { translate } from "../i18n/messages.ts";
import { ENGINES, startTestApp, type TestApp } from "../testing/harness.ts";
import { DEMO_PAGES } from "./pages.ts";
import { DEMO_POSTS, POST_ORGANISATIONS, POST_PROGRAMMES, POST_TOPICS } from "./posts.ts";

function post(slug: string) {
  const found = DEMO_POSTS.find((p) => p.slug === slug);
  assert.ok(found, `the demo has a post ${slug}`);
  return found;
}

describe("the demo network's posts", () => {
  test("have news, a blog post and a statement, a draft, a schedule, and fit what the editor accepts", () => {
    assert.equal(new Set(DEMO_POSTS.map((p) => p.slug)).size, DEMO_POSTS.length);
    for (const kind of ["news", "blog", "statement"])
      assert.ok(
        DEMO_POSTS.some((p) => p.kind === kind),
        kind,
      );
    assert.ok(DEMO_POSTS.some((p) => p.isDraft));
    assert.ok(DEMO_POSTS.some((p) => p.scheduleInDays !== undefined));
    for (const p of DEMO_POSTS) {
      assert.ok(p.isDraft || p.scheduleInDays !== undefined || p.publishedAt?.startsWith("2023-"), `${p.slug}: a 2023 date`);
      for (const { locale, fields } of p.translations) {
        assert.ok(fields.title.length > 0 && fields.title.length <= 200, `${p.slug} ${locale} title`);
        assert.ok(fields.summary.length <= 500, `${p.slug} ${locale} summary`);
      }
    }
  });

  test("link only to pages, posts and programmes the demo has", () => {
    const known: Record<string, Set<string>> = {
      pages: new Set(DEMO_PAGES.map((p) => p.slug)),
      news: new Set(DEMO_POSTS.filter((p) => !p.isDraft).map((p) => p.slug)),
      programmes: new Set(POST_PROGRAMMES.map((p) => p.slug)),
    };
    for (const texts of [...DEMO_POSTS.map((p) => p.translations), ...DEMO_PAGES.map((p) => p.translations)]) {
      for (const { fields } of texts) {
        for (const [, kind, slug] of fields.body.matchAll(/\]\(\/[a-z-]+\/(pages|news|programmes)\/([a-z0-9-]+)\)/g)) {
          assert.ok(known[kind ?? ""]?.has(slug ?? ""), `a link to /${kind}/${slug}, which the demo has`);
        }
      }
    }
    const topics = new Set([...POST_TOPICS.map((t) => t.slug), "harm-reduction-services", "police-and-harm-reduction"]);
    const organisations = new Set([...POST_ORGANISATIONS.map((o) => o.slug), "unodc"]);
    for (const p of DEMO_POSTS) {
      for (const t of p.topics) assert.ok(topics.has(t), `${p.slug}: topic ${t}`);
      for (const o of p.organisations) assert.ok(organisations.has(o), `${p.slug}: organisation ${o}`);
    }
  });
});

/** Whether the page shows the other Serbian script's text, transliterated (its note says so). */
function isTransliterated(body: string, locale: Locale): boolean {
  if (locale !== "sr-Latn" && locale !== "sr-Cyrl") return false;
  const other = locale === "sr-Latn" ? "sr-Cyrl" : "sr-Latn";
  return body.includes(translate(locale, "content.transliterated", { language: LOCALE_INFO[other].name }));
}

for (const engine of ENGINES) {
  describe(`the demo network's posts on the site (${engine})`, () => {
    let t: TestApp;
    before(async () => {
      t = await startTestApp(engine, { demo: true });
    });
    after(() => t.cleanup());
    const get = (url: string) => t.app.inject({ method: "GET", url });

    test("each published language of each post can be read, drafts aside", async () => {
      for (const p of DEMO_POSTS.filter((x) => x.publishedAt && !x.isDraft)) {
        for (const { locale, fields, status } of p.translations) {
          const res = await get(localePath(locale, `/news/${p.slug}`));
          assert.equal(res.statusCode, 200, `${locale} ${p.slug}`);
          const isOwnText = res.body.includes(`<h1>${fields.title.replaceAll("'", "&#39;")}</h1>`) && !isTransliterated(res.body, locale);
          // A draft is never shown as such; a Serbian draft's reader may see the other script's text transliterated, marked so.
          assert.equal(isOwnText, status !== "draft", `${locale} ${p.slug}`);
        }
      }
      const outdated = await get("/sr-latn/news/eu-western-balkans-drugs-2023");
      assert.match(outdated.body, /class="fallback"/, "a translation older than its original says so");
    });

    test("the news list is in date order, with the dates of 2023", async () => {
      const res = await get("/en/news");
      const dates = [...res.body.matchAll(/<time datetime="([^"]+)"/g)].map((m) => m[1] ?? "");
      assert.ok(dates.length >= 7);
      assert.deepEqual([...dates].sort().reverse(), dates);
      assert.ok(dates.every((d) => d.startsWith("2023-")));
    });

    test("the scheduled post appears on its day, and the draft never", async () => {
      const scheduled = post("refugee-information-poster");
      assert.equal((await get(`/en/news/${scheduled.slug}`)).statusCode, 404);
      t.clock.advance((scheduled.scheduleInDays ?? 0) * DAY + DAY);
      await t.worker?.drain();
      t.clock.advance(5_000);
      assert.equal((await get(`/en/news/${scheduled.slug}`)).statusCode, 200);
      const draft = DEMO_POSTS.find((p) => p.isDraft);
      assert.equal((await get(`/en/news/${draft?.slug}`)).statusCode, 404);
    });

    test("topics, organisations, programmes and the secretariat list their posts", async () => {
      for (const [url, slug] of [
        ["/en/topics/refugees", "information-for-refugees-2023"],
        ["/en/topics/women-who-use-drugs", "women-who-use-drugs-workshops-2023"],
        ["/en/organisations/dpnsee", "rome-consensus-summit-2023"],
        ["/en/programmes/emergency-support-ukraine", "women-who-use-drugs-workshops-2023"],
        ["/en/people/dpnsee-secretariat", "how-refugee-information-reaches-people"],
        ["/uk/topics/refugees", "information-for-refugees-2023"],
      ] as const) {
        const res = await get(url);
        assert.equal(res.statusCode, 200, url);
        assert.ok(res.body.includes(`/news/${slug}"`), `${url} lists ${slug}`);
      }
    });
  });
}

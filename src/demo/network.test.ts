import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { LOCALE_INFO, localePath } from "../i18n/locales.ts";
import { translate } from "../i18n/messages.ts";
import { ENGINES, startTestApp, type TestApp } from "../testing/harness.ts";
import { DEMO_PAGES } from "./pages.ts";

/** Text as the page templates write it into HTML. */
function html(text: string): string {
  return text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;").replaceAll("'", "&#39;");
}

/** The languages offered by the switcher in the page header, as hreflang values. */
function switcherLanguages(body: string): string[] {
  const nav = /<nav class="languages"[^>]*>([\s\S]*?)<\/nav>/.exec(body);
  if (!nav) return [];
  return [...(nav[1] ?? "").matchAll(/hreflang="([^"]+)"/g)].map((m) => m[1] ?? "").sort();
}

/** The hreflang alternates in <head>. */
function alternateLanguages(body: string): string[] {
  return [...body.matchAll(/<link rel="alternate" hreflang="([^"]+)"/g)].map((m) => m[1] ?? "").sort();
}

function demoPage(slug: string) {
  const page = DEMO_PAGES.find((p) => p.slug === slug);
  assert.ok(page, `the demo has a page ${slug}`);
  return page;
}

function fieldsOf(slug: string, locale: string) {
  const translation = demoPage(slug).translations.find((t) => t.locale === locale);
  assert.ok(translation, `the demo page ${slug} has ${locale}`);
  return translation.fields;
}

describe("the demo network's content", () => {
  test("shows what it is there to show: missing languages, a draft and an unpublished page", () => {
    assert.ok(DEMO_PAGES.every((p) => p.translations[0]?.locale === "en"));
    assert.ok(DEMO_PAGES.some((p) => !p.translations.some((t) => t.locale === "ru")));
    assert.ok(DEMO_PAGES.some((p) => p.translations.some((t) => t.status === "draft")));
    assert.ok(DEMO_PAGES.some((p) => p.isPublished === false));
    assert.equal(new Set(DEMO_PAGES.map((p) => p.slug)).size, DEMO_PAGES.length);
  });

  test("fits what the page editor accepts", () => {
    for (const page of DEMO_PAGES) {
      for (const { locale, fields } of page.translations) {
        assert.ok(fields.title.length > 0 && fields.title.length <= 200, `${page.slug} ${locale} title`);
        assert.ok(fields.summary.length <= 500, `${page.slug} ${locale} summary`);
      }
    }
  });
});

for (const engine of ENGINES) {
  describe(`the demo network (${engine})`, () => {
    let t: TestApp;
    before(async () => {
      t = await startTestApp(engine, { demo: true });
    });
    after(() => t.cleanup());

    const get = (url: string) => t.app.inject({ method: "GET", url });

    test("the home page is in the language of its address", async () => {
      const en = fieldsOf("home", "en");
      const ru = fieldsOf("home", "ru");
      const english = await get("/en/");
      assert.equal(english.statusCode, 200);
      assert.match(english.body, /<html lang="en"/);
      assert.ok(english.body.includes(html(en.title)));
      assert.ok(!english.body.includes(html(ru.title)));
      const russian = await get("/ru/");
      assert.equal(russian.statusCode, 200);
      assert.match(russian.body, /<html lang="ru"/);
      assert.ok(russian.body.includes(html(ru.title)));
      assert.ok(russian.body.includes(html(ru.summary)));
      assert.ok(!russian.body.includes(html(en.title)));
    });

    test("a page with no Lithuanian text is shown in English, with a notice saying so", async () => {
      assert.ok(!demoPage("about").translations.some((tr) => tr.locale === "lt"));
      const en = fieldsOf("about", "en");
      const res = await get("/lt/pages/about");
      assert.equal(res.statusCode, 200);
      assert.ok(res.body.includes(html(en.title)));
      assert.ok(res.body.includes(html(en.summary)));
      assert.match(res.body, /<article class="page" lang="en"/);
      const notice = translate("lt", "content.fallback", { language: LOCALE_INFO.en.name });
      assert.ok(res.body.includes(html(notice)), "the fallback notice is shown");
      const russian = await get("/ru/pages/about");
      assert.ok(russian.body.includes(html(fieldsOf("about", "ru").title)));
      assert.ok(!russian.body.includes('class="fallback"'), "no notice when the page is in the reader's language");
    });

    test("a page in Lithuanian is shown in Lithuanian", async () => {
      const lt = fieldsOf("roma-health-seminar-sofia-2008", "lt");
      const res = await get("/lt/pages/roma-health-seminar-sofia-2008");
      assert.equal(res.statusCode, 200);
      assert.ok(res.body.includes(html(lt.title)));
      assert.match(res.body, /<article class="page" lang="lt"/);
      assert.ok(!res.body.includes('class="fallback"'));
    });

    test("a draft translation is not shown to readers", async () => {
      const slug = "women-who-use-drugs-workshops-2023";
      const draft = demoPage(slug).translations.find((tr) => tr.status === "draft");
      assert.ok(draft);
      const res = await get(localePath(draft.locale, `/pages/${slug}`));
      assert.equal(res.statusCode, 200);
      assert.ok(!res.body.includes(html(draft.fields.title)));
      assert.ok(res.body.includes('class="fallback"'));
      assert.ok(!switcherLanguages(res.body).includes(draft.locale));
    });

    test("the unpublished page is not found, in any language, and not listed", async () => {
      const hidden = DEMO_PAGES.find((p) => p.isPublished === false);
      assert.ok(hidden);
      for (const { locale } of hidden.translations) {
        const res = await get(localePath(locale, `/pages/${hidden.slug}`));
        assert.equal(res.statusCode, 404);
        assert.ok(!res.body.includes(html(hidden.translations[0]?.fields.title ?? "")));
      }
      const home = await get("/en/");
      assert.ok(!home.body.includes(`/pages/${hidden.slug}`));
    });

    test("the language switcher lists only the languages the page exists in", async () => {
      const res = await get("/en/pages/roma-health-seminar-sofia-2008");
      assert.equal(res.statusCode, 200);
      assert.deepEqual(switcherLanguages(res.body), ["en", "lt", "ru"]);
      assert.deepEqual(alternateLanguages(res.body), ["en", "lt", "ru"]);
      assert.ok(res.body.includes('href="/lt/pages/roma-health-seminar-sofia-2008"'));
      assert.ok(!res.body.includes('href="/fr/pages/roma-health-seminar-sofia-2008"'));
      const covid = await get("/fr/pages/covid-19-harm-reduction-webinar");
      assert.deepEqual(switcherLanguages(covid.body), ["en", "fr"]);
      assert.ok(covid.body.includes(html(fieldsOf("covid-19-harm-reduction-webinar", "fr").title)));
    });

    test("every published translation can be read at its own address", async () => {
      for (const page of DEMO_PAGES.filter((p) => p.isPublished !== false)) {
        const readable = page.translations.filter((tr) => tr.status !== "draft").map((tr) => tr.locale);
        for (const { locale, fields, status } of page.translations) {
          if (status === "draft") continue;
          const res = await get(localePath(locale, `/pages/${page.slug}`));
          assert.equal(res.statusCode, 200, `${locale} ${page.slug}`);
          assert.ok(res.body.includes(html(fields.title)), `${locale} ${page.slug} shows its title`);
          const isOutdated = page.revisedSource !== undefined && locale !== page.translations[0]?.locale;
          assert.equal(res.body.includes('class="fallback"'), isOutdated, `${locale} ${page.slug}: a notice only when outdated`);
          if (readable.length > 1) assert.deepEqual(switcherLanguages(res.body), [...readable].sort(), `${locale} ${page.slug} switcher`);
        }
      }
    });
  });
}

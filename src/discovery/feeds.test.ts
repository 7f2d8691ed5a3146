import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import type { Actor } from "../access/policy.ts";
import { saveProfile, saveSeries, saveTopic } from "../catalogue/catalogue.ts";
import { createPage, saveTranslation, setPagePublished } from "../content/pages.ts";
import { createPerson, TestClient } from "../testing/client.ts";
import { ENGINES, startTestApp, type TestApp } from "../testing/harness.ts";
import { writeFeed } from "./feeds.ts";
import { planSitemap, sitemapEntries } from "./sitemap.ts";
import { insertPost } from "./test-rows.ts";

const LISTS = new Set(["item", "entry", "url", "xhtml:link", "link", "category", "sitemap"]);
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", isArray: (name) => LISTS.has(name) });

type Node = Record<string, unknown>;

function parseXml(body: string): Node {
  assert.equal(XMLValidator.validate(body), true, "well-formed XML");
  return parser.parse(body) as Node;
}

function text(value: unknown): string {
  if (value && typeof value === "object" && "#text" in value) return String((value as Node)["#text"]);
  return String(value);
}

for (const engine of ENGINES) {
  describe(`feeds, sitemap and robots.txt (${engine})`, () => {
    let t: TestApp;
    let actor: Actor;
    let client: TestClient;
    const at = "2026-08-01T08:00:00.000Z";
    const base = () => t.config.baseUrl.origin;

    before(async () => {
      t = await startTestApp(engine);
      const admin = await createPerson(t.services, "admin");
      actor = { id: admin.id, role: "admin", locales: [] };
      client = new TestClient(t.app);
      const policy = await saveTopic(t.services, actor, null, { slug: "drug-policy", name: { en: "Drug policy", ru: "Наркополитика" } });
      await saveSeries(t.services, actor, null, {
        slug: "police-and-ngos",
        programmeId: null,
        title: { en: "Police and NGOs" },
        description: {},
      });
      const prisons = await saveTopic(t.services, actor, null, { slug: "prisons", name: { en: "Prisons", ru: "Тюрьмы" } });
      const author = await saveProfile(t.services, actor, null, {
        slug: "milutin",
        name: "Milutin Milošević",
        organisationId: null,
        position: {},
        bio: {},
      });
      await insertPost(t.services.db, {
        slug: "drug-checking-in-belgrade",
        at,
        authorProfileId: author.id,
        topicIds: [policy.id, prisons.id],
        texts: {
          en: { title: "Drug checking comes to Belgrade", summary: "A pilot with partners.", publishedAt: "2026-10-01T09:00:00.000Z" },
          ru: { title: "Проверка веществ в Белграде", summary: "Пилотный проект.", publishedAt: "2026-10-05T09:00:00.000Z" },
        },
      });
      await insertPost(t.services.db, {
        slug: "prison-health-report",
        at,
        topicIds: [prisons.id],
        texts: {
          en: {
            title: "Prison health: <b>report</b> & summary",
            summary: "Findings <i>in brief</i>.",
            publishedAt: "2026-11-01T09:00:00.000Z",
          },
        },
      });
      await insertPost(t.services.db, {
        slug: "older-statement",
        at,
        texts: { en: { title: "An older statement", status: "outdated", publishedAt: "2026-08-01T09:00:00.000Z" } },
      });
      await insertPost(t.services.db, { slug: "unfinished-draft", at, texts: { en: { title: "Unfinished draft" } } });
      await insertPost(t.services.db, {
        slug: "next-month",
        at,
        texts: { en: { title: "Scheduled for next month", publishedAt: "2026-12-01T09:00:00.000Z" } },
      });
      await insertPost(t.services.db, {
        slug: "only-in-russian",
        sourceLocale: "ru",
        at,
        topicIds: [policy.id],
        texts: { ru: { title: "Только по-русски", publishedAt: "2026-09-01T09:00:00.000Z" } },
      });

      const about = await createPage(t.services, actor, {
        slug: "about-us",
        sourceLocale: "en",
        title: "About us",
        summary: "Who we are.",
        body: "",
      });
      for (const [locale, title] of [
        ["ru", "О нас"],
        ["sr-Cyrl", "О нама"],
      ] as const) {
        await saveTranslation(t.services, actor, about.id, locale, { title, summary: "", body: "", status: "published" });
      }
      await saveTranslation(t.services, actor, about.id, "fr", { title: "À propos", summary: "", body: "", status: "draft" });
      await setPagePublished(t.services, actor, about.id, true);
      await createPage(t.services, actor, { slug: "unpublished-page", sourceLocale: "en", title: "Not yet", summary: "", body: "" });
    });
    after(() => t.cleanup());

    test("the RSS feed lists the posts public in its language, newest first, with absolute links", async () => {
      const res = await client.get("/en/feed.xml");
      assert.equal(res.statusCode, 200);
      assert.equal(res.headers["content-type"], "application/rss+xml; charset=utf-8");
      assert.match(String(res.headers["cache-control"]), /max-age=/);
      const channel = (parseXml(res.body).rss as Node).channel as Node;
      assert.equal(text(channel.link), `${base()}/en/news`);
      assert.equal(text(channel.language), "en");
      const self = channel["atom:link"] as Node[] | Node as Node;
      assert.equal((Array.isArray(self) ? self[0] : self)["@href"], `${base()}/en/feed.xml`);
      const items = channel.item as Node[];
      assert.deepEqual(
        items.map((i) => text(i.link)),
        [`${base()}/en/news/prison-health-report`, `${base()}/en/news/drug-checking-in-belgrade`, `${base()}/en/news/older-statement`],
      );
      const [report, checking] = items as [Node, Node];
      assert.equal(text(report.title), "Prison health: <b>report</b> & summary", "a title is text, never markup");
      assert.equal(text(report.guid), `${base()}/en/news/prison-health-report`);
      assert.equal(text(checking.pubDate), new Date("2026-10-01T09:00:00.000Z").toUTCString());
      assert.equal(checking.author, undefined, "an RSS <author> must be an email address");
      assert.equal(text(checking["dc:creator"]), "Milutin Milošević");
      assert.deepEqual((checking.category as unknown[]).map(text), ["Drug policy", "Prisons"]);
      assert.equal(text(report.description), "Findings &lt;i&gt;in brief&lt;/i&gt;.", "the summary is escaped HTML");
    });

    test("the Atom feed in Russian lists only Russian texts, with Russian topic names", async () => {
      const res = await client.get("/ru/feed.atom");
      assert.equal(res.statusCode, 200);
      assert.equal(res.headers["content-type"], "application/atom+xml; charset=utf-8");
      const feed = parseXml(res.body).feed as Node;
      const links = feed.link as Node[];
      assert.ok(links.some((l) => l["@rel"] === "self" && l["@href"] === `${base()}/ru/feed.atom`));
      assert.ok(links.some((l) => l["@rel"] === "alternate" && l["@href"] === `${base()}/ru/news`));
      const entries = feed.entry as Node[];
      assert.deepEqual(
        entries.map((e) => text(e.id)),
        [`${base()}/ru/news/drug-checking-in-belgrade`, `${base()}/ru/news/only-in-russian`],
      );
      const first = entries[0] as Node;
      assert.equal(text(first.title), "Проверка веществ в Белграде");
      assert.equal(text(first.published), "2026-10-01T09:00:00.000Z");
      assert.deepEqual(
        (first.category as Node[]).map((c) => c["@label"]),
        ["Наркополитика", "Тюрьмы"],
      );
    });

    test("a topic's feeds list only the posts of that topic; an unknown topic has none", async () => {
      const rss = parseXml((await client.get("/en/topics/drug-policy/feed.xml")).body);
      const channel = (rss.rss as Node).channel as Node;
      assert.equal(text(channel.link), `${base()}/en/topics/drug-policy`);
      assert.deepEqual(
        (channel.item as Node[]).map((i) => text(i.title)),
        ["Drug checking comes to Belgrade"],
      );
      const atom = parseXml((await client.get("/ru/topics/drug-policy/feed.atom")).body).feed as Node;
      assert.match(text(atom.title), /Наркополитика/);
      assert.equal((atom.entry as Node[]).length, 2);
      assert.equal((await client.get("/en/topics/no-such-topic/feed.xml")).statusCode, 404);
      assert.equal((await client.get("/en/topics/no-such-topic/feed.atom")).statusCode, 404);
    });

    test("a feed with nothing in it is still a valid feed", async () => {
      const res = await client.get("/lt/feed.xml");
      assert.equal(res.statusCode, 200);
      const channel = (parseXml(res.body).rss as Node).channel as Node;
      assert.equal(channel.item, undefined);
    });

    test("sitemap.xml lists each public thing once per language, with hreflang alternates", async () => {
      const res = await client.get("/sitemap.xml");
      assert.equal(res.statusCode, 200);
      assert.equal(res.headers["content-type"], "application/xml; charset=utf-8");
      const urls = (parseXml(res.body).urlset as Node).url as Node[];
      const byLoc = new Map(urls.map((u) => [text(u.loc), u]));
      assert.equal(byLoc.size, urls.length, "no address twice");

      const about = ["en", "ru", "sr-cyrl"].map((segment) => `${base()}/${segment}/pages/about-us`);
      for (const loc of about) {
        const url = byLoc.get(loc);
        assert.ok(url, loc);
        assert.ok(text(url.lastmod));
        const alternates = (url["xhtml:link"] as Node[]).map((l) => [l["@hreflang"], l["@href"]]);
        assert.deepEqual(alternates, [
          ["en", about[0]],
          ["ru", about[1]],
          ["sr-Cyrl", about[2]],
          ["x-default", about[0]],
        ]);
      }
      assert.ok(!byLoc.has(`${base()}/fr/pages/about-us`), "a draft translation is not listed");
      assert.ok(![...byLoc.keys()].some((l) => l.includes("unpublished-page")));

      // Posts: each language as it is public; drafts and scheduled posts not at all.
      assert.ok(byLoc.has(`${base()}/en/news/drug-checking-in-belgrade`));
      assert.ok(byLoc.has(`${base()}/ru/news/drug-checking-in-belgrade`));
      assert.ok(!byLoc.has(`${base()}/fr/news/drug-checking-in-belgrade`));
      assert.ok(byLoc.has(`${base()}/ru/news/only-in-russian`));
      assert.ok(!byLoc.has(`${base()}/en/news/only-in-russian`));
      const russianOnly = byLoc.get(`${base()}/ru/news/only-in-russian`) as Node;
      assert.deepEqual(
        (russianOnly["xhtml:link"] as Node[]).map((l) => l["@hreflang"]),
        ["ru", "x-default"],
      );
      assert.ok(![...byLoc.keys()].some((l) => l.includes("unfinished-draft") || l.includes("next-month")));

      // Home pages, topics, series and people in every language of the site.
      for (const segment of ["en", "ru", "uk", "sr-latn", "sr-cyrl", "lt", "fr"]) {
        assert.ok(byLoc.has(`${base()}/${segment}/`), segment);
        assert.ok(byLoc.has(`${base()}/${segment}/series/police-and-ngos`), segment);
        assert.ok(byLoc.has(`${base()}/${segment}/topics/drug-policy`), segment);
        assert.ok(byLoc.has(`${base()}/${segment}/people/milutin`), segment);
      }

      // The scheduled post appears once its time has come.
      t.clock.set("2026-12-01T10:00:00.000Z");
      assert.ok((await client.get("/sitemap.xml")).body.includes(`${base()}/en/news/next-month`));
    });

    test("a large sitemap is split into numbered files that together list everything once", async () => {
      const site = t.config;
      const now = t.clock.now();
      const whole = await planSitemap(t.services.db, site, now);
      assert.equal(whole.files, 1);
      const all = (await sitemapEntries(t.services.db, site, now, whole, 1)).map((e) => e.path);

      const small = await planSitemap(t.services.db, site, now, 3 * site.locales.length);
      assert.ok(small.files > 1);
      const parts: string[] = [];
      for (let n = 1; n <= small.files; n++) {
        const entries = await sitemapEntries(t.services.db, site, now, small, n);
        assert.ok(entries.length <= 3);
        parts.push(...entries.map((e) => e.path));
      }
      assert.deepEqual(parts, all);

      assert.equal((await client.get("/sitemap-1.xml")).statusCode, 200);
      assert.equal((await client.get("/sitemap-2.xml")).statusCode, 404);
      assert.equal((await client.get("/sitemap-x.xml")).statusCode, 404);
    });

    test("robots.txt keeps crawlers out of the admin and the API and points to the sitemap", async () => {
      const res = await client.get("/robots.txt");
      assert.equal(res.statusCode, 200);
      assert.match(String(res.headers["content-type"]), /^text\/plain/);
      const lines = res.body.split("\n");
      for (const line of ["User-agent: *", "Disallow: /admin", "Disallow: /api/", `Sitemap: ${base()}/sitemap.xml`]) {
        assert.ok(lines.includes(line), line);
      }
    });

    test("a public page names its canonical address, languages and Open Graph card, and offers its poster", async () => {
      const res = await client.get("/ru/pages/about-us");
      assert.equal(res.statusCode, 200);
      assert.ok(res.body.includes(`<link rel="canonical" href="${base()}/ru/pages/about-us"/>`));
      assert.ok(res.body.includes(`<link rel="alternate" hreflang="sr-Cyrl" href="${base()}/sr-cyrl/pages/about-us"/>`));
      assert.ok(res.body.includes('<meta property="og:title" content="О нас"/>'));
      assert.ok(res.body.includes(`<meta property="og:url" content="${base()}/ru/pages/about-us"/>`));
      assert.ok(res.body.includes('href="/ru/pages/about-us/poster.pdf"'));
      assert.ok(res.body.includes('href="/sr-cyrl/pages/about-us/poster.pdf"'), "posters in the page's other languages");
    });

    test("/favicon.ico answers with a small icon", async () => {
      const res = await t.app.inject({ method: "GET", url: "/favicon.ico" });
      assert.equal(res.statusCode, 200);
      assert.equal(res.headers["content-type"], "image/x-icon");
      const bytes = res.rawPayload;
      assert.deepEqual([...bytes.subarray(0, 4)], [0, 0, 1, 0], "an ICO file");
      const count = bytes.readUInt16LE(4);
      assert.ok(count >= 1);
      const sizes = Array.from({ length: count }, (_, i) => bytes[6 + i * 16] || 256);
      assert.ok(sizes.includes(16) || sizes.includes(32), `sizes ${sizes}`);
      assert.ok(bytes.length < 20_000);
    });

    test("a fallback page's canonical address is in the language its text is really in", async () => {
      const french = await client.get("/fr/pages/about-us");
      assert.equal(french.statusCode, 200);
      assert.ok(french.body.includes("About us"), "French has only a draft, so the English text is shown");
      assert.ok(french.body.includes(`<link rel="canonical" href="${base()}/en/pages/about-us"/>`));
      assert.ok(french.body.includes(`<meta property="og:url" content="${base()}/en/pages/about-us"/>`));
      assert.ok(!french.body.includes(`rel="canonical" href="${base()}/fr/`));
    });

    test("a title with line breaks, CDATA ends and markup stays one whole title in RSS and Atom; Atom says its language", async () => {
      const title = "Statement]]><item><title>Forged</title></item>\r\nBEGIN:VEVENT & <b>more</b>]]>";
      await insertPost(t.services.db, {
        slug: "hostile-title",
        at,
        texts: { lt: { title, summary: "Santrauka ]]> <i>trumpai</i>.", publishedAt: "2026-10-10T09:00:00.000Z" } },
      });
      // XML reads a CR LF pair as one LF; every other character must come back as written.
      const expected = title.replace(/\r\n/g, "\n");
      const rss = parseXml((await client.get("/lt/feed.xml")).body);
      const items = ((rss.rss as Node).channel as Node).item as Node[];
      assert.equal(items.length, 1, "no forged item");
      assert.equal(text((items[0] as Node).title), expected);
      const atomBody = (await client.get("/lt/feed.atom")).body;
      const atom = parseXml(atomBody).feed as Node;
      assert.equal(atom["@xml:lang"], "lt");
      const entries = atom.entry as Node[];
      assert.equal(entries.length, 1);
      assert.equal(text((entries[0] as Node).title), expected);
      assert.equal(text((entries[0] as Node).summary), "Santrauka ]]> <i>trumpai</i>.");
    });
  });
}

test("a topic's name in the RSS channel description is escaped as HTML, as item descriptions are", () => {
  const name = "<img src=x onerror=alert(1)>";
  const input = {
    locale: "en" as const,
    baseUrl: new URL("https://outreach.example/"),
    siteName: "Outreach",
    title: name,
    description: `News on ${name}`,
    pagePath: "/topics/x",
    topicSlug: "x",
    posts: [],
    now: new Date("2026-11-22T10:00:00.000Z"),
  };
  const channel = (parseXml(writeFeed("rss", input)).rss as Node).channel as Node;
  assert.equal(text(channel.description), "News on &lt;img src=x onerror=alert(1)&gt;", "a reader that takes it as HTML shows the text");
  const feed = parseXml(writeFeed("atom", input)).feed as Node;
  assert.equal(text(feed.subtitle), `News on ${name}`, "Atom's subtitle is text and stays as it is");
});

import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { DateTime } from "luxon";
import { findSeries } from "../catalogue/catalogue.ts";
import { findEventBySlug, listEventTranslations } from "../events/events.ts";
import type { Event } from "../events/model.ts";
import { listOccurrences } from "../events/occurrences.ts";
import { countRegistrations } from "../events/registration/organiser-list.ts";
import { listSessionPeople, listSessions } from "../events/sessions.ts";
import { LOCALE_INFO, type Locale, localePath } from "../i18n/locales.ts";
import { translate } from "../i18n/messages.ts";
import { utcToLocal } from "../i18n/zones.ts";
import { findUserByEmail } from "../people/accounts.ts";
import { ENGINES, startTestApp, type TestApp } from "../testing/harness.ts";
import { demoEvents } from "./events.ts";
import { COVID_WEBINAR_SLUG } from "./events-covid.ts";
import { UPCOMING_TRAINING_SLUG, UPCOMING_WEBINAR_SLUG } from "./events-upcoming.ts";
import { DEMO_PAGES } from "./pages.ts";
import { DEMO_POSTS } from "./posts.ts";

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

/** The events of the seeds, with the languages their texts are promised in. */
const SEED_EVENTS: Record<string, string[]> = {
  "roma-health-seminar-sofia-2008": ["en", "lt", "ru"],
  "employing-people-who-use-drugs-bangkok-2014": ["en", "ru"],
  [COVID_WEBINAR_SLUG]: ["en", "fr", "ru"],
  "police-and-ngos-minsk-2016": ["en", "ru"],
  "police-and-ngos-almaty-2016": ["en", "ru"],
  "police-and-ngos-tbilisi-2016": ["en", "ru"],
  "police-and-ngos-dushanbe-2016": ["en", "ru"],
};

const EVENT_SPECS = demoEvents(new Date("2026-11-22T10:00:00.000Z"));

describe("the demo network's content", () => {
  test("shows what it is there to show: missing languages, a draft translation and a post not yet published", () => {
    assert.ok(DEMO_PAGES.every((p) => p.translations[0]?.locale === "en"));
    assert.ok(DEMO_PAGES.some((p) => !p.translations.some((t) => t.locale === "lt")));
    assert.ok(DEMO_POSTS.some((p) => !p.translations.some((t) => t.locale === "ru")));
    assert.ok(DEMO_PAGES.some((p) => p.translations.some((t) => t.status === "draft")));
    assert.ok(DEMO_POSTS.some((p) => p.isDraft === true));
    assert.equal(new Set(DEMO_PAGES.map((p) => p.slug)).size, DEMO_PAGES.length);
  });

  test("the seed events are events, not pages, and links lead to them", () => {
    const eventSlugs = new Set(EVENT_SPECS.map((e) => e.slug));
    assert.equal(eventSlugs.size, EVENT_SPECS.length, "event slugs are unique");
    for (const slug of Object.keys(SEED_EVENTS)) {
      assert.ok(eventSlugs.has(slug), `${slug} is an event`);
      assert.ok(!DEMO_PAGES.some((p) => p.slug === slug), `${slug} is no longer a page`);
    }
    const pageSlugs = new Set(DEMO_PAGES.map((p) => p.slug));
    for (const page of DEMO_PAGES) {
      for (const { locale, fields } of page.translations) {
        for (const [, kind, slug] of fields.body.matchAll(/\]\(\/[a-z-]+\/(pages|events)\/([a-z0-9-]+)\)/g)) {
          const exists = kind === "pages" ? pageSlugs.has(slug ?? "") : eventSlugs.has(slug ?? "");
          assert.ok(exists, `${page.slug} (${locale}) links to /${kind}/${slug}, which the demo has`);
        }
      }
    }
  });

  test("event texts fit what the event editor accepts, and each names its source language first", () => {
    for (const event of EVENT_SPECS) {
      assert.ok(event.texts.length > 0, event.slug);
      assert.equal(new Set(event.texts.map((t) => t.locale)).size, event.texts.length, `${event.slug}: one text per language`);
      for (const { locale, fields } of event.texts) {
        assert.ok(fields.title.length > 0 && fields.title.length <= 200, `${event.slug} ${locale} title`);
        assert.ok(fields.summary.length <= 500, `${event.slug} ${locale} summary`);
        assert.ok(fields.objectives.split("\n").length >= 3, `${event.slug} ${locale} objectives`);
      }
      for (const session of event.sessions) {
        for (const { locale } of event.texts) assert.ok(session.title[locale], `${event.slug}: a session title in ${locale}`);
      }
    }
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

    test("a page in Serbian Cyrillic is shown in Serbian Cyrillic", async () => {
      const slug = "privacy";
      const cyrillic = fieldsOf(slug, "sr-Cyrl");
      const res = await get(localePath("sr-Cyrl", `/pages/${slug}`));
      assert.equal(res.statusCode, 200);
      assert.ok(res.body.includes(html(cyrillic.title)));
      assert.match(res.body, /<article class="page" lang="sr-Cyrl"/);
      assert.ok(!res.body.includes('class="fallback"'));
    });

    test("a draft translation is not shown to readers", async () => {
      const slug = "programmes";
      const draft = demoPage(slug).translations.find((tr) => tr.status === "draft");
      assert.ok(draft);
      const res = await get(localePath(draft.locale, `/pages/${slug}`));
      assert.equal(res.statusCode, 200);
      assert.ok(!res.body.includes(html(draft.fields.title)));
      assert.ok(res.body.includes('class="fallback"'));
      assert.ok(!switcherLanguages(res.body).includes(draft.locale));
    });

    test("the post left as a draft is not found, in any language, and not listed", async () => {
      const hidden = DEMO_POSTS.find((p) => p.isDraft === true);
      assert.ok(hidden);
      for (const { locale } of hidden.translations) {
        const res = await get(localePath(locale, `/news/${hidden.slug}`));
        assert.equal(res.statusCode, 404);
        assert.ok(!res.body.includes(html(hidden.translations[0]?.fields.title ?? "")));
      }
      const news = await get("/en/news");
      assert.ok(!news.body.includes(`/news/${hidden.slug}`));
    });

    test("the language switcher lists only the languages the page exists in", async () => {
      const slug = "privacy";
      const languages = demoPage(slug)
        .translations.map((tr) => tr.locale)
        .sort();
      const res = await get(`/en/pages/${slug}`);
      assert.equal(res.statusCode, 200);
      assert.deepEqual(switcherLanguages(res.body), languages);
      assert.deepEqual(alternateLanguages(res.body), languages);
      assert.ok(res.body.includes(`href="/uk/pages/${slug}"`));
      assert.ok(!res.body.includes(`href="/lt/pages/${slug}"`));
      assert.ok(!res.body.includes(`href="/fr/pages/${slug}"`));
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

    async function event(slug: string): Promise<Event> {
      const found = await findEventBySlug(t.services.db, slug);
      assert.ok(found, `the demo has the event ${slug}`);
      return found;
    }

    async function peopleOf(slug: string): Promise<{ name: string; role: string }[]> {
      const sessions = await listSessions(t.services.db, (await event(slug)).id);
      const rows = await listSessionPeople(
        t.services.db,
        sessions.map((s) => s.id),
      );
      const profiles = await t.services.db.selectFrom("profiles").select(["id", "name"]).execute();
      const names = new Map(profiles.map((p) => [p.id, p.name]));
      return rows.map((r) => ({ name: names.get(r.profile_id) ?? "?", role: r.role }));
    }

    test("the seed events are published, owned by the demo organiser, with agendas and texts in their languages", async () => {
      const organiser = await findUserByEmail(t.services, "organiser@example.org");
      assert.equal(organiser?.role, "organiser");
      for (const [slug, locales] of Object.entries(SEED_EVENTS)) {
        const found = await event(slug);
        assert.ok(found.isPublished, `${slug} is published`);
        assert.equal(found.ownerId, organiser?.id, `${slug} belongs to the demo organiser`);
        assert.ok((await listSessions(t.services.db, found.id)).length >= 5, `${slug} has an agenda`);
        const texts = await listEventTranslations(t.services.db, found.id);
        assert.deepEqual(texts.map((tr) => tr.locale).sort(), locales, `${slug}: texts in ${locales.join(", ")}`);
        assert.ok(
          texts.every((tr) => tr.status === "published" && tr.objectives.trim() !== ""),
          `${slug}: published, with objectives`,
        );
        assert.equal((await listOccurrences(t.services.db, found.id)).length >= 1, true);
      }
    });

    test("the webinar and the Bangkok workshop name their speakers and facilitators", async () => {
      const speakers = (await peopleOf(COVID_WEBINAR_SLUG)).filter((p) => p.role === "speaker").map((p) => p.name);
      for (const name of ["Monica Ciupagea", "Annette Verster", "Mat Southwell", "Judy Chang", "Joumana Hermez", "Naomi Burke-Shyne"]) {
        assert.ok(speakers.includes(name), `${name} speaks at the webinar`);
      }
      const facilitators = (await peopleOf("employing-people-who-use-drugs-bangkok-2014")).filter((p) => p.role === "facilitator");
      assert.deepEqual([...new Set(facilitators.map((p) => p.name))].sort(), ["Charanjit Sharma", "Maryna Braga", "Mat Southwell"]);
    });

    test("the 2020 webinar runs at 09:00 and 16:30 Paris time", async () => {
      const webinar = await event(COVID_WEBINAR_SLUG);
      assert.equal(webinar.timeZone, "Europe/Paris");
      const times = (await listOccurrences(t.services.db, webinar.id)).map((o) => utcToLocal(o.startsAt, "Europe/Paris"));
      assert.deepEqual(times, ["2020-04-06T09:00", "2020-04-06T16:30"]);
      const body = (await listEventTranslations(t.services.db, webinar.id)).find((tr) => tr.locale === "en")?.body ?? "";
      assert.match(body, /400 people registered, from 230 organisations in 56 countries/);
      assert.doesNotMatch(body, /CET/, "the text names no zone the day was not in");
    });

    test("the police meetings are four events of one series in their own cities' zones", async () => {
      const series = await findSeries(t.services.db, { slug: "police-and-ngos-2016" });
      assert.ok(series);
      const events = await t.services.db
        .selectFrom("events")
        .select(["slug", "time_zone", "kind", "is_published"])
        .where("series_id", "=", series.id)
        .orderBy("starts_at")
        .execute();
      assert.deepEqual(
        events.map((e) => [e.slug, e.time_zone, e.kind, e.is_published]),
        [
          ["police-and-ngos-minsk-2016", "Europe/Minsk", "meeting", 1],
          ["police-and-ngos-almaty-2016", "Asia/Almaty", "meeting", 1],
          ["police-and-ngos-tbilisi-2016", "Asia/Tbilisi", "meeting", 1],
          ["police-and-ngos-dushanbe-2016", "Asia/Dushanbe", "meeting", 1],
        ],
      );
      assert.ok(series.programmeId, "the series belongs to a programme");
    });

    test("the upcoming webinar's afternoon session is full, with one person waiting", async () => {
      const webinar = await event(UPCOMING_WEBINAR_SLUG);
      assert.ok(webinar.isPublished && webinar.allowsPseudonymous);
      const occurrences = await listOccurrences(t.services.db, webinar.id);
      const local = occurrences.map((o) => DateTime.fromISO(o.startsAt, { zone: "utc" }).setZone("Europe/Paris"));
      assert.deepEqual(
        local.map((d) => [d.weekday, d.toFormat("HH:mm")]),
        [
          [1, "09:00"],
          [1, "16:30"],
        ],
      );
      const daysAhead = (Date.parse(occurrences[0]?.startsAt ?? "") - t.clock.now().getTime()) / 86_400_000;
      assert.ok(daysAhead >= 21 && daysAhead < 29, `the webinar is three to four weeks ahead (${daysAhead.toFixed(1)} days)`);
      const [morning, afternoon] = occurrences;
      assert.deepEqual([morning?.capacity, afternoon?.capacity], [100, 3]);
      assert.equal(afternoon?.confirmedCount, 3);
      const counts = await countRegistrations(t.services.db, webinar.id);
      assert.deepEqual(
        { confirmed: counts.get(afternoon?.id ?? "")?.confirmed, waitlisted: counts.get(afternoon?.id ?? "")?.waitlisted },
        { confirmed: 3, waitlisted: 1 },
      );
      assert.equal(morning?.confirmedCount, counts.get(morning?.id ?? "")?.confirmed);
      assert.deepEqual(afternoon?.reminders, [1440, 60]);
      assert.match(afternoon?.joinUrl ?? "", /^https:\/\/meet\.example\.org\//);
    });

    test("every seed event's page can be read in each of its languages", async () => {
      for (const [slug, locales] of Object.entries(SEED_EVENTS)) {
        const spec = EVENT_SPECS.find((e) => e.slug === slug);
        for (const locale of locales) {
          const title = spec?.texts.find((tr) => tr.locale === locale)?.fields.title ?? "";
          const res = await get(localePath(locale as Locale, `/events/${slug}`));
          assert.equal(res.statusCode, 200, `${locale} ${slug}`);
          assert.ok(res.body.includes(html(title)), `${locale} ${slug} shows its title`);
        }
      }
    });

    test("the upcoming training asks for approval and has people waiting for it", async () => {
      const training = await event(UPCOMING_TRAINING_SLUG);
      assert.ok(training.isPublished && training.requiresApproval);
      const [occurrence] = await listOccurrences(t.services.db, training.id);
      assert.ok(occurrence && occurrence.startsAt > t.clock.now().toISOString());
      assert.equal(occurrence.confirmedCount, 0);
      assert.equal((await countRegistrations(t.services.db, training.id)).get(occurrence.id)?.pending, 2);
    });
  });
}

import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import type { Actor } from "../access/policy.ts";
import { saveOrganisation, saveProfile, saveProgramme, saveSeries, saveTopic } from "../catalogue/catalogue.ts";
import { saveSession } from "../events/sessions.ts";
import { translate } from "../i18n/messages.ts";
import { createPost } from "../posts/posts.ts";
import { publishPostLanguage } from "../posts/publishing.ts";
import { createPerson, TestClient } from "../testing/client.ts";
import { createTestEvent } from "../testing/events.ts";
import { ENGINES, startTestApp, type TestApp } from "../testing/harness.ts";
import { readOrganisationHub, readPersonHub, readTopicHub } from "./read.ts";

/** Text as the page templates write it into HTML. */
function html(text: string): string {
  return text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;").replaceAll("'", "&#39;");
}

const FIRST_PAGES = { page: 1, newsPage: 1, libraryPage: 1 };

for (const engine of ENGINES) {
  describe(`hub pages (${engine})`, () => {
    let t: TestApp;
    let actor: Actor;

    before(async () => {
      // Ukrainian readers fall back to Russian before the site default; Serbian to the other script.
      t = await startTestApp(engine, { env: { OUTREACH_FALLBACKS: "uk=ru;sr-Cyrl=sr-Latn;sr-Latn=sr-Cyrl" } });
      const admin = await createPerson(t.services, "admin");
      actor = { id: admin.id, role: "admin", locales: [] };
      const mdm = await saveOrganisation(t.services, actor, null, {
        slug: "mdm",
        name: { en: "Médecins du Monde", fr: "Médecins du Monde" },
        shortName: "MdM",
        kind: "ngo",
        country: "FR",
        website: "https://www.medecinsdumonde.org",
        description: { en: "An international medical humanitarian organisation." },
      });
      const enpud = await saveOrganisation(t.services, actor, null, {
        slug: "enpud",
        name: { en: "European Network of People Who Use Drugs" },
        shortName: "EuroNPUD",
        kind: "network",
        country: null,
        website: null,
        description: {},
      });
      const speaker = await saveProfile(t.services, actor, null, {
        slug: "mat-southwell",
        name: "Mat Southwell",
        organisationId: enpud.id,
        position: { en: "Project Executive", ru: "Руководитель проектов" },
        bio: { en: "Works with drug user networks across Europe." },
      });
      const programme = await saveProgramme(t.services, actor, null, {
        slug: "covid-response",
        title: { en: "COVID-19 response" },
        description: { en: "Keeping harm reduction open during the pandemic." },
      });
      const series = await saveSeries(t.services, actor, null, {
        slug: "covid-webinars",
        programmeId: programme.id,
        title: { en: "COVID-19 webinars" },
        description: {},
      });
      const covid = await saveTopic(t.services, actor, null, { slug: "covid", name: { en: "COVID-19" } });
      const webinar = await createTestEvent(t.services, actor, {
        slug: "covid-webinar",
        overrides: {
          programmeId: programme.id,
          seriesId: series.id,
          organisations: [
            { organisationId: mdm.id, role: "host" },
            { organisationId: enpud.id, role: "co-organiser" },
          ],
          topicIds: [covid.id],
        },
      });
      await saveSession(t.services, actor, webinar.event.id, null, {
        kind: "presentation",
        day: 1,
        starts: "09:10",
        ends: "09:40",
        title: { en: "Community mobilisation in lockdown", ru: "Мобилизация сообщества в локдаун" },
        description: { en: "Examples from India and the United Kingdom." },
        room: "Main room",
        people: [{ profileId: speaker.id, role: "speaker" }],
      });
      await createTestEvent(t.services, actor, {
        slug: "past-seminar",
        overrides: {
          kind: "seminar",
          country: "FR",
          fields: { title: "Overdose prevention seminar", summary: "", body: "", objectives: "" },
        },
        occurrences: [{ startsAt: "2026-10-01T08:00:00.000Z", endsAt: "2026-10-01T12:00:00.000Z" }],
      });
    });
    after(() => t.cleanup());

    test("series, programme, organisation and speaker pages list their events", async () => {
      const client = new TestClient(t.app);
      const organisation = await client.get("/en/organisations/mdm");
      assert.equal(organisation.statusCode, 200);
      assert.ok(organisation.body.includes("Médecins du Monde"));
      assert.ok(organisation.body.includes('href="/en/events/covid-webinar"'));
      assert.ok(organisation.body.includes(translate("en", "site.organisation.role", { role: translate("en", "events.orgRole.host") })));
      const person = await client.get("/en/people/mat-southwell");
      assert.ok(person.body.includes("Mat Southwell"));
      assert.ok(person.body.includes("Project Executive"));
      assert.ok(person.body.includes('href="/en/organisations/enpud"'));
      assert.ok(person.body.includes("Community mobilisation in lockdown"));
      assert.ok(person.body.includes('href="/en/events/covid-webinar"'));
      const series = await client.get("/en/series/covid-webinars");
      assert.ok(series.body.includes('href="/en/events/covid-webinar"'));
      assert.ok(series.body.includes('href="/en/programmes/covid-response"'));
      const programme = await client.get("/en/programmes/covid-response");
      assert.ok(programme.body.includes('href="/en/series/covid-webinars"'));
      assert.ok(programme.body.includes('href="/en/events/covid-webinar"'));
      assert.ok(!programme.body.includes("Overdose prevention seminar"));
      for (const url of ["/en/organisations/nobody", "/en/people/nobody", "/en/series/none", "/en/programmes/none"]) {
        assert.equal((await client.get(url)).statusCode, 404, url);
      }
    });

    test("hubs list the posts that link to them, twenty to a page", async () => {
      const drugPolicy = await saveTopic(t.services, actor, null, {
        slug: "drug-policy",
        name: { en: "Drug policy", "sr-Cyrl": "Политика о дрогама" },
      });
      const org = await saveOrganisation(t.services, actor, null, {
        slug: "dpnsee",
        name: { en: "Drug Policy Network South East Europe" },
        shortName: "DPNSEE",
        kind: "network",
        country: "RS",
        website: null,
        description: {},
      });
      const programme = await saveProgramme(t.services, actor, null, {
        slug: "emergency",
        title: { en: "Emergency support" },
        description: {},
      });
      const author = await saveProfile(t.services, actor, null, {
        slug: "secretariat",
        name: "Network secretariat",
        organisationId: org.id,
        position: {},
        bio: {},
      });
      for (let i = 0; i < 23; i++) {
        const post = await createPost(t.services, actor, {
          slug: `item-${i}`,
          kind: i === 7 ? "statement" : "news",
          sourceLocale: "en",
          authorProfileId: i === 3 ? author.id : null,
          programmeId: i === 3 ? programme.id : null,
          topicIds: i % 2 === 0 ? [drugPolicy.id] : [],
          organisationIds: i === 3 ? [org.id] : [],
          eventIds: [],
          resourceIds: [],
          fields: { title: `Item number ${i}`, summary: "", body: "", cover_alt: "" },
        });
        if (i !== 22)
          await publishPostLanguage(t.services, actor, post.id, "en", {
            at: `2025-01-${String(i + 1).padStart(2, "0")}T10:00:00.000Z`,
          });
      }
      t.clock.advance(5_000);
      const visitor = new TestClient(t.app);
      const titles = (body: string) => [...body.matchAll(/>Item number (\d+)</g)].map((m) => Number(m[1]));
      const topic = await visitor.get("/en/topics/drug-policy");
      assert.equal(topic.statusCode, 200);
      assert.equal(titles(topic.body).length, 11, "the topic lists its posts");
      assert.ok(titles(topic.body).every((n) => n % 2 === 0));
      for (const hub of ["/en/organisations/dpnsee", "/en/programmes/emergency", "/en/people/secretariat"]) {
        const res = await visitor.get(hub);
        assert.equal(res.statusCode, 200, hub);
        assert.deepEqual(titles(res.body), [3], `${hub} lists its post`);
      }
      assert.equal((await visitor.get("/en/topics/no-such-topic")).statusCode, 404);
    });

    test("series and programme pages say when their texts are not in the reader's language, or transliterated", async () => {
      const programme = await saveProgramme(t.services, actor, null, {
        slug: "fund-it",
        title: { en: "Fund it", ru: "Финансируйте" },
        description: {},
      });
      await saveSeries(t.services, actor, null, {
        slug: "vebinari",
        programmeId: programme.id,
        title: { "sr-Latn": "Vebinari o smanjenju štete" },
        description: { "sr-Latn": "Njegoš i Ljubljana" },
      });
      const ru = await t.app.inject({ method: "GET", url: "/ru/programmes/fund-it" });
      assert.equal(ru.statusCode, 200);
      assert.doesNotMatch(ru.body, /class="fallback"/, "in the reader's language: no note");
      const fr = await t.app.inject({ method: "GET", url: "/fr/programmes/fund-it" });
      assert.match(fr.body, /<p class="fallback" role="note">[^<]*English/);
      const series = await t.app.inject({ method: "GET", url: "/en/series/vebinari" });
      assert.match(series.body, /<p class="fallback" role="note">[^<]*Srpski \(latinica\)/);
      const cyrillic = await t.app.inject({ method: "GET", url: "/sr-cyrl/series/vebinari" });
      assert.match(cyrillic.body, /<h1>Вебинари о смањењу штете<\/h1>/);
      assert.match(cyrillic.body, /Његош и Љубљана/);
      assert.match(cyrillic.body, /аутоматски пресловљен/);
    });

    test("a topic's name comes in the reader's script, or along the configured fallbacks", async () => {
      await saveTopic(t.services, actor, null, {
        slug: "naloxone",
        name: { en: "Naloxone", ru: "Налоксон", "sr-Cyrl": "Налоксон за све" },
      });
      const { config, db } = t.services;
      const now = t.clock.now();
      const name = async (locale: "sr-Latn" | "uk" | "fr") =>
        (await readTopicHub(db, "naloxone", FIRST_PAGES, now, locale, config))?.topic.name;
      assert.equal(await name("sr-Latn"), "Nalokson za sve", "Serbian Cyrillic, transliterated for a reader of Latin");
      assert.equal(await name("uk"), "Налоксон", "Ukrainian falls back to Russian, as configured");
      assert.equal(await name("fr"), "Naloxone", "no fallback configured: the site default");
      assert.equal(await readTopicHub(db, "no-such-topic", FIRST_PAGES, now, "en", config), undefined);
      const latin = await t.app.inject({ method: "GET", url: "/sr-latn/topics/naloxone" });
      assert.equal(latin.statusCode, 200);
      assert.match(latin.body, /<h1>Nalokson za sve<\/h1>/);
      const ukrainian = await t.app.inject({ method: "GET", url: "/uk/topics/naloxone" });
      assert.match(ukrainian.body, /<h1>Налоксон<\/h1>/);
    });

    test("organisation and person pages resolve their texts for the reader and say where they came from", async () => {
      await saveOrganisation(t.services, actor, null, {
        slug: "prevent",
        name: { "sr-Cyrl": "Превент мрежа", en: "Prevent" },
        shortName: "",
        kind: "ngo",
        country: "RS",
        website: "https://prevent.rs",
        description: { ru: "Сеть снижения вреда", en: "A harm reduction network" },
      });
      const { config, db } = t.services;
      const now = t.clock.now();
      const uk = await readOrganisationHub(db, "prevent", FIRST_PAGES, now, "uk", config);
      assert.equal(uk?.organisation.name, "Prevent", "no Ukrainian or Russian name: the site default");
      assert.equal(uk?.organisation.description, "Сеть снижения вреда", "the Russian description, as configured");
      assert.deepEqual(uk?.organisation.origin, { shownIn: "en", isTransliterated: false }, "the first text that fell back");
      assert.equal(uk?.organisation.website, "https://prevent.rs");
      const latin = await readOrganisationHub(db, "prevent", FIRST_PAGES, now, "sr-Latn", config);
      assert.equal(latin?.organisation.name, "Prevent mreža", "transliterated from Cyrillic");
      assert.deepEqual(latin?.organisation.origin, { shownIn: "sr-Cyrl", isTransliterated: true });
      const page = await t.app.inject({ method: "GET", url: "/sr-latn/organisations/prevent" });
      assert.ok(page.body.includes(html(translate("sr-Latn", "content.transliterated", { language: "Српски (ћирилица)" }))));

      const ru = await readPersonHub(db, "mat-southwell", FIRST_PAGES, now, "ru", config);
      assert.equal(ru?.person.position, "Руководитель проектов");
      assert.equal(ru?.person.bio, "Works with drug user networks across Europe.");
      assert.deepEqual(ru?.person.origin, { shownIn: "en", isTransliterated: false }, "the bio fell back to English");
      assert.equal(ru?.person.organisation?.name, "European Network of People Who Use Drugs");
      assert.deepEqual(
        [...(ru?.sessions.values() ?? [])].flat().map((s) => s.title),
        ["Мобилизация сообщества в локдаун"],
        "session titles in the reader's language",
      );
      const ukPage = await t.app.inject({ method: "GET", url: "/uk/people/mat-southwell" });
      assert.match(ukPage.body, /Руководитель проектов/, "Ukrainian falls back to Russian");
      assert.ok(ukPage.body.includes(html(translate("uk", "content.fallback", { language: "Русский" }))), "the first text that fell back");
      const en = await t.app.inject({ method: "GET", url: "/en/people/mat-southwell" });
      assert.doesNotMatch(en.body, /class="fallback"/, "in the reader's language: no note");
    });
  });
}

import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { createPage } from "../content/pages.ts";
import { saveSession } from "../events/sessions.ts";
import { createResource } from "../library/resources.ts";
import { createPost } from "../posts/posts.ts";
import { createPerson, type Person, signIn, TestClient } from "../testing/client.ts";
import { createTestEvent } from "../testing/events.ts";
import { ENGINES, startTestApp, type TestApp } from "../testing/harness.ts";
import { findProfile, findTopic, saveProfile, saveProgramme, saveSeries, saveTopic } from "./catalogue.ts";

const actorOf = (p: Person) => ({ id: p.id, role: p.role, locales: p.locales });

for (const engine of ENGINES) {
  describe(`translating the catalogue, and the translator's to-do list (${engine})`, () => {
    let t: TestApp;
    before(async () => {
      t = await startTestApp(engine);
    });
    after(() => t.cleanup());

    async function signedIn(role: "admin" | "translator", locales: ("ru" | "uk")[] = []) {
      const person = await createPerson(t.services, role, { locales });
      const client = new TestClient(t.app);
      await signIn(client, person, t.clock);
      return { person, client };
    }

    test("a Russian translator translates a topic and a speaker's bio; a change of the source shows as outdated with the diff", async () => {
      const { person: admin } = await signedIn("admin");
      const topic = await saveTopic(t.services, actorOf(admin), null, { slug: "drug-policy", name: { en: "Drug policy" } });
      const profile = await saveProfile(t.services, actorOf(admin), null, {
        slug: "ana",
        name: "Ana Petrović",
        organisationId: null,
        position: { en: "Outreach coordinator" },
        bio: { en: "Ana runs outreach in Belgrade." },
      });
      const { client } = await signedIn("translator", ["ru"]);

      const list = await client.get("/admin/catalogue-texts");
      assert.equal(list.statusCode, 200);
      assert.match(list.body, /Drug policy/);
      assert.ok(list.body.includes(`href="/admin/topics/${topic.id}/translate/ru"`));
      assert.ok(!list.body.includes(`href="/admin/topics/${topic.id}/translate/uk"`), "only the translator's own languages are links");

      const editor = await client.get(`/admin/topics/${topic.id}/translate/ru`);
      assert.equal(editor.statusCode, 200);
      assert.match(editor.body, /status-missing/);
      const saved = await client.post(`/admin/topics/${topic.id}/translate/ru`, {
        [`topic:${topic.id}:name`]: "Наркополитика",
        status: "published",
      });
      assert.equal(saved.statusCode, 303, saved.body.slice(0, 1500));
      assert.deepEqual((await findTopic(t.services.db, { id: topic.id }))?.name, { en: "Drug policy", ru: "Наркополитика" });

      const bio = await client.post(`/admin/profiles/${profile.id}/translate/ru`, {
        [`profile:${profile.id}:position`]: "Координатор аутрич-работы",
        [`profile:${profile.id}:bio`]: "Ана руководит аутрич-работой в Белграде.",
        status: "published",
      });
      assert.equal(bio.statusCode, 303);
      const person = await findProfile(t.services.db, { id: profile.id });
      assert.equal(person?.bio.ru, "Ана руководит аутрич-работой в Белграде.");
      assert.equal(person?.name, "Ana Petrović");

      await saveTopic(t.services, actorOf(admin), topic.id, {
        slug: "drug-policy",
        name: { en: "Drug policy reform", ru: "Наркополитика" },
      });
      const outdated = await client.get(`/admin/topics/${topic.id}/translate/ru`);
      assert.match(outdated.body, /status-outdated/);
      assert.match(outdated.body, /<ins>\s*reform<\/ins>|<ins> reform<\/ins>/);

      // Another language, or a setting of the entry, is refused.
      const uk = await client.post(`/admin/topics/${topic.id}/translate/uk`, {
        [`topic:${topic.id}:name`]: "Наркополітика",
        status: "published",
      });
      assert.equal(uk.statusCode, 403);
      const setting = await client.post(`/admin/topics/${topic.id}`, { slug: "hijacked", name_en: "Hijacked" });
      assert.equal(setting.statusCode, 403);
      assert.equal((await findTopic(t.services.db, { id: topic.id }))?.slug, "drug-policy");
    });

    test("the to-do list counts pages, posts, events, agendas and forms, the library and the catalogue", async () => {
      const { person: admin } = await signedIn("admin");
      const actor = actorOf(admin);
      await createPage(t.services, actor, { slug: "about-todo", sourceLocale: "en", title: "About us", summary: "", body: "Who we are." });
      await createPost(t.services, actor, {
        slug: "news-todo",
        kind: "news",
        sourceLocale: "en",
        authorProfileId: null,
        programmeId: null,
        topicIds: [],
        organisationIds: [],
        eventIds: [],
        resourceIds: [],
        fields: { title: "Network news", summary: "", body: "Text.", cover_alt: "" },
      });
      const { event } = await createTestEvent(t.services, actor, { questions: [{ kind: "consent", label: "I agree." }] });
      await saveSession(t.services, actor, event.id, null, {
        kind: "panel",
        day: 1,
        starts: "10:00",
        ends: "11:00",
        title: { en: "Panel" },
        description: {},
        room: "",
        people: [],
      });
      await createResource(t.services, actor, {
        slug: "guide-todo",
        kind: "guide",
        organisationId: null,
        programmeId: null,
        topicIds: [],
        sourceLocale: "en",
        title: "Naloxone guide",
        summary: "",
        body: "How to use naloxone.",
      });
      const programme = await saveProgramme(t.services, actor, null, {
        slug: "hr-works",
        title: { en: "Harm Reduction Works" },
        description: { en: "Fund it." },
      });
      await saveSeries(t.services, actor, null, {
        slug: "webinars",
        programmeId: programme.id,
        title: { en: "Webinars" },
        description: {},
      });

      const { client } = await signedIn("translator", ["ru"]);
      const dashboard = await client.get("/admin");
      assert.equal(dashboard.statusCode, 200);
      for (const kind of ["page", "post", "event", "event-texts", "resource", "catalogue"]) {
        const count = new RegExp(`<tr data-kind="${kind}"><th scope="row">[^<]+</th><td>(\\d+)</td>`).exec(dashboard.body);
        assert.ok(count && Number(count[1]) > 0, `${kind} counted`);
      }
      assert.ok(dashboard.body.includes(`/admin/events/${event.id}/translate/ru`));
      assert.match(dashboard.body, /Harm Reduction Works · Русский/);
      assert.doesNotMatch(dashboard.body, /href="\/admin\/[^"]+\/uk"/, "only the translator's languages");
    });
  });
}

import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import type { Actor } from "../access/policy.ts";
import { AppError } from "../errors.ts";
import { createPerson, signIn, TestClient } from "../testing/client.ts";
import { ENGINES, startTestApp, type TestApp } from "../testing/harness.ts";
import {
  countEntries,
  existingIds,
  findOrganisation,
  findProfile,
  findSeries,
  listAddresses,
  listProgrammes,
  listSeriesOfProgramme,
  listTopics,
  saveOrganisation,
  saveProgramme,
  saveSeries,
  saveTopic,
} from "./catalogue.ts";

for (const engine of ENGINES) {
  describe(`catalogue admin (${engine})`, () => {
    let t: TestApp;
    let client: TestClient;

    before(async () => {
      t = await startTestApp(engine);
      const organiser = await createPerson(t.services, "organiser");
      client = new TestClient(t.app);
      await signIn(client, organiser, t.clock);
    });
    after(() => t.cleanup());

    test("organisations: create, list, a taken address, edit in another language", async () => {
      const form = await client.get("/admin/organisations/new");
      assert.equal(form.statusCode, 200);
      assert.match(form.body, /<details class="other-languages"/, "other languages are folded away");
      const created = await client.post("/admin/organisations/new", {
        slug: "EHRA",
        name_en: "Eurasian Harm Reduction Association",
        shortName: "EHRA",
        kind: "network",
        country: "LT",
        website: "https://harmreductioneurasia.org",
        description_en: "A network of harm reduction programmes in Central and Eastern Europe and Central Asia.",
      });
      assert.equal(created.statusCode, 303);
      assert.equal(created.headers.location, "/admin/organisations?done=created");
      const organisation = await findOrganisation(t.services.db, { slug: "ehra" });
      assert.equal(organisation?.country, "LT");
      assert.equal(organisation?.kind, "network");

      const list = await client.get(String(created.headers.location));
      assert.match(list.body, /Eurasian Harm Reduction Association/);
      assert.match(list.body, /Lithuania/);
      assert.match(list.body, /Created\./);

      await client.get("/admin/organisations/new");
      const taken = await client.post("/admin/organisations/new", { slug: "ehra", name_en: "Another association", kind: "ngo" });
      assert.equal(taken.statusCode, 409);
      assert.match(taken.body, /Another entry of this kind already uses this address/);
      assert.match(taken.body, /value="Another association"/, "what was typed is kept");

      const invalid = await client.post("/admin/organisations/new", { slug: "Not a slug!", name_en: "", kind: "ngo", website: "harm.org" });
      assert.equal(invalid.statusCode, 422);
      assert.match(invalid.body, /Use lower-case letters, digits and single hyphens only\./);
      assert.match(invalid.body, /Enter a name\./);
      assert.match(invalid.body, /href="#name_en"/, "the error links to the field of the main language");
      assert.match(invalid.body, /Enter the full address of the website/);

      const edit = await client.get(`/admin/organisations/${organisation!.id}`);
      assert.equal(edit.statusCode, 200);
      assert.match(edit.body, /value="Eurasian Harm Reduction Association"/);
      const saved = await client.post(`/admin/organisations/${organisation!.id}`, {
        slug: "ehra",
        name_en: "Eurasian Harm Reduction Association",
        name_ru: "Евразийская ассоциация снижения вреда",
        shortName: "EHRA",
        kind: "network",
        country: "",
        website: "",
      });
      assert.equal(saved.statusCode, 303);
      const updated = await findOrganisation(t.services.db, { id: organisation!.id });
      assert.equal(updated?.name.ru, "Евразийская ассоциация снижения вреда");
      assert.equal(updated?.country, null);
      const ru = await client.get(`/admin/organisations/${organisation!.id}`, { "accept-language": "ru" });
      assert.match(ru.body, /<details class="other-languages" open/, "a filled-in language opens the fold");
      assert.equal((await client.get("/admin/organisations/no-such-id")).statusCode, 404);
    });

    test("profiles, programmes, series and topics", async () => {
      const organisation = await findOrganisation(t.services.db, { slug: "ehra" });
      await client.get("/admin/profiles/new");
      const badOrganisation = await client.post("/admin/profiles/new", { slug: "ana", name: "Ana", organisationId: "nope" });
      assert.equal(badOrganisation.statusCode, 422);
      const profile = await client.post("/admin/profiles/new", {
        slug: "ana-petrovic",
        name: "Ана Петровић",
        organisationId: organisation?.id ?? "",
        position_en: "Outreach coordinator",
        bio_en: "Works with people who use drugs in Belgrade.",
      });
      assert.equal(profile.statusCode, 303);
      const stored = await findProfile(t.services.db, { slug: "ana-petrovic" });
      assert.equal(stored?.organisationId, organisation?.id);
      assert.match((await client.get("/admin/profiles")).body, /Ана Петровић/);

      await client.get("/admin/programmes/new");
      assert.equal((await client.post("/admin/programmes/new", { slug: "capacity", title_en: "Capacity building" })).statusCode, 303);
      const [programme] = await listProgrammes(t.services.db);
      await client.get("/admin/series/new");
      const noTitle = await client.post("/admin/series/new", { slug: "webinars", programmeId: programme!.id });
      assert.equal(noTitle.statusCode, 422);
      assert.match(noTitle.body, /Enter a title\./);
      assert.equal(
        (
          await client.post("/admin/series/new", {
            slug: "webinars",
            programmeId: programme!.id,
            title_en: "Webinars",
            title_fr: "Webinaires",
          })
        ).statusCode,
        303,
      );
      assert.equal((await findSeries(t.services.db, { slug: "webinars" }))?.programmeId, programme!.id);
      assert.match((await client.get("/admin/series")).body, /Capacity building/);

      await client.get("/admin/topics/new");
      assert.equal(
        (await client.post("/admin/topics/new", { slug: "naloxone", name_en: "Naloxone", name_uk: "Налоксон" })).statusCode,
        303,
      );
      assert.deepEqual(
        (await listTopics(t.services.db)).map((x) => x.name),
        [{ en: "Naloxone", uk: "Налоксон" }],
      );
      assert.equal((await client.post("/admin/topics/new", { slug: "naloxone", name_en: "Naloxone again" })).statusCode, 409);
    });

    test("only those who manage the catalogue get in", async () => {
      for (const role of ["translator", "participant"] as const) {
        const person = await createPerson(t.services, role, { locales: role === "translator" ? ["ru"] : [] });
        const other = new TestClient(t.app);
        await signIn(other, person, t.clock);
        assert.equal((await other.get("/admin/organisations")).statusCode, 403, role);
        assert.equal((await other.get("/admin/topics/new")).statusCode, 403, role);
      }
      const editor = await createPerson(t.services, "editor");
      const ed = new TestClient(t.app);
      await signIn(ed, editor, t.clock);
      assert.equal((await ed.get("/admin/programmes")).statusCode, 200);
      assert.match((await ed.get("/admin")).body, /href="\/admin\/organisations"/, "the menu links the catalogue");
    });
  });

  describe(`the series of a programme (${engine})`, () => {
    let t: TestApp;
    before(async () => {
      t = await startTestApp(engine);
    });
    after(() => t.cleanup());

    test("only that programme's series, by address, with their texts", async () => {
      const admin = await createPerson(t.services, "admin");
      const actor: Actor = { id: admin.id, role: "admin", locales: [] };
      const programme = await saveProgramme(t.services, actor, null, {
        slug: "covid-response",
        title: { en: "COVID-19 response" },
        description: {},
      });
      const other = await saveProgramme(t.services, actor, null, { slug: "capacity", title: { en: "Capacity building" }, description: {} });
      for (const [slug, programmeId] of [
        ["webinars", programme.id],
        ["clinics", programme.id],
        ["trainings", other.id],
        ["standalone", null],
      ] as const) {
        await saveSeries(t.services, actor, null, { slug, programmeId, title: { en: `Series ${slug}` }, description: {} });
      }
      const series = await listSeriesOfProgramme(t.services.db, programme.id);
      assert.deepEqual(
        series.map((s) => [s.slug, s.programmeId, s.title.en]),
        [
          ["clinics", programme.id, "Series clinics"],
          ["webinars", programme.id, "Series webinars"],
        ],
      );
      assert.deepEqual(await listSeriesOfProgramme(t.services.db, "no-such-programme"), []);
    });

    test("existingIds: which of the given ids name an entry of that kind", async () => {
      const admin = await createPerson(t.services, "admin");
      const actor: Actor = { id: admin.id, role: "admin", locales: [] };
      const naloxone = await saveTopic(t.services, actor, null, { slug: "naloxone", name: { en: "Naloxone" } });
      const hepatitis = await saveTopic(t.services, actor, null, { slug: "hepatitis-c", name: { en: "Hepatitis C" } });
      const db = t.services.db;
      assert.deepEqual(
        [...(await existingIds(db, "topics", [naloxone.id, "nope", hepatitis.id, naloxone.id]))].sort(),
        [hepatitis.id, naloxone.id].sort(),
      );
      assert.equal((await existingIds(db, "organisations", [naloxone.id])).size, 0, "a topic is not an organisation");
      assert.equal((await existingIds(db, "topics", [])).size, 0);
    });

    test("countEntries and listAddresses page through a kind's addresses in a stable order", async () => {
      const admin = await createPerson(t.services, "admin");
      const actor: Actor = { id: admin.id, role: "admin", locales: [] };
      const db = t.services.db;
      const before = await countEntries(db, "series");
      for (const slug of ["s-one", "s-two", "s-three"]) {
        await saveSeries(t.services, actor, null, { slug, programmeId: null, title: { en: slug }, description: {} });
      }
      assert.equal(await countEntries(db, "series"), before + 3);
      const all = await listAddresses(db, "series", 0, 1000);
      assert.equal(all.length, before + 3);
      assert.ok(["s-one", "s-two", "s-three"].every((slug) => all.includes(slug)));
      const pages = [...(await listAddresses(db, "series", 0, 2)), ...(await listAddresses(db, "series", 2, 1000))];
      assert.deepEqual(pages, all, "pages follow one another without gaps or repeats");
    });

    test("the domain's field errors carry the catalogue's own messages", async () => {
      const admin = await createPerson(t.services, "admin");
      const actor: Actor = { id: admin.id, role: "admin", locales: [] };
      const input = { slug: "mdm", name: {}, shortName: "", kind: "ngo", country: "France", website: "mdm.org", description: {} };
      await assert.rejects(saveOrganisation(t.services, actor, null, input), (error: unknown) => {
        assert.ok(error instanceof AppError);
        assert.equal(error.code, "VALIDATION_FAILED");
        assert.deepEqual(error.fields, {
          name: "catalogue.nameRequired",
          country: "catalogue.countryInvalid",
          website: "catalogue.websiteInvalid",
        });
        return true;
      });
      await saveProgramme(t.services, actor, null, { slug: "harm-reduction", title: { en: "Harm reduction" }, description: {} });
      await assert.rejects(
        saveProgramme(t.services, actor, null, { slug: "harm-reduction", title: {}, description: {} }),
        (error: unknown) =>
          error instanceof AppError &&
          error.code === "CONFLICT" &&
          error.fields.slug === "catalogue.slugTaken" &&
          error.fields.title === "catalogue.titleRequired",
      );
    });
  });
}

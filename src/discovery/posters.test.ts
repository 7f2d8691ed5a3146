import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import type { Actor } from "../access/policy.ts";
import { createPage, saveTranslation, setPagePublished } from "../content/pages.ts";
import { translate } from "../i18n/messages.ts";
import { createPerson, TestClient } from "../testing/client.ts";
import { createTestEvent } from "../testing/events.ts";
import { ENGINES, startTestApp, type TestApp } from "../testing/harness.ts";
import { decodeQr, readPdf } from "../testing/pdf.ts";
import { insertPost, insertResource } from "./test-rows.ts";

for (const engine of ENGINES) {
  describe(`QR posters (${engine})`, () => {
    let t: TestApp;
    let actor: Actor;
    let client: TestClient;
    const at = "2026-11-01T09:00:00.000Z";
    const base = () => t.config.baseUrl.origin;

    before(async () => {
      t = await startTestApp(engine);
      const admin = await createPerson(t.services, "admin");
      actor = { id: admin.id, role: "admin", locales: [] };
      client = new TestClient(t.app);
      await insertResource(t.services.db, {
        slug: "information-for-refugees",
        at,
        texts: {
          en: {
            title: "Information for refugees: help in Serbia",
            summary: "Where to find health care, opioid agonist therapy and legal advice.",
          },
          uk: {
            title: "Інформація для біженців: допомога в Сербії",
            summary: "Де знайти медичну допомогу, замісну терапію та юридичну консультацію.",
          },
          ru: { title: "Информация для беженцев: помощь в Сербии", summary: "Где найти медицинскую помощь и консультацию юриста." },
          "sr-Latn": { title: "Informacije za izbeglice: pomoć u Srbiji", summary: "Gde potražiti zdravstvenu zaštitu i pravni savet." },
        },
        files: ["en", "ru", "sr-Latn", "uk"],
      });
      await insertResource(t.services.db, {
        slug: "unfinished-guide",
        isPublished: false,
        at,
        texts: { en: { title: "A guide not yet published" } },
      });
    });
    after(() => t.cleanup());

    test("a resource's Ukrainian poster is one A4 page in Ukrainian whose QR code opens the Ukrainian page", async () => {
      const res = await client.get("/uk/library/information-for-refugees/poster.pdf");
      assert.equal(res.statusCode, 200);
      assert.equal(res.headers["content-type"], "application/pdf");
      assert.equal(res.headers["content-disposition"], 'inline; filename="poster-information-for-refugees-uk.pdf"');
      const pdf = readPdf(res.rawPayload);
      assert.equal(pdf.pages, 1);
      assert.deepEqual(pdf.size, [595, 842], "A4 portrait in points");
      assert.match(pdf.text, /Інформація для біженців: допомога в Сербії/);
      assert.match(pdf.text, /Де знайти медичну допомогу/);
      // The languages of its files, named in Ukrainian.
      assert.match(pdf.text, /українська/);
      assert.match(pdf.text, /англійська/);
      assert.match(pdf.text, new RegExp(translate("uk", "discovery.poster.scan")));

      const url = decodeQr(res.rawPayload);
      assert.equal(url, `${base()}/uk/library/information-for-refugees`);
      assert.ok(pdf.text.includes(`${base()}/uk/library/information-for-refugees`), "the address is printed under the code");
      const page = await client.get(new URL(url).pathname);
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /Інформація для біженців: допомога в Сербії/);
    });

    test("the same poster is the same bytes, dated by the content's last change", async () => {
      const first = await client.get("/uk/library/information-for-refugees/poster.pdf");
      const again = await client.get("/uk/library/information-for-refugees/poster.pdf");
      assert.ok(first.rawPayload.equals(again.rawPayload));
      assert.equal(readPdf(first.rawPayload).doc.getMetaData("info:CreationDate"), "D:20261101090000Z");
      const english = await client.get("/en/library/information-for-refugees/poster.pdf");
      assert.match(readPdf(english.rawPayload).text, /Information for refugees: help in Serbia/);
      assert.equal(decodeQr(english.rawPayload), `${base()}/en/library/information-for-refugees`);
    });

    test("a page's poster leads to the page in the poster's language", async () => {
      const page = await createPage(t.services, actor, {
        slug: "drop-in-centre",
        sourceLocale: "en",
        title: "Our drop-in centre",
        summary: "Open every weekday.",
        body: "Text",
      });
      await saveTranslation(t.services, actor, page.id, "ru", {
        title: "Наш центр открытых дверей",
        summary: "Открыт в будние дни.",
        body: "Текст",
        status: "published",
      });
      await setPagePublished(t.services, actor, page.id, true);
      const res = await client.get("/ru/pages/drop-in-centre/poster.pdf");
      assert.equal(res.statusCode, 200);
      const pdf = readPdf(res.rawPayload);
      assert.match(pdf.text, /Наш центр открытых дверей/);
      assert.match(pdf.text, /Открыт в будние дни/);
      const url = decodeQr(res.rawPayload);
      assert.equal(url, `${base()}/ru/pages/drop-in-centre`);
      const read = await client.get(new URL(url ?? "").pathname);
      assert.equal(read.statusCode, 200);
      assert.match(read.body, /Наш центр открытых дверей/);
      // The page links to its poster.
      assert.match(read.body, /href="\/ru\/pages\/drop-in-centre\/poster\.pdf"/);
    });

    test("an event's poster says when and where, and its code opens the event in that language", async () => {
      const { event } = await createTestEvent(t.services, actor, {
        slug: "covid-webinar",
        occurrences: [{ startsAt: "2026-12-07T08:00:00.000Z", endsAt: "2026-12-07T09:30:00.000Z" }],
      });
      const res = await client.get(`/fr/events/${event.slug}/poster.pdf`);
      assert.equal(res.statusCode, 200);
      const pdf = readPdf(res.rawPayload);
      // Only in English: the poster falls back as the page does.
      assert.match(pdf.text, /COVID-19 and harm reduction/);
      assert.ok(pdf.text.includes(translate("fr", "discovery.poster.where", { where: translate("fr", "events.online") })));
      assert.match(pdf.text, /\(Paris, UTC\+01:00\)/, "the zone by its city, as on the page");
      const url = decodeQr(res.rawPayload);
      assert.equal(url, `${base()}/fr/events/covid-webinar`);
      assert.equal((await client.get(new URL(url ?? "").pathname)).statusCode, 200);
    });

    test("a post's poster prints its public text and address", async () => {
      await insertPost(t.services.db, {
        slug: "new-guide-for-police",
        at,
        texts: {
          en: { title: "A new guide for police officers", summary: "Referral to services.", publishedAt: at },
          "sr-Cyrl": { title: "Нови водич за полицију", summary: "Упућивање на услуге.", publishedAt: at },
        },
      });
      const res = await client.get("/sr-cyrl/news/new-guide-for-police/poster.pdf");
      assert.equal(res.statusCode, 200);
      const pdf = readPdf(res.rawPayload);
      assert.match(pdf.text, /Нови водич за полицију/);
      assert.ok(pdf.text.includes(`${base()}/sr-cyrl/news/new-guide-for-police`));
    });

    test("no poster for what is not public, nor in a language the site does not have", async () => {
      await createPage(t.services, actor, { slug: "hidden-page", sourceLocale: "en", title: "Hidden", summary: "", body: "" });
      await createTestEvent(t.services, actor, { slug: "hidden-event", isPublished: false });
      await insertPost(t.services.db, { slug: "draft-post", at, texts: { en: { title: "Draft" } } });
      await insertPost(t.services.db, {
        slug: "scheduled-post",
        at,
        texts: { en: { title: "Tomorrow", publishedAt: "2026-11-23T09:00:00.000Z" } },
      });
      for (const url of [
        "/en/library/unfinished-guide/poster.pdf",
        "/en/library/no-such-thing/poster.pdf",
        "/en/pages/hidden-page/poster.pdf",
        "/en/events/hidden-event/poster.pdf",
        "/en/news/draft-post/poster.pdf",
        "/en/news/scheduled-post/poster.pdf",
        "/xx/library/information-for-refugees/poster.pdf",
      ]) {
        const res = await client.get(url);
        assert.equal(res.statusCode, 404, url);
      }
      t.clock.set("2026-11-23T10:00:00.000Z");
      assert.equal((await client.get("/en/news/scheduled-post/poster.pdf")).statusCode, 200, "public once its time has come");
    });
  });
}

import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { createPage, setPagePublished } from "../content/pages.ts";
import { createPerson } from "../testing/client.ts";
import { createTestEvent } from "../testing/events.ts";
import { ENGINES, startTestApp, type TestApp } from "../testing/harness.ts";
import { pickText, pickTextDetailed } from "./content.ts";
import { cyrillicToLatin, latinToCyrillic, transliterateSerbian, transliterateSerbianHtml } from "./serbian.ts";

test("Cyrillic to Latin: digraphs with the right capitals", () => {
  assert.equal(cyrillicToLatin("Љубљана"), "Ljubljana");
  assert.equal(cyrillicToLatin("ЊЕГОШ"), "NJEGOŠ");
  assert.equal(cyrillicToLatin("Његош"), "Njegoš");
  assert.equal(cyrillicToLatin("ЉУБЉАНА"), "LJUBLJANA");
  assert.equal(cyrillicToLatin("Џеп и џак"), "Džep i džak");
  assert.equal(cyrillicToLatin("ЏЕП"), "DŽEP");
  assert.equal(cyrillicToLatin("Ђорђе Ћирић, Чачак, Шабац, Жабаљ"), "Đorđe Ćirić, Čačak, Šabac, Žabalj");
  assert.equal(cyrillicToLatin("Смањење штете — 2026."), "Smanjenje štete — 2026.");
  assert.equal(cyrillicToLatin("Љ"), "Lj");
});

test("Latin to Cyrillic: digraphs with the right capitals, foreign letters kept", () => {
  assert.equal(latinToCyrillic("Ljubljana"), "Љубљана");
  assert.equal(latinToCyrillic("NJEGOŠ"), "ЊЕГОШ");
  assert.equal(latinToCyrillic("Njegoš"), "Његош");
  assert.equal(latinToCyrillic("LJUBLJANA"), "ЉУБЉАНА");
  assert.equal(latinToCyrillic("Džep i DŽAK"), "Џеп и ЏАК");
  assert.equal(latinToCyrillic("Đorđe Ćirić, Čačak, Šabac, Žabalj"), "Ђорђе Ћирић, Чачак, Шабац, Жабаљ");
  assert.equal(latinToCyrillic("Smanjenje štete"), "Смањење штете");
  // Where the two letters are two: prefixes before ž, loanwords with n before j.
  assert.equal(latinToCyrillic("nadživeti, podžanr, injekcija, konjunkcija"), "надживети, поджанр, инјекција, конјункција");
  assert.equal(latinToCyrillic("HIV i web, Wi-Fi"), "ХИВ и web, Wi-Фи");
});

test("both ways give the text back", () => {
  for (const text of ["Љубљана и Његош", "ЊЕГОШ, ЉУБЉАНА, ЏЕП", "Ђорђе Ћирић из Чачка", "Смањење штете у заједници"]) {
    assert.equal(latinToCyrillic(cyrillicToLatin(text)), text);
  }
});

test("addresses and markup are never transliterated", () => {
  assert.equal(
    transliterateSerbian("Pišite na info@example.org ili https://example.org/ljudi", "sr-Cyrl"),
    "Пишите на info@example.org или https://example.org/ljudi",
  );
  assert.equal(
    transliterateSerbianHtml(
      '<p>Vidi <a href="https://example.org/nj">ovde</a> i <code>npm start</code> &amp; <strong>Ljubljana</strong></p>',
      "sr-Cyrl",
    ),
    '<p>Види <a href="https://example.org/nj">овде</a> и <code>npm start</code> &amp; <strong>Љубљана</strong></p>',
  );
});

test("pickText gives Serbian in the reader's script and says so", () => {
  assert.equal(pickText({ "sr-Latn": "Ljubljana" }, ["sr-Cyrl", "sr-Latn", "en"]), "Љубљана");
  assert.equal(pickText({ "sr-Cyrl": "Љубљана", en: "Ljubljana" }, ["sr-Latn", "sr-Cyrl", "en"]), "Ljubljana");
  assert.equal(pickText({ ru: "Любляна", "sr-Latn": "Ljubljana" }, ["ru", "en"]), "Любляна");
  assert.deepEqual(pickTextDetailed({ "sr-Latn": "Ljubljana" }, ["sr-Cyrl", "sr-Latn"]), {
    text: "Љубљана",
    locale: "sr-Latn",
    isFallback: true,
    isTransliterated: true,
  });
});

for (const engine of ENGINES) {
  describe(`Serbian in the reader's script (${engine})`, () => {
    let t: TestApp;
    before(async () => {
      t = await startTestApp(engine);
    });
    after(() => t.cleanup());

    test("a page published only in Serbian Latin, read on /sr-cyrl/, shows Cyrillic with a note; links keep their address", async () => {
      const admin = await createPerson(t.services, "admin");
      const actor = { id: admin.id, role: admin.role, locales: admin.locales };
      const page = await createPage(t.services, actor, {
        slug: "ljubljana",
        sourceLocale: "sr-Latn",
        title: "Smanjenje štete u Ljubljani",
        summary: "NJEGOŠ i Džep",
        body: "Pogledajte [sajt](https://example.org/ljudi) i `npm start`.",
      });
      await setPagePublished(t.services, actor, page.id, true);
      const res = await t.app.inject({ method: "GET", url: "/sr-cyrl/pages/ljubljana" });
      assert.equal(res.statusCode, 200);
      assert.match(res.body, /<h1>Смањење штете у Љубљани<\/h1>/);
      assert.match(res.body, /ЊЕГОШ и Џеп/);
      assert.match(res.body, /Погледајте <a href="https:\/\/example.org\/ljudi"[^>]*>сајт<\/a>/);
      assert.match(res.body, /<code>npm start<\/code>/);
      assert.match(res.body, /аутоматски пресловљен/);
      assert.doesNotMatch(res.body, /Smanjenje štete/);
      const home = await t.app.inject({ method: "GET", url: "/sr-cyrl/" });
      assert.match(home.body, /Смањење штете у Љубљани/);
      const latin = await t.app.inject({ method: "GET", url: "/sr-latn/pages/ljubljana" });
      assert.match(latin.body, /<h1>Smanjenje štete u Ljubljani<\/h1>/);
      assert.doesNotMatch(latin.body, /preslovljen/);
    });

    test("an event written in Serbian Cyrillic, read in Latin, comes transliterated with a note", async () => {
      const admin = await createPerson(t.services, "admin");
      const { event } = await createTestEvent(
        t.services,
        { id: admin.id, role: admin.role, locales: admin.locales },
        {
          overrides: {
            sourceLocale: "sr-Cyrl",
            fields: { title: "Семинар у Љубљани", summary: "ЊЕГОШ и џеп", body: "Опис.", objectives: "Учити\nДелити" },
          },
        },
      );
      const res = await t.app.inject({ method: "GET", url: `/sr-latn/events/${event.slug}` });
      assert.equal(res.statusCode, 200);
      assert.match(res.body, /Seminar u Ljubljani/);
      assert.match(res.body, /NJEGOŠ i džep/);
      assert.match(res.body, /automatski preslovljen/);
      assert.doesNotMatch(res.body, /Семинар у Љубљани/);
    });
  });
}

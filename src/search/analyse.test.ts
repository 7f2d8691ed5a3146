import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { analyseQuery, foldLatin, type Language, serbianToLatin, termsOf } from "./analyse.ts";
import { excerpt, highlight, matcherFor, toHtml } from "./highlight.ts";
import { plainText } from "./plain-text.ts";

/** The single term of a word, as the language's analyser makes it. */
function term(word: string, language: Language): string | undefined {
  return termsOf(word, language)[0];
}

function sameTerm(language: Language, ...words: string[]): void {
  const terms = words.map((w) => term(w, language));
  assert.ok(terms[0], `${words[0]} has a term`);
  for (const [i, t] of terms.entries()) assert.equal(t, terms[0], `${words[i]} and ${words[0]} meet in ${language}`);
}

describe("text analysis", () => {
  test("inflected forms of a word meet at one term in every language", () => {
    sameTerm("ru", "беженцы", "беженцам", "беженцев", "Беженцами");
    sameTerm("ru", "ёлка", "елка");
    sameTerm("uk", "біженці", "біженцям", "біженців");
    sameTerm("uk", "ґанок", "ганок");
    sameTerm("sr", "izbeglice", "izbeglicama", "избеглице", "избеглицама", "IZBEGLICA");
    sameTerm("lt", "pabėgėliai", "pabėgėliams", "pabėgėlių", "pabegeliai");
    sameTerm("fr", "réfugiés", "réfugié", "refugies");
    sameTerm("en", "refugees", "refugee", "Refugee's");
  });

  test("Serbian is found in either script and without diacritics", () => {
    assert.equal(serbianToLatin("љубав њега ђак џамија"), "ljubav njega đak džamija");
    assert.equal(foldLatin("čćšžđ"), "ccszdj");
    sameTerm("sr", "štete", "stete", "штете");
    sameTerm("sr", "pomoć", "pomoc", "помоћ");
    sameTerm("sr", "đaci", "djaci", "ђаци");
    sameTerm("sr", "Београд", "Beograd", "beograd");
  });

  test("Cyrillic letters keep their marks; Latin ones lose them", () => {
    assert.notEqual(term("йод", "ru"), term("иод", "ru"));
    assert.equal(term("ї", "uk"), "ї");
    assert.equal(term("café", "en"), term("cafe", "en"));
  });

  test("apostrophes: French elision splits, Ukrainian joins", () => {
    assert.deepEqual(termsOf("l'homme", "fr"), [term("homme", "fr")]);
    assert.deepEqual(termsOf("п’ять", "uk"), termsOf("п'ять", "uk"));
    assert.equal(termsOf("п’ять", "uk").length, 1);
  });

  test("stop words are left out; a query keeps its last word as a prefix while typed", () => {
    assert.deepEqual(termsOf("the rights of refugees", "en"), [term("rights", "en"), term("refugees", "en")]);
    assert.deepEqual(analyseQuery("беж", "ru"), { terms: [term("беж", "ru")], prefix: "беж" });
    assert.equal(analyseQuery("беж ", "ru").prefix, undefined);
    assert.equal(analyseQuery("be", "en").prefix, undefined);
    assert.deepEqual(analyseQuery("the of", "en").terms, []);
  });

  test("highlighting marks inflected forms and escapes the text", () => {
    const m = matcherFor("ru", analyseQuery("беженцы", "ru"));
    assert.equal(toHtml(highlight("Помощь беженцам <сейчас>", m)), "Помощь <mark>беженцам</mark> &lt;сейчас&gt;");
    const sr = matcherFor("sr", analyseQuery("izbeglice", "sr"));
    assert.equal(toHtml(highlight("Информације за избеглице", sr)), "Информације за <mark>избеглице</mark>");
  });

  test("an excerpt is cut around the first match, at spaces", () => {
    const m = matcherFor("en", analyseQuery("naloxone ", "en"));
    const text = `${"Words before it. ".repeat(30)}Peers carry naloxone on every outreach shift. ${"More words after it. ".repeat(30)}`;
    const html = toHtml(excerpt(text, m));
    assert.match(html, /^… /);
    assert.match(html, / …$/);
    assert.match(html, /carry <mark>naloxone<\/mark> on/);
    assert.ok(html.length < 320);
    assert.equal(toHtml(excerpt("Short text without it.", m)), "Short text without it.");
  });

  test("stored HTML becomes plain text with its words apart", () => {
    assert.equal(plainText("<h2>Title</h2><p>One&nbsp;&amp; two</p><ul><li>a</li><li>b</li></ul>"), "Title One & two a b");
    assert.equal(plainText("<p>x<script>alert(1)</script>y &#1073;&#x44f;</p>"), "x y бя");
  });
});

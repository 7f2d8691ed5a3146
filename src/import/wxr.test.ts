import assert from "node:assert/strict";
import path from "node:path";
import { describe, test } from "node:test";
import { fileURLToPath } from "node:url";
import { LOCALES } from "../i18n/locales.ts";
import { originalPath, uploadsPath } from "./attachments.ts";
import { localeFor, planImport } from "./plan.ts";
import { redirectKey } from "./redirects.ts";
import { slugify } from "./slugs.ts";
import { readWxrFile } from "./wordpress.ts";
import { htmlToText, wordpressToMarkdown } from "./wordpress-html.ts";
import { parsePhpArray, parseWxr, wordpressDate } from "./wxr.ts";

const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), "fixtures");

describe("reading WordPress exports", () => {
  test("Polylang's serialised groups, whose string lengths count bytes", () => {
    assert.deepEqual(
      [...parsePhpArray('a:2:{s:2:"en";i:12;s:2:"sr";i:15;}')],
      [
        ["en", 12],
        ["sr", 15],
      ],
    );
    assert.deepEqual(
      [...parsePhpArray('a:2:{s:6:"locale";s:5:"sr_RS";s:4:"name";s:12:"Српски";}')],
      [
        ["locale", "sr_RS"],
        ["name", "Српски"],
      ],
    );
    assert.equal(parsePhpArray("a:2:{s:2:").size, 0, "a damaged value gives nothing");
    assert.equal(parsePhpArray("not serialised").size, 0);
  });

  test("WordPress dates, and the zero date of a draft", () => {
    assert.equal(wordpressDate("2023-05-25 09:30:00"), "2023-05-25T09:30:00.000Z");
    assert.equal(wordpressDate("0000-00-00 00:00:00"), undefined);
    assert.equal(wordpressDate("2023-02-30 10:00:00"), undefined);
    assert.equal(wordpressDate(""), undefined);
  });

  test("WordPress language codes to the languages served", () => {
    assert.equal(localeFor("en_GB", "", LOCALES), "en");
    assert.equal(localeFor("ua", "", LOCALES), "uk");
    assert.equal(localeFor("sr", "Информације за избеглице", LOCALES), "sr-Cyrl");
    assert.equal(localeFor("sr", "Informacije za izbeglice", LOCALES), "sr-Latn");
    assert.equal(localeFor("sr_RS", "", LOCALES), "sr-Cyrl");
    assert.equal(localeFor("sr-latn", "Информације", LOCALES), "sr-Latn");
    assert.equal(localeFor("de", "", LOCALES), undefined);
    assert.equal(localeFor("fr", "", ["en", "ru"]), undefined, "a language the site does not offer");
  });

  test("items without a translation plugin are in the language asked for", async () => {
    const wxr = await readWxrFile(path.join(FIXTURES, "old-wp3.xml"));
    const plan = planImport(wxr, { locales: LOCALES, defaultLocale: "en", language: "lt" });
    assert.deepEqual(
      plan.groups.map((g) => g.members.map((m) => m.locale)),
      [["lt"], ["lt"]],
    );
  });

  test("a WPML duplicate joins the post it copies", () => {
    const item = (id: number, meta: string) =>
      `<item><title>Post ${id}</title><wp:post_id>${id}</wp:post_id><wp:post_type>post</wp:post_type><wp:status>publish</wp:status><wp:post_date_gmt>2020-01-0${id} 10:00:00</wp:post_date_gmt>${meta}</item>`;
    const meta = (key: string, value: string) =>
      `<wp:postmeta><wp:meta_key>${key}</wp:meta_key><wp:meta_value>${value}</wp:meta_value></wp:postmeta>`;
    const wxr = parseWxr(
      `<rss><channel><wp:wxr_version>1.2</wp:wxr_version><wp:base_site_url>https://x.org</wp:base_site_url>${item(1, "")}${item(
        2,
        meta("_icl_lang_duplicate_of", "1") + meta("_wpml_import_language_code", "ru"),
      )}</channel></rss>`,
    );
    const plan = planImport(wxr, { locales: LOCALES, defaultLocale: "en" });
    assert.deepEqual(
      plan.groups.map((g) => g.members.map((m) => `${m.item.id}:${m.locale}`)),
      [["1:en", "2:ru"]],
    );
  });

  test("slugs in any script become ASCII", () => {
    assert.equal(
      slugify("%d0%b2%d1%81%d1%82%d1%80%d0%b5%d1%87%d0%b0-%d1%8d%d0%ba%d1%81%d0%bf%d0%b5%d1%80%d1%82%d0%be%d0%b2"),
      "vstrecha-ekspertov",
    );
    assert.equal(slugify("Ђурђевдан у Нишу"), "djurdjevdan-u-nishu");
    assert.equal(slugify("Žena, čovek & đak"), "zena-covek-djak");
    assert.equal(slugify("Їжак і ґанок"), "yizhak-i-ganok");
    assert.equal(slugify("!!!"), "");
  });

  test("old addresses in one normal form", () => {
    assert.equal(redirectKey("/2023/05/%D0%B2%D1%81/"), "/2023/05/вс");
    assert.equal(redirectKey("/About/#team"), "/about");
    assert.equal(redirectKey("/?p=12"), "/?p=12");
    assert.equal(redirectKey("//double//slashes/"), "/double/slashes");
  });

  test("upload paths, and the original of a resized copy", () => {
    assert.equal(uploadsPath("https://x.org/blog/wp-content/uploads/2023/05/a%20b-300x200.jpg"), "2023/05/a b-300x200.jpg");
    assert.equal(uploadsPath("https://x.org/files/a.pdf"), undefined);
    assert.equal(originalPath("2023/05/Photo-1024x683.JPG"), "2023/05/photo.jpg");
    assert.equal(originalPath("2023/05/photo-scaled.jpg"), "2023/05/photo.jpg");
  });
});

describe("WordPress content as Markdown", () => {
  test("text that looks like Markdown stays text", () => {
    const md = wordpressToMarkdown(
      "<p>- not a list</p><p>1. nor this</p><p># nor a heading</p><p>5 * 3 and [1] and snake_case and _this_</p>",
    );
    assert.equal(md, "\\- not a list\n\n1\\. nor this\n\n\\# nor a heading\n\n5 \\* 3 and \\[1\\] and snake_case and \\_this\\_");
  });

  test("scripts, styles and event handlers are gone; structure stays", () => {
    const md = wordpressToMarkdown(
      '<h1>Title</h1><script>alert(1)</script><style>p{}</style><p onclick="x()">Hi <a href="javascript:alert(1)">there</a></p><blockquote><p>Quoted</p></blockquote>',
    );
    assert.equal(md, "## Title\n\nHi there\n\n> Quoted");
  });

  test("tables, code and nested lists", () => {
    const md = wordpressToMarkdown(
      "<!-- wp:table --><table><tr><th>City</th><th>Sites</th></tr><tr><td>Niš</td><td>4</td></tr></table><!-- /wp:table --><pre>a &lt; b</pre><ol><li>One<ul><li>inner</li></ul></li><li>Two</li></ol>",
    );
    assert.equal(md, "| City | Sites |\n| --- | --- |\n| Niš | 4 |\n\n```\na < b\n```\n\n1. One\n   - inner\n2. Two");
  });

  test("plain text of titles and comments", () => {
    assert.equal(htmlToText("Refugees &amp; migrants"), "Refugees & migrants");
    assert.equal(htmlToText("<p>One</p><p>Two<br>three</p>"), "One\n\nTwo\nthree");
  });
});

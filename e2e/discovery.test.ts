// Posters and feeds in a real Chromium against `outreach serve` with the demo network (SQLite only,
// to keep the suite short): a Russian reader finds the poster link on a page, opens the other
// languages, and gets the PDF; the page, with the fold-out open, passes axe-core's WCAG 2.2 A/AA rules.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { translate as t } from "../src/i18n/messages.ts";
import { checkA11y, useServerAndBrowser, visit } from "./support.ts";

describe("posters and feeds in the browser (sqlite)", { timeout: 240_000 }, () => {
  const journey = useServerAndBrowser("sqlite", { demo: true });

  test("a reader prints the poster of a page in their language or another", { timeout: 120_000 }, async () => {
    const page = await journey.open({ viewport: { width: 360, height: 740 }, locale: "ru-RU" });
    await visit(page, "/ru/pages/about");
    const link = page.getByRole("link", { name: t("ru", "discovery.poster.link") });
    assert.equal(await link.getAttribute("href"), "/ru/pages/about/poster.pdf");
    await page.getByText(t("ru", "discovery.poster.otherLanguages")).click();
    await checkA11y(page);
    const english = page.getByRole("link", { name: "English" }).last();
    assert.equal(await english.getAttribute("href"), "/en/pages/about/poster.pdf");

    const pdf = await page.request.get("/ru/pages/about/poster.pdf");
    assert.equal(pdf.status(), 200);
    assert.equal(pdf.headers()["content-type"], "application/pdf");
    assert.ok((await pdf.body()).subarray(0, 5).equals(Buffer.from("%PDF-")));
    const feed = await page.request.get("/ru/feed.xml");
    assert.equal(feed.headers()["content-type"], "application/rss+xml; charset=utf-8");
  });
});

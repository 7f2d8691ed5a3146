// Search in a real Chromium against `outreach serve` with the demo network, on SQLite only: a Russian
// reader on a phone types another form of a word into the search box, finds the webinar with the
// word marked, narrows the results to events and opens it; a query that is too long is explained.
// Every page visited must pass axe-core's WCAG 2.2 A/AA rules.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { COVID_WEBINAR_SLUG } from "../src/demo/events-covid.ts";
import { translate as t } from "../src/i18n/messages.ts";
import { checkA11y, useServerAndBrowser, visit } from "./support.ts";

const STEP_TIMEOUT = 120_000;

describe("search in the browser (sqlite)", { timeout: 4 * STEP_TIMEOUT }, () => {
  const journey = useServerAndBrowser("sqlite", { demo: true });
  const step = (name: string, fn: () => Promise<void>) => test(name, { timeout: STEP_TIMEOUT }, fn);

  step("a Russian reader on a phone finds the webinar by another form of a word", async () => {
    const page = await journey.open({ viewport: { width: 360, height: 740 }, locale: "ru-RU" });
    await visit(page, "/ru/search");

    await page.getByLabel(t("ru", "search.label")).fill("пандемия");
    await page.getByRole("button", { name: t("ru", "search.submit"), exact: true }).click();
    await page.waitForURL(/\/ru\/search\?q=/);
    await checkA11y(page);
    const hit = page.locator(`.search-hit h3 a[href="/ru/events/${COVID_WEBINAR_SLUG}"]`);
    assert.equal(await hit.count(), 1, "the webinar is found");
    const excerpt = page.locator(`.search-hit:has(a[href="/ru/events/${COVID_WEBINAR_SLUG}"]) .excerpt mark`);
    assert.equal(await excerpt.first().textContent(), "пандемии", "the inflected word is marked");

    await page.getByLabel(t("ru", "search.filter.type")).selectOption("event");
    await page.getByRole("button", { name: t("ru", "search.submit"), exact: true }).click();
    await page.waitForURL(/type=event/);
    assert.equal(await page.locator(".search-hit").count(), await page.locator(".search-hit h3 a[href^='/ru/events/']").count());
    await hit.click();
    await page.waitForURL(new RegExp(`/ru/events/${COVID_WEBINAR_SLUG}$`));
  });

  step("a query that is too long is explained next to the box", async () => {
    const page = await journey.open();
    await visit(page, `/en/search?q=${"harm ".repeat(50)}`, 422);
    assert.ok((await page.locator("#q-error").textContent())?.includes(t("en", "search.tooLong")));
  });
});

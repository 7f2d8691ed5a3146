// The library in a real Chromium against `outreach serve` with the demo network, on SQLite only: a
// visitor on a phone opens the library and a resource in Ukrainian; the admin opens the resource's
// admin page and its dissemination log. Every page visited must pass axe-core's WCAG 2.2 A/AA rules.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { translate as t } from "../src/i18n/messages.ts";
import { checkA11y, signInAdmin, useServerAndBrowser, visit } from "./support.ts";

const STEP_TIMEOUT = 120_000;
const SLUG = "information-for-refugees-serbia";

describe("the library in the browser (sqlite)", { timeout: 6 * STEP_TIMEOUT }, () => {
  const journey = useServerAndBrowser("sqlite", { demo: true });
  const step = (name: string, fn: () => Promise<void>) => test(name, { timeout: STEP_TIMEOUT }, fn);

  step("a visitor on a phone finds the information for refugees in Ukrainian, the Ukrainian file first", async () => {
    const page = await journey.open({ viewport: { width: 360, height: 740 }, locale: "uk-UA" });
    await visit(page, "/en/library");
    await visit(page, "/uk/library");
    const badges = page.locator(`a.badge[href^="/uk/library/${SLUG}/files/"]`);
    assert.equal(await badges.count(), 4, "four languages with a file");
    assert.equal(await badges.first().getAttribute("hreflang"), "uk", "the reader's language first");
    await page.locator(`h2 a[href="/uk/library/${SLUG}"]`).click();
    await page.waitForURL(new RegExp(`/uk/library/${SLUG}$`));
    await checkA11y(page);
    const files = page.locator(".resource-files a");
    assert.equal(await files.first().getAttribute("hreflang"), "uk");
  });

  step("the admin opens the resource's admin page and its dissemination log", async () => {
    const admin = await journey.open();
    await signInAdmin(admin, journey.server);

    await visit(admin, "/admin/library");
    const resourcePath = await admin
      .getByRole("link", { name: "General information for refugees and displaced persons in the Republic of Serbia", exact: true })
      .getAttribute("href");
    assert.ok(resourcePath);
    await visit(admin, resourcePath);
    await visit(admin, `${resourcePath}/dissemination`);
    assert.ok(((await admin.locator("main").textContent()) ?? "").includes(t("en", "library.dissemination.byPartner")));
    await visit(admin, `${resourcePath}/uk`);
    await visit(admin, "/admin/library/new");
  });
});

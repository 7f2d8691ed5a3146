// Posts in a real Chromium against `outreach serve` with the demo network, on SQLite: the news list,
// a post, a topic and the admin pages of a post must pass axe-core's WCAG 2.2 A/AA rules.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { translate as t } from "../src/i18n/messages.ts";
import { checkA11y, signInAdmin, useServerAndBrowser, visit } from "./support.ts";

const STEP_TIMEOUT = 120_000;

describe("posts in the browser (sqlite)", { timeout: 4 * STEP_TIMEOUT }, () => {
  const journey = useServerAndBrowser("sqlite", { demo: true });
  const step = (name: string, fn: () => Promise<void>) => test(name, { timeout: STEP_TIMEOUT }, fn);

  step("a visitor reads the news, a post and a topic", async () => {
    const page = await journey.open({ viewport: { width: 360, height: 740 } });
    await visit(page, "/en/news");
    await page.locator('a[href="/en/news/information-for-refugees-2023"]').first().click();
    await page.waitForURL(/\/en\/news\/information-for-refugees-2023$/);
    await checkA11y(page);
    await page.locator('a[href="/en/topics/refugees"]').first().click();
    await page.waitForURL(/\/en\/topics\/refugees$/);
    await checkA11y(page);
    await visit(page, "/sr-latn/news/eu-western-balkans-drugs-2023");
    await visit(page, "/en/topics");
  });

  step("an editor walks the admin pages of a post", async () => {
    const admin = await journey.open();
    await signInAdmin(admin, journey.server);

    await visit(admin, "/admin/posts");
    await visit(admin, "/admin/posts?lang=sr-latn&state=outdated");
    const link = admin.locator('a[href^="/admin/posts/"][href$="/sr-latn"]').first();
    const postPath = ((await link.getAttribute("href")) ?? "").replace(/\/sr-latn$/, "");
    assert.match(postPath, /^\/admin\/posts\/[\w-]+$/);
    await visit(admin, postPath);
    await visit(admin, `${postPath}/en`);
    await visit(admin, `${postPath}/sr-latn`);
    await visit(admin, `${postPath}/fr`);
    await visit(admin, "/admin/posts/new");
    await admin.getByRole("button", { name: t("en", "posts.admin.create"), exact: true }).click();
    await admin.waitForLoadState();
    await checkA11y(admin);
  });
});

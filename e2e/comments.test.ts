// Comments in a real Chromium against `outreach serve` with the demo network (SQLite only, to keep
// the suite fast): a Ukrainian visitor on a phone comments on an event page, fixes what the server
// refused and sees that the comment waits; the admin finds it in the queue and approves it, and
// opens the confirmation for blocking a sender. Every page visited must pass axe-core.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { COVID_WEBINAR_SLUG } from "../src/demo/events-covid.ts";
import { translate as t } from "../src/i18n/messages.ts";
import { checkA11y, signInAdmin, useServerAndBrowser, visit } from "./support.ts";

const PHONE = { width: 360, height: 740 };
const STEP_TIMEOUT = 120_000;
const eventPath = `/uk/events/${COVID_WEBINAR_SLUG}`;

describe("comments in the browser (sqlite)", { timeout: 4 * STEP_TIMEOUT }, () => {
  const journey = useServerAndBrowser("sqlite", { demo: true });
  const step = (name: string, fn: () => Promise<void>) => test(name, { timeout: STEP_TIMEOUT }, fn);

  step("a visitor on a phone writes a comment, fixes what was refused, and is told it waits for moderation", async () => {
    const page = await journey.open({ viewport: PHONE, locale: "uk-UA" });
    await visit(page, eventPath);
    await page.getByLabel(t("uk", "comments.field.name"), { exact: true }).fill("Оксана");
    const body = page.getByLabel(t("uk", "comments.field.body"), { exact: true });
    await body.fill("Корисні посилання: https://a.example https://b.example https://c.example");
    await page.getByRole("button", { name: t("uk", "comments.submit"), exact: true }).click();
    await page.waitForLoadState();
    assert.ok((await page.content()).includes(t("uk", "comments.error.tooManyLinks")), "the refusal is explained in Ukrainian");
    assert.equal(await page.getByLabel(t("uk", "comments.field.name"), { exact: true }).inputValue(), "Оксана", "what was typed is kept");
    await checkA11y(page);

    await body.fill("Дякую за запис вебінару! Чи будуть матеріали українською?");
    // A person takes more than a few seconds to write; a reply faster than that is taken for a robot.
    await page.waitForTimeout(3_500);
    await page.getByRole("button", { name: t("uk", "comments.submit"), exact: true }).click();
    await page.waitForURL(/\?done=comments\.received#comments$/);
    await checkA11y(page);
    assert.ok((await page.locator("#comments").textContent())?.includes(t("uk", "comments.notice.received")));
  });

  step("the admin approves the comment in the queue and looks at blocking its sender", async () => {
    const admin = await journey.open();
    await signInAdmin(admin, journey.server);

    await visit(admin, "/admin/comments?status=pending&locale=uk");
    const entry = admin.locator("li.queued", { hasText: "Дякую за запис вебінару" });
    await entry.getByRole("button", { name: new RegExp(`^${t("en", "comments.admin.approve")}`) }).click();
    await admin.waitForURL(/done=comments\.moderated/);
    await checkA11y(admin);

    await visit(admin, "/admin/comments");
    await visit(admin, "/admin/comments?status=approved");
    const approved = admin.locator("li.queued", { hasText: "Дякую за запис вебінару" });
    await approved.getByRole("link", { name: new RegExp(`^${t("en", "comments.admin.block")}`) }).click();
    await admin.waitForURL(/\/block$/);
    await checkA11y(admin);
    assert.ok((await admin.locator("main").textContent())?.includes(t("en", "comments.block.explain")));

    const reader = await journey.open();
    await visit(reader, eventPath);
    assert.ok(
      (await reader.locator("#comments").textContent())?.includes("Дякую за запис вебінару"),
      "the approved comment shows on the Ukrainian page",
    );
  });
});

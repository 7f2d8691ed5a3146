// Events in a real Chromium against `outreach serve` with the demo network, on SQLite and PostgreSQL:
// a Russian visitor on a phone finds the upcoming webinar, registers, sees the private page and
// cancels; the admin walks every page of the event admin and the catalogue. Every page visited
// must pass axe-core's WCAG 2.2 A/AA rules.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { UPCOMING_WEBINAR_SLUG } from "../src/demo/events-upcoming.ts";
import { listOutbox } from "../src/email/mailer.ts";
import { translate as t } from "../src/i18n/messages.ts";
import { ENGINES } from "../src/testing/harness.ts";
import { checkA11y, eventually, signInAdmin, useServerAndBrowser, visit } from "./support.ts";

const PHONE = { width: 360, height: 740 };
const STEP_TIMEOUT = 120_000;

for (const engine of ENGINES) {
  describe(`events in the browser (${engine})`, { timeout: 10 * STEP_TIMEOUT }, () => {
    const journey = useServerAndBrowser(engine, { demo: true });
    const step = (name: string, fn: () => Promise<void>) => test(name, { timeout: STEP_TIMEOUT }, fn);

    step("a Russian visitor on a phone registers for the upcoming webinar, then cancels through the private link", async () => {
      const page = await journey.open({ viewport: PHONE, locale: "ru-RU", timezoneId: "Asia/Almaty" });
      await visit(page, "/ru/events");
      await page.locator(`a[href="/ru/events/${UPCOMING_WEBINAR_SLUG}"]`).first().click();
      await page.waitForURL(new RegExp(`/ru/events/${UPCOMING_WEBINAR_SLUG}$`));
      await checkA11y(page);
      const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').first().textContent()) ?? "null");
      assert.ok(jsonLd, "the page describes the event for search engines");
      // With JavaScript, times are also shown in the reader's own zone.
      assert.ok((await page.content()).includes("Asia/Almaty") || (await page.locator("[data-local]").count()) > 0);

      await page.locator(`a[href^="/ru/events/${UPCOMING_WEBINAR_SLUG}/register/"]`).first().click();
      await page.waitForURL(/\/register\//);
      await checkA11y(page);
      await page.locator('[name="name"]').fill("Синяя птица");
      await page.locator('[name="email"]').fill("bluebird@example.org");
      await page.getByRole("button", { name: t("ru", "site.register.submit"), exact: true }).click();
      await page.waitForLoadState();
      assert.ok((await page.content()).includes(t("ru", "events.answerRequired")), "a missing answer is explained in Russian");
      assert.equal(await page.locator('[name="email"]').inputValue(), "bluebird@example.org", "what was typed is kept");
      await checkA11y(page);
      await page.getByLabel("Ваша организация", { exact: true }).fill("Сеть снижения вреда");
      await page.getByLabel("Страна, в которой вы работаете", { exact: true }).selectOption("KZ");
      await page.locator('input[type="checkbox"][required]').check();
      await page.getByRole("button", { name: t("ru", "site.register.submit"), exact: true }).click();
      // Everyone gets the same "check your mail" page; the private link is only in the mail.
      await page.waitForURL(/\/ru\/events\/[\w-]+\/register\/[\w-]+\/sent$/);
      await checkA11y(page);
      const main = async () => ((await page.locator("main").textContent()) ?? "").replace(/\s+/g, " ");
      assert.ok((await main()).includes(t("ru", "site.register.sent.title")), await main());
      const privatePath = await eventually("the mail with the private link", async () => {
        const mail = (await listOutbox(journey.server.dataDir)).find((m) => m.to === "bluebird@example.org");
        return /\/ru\/registrations\/[\w-]+/.exec(mail?.text ?? "")?.[0];
      });
      await visit(page, privatePath);
      assert.ok((await main()).includes(t("ru", "site.reg.confirmed")), await main());

      await page.getByRole("link", { name: t("ru", "site.reg.cancel"), exact: true }).click();
      await page.waitForURL(/\?cancel=1/);
      await checkA11y(page);
      await page.getByRole("button", { name: t("ru", "site.reg.cancelYes"), exact: true }).click();
      await page.waitForURL(/\?done=cancelled$/, { timeout: 5000 }).catch(async (e) => {
        throw new Error(`${page.url()} ${await main()}`, { cause: e });
      });
      await visit(page, privatePath);
      assert.ok((await main()).includes(t("ru", "site.reg.cancelled")), await main());
    });

    step("the admin walks the event admin and the catalogue", async () => {
      const admin = await journey.open();
      await signInAdmin(admin, journey.server);

      await visit(admin, "/admin/events");
      const editLink = admin.locator('a[href^="/admin/events/0"]').first();
      const eventPath = ((await editLink.getAttribute("href")) ?? "").split("?")[0]!.split("/").slice(0, 4).join("/");
      assert.match(eventPath, /^\/admin\/events\/[\w-]+$/);
      for (const tab of ["", "/text/ru", "/agenda", "/occurrences", "/form", "/registrations", "/registrations/message", "/materials"]) {
        await visit(admin, `${eventPath}${tab}`);
      }
      await visit(admin, "/admin/events/new");
      for (const kind of ["organisations", "profiles", "programmes", "series", "topics"]) {
        await visit(admin, `/admin/${kind}`);
        await visit(admin, `/admin/${kind}/new`);
      }
    });
  });
}

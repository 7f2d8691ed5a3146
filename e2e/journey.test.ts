// The whole editorial journey in a real Chromium against `outreach serve`, on SQLite and PostgreSQL:
// the first admin signs in with two factors, invites an editor and a Russian translator by mail,
// they join, a page is written, published, translated, changed and read, in the reader's language
// or with a fallback. Every page visited must pass axe-core's WCAG 2.2 A/AA rules.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import type { Browser, BrowserContext, Locator, Page } from "playwright-core";
import type { Locale } from "../src/i18n/locales.ts";
import { CATALOGS, translate } from "../src/i18n/messages.ts";
import { ENGINES } from "../src/testing/harness.ts";
import { authenticatorCode, checkA11y, eventually, launchBrowser, newPerson, type RunningServer, startServer, visit } from "./support.ts";

/** Interface text as the server renders it (the same catalogs, the same English fallback). */
const t = translate;
const SITE = "Outreach";

const PHONE = { width: 360, height: 740 };
/** A hung step fails instead of stalling CI; each takes a few seconds. */
const STEP_TIMEOUT = 120_000;

const EDITOR = { email: "editor@example.org", name: "Edith Editor", password: "paper lantern river stone" };
const TRANSLATOR = { email: "translator@example.org", name: "Таня Переводчик", password: "зелёный чайник на окне" };

const ORIGINAL = {
  title: "About us",
  summary: "Who we are and how we work.",
  body: "We are a network of harm reduction services.\n\nWe meet every month.",
};
const CHANGED_BODY = "We are a network of harm reduction services.\n\nWe meet every week.";
const RUSSIAN = {
  title: "О нас",
  summary: "Кто мы и как мы работаем.",
  body: "Мы сеть служб снижения вреда.\n\nМы встречаемся каждый месяц.",
};

/** Clicks a submit button and waits until the browser has arrived at the address it is sent to. */
async function submit(page: Page, button: string, arrivesAt: RegExp): Promise<void> {
  await page.getByRole("button", { name: button, exact: true }).click();
  await page.waitForURL(arrivesAt);
  await checkA11y(page);
}

async function text(locator: Locator): Promise<string> {
  return ((await locator.textContent()) ?? "").replace(/\s+/g, " ").trim();
}

async function heading(page: Page): Promise<string> {
  return text(page.getByRole("heading", { level: 1 }));
}

/**
 * Reads the key off the two-factor set-up page, answers with the current code, is shown ten recovery
 * codes once, and continues to where the sign-in leads (/admin, or the account page for a password to replace).
 */
async function setUpTwoFactor(page: Page, locale: Locale, arrivesAt = /\/admin$/): Promise<void> {
  const secret = await text(page.locator("code.secret"));
  assert.match(secret, /^[A-Z2-7]{32}$/);
  await page.getByLabel(t(locale, "twoFactor.code"), { exact: true }).fill(authenticatorCode(secret));
  await page.getByRole("button", { name: t(locale, "twoFactor.enable"), exact: true }).click();
  const proceed = page.getByRole("link", { name: t(locale, "people.recovery.continue"), exact: true });
  await proceed.waitFor();
  assert.equal(await heading(page), t(locale, "people.recovery.title"));
  assert.equal(await page.locator("ol.recovery-codes li").count(), 10);
  await checkA11y(page);
  await proceed.click();
  await page.waitForURL(arrivesAt);
  await checkA11y(page);
}

type Mail = { subject: string; language: string; link: string };

/** Opens the admin's outbox until a mail to the address is there, and reads it. */
async function readInvitation(admin: Page, to: string, base: string): Promise<Mail> {
  const row = await eventually(`the mail to ${to} in the outbox`, async () => {
    await admin.goto("/admin/outbox");
    const match = admin.locator("tbody tr").filter({ has: admin.getByRole("cell", { name: to, exact: true }) });
    return (await match.count()) === 1 ? match : undefined;
  });
  await checkA11y(admin);
  await row.getByRole("link").click();
  await admin.waitForURL(/\/admin\/outbox\/[0-9a-f-]{36}$/);
  await checkA11y(admin);
  const body = await text(admin.locator("pre.mail"));
  const link = new RegExp(`${base.replace(/[.:/]/g, "\\$&")}/[a-z-]+/account/invitation/[A-Za-z0-9_-]+`).exec(body)?.[0];
  assert.ok(link, `the mail to ${to} has an invitation link:\n${body}`);
  return { subject: await heading(admin), language: (await admin.locator("pre.mail").getAttribute("lang")) ?? "", link };
}

for (const engine of ENGINES) {
  describe(`the editorial journey on ${engine}`, () => {
    let browser: Browser;
    let server: RunningServer;
    let base: string;
    const contexts: BrowserContext[] = [];
    let admin: Page;
    let editor: Page;
    let translator: Page;
    const mails: { editor?: Mail; translator?: Mail } = {};
    let pageId = "";
    /** Each step builds on the one before: after a failure the rest are skipped, not failed again. */
    let isBroken = false;

    const person = async (options: Parameters<typeof newPerson>[2] = {}) => {
      const context = await newPerson(browser, base, options);
      contexts.push(context);
      return context.newPage();
    };

    const step = (name: string, body: () => Promise<void>) =>
      test(name, { timeout: STEP_TIMEOUT }, async (ctx) => {
        if (isBroken) return ctx.skip("an earlier step failed");
        try {
          await body();
        } catch (error) {
          isBroken = true;
          if (error instanceof Error) error.message += `\n--- server output ---\n${server.output().slice(-4000)}`;
          throw error;
        }
      });

    before(
      async () => {
        browser = await launchBrowser();
        server = await startServer(engine);
        base = server.baseURL;
      },
      { timeout: STEP_TIMEOUT },
    );

    after(async () => {
      for (const context of contexts) await context.close().catch(() => {});
      await browser?.close();
      await server?.stop();
    });

    step("the first admin signs in, sets up two-step verification and lands in /admin", async () => {
      admin = await person();
      await visit(admin, "/en/account/sign-in");
      await admin.getByLabel(t("en", "account.email"), { exact: true }).fill(server.admin.email);
      await admin.getByLabel(t("en", "account.password"), { exact: true }).fill(server.admin.password);
      await submit(admin, t("en", "signIn.submit"), /\/en\/account\/two-factor\/setup$/);
      await setUpTwoFactor(admin, "en", /\/admin\/account$/);
      // The printed password must be replaced before anything else.
      await admin.getByLabel(t("en", "account.currentPassword"), { exact: true }).fill(server.admin.password);
      await admin.getByLabel(t("en", "account.newPassword"), { exact: true }).fill("a password the admin chose");
      await submit(admin, t("en", "account.changePassword"), /\/admin\/account\?done=passwordChanged$/);
      await visit(admin, "/admin");
      assert.equal(await heading(admin), t("en", "admin.welcome", { name: "Administrator" }));
    });

    step("the admin invites an editor (mail in English) and a Russian translator (mail in Russian)", async () => {
      await visit(admin, "/admin/users/invite");
      await admin.getByLabel(t("en", "account.email"), { exact: true }).fill(EDITOR.email);
      await admin.getByLabel(t("en", "users.role"), { exact: true }).selectOption("editor");
      await admin.getByLabel(t("en", "users.mailLanguage"), { exact: true }).selectOption("en");
      await submit(admin, t("en", "users.sendInvitation"), /\/admin\/users\?done=invited$/);
      assert.equal(await text(admin.getByRole("status")), t("en", "notice.invited"));

      await visit(admin, "/admin/users/invite");
      await admin.getByLabel(t("en", "account.email"), { exact: true }).fill(TRANSLATOR.email);
      await admin.getByLabel(t("en", "users.role"), { exact: true }).selectOption("translator");
      await admin.getByRole("checkbox", { name: "Русский", exact: true }).check();
      await admin.getByLabel(t("en", "users.mailLanguage"), { exact: true }).selectOption("ru");
      await submit(admin, t("en", "users.sendInvitation"), /\/admin\/users\?done=invited$/);
      const invited = await text(admin.getByRole("region", { name: t("en", "users.openInvitations") }));
      assert.ok(invited.includes(EDITOR.email) && invited.includes(TRANSLATOR.email), invited);

      mails.editor = await readInvitation(admin, EDITOR.email, base);
      assert.equal(mails.editor.language, "en");
      assert.equal(mails.editor.subject, t("en", "email.invitation.subject", { site: SITE }));
      assert.ok(mails.editor.link.startsWith(`${base}/en/account/invitation/`), mails.editor.link);

      mails.translator = await readInvitation(admin, TRANSLATOR.email, base);
      assert.equal(mails.translator.language, "ru");
      assert.ok(mails.translator.link.startsWith(`${base}/ru/account/invitation/`), mails.translator.link);
      // ru.json is being filled in by someone else; until it has the subject, English stands in.
      if (CATALOGS.ru["email.invitation.subject"]) {
        assert.equal(mails.translator.subject, t("ru", "email.invitation.subject", { site: SITE }));
        assert.notEqual(mails.translator.subject, t("en", "email.invitation.subject", { site: SITE }));
      } else {
        assert.ok(mails.translator.subject.length > 0);
      }
    });

    step("each invitee opens the link, chooses a name and password, sets up two-step verification", async () => {
      for (const [who, locale, mail] of [
        [EDITOR, "en", mails.editor],
        [TRANSLATOR, "ru", mails.translator],
      ] as const) {
        assert.ok(mail);
        const page = await person(locale === "ru" ? { locale: "ru-RU" } : {});
        await visit(page, mail.link);
        assert.equal(await heading(page), t(locale, "invitation.title"));
        await page.getByLabel(t(locale, "account.name"), { exact: true }).fill(who.name);
        await page.getByLabel(t(locale, "account.newPassword"), { exact: true }).fill(who.password);
        await submit(page, t(locale, "form.save"), new RegExp(`/${locale}/account/two-factor/setup$`));
        await setUpTwoFactor(page, locale);
        assert.equal(await heading(page), t(locale, "admin.welcome", { name: who.name }));
        if (who === EDITOR) editor = page;
        else translator = page;
      }
    });

    step("the editor creates the page “about” in English and publishes it", async () => {
      await visit(editor, "/admin/pages/new");
      await editor.getByLabel(t("en", "pages.field.slug"), { exact: true }).fill("about");
      await editor.getByLabel(t("en", "pages.field.sourceLocale"), { exact: true }).selectOption("en");
      await editor.getByLabel(t("en", "pages.field.title"), { exact: true }).fill(ORIGINAL.title);
      await editor.getByLabel(t("en", "pages.field.summary"), { exact: true }).fill(ORIGINAL.summary);
      await editor.getByLabel(t("en", "pages.field.body"), { exact: true }).fill(ORIGINAL.body);
      await submit(editor, t("en", "pages.create"), /\/admin\/pages\/[^/]+\/en\?done=created$/);
      pageId = new URL(editor.url()).pathname.split("/")[3] ?? "";
      assert.ok(pageId);
      await submit(editor, t("en", "pages.publish"), /\/en\?done=published$/);
      assert.equal(await text(editor.getByRole("status")), t("en", "notice.published"));
      assert.ok(await editor.getByRole("button", { name: t("en", "pages.unpublish") }).isVisible());
    });

    step("the translator may edit only Russian: translates and publishes it; English and new pages are 403", async () => {
      await visit(translator, "/admin/pages");
      assert.equal(await translator.getByRole("link", { name: t("ru", "pages.new"), exact: true }).count(), 0);
      const row = translator.locator("tbody tr").filter({ hasText: "/about" });
      const links = row.getByRole("link");
      assert.equal(await links.count(), 1, "only one language of the page is a link for the translator");
      const editRussian = row.getByRole("link", { name: t("ru", "pages.editIn", { title: ORIGINAL.title, language: "Русский" }) });
      assert.equal(await editRussian.count(), 1, "the link is named for the page and the language");
      assert.equal(await links.getAttribute("href"), `/admin/pages/${pageId}/ru`);

      await links.click();
      await translator.waitForURL(new RegExp(`/admin/pages/${pageId}/ru$`));
      await checkA11y(translator);
      await translator.getByLabel(t("ru", "pages.field.title"), { exact: true }).fill(RUSSIAN.title);
      await translator.getByLabel(t("ru", "pages.field.summary"), { exact: true }).fill(RUSSIAN.summary);
      await translator.getByLabel(t("ru", "pages.field.body"), { exact: true }).fill(RUSSIAN.body);
      await translator.getByRole("radio", { name: t("ru", "translation.status.published"), exact: true }).check();
      await submit(translator, t("ru", "form.save"), new RegExp(`/admin/pages/${pageId}/ru\\?done=saved$`));
      assert.equal(await text(translator.locator("main .badge").first()), t("ru", "translation.status.published"));

      await visit(translator, `/admin/pages/${pageId}/en`, 403);
      assert.equal(await heading(translator), t("ru", "error.forbidden"));
      await visit(translator, "/admin/pages/new", 403);
      assert.equal(await heading(translator), t("ru", "error.forbidden"));
    });

    step("the editor changes the English text; the translator sees “outdated” and what changed", async () => {
      await visit(editor, `/admin/pages/${pageId}/en`);
      await editor.getByLabel(t("en", "pages.field.body"), { exact: true }).fill(CHANGED_BODY);
      await submit(editor, t("en", "form.save"), new RegExp(`/admin/pages/${pageId}/en\\?done=saved$`));

      await visit(translator, `/admin/pages/${pageId}/ru`);
      assert.equal(await text(translator.locator("main .badge").first()), t("ru", "translation.status.outdated"));
      const changes = translator.getByRole("region", { name: t("ru", "translation.changedTitle"), exact: true });
      assert.ok(await changes.isVisible(), "the section on what changed in the original is shown");
      const changed = changes.locator(".change");
      assert.equal(await changed.count(), 1, "only the text changed");
      assert.equal(await changed.getAttribute("data-field"), "body");
      assert.equal(await text(changed.getByRole("heading", { level: 3 })), t("ru", "pages.field.body"));
      assert.equal(await text(changed.locator("del")), "month");
      assert.equal(await text(changed.locator("ins")), "week");
    });

    step("a visitor on a phone reads the page in Russian, and in English with a notice in Lithuanian", async () => {
      const visitor = await person({ viewport: PHONE, isMobile: true, hasTouch: true });
      await visit(visitor, "/ru/pages/about");
      assert.equal(await heading(visitor), RUSSIAN.title);
      assert.equal(await visitor.locator("article").getAttribute("lang"), "ru");

      await visit(visitor, "/lt/pages/about");
      assert.equal(await heading(visitor), ORIGINAL.title);
      assert.equal(await visitor.locator("article").getAttribute("lang"), "en");
      assert.ok(await visitor.locator("p.fallback").isVisible());
      assert.equal(await text(visitor.locator("p.fallback")), t("lt", "content.fallback", { language: "English" }));
      assert.ok((await text(visitor.locator(".prose"))).includes("We meet every week."));
      const switcher = visitor.getByRole("navigation", { name: t("lt", "nav.languages"), exact: true });
      assert.deepEqual(await switcher.getByRole("link").allTextContents(), ["English", "Русский"]);
    });
  });
}

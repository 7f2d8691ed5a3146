// Hostile input in a real Chromium: the XSS corpus (src/testing/xss-payloads.ts) goes into every
// field a visitor or staff member can fill and into a WordPress import, then every page, admin
// page, feed, calendar, mail, CSV export, search result and poster where the values show is read.
// Nothing may run (the payloads call window.__xss), no dialog may open, the page's own CSP must
// report nothing, and no payload may leave a handler, a script or a javascript: address in the DOM.
//
// The default run is a slice: 40 payloads over every field and context on SQLite, 12 on
// PostgreSQL. OUTREACH_TEST_FULL=1 puts the whole corpus into every field.
import assert from "node:assert/strict";
import type { AddressInfo } from "node:net";
import { after, before, describe, test } from "node:test";
import type { Browser, BrowserContext } from "playwright-core";
import type { Engine } from "../src/db/index.ts";
import { listOutbox } from "../src/email/mailer.ts";
import { createPerson, signIn, TestClient } from "../src/testing/client.ts";
import { startTestApp, type TestApp } from "../src/testing/harness.ts";
import { type Seeded, seedHostileInput, type Target } from "../src/testing/hostile-seed.ts";
import { type XssPayload, xssCorpus, xssSlice } from "../src/testing/xss-payloads.ts";
import {
  auditFeed,
  auditHtml,
  checkCalendar,
  checkCsv,
  type Finding,
  type HtmlServer,
  instrument,
  launchIsolatedBrowser,
  startHtmlServer,
  type Watch,
} from "./hostile-support.ts";

const isFull = process.env.OUTREACH_TEST_FULL === "1";

/** `entities` of each kind, each field value holding `perValue` payloads (see src/testing/hostile-seed.ts). */
type Run = { engine: Engine; payloads: XssPayload[]; entities: number; perValue: number };
const FULL_PER_VALUE = 6;
const RUNS: Run[] = isFull
  ? [
      { engine: "sqlite", payloads: xssCorpus(), entities: Math.ceil(xssCorpus().length / FULL_PER_VALUE), perValue: FULL_PER_VALUE },
      { engine: "postgres", payloads: xssSlice(120), entities: 30, perValue: 4 },
    ]
  : [
      { engine: "sqlite", payloads: xssSlice(40), entities: 6, perValue: 1 },
      { engine: "postgres", payloads: xssSlice(12), entities: 2, perValue: 1 },
    ];

for (const run of RUNS) {
  describe(`hostile input in the browser (${run.engine}, ${run.payloads.length} payloads)`, {
    timeout: isFull ? 4 * 3_600_000 : 900_000,
  }, () => {
    let app: TestApp;
    let browser: Browser;
    let baseURL = "";
    let seeded: Seeded;
    const contexts: BrowserContext[] = [];
    let seedMs = 0;
    let shown: Awaited<ReturnType<typeof startHtmlServer>> | undefined;

    before(async () => {
      app = await startTestApp(run.engine);
      const admin = await createPerson(app.services, "admin", { email: "hostile-admin@example.org" });
      const started = Date.now();
      seeded = await seedHostileInput(app, { id: admin.id, role: "admin", locales: [] }, run.payloads, run);
      seedMs = Date.now() - started;
      // Reflected input: every payload as a search, some as a missing page and as list filters.
      run.payloads.forEach((p, i) => {
        const q = encodeURIComponent(p.text);
        seeded.targets.push({ url: `/en/search?q=${q}`, as: "visitor", kind: "html", isReflected: true });
        if (i % 4 === 0) seeded.targets.push({ url: `/en/pages/${q}`, as: "visitor", kind: "html", isReflected: true });
        if (i % 4 === 1)
          seeded.targets.push({ url: `/en/library?kind=${q}&topic=${q}&language=${q}`, as: "visitor", kind: "html", isReflected: true });
        if (i % 4 === 2) seeded.targets.push({ url: `/en/news?kind=${q}`, as: "visitor", kind: "html", isReflected: true });
        if (i % 4 === 3) seeded.targets.push({ url: `/admin/posts?lang=${q}&state=${q}`, as: "admin", kind: "html", isReflected: true });
      });
      const client = new TestClient(app.app);
      await signIn(client, admin, app.clock);
      await app.app.listen({ host: "127.0.0.1", port: 0 });
      baseURL = `http://127.0.0.1:${(app.app.server.address() as AddressInfo).port}`;
      browser = await launchIsolatedBrowser();
      shown = await startHtmlServer();
      for (const as of ["visitor", "admin"] as const) {
        const context = await browser.newContext({ baseURL, locale: "en-GB", timezoneId: "UTC" });
        if (as === "admin") await context.addCookies([{ name: "sid", value: client.cookie("sid") ?? "", url: baseURL }]);
        contexts.push(context);
      }
    });

    after(async () => {
      for (const context of contexts) await context.close().catch(() => {});
      await browser?.close();
      await shown?.close();
      await app?.cleanup();
    });

    test("the watch sees a payload run, a CSP violation and a breakout when there is one", async () => {
      const context = await browser.newContext();
      const watch = await instrument(context);
      const html = shown as HtmlServer;
      const first = await auditHtml(watch, html.show("<title>x</title><img src=x onerror=__xss(1)>"));
      assert.deepEqual(
        first.map((f) => f.what),
        ["handler attribute onerror"],
      );
      assert.deepEqual(
        watch.executions.map((e) => e.detail),
        ["1"],
      );
      await auditHtml(watch, html.show("<title>x</title><img src=x onerror=__xss(2)>", "script-src 'self'"));
      assert.equal(watch.violations.length, 1, "the CSP listener reports");
      assert.equal(watch.executions.length, 1, "the CSP stopped the second");
      const found = await auditHtml(watch, html.show('<title>x</title><a href="javascript:__xss(3)">x</a>'));
      assert.ok(found.some((f) => f.what === "script address in href"));
      assert.deepEqual([...watch.seen].sort(), [1, 2, 3]);
      await context.close();
    });

    test("no payload runs, opens a dialog, trips the CSP or breaks out anywhere it shows", async (t) => {
      const started = Date.now();
      const findings: Finding[] = [];
      const watches: Record<Target["as"], Watch> = {
        visitor: await instrument(contexts[0] as BrowserContext),
        admin: await instrument(contexts[1] as BrowserContext),
      };
      const counts = { html: 0, feed: 0, ics: 0, csv: 0, pdf: 0, xml: 0, mail: 0 };
      const html = shown as NonNullable<typeof shown>;
      // Mail as a mail client shows it: the HTML part, with no CSP to stop anything.
      const mails = (await listOutbox(app.config.dataDir, 100_000)).map((m) => ({
        url: html.show(m.html),
        as: "admin" as const,
        kind: "mail" as const,
      }));
      const read = async (target: Target | (typeof mails)[number]) => {
        const watch = watches[target.as];
        if (process.env.OUTREACH_TEST_TRACE)
          process.stderr.write(`${((Date.now() - started) / 1000).toFixed(1)} ${target.as} ${target.url}\n`);
        counts[target.kind]++;
        if (target.kind === "html" || target.kind === "mail")
          return auditHtml(watch, target.url, { isReflected: "isReflected" in target && target.isReflected });
        const res = await watch.page.request.get(target.url);
        const body = await res.text();
        if (res.status() !== 200) return [{ url: target.url, what: `status ${res.status()}`, detail: body.slice(0, 200) }];
        if (target.kind === "feed" || target.kind === "xml") return auditFeed(watch, target.url, body, (h) => html.show(h));
        if (target.kind === "ics") return checkCalendar(target.url, body);
        if (target.kind === "csv") return checkCsv(target.url, res.headers(), body);
        if (!body.startsWith("%PDF-") || res.headers()["content-type"] !== "application/pdf") {
          return [{ url: target.url, what: "not a PDF", detail: res.headers()["content-type"] ?? "" }];
        }
        return [];
      };
      // The visitor's and the admin's pages are read side by side, each in its own browser profile.
      const lanes = [seeded.targets.filter((x) => x.as === "visitor"), [...seeded.targets.filter((x) => x.as === "admin"), ...mails]];
      await Promise.all(
        lanes.map(async (lane) => {
          for (const target of lane) findings.push(...(await read(target)));
        }),
      );
      const executions = [...watches.visitor.executions, ...watches.admin.executions];
      const violations = [...watches.visitor.violations, ...watches.admin.violations];
      const dialogs = [...watches.visitor.dialogs, ...watches.admin.dialogs];
      const pages = Object.values(counts).reduce((a, b) => a + b, 0);
      t.diagnostic(
        `${run.engine}: ${run.payloads.length} payloads (${new Set(run.payloads.map((p) => p.family)).size} families) × ${seeded.fields.size} fields ` +
          `(${[...seeded.fields.values()].reduce((a, b) => a + b.size, 0)} placements, ${run.entities} of each entity) × ${pages} pages read ` +
          `(${Object.entries(counts)
            .map(([k, v]) => `${v} ${k}`)
            .join(", ")}); seeded in ${(seedMs / 1000).toFixed(1)} s, read in ${((Date.now() - started) / 1000).toFixed(1)} s`,
      );
      t.diagnostic(
        `executions: ${executions.length}, dialogs: ${dialogs.length}, CSP violations: ${violations.length}, DOM breakouts and other findings: ${findings.length}`,
      );
      if (isFull) {
        for (const [field, ids] of seeded.fields) {
          if (seeded.limited.has(field)) {
            t.diagnostic(`${field} (a short field) held ${ids.size} of ${run.payloads.length} payloads`);
            continue;
          }
          const refused = seeded.refused.get(field)?.size ?? 0;
          assert.equal(ids.size + refused, run.payloads.length, `${field} holds every payload it can (${refused} longer than it allows)`);
        }
      }
      const placed = new Set([...seeded.fields.values()].flatMap((ids) => [...ids]));
      const seen = new Set([...watches.visitor.seen, ...watches.admin.seen]);
      const unseen = [...placed].filter((id) => !seen.has(id));
      t.diagnostic(`${placed.size} payloads placed, ${placed.size - unseen.length} of them found in the pages read`);
      const show = (list: readonly { url: string; what: string; detail: string }[]) =>
        list
          .slice(0, 40)
          .map((f) => `  ${f.url}: ${f.what} ${f.detail}`)
          .join("\n");
      assert.equal(executions.length, 0, `payloads ran:\n${show(executions)}`);
      assert.equal(dialogs.length, 0, `dialogs opened:\n${show(dialogs)}`);
      assert.equal(violations.length, 0, `CSP violations:\n${show(violations)}`);
      assert.equal(findings.length, 0, `findings:\n${show(findings)}`);
      assert.deepEqual(unseen, [], "every payload placed shows on some page");
    });
  });
}

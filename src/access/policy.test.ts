import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { ROUTES as API_ROUTES } from "../api/api.matrix.ts";
import { ROUTES as CATALOGUE_ROUTES } from "../catalogue/admin.matrix.ts";
import { ROUTES as COMMENT_ROUTES } from "../comments/comments.matrix.ts";
import { createPage } from "../content/pages.ts";
import { ROUTES as DISCOVERY_ROUTES } from "../discovery/discovery.matrix.ts";
import { ROUTES as EVENT_ADMIN_ROUTES } from "../events/admin/admin.matrix.ts";
import { ROUTES as REGISTRATION_ADMIN_ROUTES } from "../events/registration/admin.matrix.ts";
import { ROUTES as EVENT_SITE_ROUTES } from "../events/site/site.matrix.ts";
import { ROUTES as HUB_ROUTES } from "../hubs/hubs.matrix.ts";
import { ROUTES as LIBRARY_ROUTES } from "../library/library.matrix.ts";
import { ROUTES as POST_ROUTES } from "../posts/posts.matrix.ts";
import { ROUTES as SEARCH_ROUTES } from "../site/search.matrix.ts";
import { createPerson, type Person, signIn, TestClient } from "../testing/client.ts";
import { ENGINES, startTestApp, type TestApp } from "../testing/harness.ts";
import { WHO } from "../testing/matrix.ts";
import { sessionCookieName } from "../web/cookies.ts";

/**
 * The role matrix: for every route, who gets through. Written out by hand, apart from the policy
 * module, so that a change to either shows up here. A new route fails this test until it is added.
 */
const EXPECTED: Record<string, string> = {
  ...API_ROUTES,
  ...EVENT_SITE_ROUTES,
  ...EVENT_ADMIN_ROUTES,
  ...REGISTRATION_ADMIN_ROUTES,
  ...CATALOGUE_ROUTES,
  ...POST_ROUTES,
  ...HUB_ROUTES,
  ...COMMENT_ROUTES,
  ...LIBRARY_ROUTES,
  ...DISCOVERY_ROUTES,
  ...SEARCH_ROUTES,
  "GET /": WHO.everyone,
  "GET /:locale/": WHO.everyone,
  "GET /:locale": WHO.everyone,
  "GET /language": WHO.everyone,
  "POST /language": WHO.everyone,
  "GET /healthz": WHO.everyone,
  "GET /readyz": WHO.everyone,
  "GET /:locale/pages/:slug": WHO.everyone,
  "GET /:locale/account/sign-in": WHO.everyone,
  "POST /:locale/account/sign-in": WHO.everyone,
  "GET /:locale/account/two-factor": WHO.pending,
  "POST /:locale/account/two-factor": WHO.pending,
  "GET /:locale/account/two-factor/setup": WHO.pending,
  "POST /:locale/account/two-factor/setup": WHO.pending,
  "POST /:locale/account/sign-out": WHO.everyone,
  "POST /admin/sign-out": WHO.everyone,
  "GET /:locale/account/reset": WHO.everyone,
  "POST /:locale/account/reset": WHO.everyone,
  "GET /:locale/account/reset/:token": WHO.everyone,
  "POST /:locale/account/reset/:token": WHO.everyone,
  "GET /:locale/account/invitation/:token": WHO.everyone,
  "POST /:locale/account/invitation/:token": WHO.everyone,
  "GET /admin/account": WHO.signedIn,
  "POST /admin/account/password": WHO.signedIn,
  "POST /admin/account/sign-out-everywhere": WHO.signedIn,
  "POST /admin/account/details": WHO.signedIn,
  "POST /admin/account/recovery-codes": WHO.signedIn,
  "GET /admin/account/two-factor": WHO.signedIn,
  "POST /admin/account/two-factor": WHO.signedIn,
  "GET /admin/users": WHO.admin,
  "GET /admin/users/invite": WHO.admin,
  "POST /admin/users/invite": WHO.admin,
  "GET /admin/users/:id": WHO.admin,
  "POST /admin/users/:id": WHO.admin,
  "POST /admin/users/:id/two-factor/reset": WHO.admin,
  "GET /admin": WHO.staff,
  "GET /admin/outbox": WHO.admin,
  "GET /admin/outbox/:id": WHO.admin,
  "GET /admin/jobs": WHO.admin,
  "GET /admin/audit": WHO.admin,
  "GET /admin/pages": WHO.translators,
  "GET /admin/pages/new": WHO.editors,
  "POST /admin/pages/new": WHO.editors,
  "GET /admin/pages/:id/:lang (ru)": WHO.translators,
  "POST /admin/pages/:id/:lang (ru)": WHO.translators,
  "GET /admin/pages/:id/:lang (en)": WHO.editors,
  "POST /admin/pages/:id/:lang (en)": WHO.editors,
  "POST /admin/pages/:id/publish": WHO.editors,
  "POST /admin/pages/:id/unpublish": WHO.editors,
};

const ROLES = ["anonymous", "pending", "admin", "editor", "organiser", "translator", "member-contact", "participant"] as const;

for (const engine of ENGINES) {
  describe(`role matrix (${engine})`, () => {
    let t: TestApp;
    let pageId: string;
    const clients = new Map<string, TestClient>();
    const people = new Map<string, Person>();

    /** A client signed in as the role; sign-out rows get a fresh one since they end the session. */
    async function clientFor(role: (typeof ROLES)[number], isOwnPerson = false): Promise<TestClient> {
      const client = new TestClient(t.app);
      if (role === "pending") {
        const editor = await createPerson(t.services, "editor");
        await client.submit("/en/account/sign-in", { email: editor.email, password: editor.password });
      } else if (role !== "anonymous") {
        const person =
          (isOwnPerson ? undefined : people.get(role)) ??
          (await createPerson(t.services, role, { locales: role === "translator" ? ["ru"] : [] }));
        if (!isOwnPerson) people.set(role, person);
        await signIn(client, person, t.clock);
      }
      return client;
    }

    before(async () => {
      t = await startTestApp(engine);
      const admin = await createPerson(t.services, "admin");
      pageId = (
        await createPage(
          t.services,
          { id: admin.id, role: "admin", locales: [] },
          { slug: "about", sourceLocale: "en", title: "About", summary: "", body: "Text" },
        )
      ).id;
      for (const role of ROLES) clients.set(role, await clientFor(role));
    });
    after(() => t.cleanup());

    test("every route is in the expected matrix", () => {
      const declared = new Set(t.app.routeTable.map((r) => `${r.method} ${r.url}`));
      const expected = new Set(Object.keys(EXPECTED).map((k) => k.replace(/ \((ru|en)\)$/, "")));
      assert.deepEqual(
        [...declared].filter((r) => !expected.has(r)),
        [],
        "routes missing from the matrix",
      );
      assert.deepEqual(
        [...expected].filter((r) => !declared.has(r)),
        [],
        "matrix rows without a route",
      );
    });

    test("each role reaches exactly the routes the matrix allows", async () => {
      const mismatches: string[] = [];
      for (const [row, allowed] of Object.entries(EXPECTED)) {
        const [method, pattern, variant] = row.split(" ") as [string, string, string | undefined];
        const lang = variant === "(en)" ? "en" : "ru";
        const url = pattern
          .replace(":locale", "en")
          .replace(":slug", "about")
          .replace(":token", "no-such-token")
          .replace(":lang", lang)
          .replace("/users/:id", `/users/${people.get("participant")?.id}`)
          .replace("/outbox/:id", "/outbox/00000000-0000-7000-8000-000000000000")
          .replace(":id", pageId);
        for (const role of ROLES) {
          const isSessionEnding = row.includes("sign-out");
          const client = isSessionEnding ? await clientFor(role, true) : clients.get(role)!;
          await client.get(role === "anonymous" ? "/en/account/sign-in" : role === "pending" ? "/en/account/two-factor" : "/admin/account");
          // PATCH (API only) goes out with the same session cookie the client holds, as a browser's fetch would.
          const session = `${sessionCookieName(t.services)}=${client.cookie(sessionCookieName(t.services)) ?? ""}`;
          const res =
            method === "GET"
              ? await client.get(url)
              : method === "POST"
                ? await client.post(url, {})
                : await t.app.inject({ method: method as "PATCH", url, payload: {}, headers: { cookie: session } });
          const isDenied =
            res.statusCode === 401 ||
            ((res.statusCode === 302 || res.statusCode === 303) && String(res.headers.location).includes("/account/sign-in?next=")) ||
            (res.statusCode === 403 && res.body.includes("FORBIDDEN"));
          const shouldPass = allowed.split(" ").includes(role);
          if (isDenied === shouldPass)
            mismatches.push(`${row} as ${role}: got ${res.statusCode}, expected ${shouldPass ? "allowed" : "denied"}`);
          assert.ok(res.statusCode < 500, `${row} as ${role} answered ${res.statusCode}`);
        }
      }
      assert.deepEqual(mismatches, []);
    });
  });
}

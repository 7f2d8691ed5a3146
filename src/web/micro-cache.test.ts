import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { createPage, saveTranslation, setPagePublished } from "../content/pages.ts";
import { createPerson, signIn, TestClient } from "../testing/client.ts";
import { startTestApp, type TestApp } from "../testing/harness.ts";

describe("micro-cache of anonymous pages", () => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp("sqlite");
  });
  after(() => t.cleanup());

  test("visitors share a cached page; a change empties the cache; signed-in people bypass it", async () => {
    const admin = await createPerson(t.services, "admin");
    const actor = { id: admin.id, role: admin.role, locales: [] };
    const page = await createPage(t.services, actor, { slug: "news", sourceLocale: "en", title: "First title", summary: "", body: "" });
    await setPagePublished(t.services, actor, page.id, true);
    const visitor = new TestClient(t.app);
    const first = await visitor.get("/en/pages/news");
    assert.equal(first.headers["x-cache"], undefined);
    const second = await visitor.get("/en/pages/news");
    assert.equal(second.headers["x-cache"], "hit");
    assert.equal(second.body, first.body);

    await saveTranslation(t.services, actor, page.id, "en", { title: "Second title", summary: "", body: "", status: "published" });
    const third = await visitor.get("/en/pages/news");
    assert.match(third.body, /Second title/);

    const signedIn = new TestClient(t.app);
    await signIn(signedIn, admin, t.clock);
    const own = await signedIn.get("/en/pages/news");
    assert.equal(own.headers["x-cache"], undefined);
    assert.equal(own.headers["cache-control"], "private, no-store");
  });
});

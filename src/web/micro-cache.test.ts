import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { announceContentChange } from "../changes.ts";
import { createPage, saveTranslation, setPagePublished } from "../content/pages.ts";
import { createPerson, signIn, TestClient } from "../testing/client.ts";
import { startTestApp, type TestApp } from "../testing/harness.ts";
import { etagOf, isNotModified, preferredEncoding } from "./micro-cache.ts";

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

  test("a page anyone gets alike carries an ETag: the same tag again gets a 304 without a body, from the cache or fresh; a change gives a new tag", async () => {
    const admin = await createPerson(t.services, "admin");
    const actor = { id: admin.id, role: admin.role, locales: [] };
    const page = await createPage(t.services, actor, { slug: "tags", sourceLocale: "en", title: "Tagged", summary: "", body: "" });
    await setPagePublished(t.services, actor, page.id, true);
    const fresh = await t.app.inject({ method: "GET", url: "/en/pages/tags" });
    assert.equal(fresh.statusCode, 200);
    const etag = fresh.headers.etag;
    assert.ok(typeof etag === "string" && etag.startsWith('W/"'), "a weak tag");
    assert.equal(etag, etagOf(fresh.body), "the tag is of the bytes sent");

    const fromCache = await t.app.inject({ method: "GET", url: "/en/pages/tags", headers: { "if-none-match": etag } });
    assert.equal(fromCache.statusCode, 304);
    assert.equal(fromCache.headers["x-cache"], "hit");
    assert.equal(fromCache.body, "");
    assert.equal(fromCache.headers.etag, etag);

    // The cache emptied (as on another instance, or after its lifetime): the page is rendered again,
    // the same bytes give the same tag, and the client still gets a 304.
    announceContentChange();
    const rendered = await t.app.inject({ method: "GET", url: "/en/pages/tags", headers: { "if-none-match": `"other", ${etag}` } });
    assert.equal(rendered.headers["x-cache"], undefined, "rendered, not from the cache");
    assert.equal(rendered.statusCode, 304);
    assert.equal(rendered.body, "");

    await saveTranslation(t.services, actor, page.id, "en", { title: "Retagged", summary: "", body: "", status: "published" });
    const changed = await t.app.inject({ method: "GET", url: "/en/pages/tags", headers: { "if-none-match": etag } });
    assert.equal(changed.statusCode, 200, "a changed page is sent whole");
    assert.match(changed.body, /Retagged/);
    assert.notEqual(changed.headers.etag, etag);
  });

  test("If-None-Match is compared weakly, lists and * included; anything else is not a match", () => {
    const tag = etagOf("<p>hello</p>");
    assert.equal(isNotModified(tag, tag), true);
    assert.equal(isNotModified(tag.replace(/^W\//, ""), tag), true);
    assert.equal(isNotModified(`"a", ${tag}`, tag), true);
    assert.equal(isNotModified("*", tag), true);
    assert.equal(isNotModified(undefined, tag), false);
    assert.equal(isNotModified('W/"else"', tag), false);
    assert.equal(isNotModified("", tag), false);
  });

  test("an anonymous page is sent in Brotli or gzip as the browser asks, fresh and from the cache, the same page once unpacked", async () => {
    const admin = await createPerson(t.services, "admin");
    const actor = { id: admin.id, role: admin.role, locales: [] };
    const page = await createPage(t.services, actor, {
      slug: "packed",
      sourceLocale: "en",
      title: "Packed",
      summary: "",
      body: "Naloxone ".repeat(200),
    });
    await setPagePublished(t.services, actor, page.id, true);
    const plain = await t.app.inject({ method: "GET", url: "/en/pages/packed" });
    assert.equal(plain.headers["content-encoding"], undefined, "no Accept-Encoding, no coding");
    assert.equal(plain.headers.vary, "Accept-Encoding");
    announceContentChange();
    for (const round of ["fresh", "cached"]) {
      const br = await t.app.inject({ method: "GET", url: "/en/pages/packed", headers: { "accept-encoding": "gzip, deflate, br" } });
      assert.equal(br.headers["content-encoding"], "br", round);
      assert.equal(br.headers["x-cache"], round === "cached" ? "hit" : undefined);
      assert.equal(brotliDecompressSync(br.rawPayload).toString(), plain.body, `${round}: the same page`);
      assert.ok(br.rawPayload.length < plain.rawPayload.length / 2, `${round}: smaller`);
      assert.equal(Number(br.headers["content-length"]), br.rawPayload.length);
    }
    const gzip = await t.app.inject({ method: "GET", url: "/en/pages/packed", headers: { "accept-encoding": "gzip;q=1, br;q=0" } });
    assert.equal(gzip.headers["content-encoding"], "gzip");
    assert.equal(gunzipSync(gzip.rawPayload).toString(), plain.body);
  });

  test("Accept-Encoding: Brotli first, then gzip, never a coding refused with q=0", () => {
    assert.equal(preferredEncoding("gzip, deflate, br, zstd"), "br");
    assert.equal(preferredEncoding("gzip"), "gzip");
    assert.equal(preferredEncoding("br;q=0, gzip;q=0.5"), "gzip");
    assert.equal(preferredEncoding("identity"), undefined);
    assert.equal(preferredEncoding("gzip;q=0"), undefined);
    assert.equal(preferredEncoding(undefined), undefined);
  });
});

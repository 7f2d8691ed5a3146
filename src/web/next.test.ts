import assert from "node:assert/strict";
import { test } from "node:test";
import { safeNext } from "./next.ts";

const origin = new URL("https://outreach.example/");

test("addresses that a browser would follow to another host fall back", () => {
  for (const next of [
    "//evil.example",
    "/\\evil.example",
    "/\t/evil.example",
    "/\n/evil.example",
    "\t//evil.example",
    "/\r\n/evil.example",
    "https://evil.example/",
    "http:evil.example",
    "javascript:alert(1)",
    "\\\\evil.example",
    "https://outreach.example@evil.example/",
    "http://outreach.example/", // another scheme, so another origin
  ]) {
    assert.equal(safeNext(next, origin, "/fallback"), "/fallback", JSON.stringify(next));
  }
});

test("addresses on this site come back as path, query and fragment only", () => {
  assert.equal(safeNext("/admin/pages?x=1#top", origin, "/"), "/admin/pages?x=1#top");
  assert.equal(safeNext("https://outreach.example/en/news", origin, "/"), "/en/news");
  assert.equal(safeNext("/en/a b", origin, "/"), "/en/a%20b");
  assert.equal(safeNext("/%09/evil.example", origin, "/"), "/%09/evil.example");
  assert.equal(safeNext(undefined, origin, "/"), "/");
  assert.equal(safeNext(["/a", "/b"], origin, "/"), "/");
});

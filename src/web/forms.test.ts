import assert from "node:assert/strict";
import { test } from "node:test";
import { firstValue, formFields, one, SLUG_PATTERN, trimmed } from "./forms.ts";

test("a field sent twice keeps its first value, a missing one reads as empty", () => {
  const body = { title: ["First", "Second"], summary: "  spaced  " };
  assert.equal(one(body, "title"), "First");
  assert.equal(one(body, "missing"), "");
  assert.equal(one(body, "summary"), "  spaced  ");
  assert.equal(trimmed(body, "summary"), "spaced");
  assert.equal(firstValue(undefined), "");
  assert.equal(firstValue([]), "");
  assert.deepEqual({ ...formFields(body) }, { title: "First", summary: "  spaced  " });
});

test("one slug pattern: lower-case words joined by single hyphens", () => {
  for (const slug of ["harm-reduction", "2024", "a-b-c"]) assert.ok(SLUG_PATTERN.test(slug), slug);
  for (const slug of ["Harm", "-lead", "trail-", "two--hyphens", "with space", "", "ünï"]) assert.ok(!SLUG_PATTERN.test(slug), slug);
});

import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { TestClock } from "./harness.ts";

/** The harness undoes every move of a TestClock after each test, so a failing test cannot shift time for the rest. */
const START = "2026-11-22T10:00:00.000Z";
const clock = new TestClock();

describe("TestClock between tests", () => {
  test("a test that moves the clock and then fails", { todo: "fails on purpose: its failure must not leak its time" }, () => {
    clock.set("2030-01-01T00:00:00.000Z");
    clock.advance(60_000);
    assert.fail("this test fails after moving the clock, before any reset of its own");
  });

  test("the next test starts at the time the failing one began", () => {
    assert.equal(clock.now().toISOString(), START);
    clock.advance(5 * 60_000);
  });

  test("and so does the one after a passing test that moved it", () => {
    assert.equal(clock.now().toISOString(), START);
  });
});

describe("a time set before the tests stays", () => {
  const later = new TestClock(new Date("2027-06-01T00:00:00.000Z"));
  test("moved in one test", () => {
    later.advance(1000);
    assert.equal(later.now().toISOString(), "2027-06-01T00:00:01.000Z");
  });
  test("back for the next", () => {
    assert.equal(later.now().toISOString(), "2027-06-01T00:00:00.000Z");
  });
});

import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { describe, test } from "node:test";
import { ConfigError, loadConfig } from "./config.ts";

describe("configuration from the environment", () => {
  test("defaults give a working local setup", () => {
    const config = loadConfig({});
    assert.equal(config.port, 3000);
    assert.equal(config.databaseUrl, undefined);
    assert.match(config.dataDir, /data$/);
    assert.equal(config.locales.length, 7);
    assert.equal(config.isHttps, false);
  });

  test("every mistake is reported, one line each", () => {
    try {
      loadConfig({ PORT: "eighty", DATABASE_URL: "mysql://x", OUTREACH_LOCALES: "en,xx", TRUST_PROXY: "maybe" });
      assert.fail("should have thrown");
    } catch (error) {
      assert.ok(error instanceof ConfigError);
      assert.equal(error.problems.length, 4);
      assert.ok(error.problems.some((p) => p.startsWith("PORT:") && p.includes('"eighty"')));
      assert.ok(error.problems.some((p) => p.startsWith("DATABASE_URL:")));
      assert.ok(error.problems.some((p) => p.startsWith("OUTREACH_LOCALES:") && p.includes("xx")));
      assert.ok(error.problems.some((p) => p.startsWith("TRUST_PROXY:")));
    }
  });

  test("HTTPS base address turns on secure cookies and HSTS", () => {
    assert.equal(loadConfig({ OUTREACH_BASE_URL: "https://network.example.org" }).isHttps, true);
  });

  test("fallback chains are parsed and checked", () => {
    const config = loadConfig({ OUTREACH_FALLBACKS: "uk=ru,en;sr-Cyrl=sr-Latn" });
    assert.deepEqual(config.fallbacks.get("uk"), ["ru", "en"]);
    assert.throws(() => loadConfig({ OUTREACH_FALLBACKS: "uk=xx" }), ConfigError);
  });

  test("the command refuses to start on a bad setting, with a clear line and a non-zero exit", () => {
    const result = spawnSync(process.execPath, ["bin/outreach.js", "serve"], { env: { ...process.env, PORT: "99999" }, encoding: "utf8" });
    assert.equal(result.status, 2);
    assert.match(result.stderr, /PORT: must be a whole number from 1 to 65535 \(got "99999"\)/);
  });
});

import assert from "node:assert/strict";
import { Writable } from "node:stream";
import { after, before, describe, test } from "node:test";
import { createLogger } from "./log.ts";
import { createPerson, signIn, TestClient } from "./testing/client.ts";
import { startTestApp, type TestApp } from "./testing/harness.ts";

describe("logs carry no personal data", () => {
  const lines: string[] = [];
  let t: TestApp;
  before(async () => {
    const sink = new Writable({
      write(chunk, _encoding, callback) {
        lines.push(String(chunk));
        callback();
      },
    });
    t = await startTestApp("sqlite", { log: createLogger("info", sink) });
  });
  after(() => t.cleanup());

  test("sign-in, reset and failing requests log routes and statuses only", async () => {
    const person = await createPerson(t.services, "editor", { email: "private.person@example.org" });
    const client = new TestClient(t.app);
    await signIn(client, person, t.clock);
    await client.get("/en/pages/nothing?email=private.person@example.org");
    await client.submit("/en/account/reset", { email: "private.person@example.org" });
    await client.get("/en/account/reset/secret-token-value-123");
    const log = lines.join("");
    assert.match(log, /"route":"\/:locale\/account\/sign-in"/);
    assert.match(log, /"status":410/);
    for (const secret of ["private.person@example.org", "secret-token-value-123", client.remoteAddress, person.password]) {
      assert.ok(!log.includes(secret), `the log contains ${secret}`);
    }
  });
});

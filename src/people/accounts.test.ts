import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { createPerson, signIn, TestClient } from "../testing/client.ts";
import { ENGINES, startTestApp, type TestApp } from "../testing/harness.ts";
import { currentTotp } from "./totp.ts";

for (const engine of ENGINES) {
  describe(`sign-in with two factors (${engine})`, () => {
    let t: TestApp;
    before(async () => {
      t = await startTestApp(engine);
    });
    after(() => t.cleanup());

    test("an admin signs in with password and code and reaches the admin", async () => {
      const admin = await createPerson(t.services, "admin");
      const client = new TestClient(t.app);
      await signIn(client, admin, t.clock);
      const res = await client.get("/admin");
      assert.equal(res.statusCode, 200);
      assert.match(res.body, /Welcome, Test admin/);
    });

    test("a wrong password is refused with a localised message and no session", async () => {
      const admin = await createPerson(t.services, "admin");
      const client = new TestClient(t.app);
      await client.get("/ru/account/sign-in");
      const res = await client.post("/ru/account/sign-in", { email: admin.email, password: "wrong password here" });
      assert.equal(res.statusCode, 422);
      assert.equal(client.cookie("sid"), undefined);
      assert.equal((await client.get("/admin")).statusCode, 302);
    });

    test("the password alone does not open the admin for staff", async () => {
      const editor = await createPerson(t.services, "editor");
      const client = new TestClient(t.app);
      await client.get("/en/account/sign-in");
      const res = await client.post("/en/account/sign-in", { email: editor.email, password: editor.password });
      assert.equal(res.headers.location, "/en/account/two-factor");
      assert.equal((await client.get("/admin")).statusCode, 302);
      await client.get("/en/account/two-factor");
      const wrong = await client.post("/en/account/two-factor", { code: "000000" });
      assert.equal(wrong.statusCode, 422);
      const ok = await client.post("/en/account/two-factor", { code: currentTotp(editor.totpSecret!, t.clock.now()) });
      assert.equal(ok.statusCode, 303);
      assert.equal((await client.get("/admin")).statusCode, 200);
    });

    test("a code cannot be used twice", async () => {
      const editor = await createPerson(t.services, "editor");
      const code = currentTotp(editor.totpSecret!, t.clock.now());
      const first = new TestClient(t.app);
      await first.submit("/en/account/sign-in", { email: editor.email, password: editor.password });
      await first.get("/en/account/two-factor");
      assert.equal((await first.post("/en/account/two-factor", { code })).statusCode, 303);
      const second = new TestClient(t.app);
      await second.submit("/en/account/sign-in", { email: editor.email, password: editor.password });
      await second.get("/en/account/two-factor");
      assert.equal((await second.post("/en/account/two-factor", { code })).statusCode, 422);
    });

    test("signing out everywhere ends every session of the account", async () => {
      const admin = await createPerson(t.services, "admin");
      const laptop = new TestClient(t.app);
      const phone = new TestClient(t.app);
      await signIn(laptop, admin, t.clock);
      await signIn(phone, admin, t.clock);
      await laptop.get("/admin/account");
      const res = await laptop.post("/admin/account/sign-out-everywhere");
      assert.equal(res.statusCode, 303);
      assert.equal((await phone.get("/admin")).statusCode, 302);
      assert.equal((await laptop.get("/admin")).statusCode, 302);
    });

    test("a form posted without its token is refused", async () => {
      const admin = await createPerson(t.services, "admin");
      const client = new TestClient(t.app);
      await signIn(client, admin, t.clock);
      const res = await client.post("/admin/pages/new", { _csrf: "forged", slug: "x", title: "X", sourceLocale: "en" });
      assert.equal(res.statusCode, 403);
      assert.match(res.body, /CSRF_INVALID/);
      const cross = await client.post("/admin/account/sign-out-everywhere", {}, { origin: "https://evil.example" });
      assert.equal(cross.statusCode, 403);
    });
  });
}

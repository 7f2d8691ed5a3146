import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import type { Actor } from "../access/policy.ts";
import { DAY } from "../clock.ts";
import { listOutbox } from "../email/mailer.ts";
import { translate } from "../i18n/messages.ts";
import { createPost } from "../posts/posts.ts";
import { publishPostLanguage } from "../posts/publishing.ts";
import { createPerson, type Person, signIn, TestClient } from "../testing/client.ts";
import { createTestEvent } from "../testing/events.ts";
import { ENGINES, startTestApp, type TestApp } from "../testing/harness.ts";
import { createFormStamp } from "./defences.ts";

const stampOf = (html: string) => /name="stamp" value="([^"]+)"/.exec(html)?.[1] ?? "";
/** The text as the page shows it: hono escapes quotes and ampersands in text too. */
const escaped = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");

for (const engine of ENGINES) {
  describe(`comments (${engine})`, () => {
    let t: TestApp;
    let actor: Actor;
    let admin: Person;
    let moderator: Person;
    let retired: Person;
    let translator: Person;
    let moderatorClient: TestClient;
    let visits = 0;
    const eventPath = (locale: string) => `/${locale}/events/police-and-harm-reduction`;

    before(async () => {
      t = await startTestApp(engine);
      admin = await createPerson(t.services, "admin");
      actor = { id: admin.id, role: "admin", locales: [] };
      moderator = await createPerson(t.services, "editor");
      await t.services.db.updateTable("users").set({ ui_locale: "ru" }).where("id", "=", moderator.id).execute();
      retired = await createPerson(t.services, "editor");
      await t.services.db.updateTable("users").set({ disabled_at: t.clock.now().toISOString() }).where("id", "=", retired.id).execute();
      translator = await createPerson(t.services, "translator", { locales: ["ru"] });
      await createTestEvent(t.services, actor, { slug: "police-and-harm-reduction" });
      moderatorClient = new TestClient(t.app);
      await signIn(moderatorClient, moderator, t.clock);
    });
    after(() => t.cleanup());

    /** A visitor opens the page (a fresh address each time, past the micro-cache), writes for some seconds, and sends. */
    async function writeComment(client: TestClient, pagePath: string, fields: Record<string, string>, seconds = 5) {
      visits += 1;
      const page = await client.get(`${pagePath}?visit=${visits}`);
      assert.equal(page.statusCode, 200);
      t.clock.advance(seconds * 1000);
      return client.post(`${pagePath}/comments`, { stamp: stampOf(page.body), ...fields });
    }

    async function drain() {
      assert.ok(t.worker);
      await t.worker.drain();
    }

    async function commentWith(body: string) {
      return t.services.db.selectFrom("comments").selectAll().where("body", "=", body).executeTakeFirstOrThrow();
    }

    async function mailJobsFor(commentId: string) {
      const rows = await t.services.db
        .selectFrom("jobs")
        .select("unique_key")
        .where("unique_key", "like", `comment:${commentId}:%`)
        .execute();
      return rows.length;
    }

    async function moderate(form: Record<string, string | string[]>) {
      await moderatorClient.get("/admin/comments");
      return moderatorClient.post("/admin/comments", form);
    }

    test("a visitor's comment waits, moderators are mailed, and once approved it shows on that language's page only", async () => {
      const visitor = new TestClient(t.app);
      const body =
        "Где можно взять информационные листки на украинском?\nНам нужно 200 штук для приюта. <b>Спасибо</b> https://example.org/leaflets";
      const sent = await writeComment(visitor, eventPath("ru"), { name: "Олена", email: "Olena@Example.org", body });
      assert.equal(sent.statusCode, 303);
      assert.equal(sent.headers.location, `${eventPath("ru")}?done=comments.received#comments`);
      const back = await visitor.get(String(sent.headers.location).replace(/#.*$/, ""));
      assert.match(back.body, new RegExp(escaped(translate("ru", "comments.notice.received"))));
      assert.doesNotMatch(back.body, /Олена/, "a waiting comment is not shown");

      const stored = await commentWith(body);
      assert.equal(stored.status, "pending");
      assert.equal(stored.locale, "ru");
      assert.equal(stored.author_email, "olena@example.org");
      assert.ok(stored.address_hash && !stored.address_hash.includes(visitor.remoteAddress), "the address is kept only as a keyed hash");

      await drain();
      const mails = (await listOutbox(t.config.dataDir)).filter((m) => m.text.includes("200 штук"));
      const recipients = mails.map((m) => m.to);
      assert.ok(recipients.includes(moderator.email) && recipients.includes(admin.email), "every moderator gets it");
      assert.ok(!recipients.includes(retired.email) && !recipients.includes(translator.email), "not a disabled editor, nor a translator");
      const mail = mails.find((m) => m.to === moderator.email)!;
      assert.equal(
        mail.subject,
        translate("ru", "comments.mail.subject", { page: "COVID-19 and harm reduction: sharing experiences in practice" }),
      );
      assert.match(mail.text, /Русский/);
      assert.match(mail.text, /\/admin\/comments\?status=pending&locale=ru/);
      assert.doesNotMatch(mail.text, /olena@example\.org/i, "the commenter's email is never in the mail");

      const approved = await moderate({ one: `approve:${stored.id}` });
      assert.equal(approved.statusCode, 303);
      assert.match(String(approved.headers.location), /done=comments\.moderated/);

      const ru = await visitor.get(eventPath("ru"));
      assert.match(ru.body, /<span class="comment-author">Олена<\/span>/);
      assert.match(ru.body, /&lt;b&gt;Спасибо&lt;\/b&gt;/, "the text is plain text");
      assert.doesNotMatch(ru.body, /<a[^>]+example\.org\/leaflets/, "links in comments are not clickable");
      assert.doesNotMatch(ru.body, /olena@example\.org/i, "the email is never shown");
      const en = await visitor.get(eventPath("en"));
      assert.doesNotMatch(en.body, /Олена/, "a comment belongs to the language version it was written on");

      await moderate({ one: `reject:${stored.id}` });
      assert.doesNotMatch((await visitor.get(eventPath("ru"))).body, /Олена/, "an approved comment can be unpublished later");
      const audit = await t.services.db.selectFrom("audit_log").select(["action", "detail"]).where("subject_id", "=", stored.id).execute();
      assert.deepEqual(audit.map((a) => a.action).sort(), ["comment.approved", "comment.rejected"]);
      assert.ok(
        audit.every((a) => a.detail === "ru"),
        "audit entries hold no personal data",
      );
    });

    test("the honeypot: a filled hidden field looks accepted, is kept as spam and mails no one", async () => {
      const robot = new TestClient(t.app);
      const body = "Cheap watches, best prices";
      const sent = await writeComment(robot, eventPath("en"), { name: "Watches", email: "", body, website: "https://watches.example" }, 0);
      assert.equal(sent.statusCode, 303);
      assert.match(String(sent.headers.location), /done=comments\.received/);
      const stored = await commentWith(body);
      assert.equal(stored.status, "spam");
      assert.equal(await mailJobsFor(stored.id), 0);
    });

    test("a form sent back within seconds, or with too many links, or wrong fields comes back with the text kept", async () => {
      const visitor = new TestClient(t.app);
      const body = "Thank you for the webinar, the shelter team found it useful.";
      const tooFast = await writeComment(visitor, eventPath("en"), { name: "Marija", email: "", body }, 1);
      assert.equal(tooFast.statusCode, 422);
      assert.match(tooFast.body, new RegExp(escaped(translate("en", "comments.error.tooFast"))));
      assert.match(tooFast.body, /name="name"[^>]*value="Marija"/);
      assert.match(tooFast.body, new RegExp(`>${escaped(body)}</textarea>`));
      assert.match(tooFast.body, /href="\/en\/events\/police-and-harm-reduction#comments"/, "with the way back to the page");

      // Sending the returned form again, after a moment, goes through.
      t.clock.advance(5_000);
      const again = await visitor.post(`${eventPath("en")}/comments`, { stamp: stampOf(tooFast.body), name: "Marija", email: "", body });
      assert.equal(again.statusCode, 303);

      const links = "See https://a.example, https://b.example and www.c.example";
      const linky = await writeComment(visitor, eventPath("en"), { name: "Marija", email: "", body: links });
      assert.equal(linky.statusCode, 422);
      assert.match(linky.body, new RegExp(escaped(translate("en", "comments.error.tooManyLinks"))));
      assert.match(linky.body, /See https:\/\/a\.example/);

      const wrong = await writeComment(visitor, eventPath("sr-latn"), { name: "", email: "not an address", body: "Hvala!" });
      assert.equal(wrong.statusCode, 422);
      assert.match(wrong.body, new RegExp(escaped(translate("sr-Latn", "comments.error.nameRequired"))));
      assert.match(wrong.body, new RegExp(escaped(translate("sr-Latn", "comments.error.emailInvalid"))));
      assert.match(wrong.body, /value="not an address"/);

      const forged = await visitor.post(`${eventPath("en")}/comments`, { stamp: "lq3x.forged", name: "Marija", body: "Forged stamp" });
      assert.equal(forged.statusCode, 422);
      assert.match(forged.body, new RegExp(escaped(translate("en", "comments.error.formStale"))));
    });

    test("more than five comments in ten minutes from one address are refused, the text kept", async () => {
      const visitor = new TestClient(t.app);
      for (let i = 1; i <= 5; i += 1) {
        const sent = await writeComment(visitor, eventPath("uk"), { name: "Сергій", body: `Питання номер ${i}` });
        assert.equal(sent.statusCode, 303, `comment ${i}`);
      }
      const sixth = await writeComment(visitor, eventPath("uk"), { name: "Сергій", body: "Питання номер 6" });
      assert.equal(sixth.statusCode, 429);
      assert.match(sixth.body, new RegExp(escaped(translate("uk", "comments.error.tooMany"))));
      assert.match(sixth.body, />Питання номер 6<\/textarea>/);
      t.clock.advance(10 * 60_000);
      const later = await writeComment(visitor, eventPath("uk"), { name: "Сергій", body: "Питання номер 6" });
      assert.equal(later.statusCode, 303, "after ten minutes it goes through");
    });

    test("a blocked sender's later comments are kept as spam without telling anyone", async () => {
      const sender = new TestClient(t.app);
      const first = "Visit my pharmacy https://pills.example";
      await writeComment(sender, eventPath("en"), { name: "Pills", email: "pills@example.net", body: first });
      const stored = await commentWith(first);

      const confirm = await moderatorClient.get(`/admin/comments/${stored.id}/block`);
      assert.equal(confirm.statusCode, 200);
      assert.match(confirm.body, /Pills/);
      const blocked = await moderatorClient.post(`/admin/comments/${stored.id}/block`, { reason: "advertising" });
      assert.equal(blocked.statusCode, 303);
      assert.equal((await commentWith(first)).status, "spam");

      const second = "Visit my pharmacy again";
      const sent = await writeComment(sender, eventPath("en"), { name: "Pills", body: second });
      assert.equal(sent.statusCode, 303, "answered as if accepted");
      const kept = await commentWith(second);
      assert.equal(kept.status, "spam");
      assert.equal(await mailJobsFor(kept.id), 0);

      const elsewhere = "Same email, other address";
      await writeComment(new TestClient(t.app), eventPath("en"), { name: "Pills", email: "PILLS@example.net", body: elsewhere });
      assert.equal((await commentWith(elsewhere)).status, "spam", "blocked by email too");

      const stranger = "An ordinary question from someone else";
      await writeComment(new TestClient(t.app), eventPath("en"), { name: "Ana", body: stranger });
      assert.equal((await commentWith(stranger)).status, "pending");
    });

    test("the queue: waiting first, filters by status and language, bulk approve; only moderators may act", async () => {
      const visitor = new TestClient(t.app);
      const texts = ["Bulk one", "Bulk two"];
      for (const body of texts) await writeComment(visitor, eventPath("lt"), { name: "Rūta", body });
      const ids = await Promise.all(texts.map(async (b) => (await commentWith(b)).id));

      const queue = await moderatorClient.get("/admin/comments?status=pending&locale=lt");
      assert.equal(queue.statusCode, 200);
      assert.match(queue.body, /Bulk one/);
      assert.doesNotMatch(queue.body, /Питання номер/, "other languages are filtered out");
      assert.match(queue.body, /href="\/lt\/events\/police-and-harm-reduction"/, "each comment links the page it was written on");

      const translatorClient = new TestClient(t.app);
      await signIn(translatorClient, translator, t.clock);
      assert.equal((await translatorClient.get("/admin/comments")).statusCode, 403);
      await translatorClient.get("/admin/account");
      assert.equal((await translatorClient.post("/admin/comments", { bulk: "approve", ids })).statusCode, 403);
      const anonymous = await new TestClient(t.app).get("/admin/comments");
      assert.equal(anonymous.statusCode, 302);
      for (const id of ids)
        assert.equal(
          (await t.services.db.selectFrom("comments").select("status").where("id", "=", id).executeTakeFirstOrThrow()).status,
          "pending",
        );

      const done = await moderate({ bulk: "approve", ids, keep_status: "pending", keep_locale: "lt" });
      assert.equal(done.statusCode, 303);
      assert.equal(done.headers.location, "/admin/comments?status=pending&locale=lt&done=comments.moderated");
      const page = await visitor.get(eventPath("lt"));
      assert.ok(page.body.indexOf("Bulk one") < page.body.indexOf("Bulk two"), "approved comments show oldest first");
      assert.match(page.body, new RegExp(escaped(translate("lt", "comments.title", { count: 2 }))));

      const all = (await moderatorClient.get("/admin/comments")).body;
      assert.ok(all.indexOf("queued is-pending") < all.indexOf("queued is-approved"), "waiting comments come first");

      const nothing = await moderate({ bulk: "approve" });
      assert.equal(nothing.statusCode, 303, "a bulk action with nothing checked changes nothing");
      assert.equal((await moderatorClient.get("/admin/comments/no-such-comment/block")).statusCode, 404);
    });

    test("posts take comments in each language they are public in; drafts and unknown pages do not", async () => {
      const post = await createPost(t.services, actor, {
        slug: "information-for-refugees",
        kind: "news",
        sourceLocale: "en",
        authorProfileId: null,
        programmeId: null,
        topicIds: [],
        organisationIds: [],
        eventIds: [],
        resourceIds: [],
        fields: { title: "Information for refugees", summary: "", body: "Leaflets in four languages.", cover_alt: "" },
      });
      const visitor = new TestClient(t.app);
      const postPath = (locale: string) => `/${locale}/news/information-for-refugees`;
      assert.equal((await visitor.get(postPath("en"))).statusCode, 404);
      await visitor.get(`${eventPath("en")}?visit=for-a-form-token`);
      const early = await visitor.post(`${postPath("en")}/comments`, {
        stamp: createFormStamp(t.services.secret, `post:${post.id}`, t.clock.now()),
        name: "Ivan",
        body: "Before publishing",
      });
      assert.equal(early.statusCode, 404, "a draft takes no comments");

      await publishPostLanguage(t.services, actor, post.id, "en");
      const sent = await writeComment(visitor, postPath("ru"), { name: "Иван", body: "Есть ли листовки на русском?" });
      assert.equal(sent.statusCode, 303, "the Russian page exists (in English, as a fallback), and so does its form");
      assert.equal(sent.headers.location, "/ru/news/information-for-refugees?done=comments.received#comments");
      const stored = await commentWith("Есть ли листовки на русском?");
      assert.deepEqual([stored.subject_type, stored.subject_id, stored.locale], ["post", post.id, "ru"]);
      await moderate({ one: `approve:${stored.id}` });
      assert.match((await visitor.get(postPath("ru"))).body, /Есть ли листовки на русском\?/);
      assert.doesNotMatch((await visitor.get(postPath("en"))).body, /Есть ли листовки/);

      const eventPage = await visitor.get(`${eventPath("en")}?visit=another-page`);
      t.clock.advance(5_000);
      const refused = await visitor.post(`${postPath("en")}/comments`, {
        stamp: stampOf(eventPage.body),
        name: "Ivan",
        body: "Stamp of another page",
      });
      assert.equal(refused.statusCode, 422, "a stamp is only good for its own page");
      assert.equal((await visitor.post("/en/news/no-such-post/comments", { name: "Ivan", body: "Hello" })).statusCode, 404);
      assert.equal((await visitor.post("/en/events/no-such-event/comments", { name: "Ivan", body: "Hello" })).statusCode, 404);
    });

    test("ninety days after a comment its sender's address hash and email are blanked; name and text stay", async () => {
      const visitor = new TestClient(t.app);
      const body = "Thanks from the shelter in Subotica";
      await writeComment(visitor, eventPath("en"), { name: "Shelter worker", email: "shelter@example.org", body });
      t.clock.advance(89 * DAY);
      await drain();
      const kept = await commentWith(body);
      assert.ok(kept.address_hash && kept.author_email, "kept before 90 days");
      t.clock.advance(2 * DAY);
      await drain();
      const purged = await commentWith(body);
      assert.equal(purged.address_hash, null);
      assert.equal(purged.author_email, null);
      assert.equal(purged.author_name, "Shelter worker");
    });
  });
}

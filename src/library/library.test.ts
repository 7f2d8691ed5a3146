import assert from "node:assert/strict";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import { createPerson, type Person, signIn, TestClient } from "../testing/client.ts";
import { ENGINES, startTestApp, type TestApp } from "../testing/harness.ts";
import { postMultipart } from "../testing/multipart.ts";
import { RESOURCE_FILE_MAX_BYTES, resourceFilePath } from "./files.ts";

/** A PDF of the smallest kind: the check looks at what a file starts with. */
function pdf(text: string): Buffer {
  return Buffer.from(`%PDF-1.4\n% ${text}\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n`);
}

/** The address of the upload form on a resource's admin page, with its form token. */
async function uploadUrl(client: TestClient, resourceId: string): Promise<string> {
  const page = await client.get(`/admin/library/${resourceId}`);
  assert.equal(page.statusCode, 200);
  const action = new RegExp(`action="(/admin/library/${resourceId}/files\\?_csrf=[^"]+)"`).exec(page.body)?.[1];
  assert.ok(action, "the upload form carries its token in its address");
  return action.replace(/&amp;/g, "&");
}

/** The "available in" badges of the first resource in a list page, as [lang, text]. */
function badges(html: string): [string, string][] {
  const block = /<p class="available-in">([\s\S]*?)<\/p>/.exec(html)?.[1] ?? "";
  return [...block.matchAll(/<a class="badge"[^>]*><span lang="([^"]+)">([^<]+)<\/span>/g)].map((m) => [m[1]!, m[2]!]);
}

for (const engine of ENGINES) {
  describe(`library (${engine})`, () => {
    let t: TestApp;
    let editor: Person;
    let ed: TestClient;
    let tr: TestClient;

    /** Creates a resource through the admin form; returns its id. */
    async function createResource(slug: string, fields: Record<string, string> = {}): Promise<string> {
      await ed.get("/admin/library/new");
      const res = await ed.post("/admin/library/new", {
        sourceLocale: "en",
        slug,
        kind: "info-sheet",
        title: `Information ${slug}`,
        summary: "What refugees need to know about health services.",
        body: "## Where to go\n\nAsk at the **refugee centre**.",
        ...fields,
      });
      assert.equal(res.statusCode, 303, res.body.slice(0, 500));
      const id = /\/admin\/library\/([\w-]+)\?done=created/.exec(String(res.headers.location))?.[1];
      assert.ok(id);
      return id;
    }

    async function publish(id: string): Promise<void> {
      await ed.get(`/admin/library/${id}`);
      assert.equal((await ed.post(`/admin/library/${id}/publish`)).statusCode, 303);
    }

    before(async () => {
      t = await startTestApp(engine);
      editor = await createPerson(t.services, "editor");
      const translator = await createPerson(t.services, "translator", { locales: ["ru"] });
      ed = new TestClient(t.app);
      tr = new TestClient(t.app);
      await signIn(ed, editor, t.clock);
      await signIn(tr, translator, t.clock);
    });
    after(() => t.cleanup());

    test("a resource with files in four languages shows four badges, the reader's language first", async () => {
      const id = await createResource("four-languages");
      const url = await uploadUrl(ed, id);
      for (const locale of ["en", "ru", "uk", "sr-Latn"]) {
        const res = await postMultipart(t, ed, url, { locale }, { name: `info-${locale}.pdf`, data: pdf(locale) });
        assert.equal(res.statusCode, 303, res.body.slice(0, 500));
      }
      await publish(id);

      const visitor = new TestClient(t.app);
      const inRussian = badges((await visitor.get("/ru/library")).body);
      assert.deepEqual(inRussian, [
        ["ru", "Русский"],
        ["en", "English"],
        ["uk", "Українська"],
        ["sr-Latn", "Srpski (latinica)"],
      ]);
      // A reader of Serbian in Cyrillic gets the Serbian file next, before the other languages.
      assert.deepEqual(
        badges((await visitor.get("/sr-cyrl/library")).body).map(([l]) => l),
        ["sr-Latn", "en", "ru", "uk"],
      );
      const list = (await visitor.get("/uk/library")).body;
      assert.match(list, /href="\/uk\/library\/four-languages\/files\/uk"/);

      const page = await visitor.get("/uk/library/four-languages");
      assert.equal(page.statusCode, 200);
      const files = /<section class="resource-files"[\s\S]*?<\/section>/.exec(page.body)?.[0] ?? "";
      assert.deepEqual(
        [...files.matchAll(/files\/([a-z-]+)"/g)].map((m) => m[1]),
        ["uk", "en", "ru", "sr-latn"],
      );
      assert.match(files, /PDF/);
      // The text is shown in English (no Ukrainian text yet), so the canonical page is the English one.
      assert.match(page.body, /<link rel="canonical" href="http:\/\/localhost:\d+\/en\/library\/four-languages"/);
      assert.match(page.body, /property="og:title" content="Information four-languages"/);
      assert.match(page.body, /<strong>refugee centre<\/strong>/, "the description is rendered from Markdown");
      assert.match(page.body, /href="\/uk\/library\/four-languages\/poster\.pdf"/);

      // A new file replaces the one of the same language, on disk too.
      const before = await readdir(path.dirname(resourceFilePath(t.config.dataDir, id)));
      assert.equal((await postMultipart(t, ed, url, { locale: "en" }, { name: "v2.pdf", data: pdf("second") })).statusCode, 303);
      const after = await readdir(path.dirname(resourceFilePath(t.config.dataDir, id)));
      assert.equal(after.length, before.length, "one file per language, nothing left over");
      const download = await visitor.get("/en/library/four-languages/files/en");
      assert.match(download.rawPayload.toString(), /second/);

      // Deleting a language's file removes its badge and the file.
      await ed.get(`/admin/library/${id}`);
      assert.equal((await ed.post(`/admin/library/${id}/files/sr-latn/delete`)).statusCode, 303);
      assert.equal((await readdir(path.dirname(resourceFilePath(t.config.dataDir, id)))).length, after.length - 1);
      assert.equal((await visitor.get("/en/library/four-languages/files/sr-latn")).statusCode, 404);
    });

    test("downloads are counted per language and day, HEAD requests are not, and nothing about the visitor is kept", async () => {
      const id = await createResource("counted");
      const url = await uploadUrl(ed, id);
      for (const locale of ["ru", "uk"]) {
        assert.equal(
          (await postMultipart(t, ed, url, { locale }, { name: `c-${locale}.pdf`, data: pdf(`counted ${locale}`) })).statusCode,
          303,
        );
      }
      await publish(id);

      const visitor = new TestClient(t.app);
      const first = await visitor.get("/en/library/counted/files/ru");
      assert.equal(first.statusCode, 200);
      assert.equal(first.headers["content-type"], "application/pdf");
      assert.match(String(first.headers["content-disposition"]), /^attachment; filename="c-ru\.pdf"/);
      assert.equal(first.headers["x-content-type-options"], "nosniff");
      assert.match(String(first.headers["content-security-policy"]), /sandbox/);
      assert.match(first.rawPayload.toString(), /counted ru/);
      await new TestClient(t.app).get("/ru/library/counted/files/ru");
      await visitor.get("/en/library/counted/files/uk");
      const head = await t.app.inject({ method: "HEAD", url: "/en/library/counted/files/ru" });
      assert.equal(head.statusCode, 200);
      assert.equal((await visitor.get("/en/library/counted/files/fr")).statusCode, 404, "no file in French");
      assert.equal((await visitor.get("/en/library/counted/files/xx")).statusCode, 404);

      const rows = await t.services.db
        .selectFrom("resource_downloads")
        .selectAll()
        .where("resource_id", "=", id)
        .orderBy("locale")
        .execute();
      assert.deepEqual(
        rows.map((r) => ({ ...r, count: Number(r.count) })),
        [
          { resource_id: id, locale: "ru", day: "2026-11-22", count: 2 },
          { resource_id: id, locale: "uk", day: "2026-11-22", count: 1 },
        ],
      );

      // An older download counts in all, not in the last 30 days. The admin sees both, per language.
      const now = t.clock.now();
      t.clock.set("2026-10-01T10:00:00.000Z");
      await visitor.get("/en/library/counted/files/ru");
      t.clock.set(now);
      const page = (await ed.get(`/admin/library/${id}`)).body;
      const row = (locale: string) => {
        const tr = new RegExp(`<tr data-locale="${locale}">[\\s\\S]*?</tr>`).exec(page)?.[0] ?? "";
        return [/data-count="total">(\d+)</.exec(tr)?.[1], /data-count="recent">(\d+)</.exec(tr)?.[1]];
      };
      assert.deepEqual(row("ru"), ["3", "2"]);
      assert.deepEqual(row("uk"), ["1", "1"]);
    });

    test("a renamed HTML file or one over 25 MB is refused with a message in the editor's language, and nothing is stored", async () => {
      const id = await createResource("refusals");
      const url = await uploadUrl(ed, id);
      const dir = path.dirname(resourceFilePath(t.config.dataDir, id));
      const stored = async () => (await readdir(dir).catch(() => [])).sort();
      const rows = async () =>
        (await t.services.db.selectFrom("resource_files").select("id").where("resource_id", "=", id).execute()).length;
      const before = await stored();

      const html = Buffer.from("<!doctype html><html><script>alert(1)</script></html>");
      const fake = await postMultipart(t, ed, url, { locale: "en" }, { name: "report.pdf", data: html }, { "accept-language": "fr" });
      assert.equal(fake.statusCode, 422);
      assert.match(fake.body, /Ce fichier n’est ni un PDF/);
      assert.match(fake.body, /aria-invalid="true"/);

      const limit = Buffer.alloc(RESOURCE_FILE_MAX_BYTES + 1, 0x20);
      pdf("big").copy(limit);
      const big = await postMultipart(t, ed, url, { locale: "en" }, { name: "big.pdf", data: limit });
      assert.equal(big.statusCode, 422);
      assert.match(big.body, /larger than 25 MB/);
      const huge = Buffer.alloc(RESOURCE_FILE_MAX_BYTES + 512 * 1024, 0x20);
      pdf("huge").copy(huge);
      const cut = await postMultipart(t, ed, url, { locale: "en" }, { name: "huge.pdf", data: huge });
      assert.equal(cut.statusCode, 422);
      assert.match(cut.body, /larger than 25 MB/);

      const empty = await postMultipart(t, ed, url, { locale: "en" }, { name: "empty.pdf", data: Buffer.alloc(0) });
      assert.equal(empty.statusCode, 422);
      assert.match(empty.body, /Choose a file to upload\./);
      const unknown = await postMultipart(t, ed, url, { locale: "xx" }, { name: "a.pdf", data: pdf("a") });
      assert.equal(unknown.statusCode, 422);
      assert.match(unknown.body, /Choose one of the site’s languages for the file\./);
      assert.match(unknown.body, /<a href="#upload-locale">/, "the error leads to the language field");

      assert.deepEqual(await stored(), before, "no file and no temporary file is left");
      assert.equal(await rows(), 0);
      // Without the form token the upload is refused.
      assert.equal((await postMultipart(t, ed, url.split("?")[0]!, { locale: "en" }, { name: "x.pdf", data: pdf("x") })).statusCode, 403);
    });

    test("a translator edits only their own language", async () => {
      const id = await createResource("translated");
      await publish(id);
      const list = await tr.get("/admin/library");
      assert.equal(list.statusCode, 200);
      assert.match(list.body, new RegExp(`href="/admin/library/${id}/ru"`));
      assert.doesNotMatch(list.body, new RegExp(`href="/admin/library/${id}/uk"`));
      assert.doesNotMatch(list.body, new RegExp(`href="/admin/library/${id}"`));

      const editorPage = await tr.get(`/admin/library/${id}/ru`);
      assert.equal(editorPage.statusCode, 200);
      assert.match(editorPage.body, /Information translated/, "the original is shown beside the form");
      const missing = await tr.post(`/admin/library/${id}/ru`, { title: "", summary: "Кратко", body: "", status: "published" });
      assert.equal(missing.statusCode, 422);
      assert.match(missing.body, /Кратко/, "what was typed is kept");
      await tr.get(`/admin/library/${id}/ru`);
      const saved = await tr.post(`/admin/library/${id}/ru`, {
        title: "Информация для беженцев",
        summary: "Что нужно знать о медицинских услугах.",
        body: "Спросите в **центре для беженцев**.",
        status: "published",
      });
      assert.equal(saved.statusCode, 303);
      assert.equal((await tr.get(`/admin/library/${id}/uk`)).statusCode, 403);
      assert.equal((await tr.post(`/admin/library/${id}/en`, { title: "Changed" })).statusCode, 403);
      assert.equal((await tr.get(`/admin/library/${id}`)).statusCode, 403);
      assert.equal((await tr.get(`/admin/library/${id}/dissemination`)).statusCode, 403);

      const visitor = new TestClient(t.app);
      const page = await visitor.get("/ru/library/translated");
      assert.match(page.body, /<h1>Информация для беженцев<\/h1>/);
      const fallback = await visitor.get("/uk/library/translated");
      assert.match(fallback.body, /Information translated/, "Ukrainian readers get the original");
      assert.match(fallback.body, /class="fallback"/);
    });

    test("the dissemination log: add, refuse bad input keeping it, edit, totals, CSV", async () => {
      const id = await createResource("disseminated");
      const base = `/admin/library/${id}/dissemination`;
      await ed.get(base);
      const bad = await ed.post(base, {
        organisationId: "",
        partner: "",
        copies: "0",
        distributedOn: "2023-02-30",
        places: "Refugee centres",
      });
      assert.equal(bad.statusCode, 422);
      assert.match(bad.body, /Write the number of copies as a whole number, 1 or more\./);
      assert.match(bad.body, /Write the date as year-month-day/);
      assert.match(bad.body, /value="Refugee centres"/, "what was typed is kept");
      await ed.get(base);
      const noPartner = await ed.post(base, { organisationId: "", partner: " ", copies: "10", distributedOn: "2023-06-01" });
      assert.equal(noPartner.statusCode, 422);
      assert.match(noPartner.body, /Choose a partner from the catalogue or write the partner’s name\./);

      const entries = [
        { partner: "Ministry of Interior", copies: "400", locale: "uk", places: "Border police stations", distributedOn: "2023-06-01" },
        { partner: "Ministry of Interior", copies: "150", locale: "ru", places: "Asylum offices", distributedOn: "2023-06-02" },
        {
          partner: "Commissariat for Refugees",
          copies: "300",
          locale: "uk",
          places: '=HYPERLINK("http://x")',
          distributedOn: "2023-06-05",
        },
      ];
      for (const entry of entries) {
        await ed.get(base);
        const res = await ed.post(base, { organisationId: "", note: "", ...entry });
        assert.equal(res.statusCode, 303, res.body.slice(0, 400));
      }
      const page = (await ed.get(base)).body;
      assert.match(page, /In all: 850 copies/);
      const byPartner = /<caption>Copies per partner<\/caption>[\s\S]*?<\/table>/.exec(page)?.[0] ?? "";
      assert.match(byPartner, /Ministry of Interior<\/th>\s*<td class="num">550</);
      assert.match(byPartner, /Commissariat for Refugees<\/th>\s*<td class="num">300</);
      const byLanguage = /<caption>Copies per language<\/caption>[\s\S]*?<\/table>/.exec(page)?.[0] ?? "";
      assert.match(byLanguage, /Українська<\/th>\s*<td class="num">700</);
      assert.match(byLanguage, /Русский<\/th>\s*<td class="num">150</);
      assert.match((await ed.get(`/admin/library/${id}`)).body, /850 printed copies are logged\./);

      const entryId = new RegExp(`href="${base}/([\\w-]+)"`).exec(page)?.[1];
      assert.ok(entryId);
      await ed.get(`${base}/${entryId}`);
      const edited = await ed.post(`${base}/${entryId}`, {
        organisationId: "",
        partner: "Commissariat for Refugees",
        copies: "320",
        locale: "uk",
        places: "Refugee centres",
        distributedOn: "2023-06-05",
        note: "",
      });
      assert.equal(edited.statusCode, 303);
      assert.match((await ed.get(base)).body, /In all: 870 copies/);

      const csv = await ed.get(`${base}.csv`);
      assert.equal(csv.statusCode, 200);
      assert.match(String(csv.headers["content-type"]), /^text\/csv; charset=utf-8/);
      const text = csv.rawPayload.toString("utf8");
      assert.ok(text.startsWith("\uFEFF"), "a BOM, so spreadsheets read UTF-8");
      const lines = text.slice(1).trim().split("\r\n");
      assert.equal(lines[0], "Date,Partner,Copies,Language of the copies,For which places,Note");
      assert.equal(lines.length, 4);
      assert.ok(lines.includes("2023-06-01,Ministry of Interior,400,Українська,Border police stations,"));
      assert.ok(lines.includes("2023-06-05,Commissariat for Refugees,320,Українська,Refugee centres,"));

      await ed.get(`${base}/${entryId}`);
      assert.equal((await ed.post(`${base}/${entryId}/delete`)).statusCode, 303);
      assert.match((await ed.get(base)).body, /In all: 550 copies/);
      assert.equal((await ed.get(`${base}/${entryId}`)).statusCode, 404);
    });

    test("formulas typed into the log are neutralised in the CSV", async () => {
      const id = await createResource("formulas");
      const base = `/admin/library/${id}/dissemination`;
      await ed.get(base);
      await ed.post(base, { organisationId: "", partner: "=cmd()", copies: "5", distributedOn: "2023-06-01", places: "+1", note: "@x" });
      const text = (await ed.get(`${base}.csv`)).rawPayload.toString("utf8");
      assert.match(text, /'=cmd\(\),5,Several or not stated,'\+1,'@x/);
    });

    test("an unpublished resource is not found by visitors, nor are its files", async () => {
      const id = await createResource("hidden");
      const url = await uploadUrl(ed, id);
      assert.equal((await postMultipart(t, ed, url, { locale: "en" }, { name: "h.pdf", data: pdf("hidden") })).statusCode, 303);
      const visitor = new TestClient(t.app);
      assert.equal((await visitor.get("/en/library/hidden")).statusCode, 404);
      assert.equal((await visitor.get("/en/library/hidden/files/en")).statusCode, 404);
      assert.doesNotMatch((await visitor.get("/en/library")).body, /library\/hidden/);
      // The editor can still fetch the file from the admin.
      const own = await ed.get(`/admin/library/${id}/files/en`);
      assert.equal(own.statusCode, 200);
      assert.equal(
        own.rawPayload.toString(),
        (
          await readFile(
            resourceFilePath(
              t.config.dataDir,
              (
                await t.services.db.selectFrom("resource_files").select("id").where("resource_id", "=", id).executeTakeFirstOrThrow()
              ).id,
            ),
          )
        ).toString(),
      );

      await publish(id);
      assert.equal((await visitor.get("/en/library/hidden")).statusCode, 200);
      await ed.get(`/admin/library/${id}`);
      assert.equal((await ed.post(`/admin/library/${id}/unpublish`)).statusCode, 303);
      assert.equal((await visitor.get("/en/library/hidden")).statusCode, 404);
      assert.equal((await visitor.get("/en/library/hidden/files/en")).statusCode, 404);
      const row = await t.services.db.selectFrom("resources").select("published_at").where("id", "=", id).executeTakeFirstOrThrow();
      assert.ok(row.published_at, "the first publication date is kept");
    });

    test("the list filters by kind, topic and language with a file; bad filters are ignored; settings errors keep the input", async () => {
      const id = await createResource("guide-only", { kind: "guide" });
      const url = await uploadUrl(ed, id);
      assert.equal((await postMultipart(t, ed, url, { locale: "fr" }, { name: "g.pdf", data: pdf("fr") })).statusCode, 303);
      await publish(id);
      const visitor = new TestClient(t.app);
      assert.match((await visitor.get("/en/library?kind=guide")).body, /library\/guide-only"/);
      assert.doesNotMatch((await visitor.get("/en/library?kind=report")).body, /library\/guide-only"/);
      assert.match((await visitor.get("/en/library?language=fr")).body, /library\/guide-only"/);
      assert.doesNotMatch((await visitor.get("/en/library?language=lt")).body, /library\/guide-only"/);
      assert.equal((await visitor.get("/en/library?kind=%3Cscript%3E&topic=../x&language=zz&page=abc")).statusCode, 200);

      await ed.get(`/admin/library/${id}`);
      const taken = await ed.post(`/admin/library/${id}`, { slug: "four-languages", kind: "guide", organisationId: "", programmeId: "" });
      assert.equal(taken.statusCode, 409);
      assert.match(taken.body, /Another resource already has this address\./);
      assert.match(taken.body, /value="four-languages"/);
      await ed.get(`/admin/library/${id}`);
      const wrong = await ed.post(`/admin/library/${id}`, { slug: "guide-only", kind: "novel", organisationId: "nope" });
      assert.equal(wrong.statusCode, 422);
    });
  });
}

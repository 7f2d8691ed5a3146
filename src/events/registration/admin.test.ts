import assert from "node:assert/strict";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import type { LightMyRequestResponse } from "fastify";
import type { Actor } from "../../access/policy.ts";
import { listOutbox } from "../../email/mailer.ts";
import { detectFileKind, sanitiseFileName } from "../../files/stored.ts";
import type { Locale } from "../../i18n/locales.ts";
import { createPerson, type Person, signIn, TestClient } from "../../testing/client.ts";
import { createTestEvent } from "../../testing/events.ts";
import { ENGINES, startTestApp, type TestApp } from "../../testing/harness.ts";
import { sessionCookieName } from "../../web/cookies.ts";
import { listMaterials, MATERIAL_MAX_BYTES, materialFilePath } from "../materials/materials.ts";
import { findRegistration, register } from "./registrations.ts";

const actorOf = (p: Person): Actor => ({ id: p.id, role: p.role, locales: [] });

/** A minimal PDF: what the check looks at is its first bytes. */
const PDF = Buffer.from(
  "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Count 0/Kids[]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n",
);
/** A 1×1 transparent PNG. */
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==", "base64");

/** A zip made of local file headers only (stored entries), enough for the check of the first bytes. */
function zipOf(entries: { name: string; data: string }[]): Buffer {
  const parts: Buffer[] = [];
  for (const e of entries) {
    const name = Buffer.from(e.name);
    const data = Buffer.from(e.data);
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt32LE(data.length, 18);
    header.writeUInt32LE(data.length, 22);
    header.writeUInt16LE(name.length, 26);
    parts.push(header, name, data);
  }
  return Buffer.concat(parts);
}

/** Posts a multipart form as a browser does, with the session of the client. */
function postFile(
  t: TestApp,
  client: TestClient,
  url: string,
  fields: Record<string, string>,
  file: { name: string; type: string; data: Buffer },
  headers: Record<string, string> = {},
): Promise<LightMyRequestResponse> {
  const boundary = `----outreach${Math.random().toString(36).slice(2)}`;
  const parts: Buffer[] = [];
  for (const [k, v] of Object.entries(fields)) {
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`));
  }
  parts.push(
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: ${file.type}\r\n\r\n`,
    ),
    file.data,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  );
  const cookie = `${sessionCookieName(t.services)}=${client.cookie(sessionCookieName(t.services))}`;
  return t.app.inject({
    method: "POST",
    url,
    payload: Buffer.concat(parts),
    headers: { "content-type": `multipart/form-data; boundary=${boundary}`, cookie, ...headers },
  });
}

for (const engine of ENGINES) {
  describe(`registrations and materials for organisers (${engine})`, () => {
    let t: TestApp;
    let organiser: Person;
    let other: Person;
    let org: TestClient;
    let otherClient: TestClient;

    before(async () => {
      t = await startTestApp(engine);
      organiser = await createPerson(t.services, "organiser");
      other = await createPerson(t.services, "organiser");
      org = new TestClient(t.app);
      otherClient = new TestClient(t.app);
      await signIn(org, organiser, t.clock);
      await signIn(otherClient, other, t.clock);
    });
    after(() => t.cleanup());

    function person(
      name: string,
      email: string,
      answers: Record<string, string | string[]>,
      locale: Locale = "en",
      isPseudonymous = false,
    ) {
      return { name, email, locale, isPseudonymous, answers };
    }

    test("the list shows answers by their labels and filters by date, status and text", async () => {
      const { event, occurrences, questionIds } = await createTestEvent(t.services, actorOf(organiser), {
        questions: [
          { kind: "organisation", label: "Your organisation", isRequired: true },
          { kind: "choice", label: "Your role", options: ["Outreach worker", "Peer educator"] },
        ],
      });
      const [orgQ, roleQ] = questionIds as [string, string];
      const [first, second] = occurrences as [(typeof occurrences)[number], (typeof occurrences)[number]];
      await register(
        t.services,
        first.id,
        person("Ана Петровић", "ana@example.org", { [orgQ]: "Преступни", [roleQ]: "outreach-worker" }, "sr-Cyrl"),
      );
      await register(
        t.services,
        first.id,
        person("Jonas Kazlauskas", "jonas@example.org", { [orgQ]: "Demetra", [roleQ]: "peer-educator" }, "lt"),
      );
      await register(t.services, first.id, person("Sunflower", "sun@example.org", {}, "ru", true));
      await register(t.services, first.id, person("Marie Dupont", "marie@example.org", { [orgQ]: "AIDES" }, "fr"));
      await register(t.services, second.id, person("Olena Kovalenko", "olena@example.org", { [orgQ]: "100% Life" }, "uk"));

      const base = `/admin/events/${event.id}/registrations`;
      const all = await org.get(base);
      assert.equal(all.statusCode, 200);
      for (const name of ["Ана Петровић", "Jonas Kazlauskas", "Sunflower", "Marie Dupont", "Olena Kovalenko"])
        assert.ok(all.body.includes(name), name);
      assert.match(all.body, /<th scope="col">Your role<\/th>/);
      assert.ok(all.body.includes("Outreach worker") && !all.body.includes(">outreach-worker<"), "choices show their labels");
      assert.match(all.body, /class="badge pseudonym">Pseudonym</);
      assert.match(all.body, /5 registrations/);
      assert.match(all.body, /3 of 3/, "confirmed seats of the first date");

      const waitlisted = await org.get(`${base}?status=waitlisted`);
      assert.ok(waitlisted.body.includes("Marie Dupont"));
      assert.ok(!waitlisted.body.includes("Jonas Kazlauskas"));

      const bySearch = await org.get(`${base}?q=KAZLAUSK`);
      assert.ok(bySearch.body.includes("Jonas Kazlauskas"));
      assert.ok(!bySearch.body.includes("Marie Dupont"));
      assert.ok((await org.get(`${base}?q=olena@`)).body.includes("Olena Kovalenko"));

      const bySecond = await org.get(`${base}?occurrence=${second.id}`);
      assert.ok(bySecond.body.includes("Olena Kovalenko"));
      assert.ok(!bySecond.body.includes("Ана Петровић"));
      assert.match(bySecond.body, /1 registration</);
    });

    test("approve, decline, cancel with a confirmation and move change statuses; freed seats go to the waitlist", async () => {
      const approval = await createTestEvent(t.services, actorOf(organiser), { overrides: { requiresApproval: true }, questions: [] });
      const occurrenceId = approval.occurrences[0]!.id;
      const a = await register(t.services, occurrenceId, person("Amina", "amina@example.org", {}));
      const b = await register(t.services, occurrenceId, person("Bojan", "bojan@example.org", {}));
      assert.equal(a.registration.status, "pending");
      const list = `/admin/events/${approval.event.id}/registrations`;
      await org.get(list);
      const approved = await org.post(`${list}/${a.registration.id}/approve`, { back: "status=pending" });
      assert.equal(approved.statusCode, 303);
      assert.equal(approved.headers.location, `${list}?status=pending&done=approved`);
      assert.equal((await findRegistration(t.services.db, a.registration.id)).status, "confirmed");
      assert.equal((await org.post(`${list}/${b.registration.id}/decline`)).statusCode, 303);
      assert.equal((await findRegistration(t.services.db, b.registration.id)).status, "declined");
      const again = await org.post(`${list}/${b.registration.id}/approve`);
      assert.equal(again.statusCode, 409, "a declined registration cannot be approved");
      assert.match(again.body, /This registration was changed meanwhile/);
      assert.match((await org.get(`${list}?done=approved`)).body, /The registration is approved/);

      const { event, occurrences } = await createTestEvent(t.services, actorOf(organiser), { questions: [] });
      const [first, second] = occurrences as [(typeof occurrences)[number], (typeof occurrences)[number]];
      const seated = [];
      for (const name of ["Dana", "Emil", "Fatima"])
        seated.push((await register(t.services, first.id, person(name, `${name}@example.org`, {}))).registration);
      const waiting = (await register(t.services, first.id, person("Goran", "goran@example.org", {}))).registration;
      assert.equal(waiting.status, "waitlisted");

      const base = `/admin/events/${event.id}/registrations`;
      await org.get(base);
      const confirm = await org.post(`${base}/${seated[0]!.id}/cancel`);
      assert.equal(confirm.statusCode, 200, "cancelling asks first");
      assert.match(confirm.body, /Cancel this registration\?/);
      assert.equal((await findRegistration(t.services.db, seated[0]!.id)).status, "confirmed");
      const cancelled = await org.post(`${base}/${seated[0]!.id}/cancel`, { confirm: "yes" });
      assert.equal(cancelled.statusCode, 303);
      assert.equal((await findRegistration(t.services.db, seated[0]!.id)).status, "cancelled");
      assert.equal((await findRegistration(t.services.db, waiting.id)).status, "confirmed", "the freed seat went to the waitlist");

      await org.get(base);
      const moved = await org.post(`${base}/${seated[1]!.id}/move`, { occurrenceId: second.id });
      assert.equal(moved.statusCode, 303);
      const after = await findRegistration(t.services.db, seated[1]!.id);
      assert.equal(after.occurrenceId, second.id);
      assert.equal(after.status, "confirmed");
      const wrong = await org.post(`${base}/${seated[2]!.id}/move`, { occurrenceId: "not-a-date" });
      assert.equal(wrong.statusCode, 422);
      assert.match(wrong.body, /Choose another date of this event/);

      // Another organiser's event is not theirs to see or change.
      assert.equal((await otherClient.get(base)).statusCode, 403);
      assert.equal((await otherClient.get(`${base.replace("/registrations", "")}/registrations.csv`)).statusCode, 403);
      await otherClient.get("/admin/account");
      assert.equal((await otherClient.post(`${base}/${seated[2]!.id}/cancel`, { confirm: "yes" })).statusCode, 403);
      assert.equal((await findRegistration(t.services.db, seated[2]!.id)).status, "confirmed");
      // A registration of another event cannot be reached through this one.
      await org.get(base);
      assert.equal((await org.post(`${base}/${a.registration.id}/cancel`, { confirm: "yes" })).statusCode, 404);
    });

    test("the CSV has a BOM, a header, every row, Cyrillic intact and formulas neutralised", async () => {
      const { event, occurrences, questionIds } = await createTestEvent(t.services, actorOf(organiser), {
        questions: [{ kind: "organisation", label: "Your organisation", isRequired: true }],
      });
      const orgQ = questionIds[0]!;
      const occurrenceId = occurrences[0]!.id;
      await register(t.services, occurrenceId, person("Ана Петровић", "ana@example.org", { [orgQ]: "Превент" }, "sr-Cyrl"));
      await register(t.services, occurrenceId, person('=HYPERLINK("http://evil.example","x")', "evil@example.org", { [orgQ]: "@SUM(A1)" }));
      await register(t.services, occurrenceId, person("+Plus", "plus@example.org", { [orgQ]: "-2+3" }, "en", true));

      const res = await org.get(`/admin/events/${event.id}/registrations.csv`);
      assert.equal(res.statusCode, 200);
      assert.match(String(res.headers["content-type"]), /^text\/csv; charset=utf-8/);
      assert.match(String(res.headers["content-disposition"]), /^attachment; filename="registrations-/);
      assert.equal(res.headers["cache-control"], "private, no-store");
      assert.deepEqual([...res.rawPayload.subarray(0, 3)], [0xef, 0xbb, 0xbf], "UTF-8 byte order mark");
      const lines = res.rawPayload.subarray(3).toString("utf8").trimEnd().split("\r\n");
      assert.equal(lines.length, 4);
      assert.equal(
        lines[0],
        "Status,Name,Pseudonym,Email,Language,Start (UTC, ISO 8601),Start (Europe/Paris),Registered (Europe/Paris),Your organisation".replace(
          "Start (UTC, ISO 8601)",
          '"Start (UTC, ISO 8601)"',
        ),
      );
      assert.ok(
        lines[1]!.startsWith("Confirmed,Ана Петровић,No,ana@example.org,Српски (ћирилица),2026-12-07T08:00:00.000Z,2026-12-07 09:00,"),
      );
      assert.ok(lines[1]!.endsWith(",Превент"));
      assert.ok(lines[2]!.startsWith(`Confirmed,"'=HYPERLINK(""http://evil.example"",""x"")",No,`));
      assert.ok(lines[2]!.endsWith(",'@SUM(A1)"));
      assert.ok(lines[3]!.startsWith("Confirmed,'+Plus,Yes,"));
      assert.ok(lines[3]!.endsWith(",'-2+3"));

      const filtered = await org.get(`/admin/events/${event.id}/registrations.csv?q=ana`);
      assert.equal(filtered.rawPayload.subarray(3).toString("utf8").trimEnd().split("\r\n").length, 2);
    });

    test("a message goes to each registrant of the chosen date and statuses, in their language", async () => {
      const { event, occurrences } = await createTestEvent(t.services, actorOf(organiser), { questions: [] });
      const [first, second] = occurrences as [(typeof occurrences)[number], (typeof occurrences)[number]];
      await register(t.services, first.id, person("Ирина", "irina@example.org", {}, "ru"));
      await register(t.services, first.id, person("Léa", "lea@example.org", {}, "fr"));
      await register(t.services, second.id, person("Tom", "tom@example.org", {}, "en"));
      await t.worker?.drain();

      const base = `/admin/events/${event.id}/registrations/message`;
      const page = await org.get(`${base}?occurrence=${first.id}`);
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /2 people will get this message\./);
      const empty = await org.post(base, { occurrenceId: first.id, status: "confirmed", subject: "", body: "" });
      assert.equal(empty.statusCode, 422);
      assert.match(empty.body, /Write a subject\./);

      const sent = await org.post(base, {
        occurrenceId: first.id,
        status: "confirmed",
        subject: "Room change",
        body: "We meet in room 2.\n\nBring your laptop.",
      });
      assert.equal(sent.statusCode, 303);
      assert.match(String(sent.headers.location), /done=messaged&count=2$/);
      const notice = await org.get(String(sent.headers.location));
      assert.match(notice.body, /Your message is on its way to 2 people\./);

      await t.worker?.drain();
      const mails = (await listOutbox(t.config.dataDir)).filter((m) => m.subject === "Room change");
      assert.deepEqual(mails.map((m) => `${m.to} ${m.locale}`).sort(), ["irina@example.org ru", "lea@example.org fr"]);
      assert.ok(mails.every((m) => m.text.includes("Bring your laptop.")));

      assert.equal((await otherClient.get(base)).statusCode, 403);
    });

    test("materials: add, upload checked by content, replace, reject, delete", async () => {
      const { event } = await createTestEvent(t.services, actorOf(organiser), { questions: [] });
      const base = `/admin/events/${event.id}/materials`;
      assert.equal((await org.get(base)).statusCode, 200);
      const missing = await org.post(base, { title_fr: "Diapositives", visibility: "public" });
      assert.equal(missing.statusCode, 422);
      assert.match(
        missing.body,
        /Write the title in the event&#39;s original language\.|Write the title in the event's original language\./,
      );
      assert.match(missing.body, /value="Diapositives"/, "what was typed is kept");

      await org.get(base);
      const created = await org.post(base, { title_en: "Slides", title_ru: "Слайды", visibility: "registrants", sessionId: "" });
      assert.equal(created.statusCode, 303);
      const materialId = String(created.headers.location).split("#m-")[1]!;
      const page = await org.get(String(created.headers.location));
      assert.match(page.body, /The material is added/);
      const action = new RegExp(`action="(/admin/events/${event.id}/materials/${materialId}/files\\?_csrf=[^"]+)"`).exec(page.body)?.[1];
      assert.ok(action, "the upload form carries its token in its address");
      const uploadUrl = action.replace(/&amp;/g, "&");

      const pdf = await postFile(t, org, uploadUrl, { locale: "en" }, { name: "../../slides en.pdf", type: "application/pdf", data: PDF });
      assert.equal(pdf.statusCode, 303, pdf.body.slice(0, 300));
      const png = await postFile(t, org, uploadUrl, { locale: "ru" }, { name: "слайд.png", type: "image/png", data: PNG });
      assert.equal(png.statusCode, 303);

      let [material] = await listMaterials(t.services.db, event.id);
      assert.deepEqual(material?.title, { en: "Slides", ru: "Слайды" });
      assert.equal(material?.visibility, "registrants");
      const en = material!.files.find((f) => f.locale === "en")!;
      assert.equal(en.fileName, "slides en.pdf");
      assert.equal(en.contentType, "application/pdf");
      assert.equal(en.size, PDF.length);
      assert.equal((await readFile(materialFilePath(t.config.dataDir, en.id))).toString(), PDF.toString());
      assert.equal(material!.files.find((f) => f.locale === "ru")?.fileName, "слайд.png");

      const download = await org.get(`${base}/${materialId}/files/${en.id}`);
      assert.equal(download.statusCode, 200);
      assert.equal(download.headers["content-type"], "application/pdf");
      assert.equal(download.rawPayload.toString(), PDF.toString());
      // The same sandboxing headers as every other download: a crafted file cannot run in the admin's origin.
      assert.equal(download.headers["content-security-policy"], "default-src 'none'; sandbox");
      assert.equal(download.headers["cache-control"], "private, no-store");
      assert.match(String(download.headers["content-disposition"]), /^attachment; /);

      // A text file named .pdf, and a file over 20 MB, are refused with a message in the admin's language.
      const fake = await postFile(
        t,
        org,
        uploadUrl,
        { locale: "en" },
        { name: "report.pdf", type: "application/pdf", data: Buffer.from("just text") },
        {
          "accept-language": "fr",
        },
      );
      assert.equal(fake.statusCode, 422);
      assert.match(fake.body, /Ce fichier n’est ni un PDF/);
      const big = Buffer.alloc(MATERIAL_MAX_BYTES + 1, 0x20);
      PDF.copy(big);
      const tooBig = await postFile(t, org, uploadUrl, { locale: "en" }, { name: "big.pdf", type: "application/pdf", data: big });
      assert.equal(tooBig.statusCode, 422);
      assert.match(tooBig.body, /larger than 20 MB/);
      [material] = await listMaterials(t.services.db, event.id);
      assert.equal(material!.files.find((f) => f.locale === "en")?.id, en.id, "nothing was stored for the refused files");

      // A new file for a language replaces the one before, on disk too.
      const second = Buffer.concat([PDF, Buffer.from("% second version\n")]);
      assert.equal(
        (await postFile(t, org, uploadUrl, { locale: "en" }, { name: "v2.pdf", type: "application/pdf", data: second })).statusCode,
        303,
      );
      [material] = await listMaterials(t.services.db, event.id);
      const replaced = material!.files.find((f) => f.locale === "en")!;
      assert.notEqual(replaced.id, en.id);
      const stored = await readdir(path.dirname(materialFilePath(t.config.dataDir, en.id)));
      assert.deepEqual(stored.sort(), material!.files.map((f) => f.id).sort(), "only the current files are on disk, no leftovers");

      // Malformed uploads get a clear 4xx, never a 500, and store nothing.
      const cookie = `${sessionCookieName(t.services)}=${org.cookie(sessionCookieName(t.services))}`;
      const malformed = [{ "content-type": "multipart/form-data" }, { "content-type": "multipart/form-data; boundary=xyz" }];
      for (const headers of malformed) {
        const res = await t.app.inject({
          method: "POST",
          url: uploadUrl,
          payload: '--xyz\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\n\r\n%PDF-',
          headers: { ...headers, cookie },
        });
        assert.ok(res.statusCode >= 400 && res.statusCode < 500, `malformed upload answered ${res.statusCode}`);
      }
      await org.get(base);
      const plain = await org.post(uploadUrl, { locale: "en" });
      assert.equal(plain.statusCode, 422, "a form sent without a file");
      assert.match(plain.body, /Choose a file to upload\./);
      const badLocale = await postFile(t, org, uploadUrl, { locale: "xx" }, { name: "a.pdf", type: "application/pdf", data: PDF });
      assert.equal(badLocale.statusCode, 422);
      assert.equal((await readdir(path.dirname(materialFilePath(t.config.dataDir, en.id)))).length, 2);

      // Without the token the upload is refused; another organiser cannot upload or see.
      const noToken = await postFile(
        t,
        org,
        uploadUrl.split("?")[0]!,
        { locale: "en" },
        { name: "x.pdf", type: "application/pdf", data: PDF },
      );
      assert.equal(noToken.statusCode, 403);
      assert.equal((await otherClient.get(base)).statusCode, 403);

      await org.get(base);
      assert.equal((await org.post(`${base}/${materialId}/files/${replaced.id}/delete`)).statusCode, 303);
      assert.equal((await readdir(path.dirname(materialFilePath(t.config.dataDir, en.id)))).length, 1);
      await org.get(base);
      const ask = await org.post(`${base}/${materialId}/delete`);
      assert.equal(ask.statusCode, 200);
      assert.match(ask.body, /Delete this material\?/);
      assert.equal((await org.post(`${base}/${materialId}/delete`, { confirm: "yes" })).statusCode, 303);
      assert.deepEqual(await listMaterials(t.services.db, event.id), []);
      assert.equal((await readdir(path.dirname(materialFilePath(t.config.dataDir, en.id)))).length, 0);
    });
  });
}

describe("what a material file is", () => {
  test("is told by content, not by name", () => {
    assert.equal(detectFileKind(PDF)?.contentType, "application/pdf");
    assert.equal(detectFileKind(PNG)?.contentType, "image/png");
    assert.equal(detectFileKind(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]))?.contentType, "image/jpeg");
    assert.equal(detectFileKind(Buffer.from("RIFF\x24\x00\x00\x00WEBPVP8 ", "latin1"))?.contentType, "image/webp");
    const docx = zipOf([
      { name: "[Content_Types].xml", data: "<Types/>" },
      { name: "_rels/.rels", data: "<Relationships/>" },
      { name: "word/document.xml", data: "<w:document/>" },
    ]);
    assert.equal(detectFileKind(docx)?.extension, "docx");
    const odt = zipOf([
      { name: "mimetype", data: "application/vnd.oasis.opendocument.text" },
      { name: "content.xml", data: "<office:document-content/>" },
    ]);
    assert.equal(detectFileKind(odt)?.extension, "odt");
    assert.equal(detectFileKind(zipOf([{ name: "mimetype", data: "application/vnd.oasis.opendocument.spreadsheet" }])), undefined);
    assert.equal(
      detectFileKind(
        zipOf([
          { name: "[Content_Types].xml", data: "<Types/>" },
          { name: "xl/workbook.xml", data: "" },
        ]),
      ),
      undefined,
    );
    assert.equal(detectFileKind(Buffer.from("<html><script>alert(1)</script>")), undefined);
    assert.equal(detectFileKind(Buffer.alloc(0)), undefined);
  });

  test("gets a safe name that ends in its real extension", () => {
    const pdf = detectFileKind(PDF)!;
    assert.equal(sanitiseFileName("../../etc/passwd", pdf), "passwd.pdf");
    assert.equal(sanitiseFileName("C:\\Users\\me\\Отчёт 2026.docx", pdf), "Отчёт 2026.pdf");
    assert.equal(sanitiseFileName('a<b>:"c|d?.pdf', pdf), "a_b___c_d_.pdf");
    assert.equal(sanitiseFileName("...", pdf), "material.pdf");
    assert.equal(sanitiseFileName(`${"x".repeat(300)}.pdf`, pdf).length, 114);
  });
});

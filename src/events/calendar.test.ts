import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import ICAL from "ical.js";
import type { Actor } from "../access/policy.ts";
import { POLICE_MEETINGS_2016 } from "../demo/events-police.ts";
import { listOutbox, outboxFolder } from "../email/mailer.ts";
import { SEND_EMAIL, type SendEmailPayload } from "../email/templates.ts";
import { localToUtc } from "../i18n/zones.ts";
import { createPerson, signIn, TestClient } from "../testing/client.ts";
import { createTestEvent } from "../testing/events.ts";
import { ENGINES, startTestApp, type TestApp } from "../testing/harness.ts";
import { calendarFile } from "./calendar.ts";
import { findEvent } from "./events.ts";
import type { Occurrence } from "./model.ts";
import { setOccurrenceCancelled } from "./occurrences.ts";
import { OCCURRENCE_CANCELLED_MAIL } from "./registration/cancellation.ts";
import { register } from "./registration/registrations.ts";

/**
 * Every .ics is read back the way Outlook and ical.js-based clients read it: through the file's
 * own VTIMEZONE blocks only. The zone registry is emptied first, so no zone is found by its name
 * from anywhere else, and a DTSTART whose TZID has no VTIMEZONE in the file fails the check.
 */
// ical.js reads the calendar's name properties (RFC 7986 NAME, Apple's X-WR-CALNAME) as raw
// values unless told they are TEXT, which both are.
for (const name of ["name", "x-wr-calname"]) ICAL.design.defaultSet.property[name] = { defaultType: "text" };

function readCalendar(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  ICAL.TimezoneService.reset();
  const zones = calendar.getAllSubcomponents("vtimezone").map((c) => new ICAL.Timezone(c));
  for (const zone of zones) ICAL.TimezoneService.register(zone);
  const events = calendar.getAllSubcomponents("vevent").map((vevent) => {
    const event = new ICAL.Event(vevent);
    const tzid = String(vevent.getFirstProperty("dtstart")?.getParameter("tzid") ?? "");
    assert.ok(
      zones.some((z) => z.tzid === tzid),
      `DTSTART;TZID=${tzid} has its VTIMEZONE in the file (${zones.map((z) => z.tzid)})`,
    );
    assert.equal(event.startDate.zone?.tzid, tzid, "the start is read in the file's own zone, not as a floating time");
    return {
      uid: event.uid,
      summary: event.summary,
      sequence: event.sequence,
      status: String(vevent.getFirstPropertyValue("status") ?? ""),
      tzid,
      start: event.startDate.toJSDate().toISOString(),
      end: event.endDate.toJSDate().toISOString(),
    };
  });
  return {
    method: String(calendar.getFirstPropertyValue("method") ?? ""),
    name: String(calendar.getFirstPropertyValue("x-wr-calname") ?? ""),
    zones: zones.map((z) => z.tzid),
    events,
  };
}

/**
 * RFC 4180 as spreadsheets read it: quoted cells may hold commas, quotes (doubled) and line breaks;
 * records end with CRLF. Kept here because no CSV reader is among the dependencies.
 */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(cell);
      cell = "";
    } else if (c === "\r" && text[i + 1] === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      i++;
    } else cell += c;
  }
  if (cell !== "" || row.length > 0) rows.push([...row, cell]);
  return rows;
}

/** The raw lines of a file, unfolded, to check what a parser would smooth over. */
function rawLines(ics: string): string[] {
  return ics.replace(/\r\n[ \t]/g, "").split("\r\n");
}

const INJECTED = [
  "Police and NGOs",
  "END:VEVENT",
  "BEGIN:VEVENT",
  "UID:forged@example.org",
  "DTSTART:20261224T180000Z",
  "DTEND:20261224T200000Z",
  "SUMMARY:Meeting moved",
  "LOCATION:Back door\\, 1 Nowhere Street",
].join("\r\n");

test("a VTIMEZONE carries the offsets of the event's own years: Almaty at +06 in 2016 and +05 in 2026", () => {
  const entry = (uid: string, local: string) => ({
    uid,
    title: "Police and NGOs",
    description: "",
    url: "https://example.org/",
    location: "Almaty",
    startsAt: localToUtc(local, "Asia/Almaty") as string,
    endsAt: localToUtc(local.replace("09:30", "15:30"), "Asia/Almaty") as string,
    timeZone: "Asia/Almaty",
    updatedAt: "2026-11-22T10:00:00.000Z",
  });
  const ics = calendarFile([entry("old", "2016-09-20T09:30"), entry("new", "2026-09-22T09:30")], {
    name: "Police and NGOs",
    host: "example.org",
  });
  const read = readCalendar(ics);
  assert.deepEqual(read.zones, ["Asia/Almaty"]);
  assert.deepEqual(
    read.events.map((e) => [e.uid, e.start]),
    [
      ["old@example.org", "2016-09-20T03:30:00.000Z"],
      ["new@example.org", "2026-09-22T04:30:00.000Z"],
    ],
  );
});

for (const engine of ENGINES) {
  describe(`calendar files read back through their own zones (${engine})`, () => {
    let t: TestApp;
    let actor: Actor;

    before(async () => {
      t = await startTestApp(engine, { env: { OUTREACH_REGISTRATION_LIMIT: "1000" } });
      const admin = await createPerson(t.services, "admin");
      actor = { id: admin.id, role: "admin", locales: [] };
    });
    after(() => t.cleanup());

    async function queuedMails(): Promise<SendEmailPayload[]> {
      const rows = await t.services.db.selectFrom("jobs").select(["name", "payload"]).where("name", "=", SEND_EMAIL).execute();
      return rows.map((r) => JSON.parse(r.payload) as SendEmailPayload);
    }

    test("the demo's 2016 police–NGO meeting in Almaty starts at 03:30Z through the file's own VTIMEZONE", async () => {
      const spec = POLICE_MEETINGS_2016.find((m) => m.slug === "police-and-ngos-almaty-2016");
      assert.ok(spec, "the demo has the Almaty meeting");
      const [first] = spec.occurrences;
      assert.ok(first);
      const { occurrences } = await createTestEvent(t.services, actor, {
        slug: spec.slug,
        overrides: { timeZone: spec.timeZone, isOnline: false, country: "KZ" },
        occurrences: [
          {
            startsAt: localToUtc(first.starts, spec.timeZone) as string,
            endsAt: localToUtc(first.ends, spec.timeZone) as string,
            joinUrl: "",
          },
        ],
      });
      const occurrence = occurrences[0] as Occurrence;
      const res = await new TestClient(t.app).get(`/en/events/${spec.slug}/calendar/${occurrence.id}.ics`);
      assert.equal(res.statusCode, 200);
      const read = readCalendar(res.body);
      assert.equal(read.events.length, 1);
      assert.equal(read.events[0]?.tzid, "Asia/Almaty");
      assert.equal(read.events[0]?.start, "2016-09-20T03:30:00.000Z");
      assert.equal(read.events[0]?.end, "2016-09-21T09:30:00.000Z");
    });

    test("an event in Kyiv: an alias in the form is stored canonical, its .ics zone matches, and pages name the city", async () => {
      const person = await createPerson(t.services, "organiser");
      const client = new TestClient(t.app);
      await signIn(client, person, t.clock);
      await client.get("/admin/events/new");
      const created = await client.post("/admin/events/new", {
        title: "Harm reduction in Kyiv",
        slug: "kyiv-meeting",
        kind: "meeting",
        sourceLocale: "en",
        timeZone: "Europe/Kiev",
        summary: "",
      });
      assert.equal(created.statusCode, 303, created.body.slice(0, 500));
      const id = /^\/admin\/events\/([^/?]+)\?/.exec(String(created.headers.location))?.[1];
      assert.ok(id);
      assert.equal((await findEvent(t.services.db, id)).timeZone, "Europe/Kyiv", "the alias is stored by its canonical name");

      const { event, occurrences } = await createTestEvent(t.services, actor, {
        slug: "kyiv-training",
        overrides: { timeZone: "Europe/Kiev" },
        occurrences: [{ startsAt: "2026-12-10T08:00:00.000Z", endsAt: "2026-12-10T10:00:00.000Z" }],
      });
      assert.equal(event.timeZone, "Europe/Kyiv");
      const occurrence = occurrences[0] as Occurrence;
      const reader = new TestClient(t.app);
      const ics = await reader.get(`/en/events/kyiv-training/calendar/${occurrence.id}.ics`);
      const read = readCalendar(ics.body);
      assert.deepEqual(read.zones, ["Europe/Kyiv"]);
      assert.equal(read.events[0]?.tzid, "Europe/Kyiv");
      assert.equal(read.events[0]?.start, "2026-12-10T08:00:00.000Z");
      assert.match(ics.body, /DTSTART;TZID=Europe\/Kyiv:20261210T100000\r\n/);

      const english = await reader.get("/en/events/kyiv-training");
      assert.equal(english.statusCode, 200);
      assert.ok(english.body.includes("(Kyiv, UTC+02:00)"), "the zone is named by its city");
      assert.ok(!english.body.includes("(Europe/Kyiv"), "not by its id");
      const ukrainian = await reader.get("/uk/events/kyiv-training");
      assert.ok(ukrainian.body.includes("(Київ, UTC+02:00)"));
      assert.match(ukrainian.body, /<option value="Europe\/Kyiv"[^>]*>Київ<\/option>/, "the chooser offers Kyiv by its canonical name");
      assert.ok(!ukrainian.body.includes("Europe/Kiev"));
      const chosen = await reader.get("/en/events/kyiv-training?tz=Europe/Kiev");
      assert.match(chosen.body, /<option value="Europe\/Kyiv" selected="">Kyiv<\/option>/, "a chosen alias reads as its zone");
    });

    test("the feed of upcoming events: Belgrade across both daylight-saving changes, DTSTAMP in UTC, CRLF at the end", async () => {
      t.clock.set("2026-03-01T10:00:00.000Z");
      const times = [
        ["2026-03-28T09:00", "2026-03-28T08:00:00.000Z"],
        ["2026-03-29T09:00", "2026-03-29T07:00:00.000Z"],
        ["2026-10-24T09:00", "2026-10-24T07:00:00.000Z"],
        ["2026-10-25T09:00", "2026-10-25T08:00:00.000Z"],
      ] as const;
      const { occurrences } = await createTestEvent(t.services, actor, {
        slug: "belgrade-dst",
        overrides: { timeZone: "Europe/Belgrade" },
        occurrences: times.map(([local]) => ({
          startsAt: localToUtc(local, "Europe/Belgrade") as string,
          endsAt: localToUtc(local.replace("09:00", "11:00"), "Europe/Belgrade") as string,
        })),
      });
      const feed = await new TestClient(t.app).get("/en/events.ics");
      assert.equal(feed.statusCode, 200);
      assert.ok(feed.body.endsWith("\r\n"), "the file ends with CRLF");
      const stamps = rawLines(feed.body).filter((l) => l.startsWith("DTSTAMP"));
      assert.ok(stamps.length >= 4);
      for (const stamp of stamps) assert.match(stamp, /^DTSTAMP:\d{8}T\d{6}Z$/);
      const read = readCalendar(feed.body);
      const byUid = new Map(read.events.map((e) => [e.uid, e]));
      times.forEach(([, utc], i) => {
        const entry = byUid.get(`${(occurrences[i] as Occurrence).id}@${t.config.baseUrl.host}`);
        assert.equal(entry?.tzid, "Europe/Belgrade");
        assert.equal(entry?.start, utc, times[i]?.[0]);
      });
    });

    test("a title with CR/LF and iCalendar lines stays one title: one VEVENT, one mail subject line, one CSV cell", async () => {
      const { event, occurrences } = await createTestEvent(t.services, actor, {
        slug: "injected-title",
        overrides: { fields: { title: INJECTED, summary: "A summary.", body: "", objectives: "" } },
        questions: [],
        occurrences: [{ startsAt: "2026-12-15T08:00:00.000Z", endsAt: "2026-12-15T10:00:00.000Z", joinUrl: "" }],
      });
      const occurrence = occurrences[0] as Occurrence;
      const stored = (
        await t.services.db.selectFrom("event_translations").select("title").where("event_id", "=", event.id).executeTakeFirstOrThrow()
      ).title;
      assert.ok(stored.includes("\n"), "the title keeps its line breaks in storage; only the outputs must encode them");
      const expected = stored.replace(/\r\n?/g, "\n");

      const ics = await new TestClient(t.app).get(`/en/events/injected-title/calendar/${occurrence.id}.ics`);
      const lines = rawLines(ics.body);
      assert.equal(lines.filter((l) => l === "BEGIN:VEVENT").length, 1, "no forged VEVENT");
      assert.ok(!lines.some((l) => l.startsWith("UID:forged")));
      const read = readCalendar(ics.body);
      assert.equal(read.events.length, 1);
      assert.equal(read.events[0]?.summary, expected, "the whole title is the SUMMARY");
      assert.equal(read.name, expected.replace(/\n/g, " "), "the calendar's name is the title on one line");
      assert.equal(read.events[0]?.start, "2026-12-15T08:00:00.000Z");

      // The confirmation mail: its subject is one line and its .ics holds one event.
      const name = 'Ola\r\nNordmann, "Jr"\r\n=1+1';
      await register(t.services, occurrence.id, {
        name,
        email: "ola@example.org",
        locale: "en",
        isPseudonymous: false,
        answers: {},
      });
      const confirmation = (await queuedMails()).find((m) => m.to === "ola@example.org");
      const attached = confirmation?.attachments?.[0]?.content;
      assert.ok(attached, "the confirmation carries the .ics");
      assert.equal(readCalendar(attached).events.length, 1);
      assert.ok(t.worker);
      await t.worker.drain();
      const sent = (await listOutbox(t.config.dataDir)).find((m) => m.to === "ola@example.org");
      assert.ok(sent);
      assert.ok(!/[\r\n]/.test(sent.subject), "the subject has no line break");
      const eml = await readFile(path.join(outboxFolder(t.config.dataDir), `${sent.id}.eml`), "utf8");
      const headers = eml.slice(0, eml.indexOf("\n\n")).replace(/\n[ \t]/g, " ");
      assert.ok(!/^(UID|DTSTART|SUMMARY|BEGIN):/m.test(headers), "no header line comes from the title");
      assert.match(headers, /^Auto-Submitted: auto-generated$/m);
      assert.match(sent.html, /<title>[^<]*Police and NGOs[^<]*<\/title>/);

      // The organiser's CSV: the name with its line breaks, comma and quotes is one cell of one row.
      const organiser = await createPerson(t.services, "admin");
      const admin = new TestClient(t.app);
      await signIn(admin, organiser, t.clock);
      const csv = await admin.get(`/admin/events/${event.id}/registrations.csv`);
      assert.equal(csv.statusCode, 200);
      const rows = readCsv(csv.body.replace(/^\uFEFF/, ""));
      assert.equal(rows.length, 2, "a header and one registration");
      assert.equal(rows[1]?.length, rows[0]?.length, "as many cells as the header");
      const storedName = (
        await t.services.db.selectFrom("registrations").select("name").where("email", "=", "ola@example.org").executeTakeFirstOrThrow()
      ).name;
      assert.ok(storedName.includes("\n"));
      assert.ok(
        rows[1]?.some((cell) => cell === storedName || cell === `'${storedName}`),
        "the name is one whole cell",
      );
    });

    test("a cancelled occurrence sends METHOD:CANCEL under the same UID with a higher SEQUENCE, in each person's language", async () => {
      const { occurrences } = await createTestEvent(t.services, actor, {
        slug: "to-be-cancelled",
        overrides: { timeZone: "Europe/Kyiv" },
        questions: [],
        occurrences: [{ startsAt: "2026-12-20T08:00:00.000Z", endsAt: "2026-12-20T10:00:00.000Z" }],
      });
      const occurrence = occurrences[0] as Occurrence;
      const answers = {};
      for (const [name, email, locale] of [
        ["Taras", "taras@example.org", "uk"],
        ["Amira", "amira@example.org", "fr"],
      ] as const) {
        await register(t.services, occurrence.id, { name, email, locale, isPseudonymous: false, answers });
      }
      const confirmations = (await queuedMails()).filter((m) => m.template === "event.confirmed");
      const confirmed = confirmations.find((m) => m.to === "taras@example.org")?.attachments?.[0]?.content;
      assert.ok(confirmed);
      const before = readCalendar(confirmed).events[0];
      assert.ok(before);
      assert.ok(t.worker);
      await t.worker.drain();

      t.clock.advance(60_000);
      await setOccurrenceCancelled(t.services, actor, occurrence.id, true);
      const cancellations = (await queuedMails()).filter((m) => m.template === OCCURRENCE_CANCELLED_MAIL);
      assert.deepEqual(cancellations.map((m) => [m.to, m.locale]).sort(), [
        ["amira@example.org", "fr"],
        ["taras@example.org", "uk"],
      ]);
      for (const mail of cancellations) {
        const [file] = mail.attachments ?? [];
        assert.ok(file);
        assert.match(file.contentType, /method=CANCEL/);
        const read = readCalendar(file.content);
        assert.equal(read.method, "CANCEL");
        assert.equal(read.events.length, 1);
        assert.equal(read.events[0]?.uid, before.uid, "the same UID as the confirmation's file");
        assert.equal(read.events[0]?.status, "CANCELLED");
        assert.ok((read.events[0]?.sequence ?? 0) > before.sequence, "a higher SEQUENCE");
        assert.equal(read.events[0]?.start, "2026-12-20T08:00:00.000Z");
      }
      await t.worker.drain();
      const sent = await listOutbox(t.config.dataDir);
      assert.ok(
        sent.some((m) => m.to === "taras@example.org" && m.locale === "uk" && m.subject.startsWith("Скасовано:")),
        "the Ukrainian registrant gets the mail in Ukrainian",
      );
      assert.ok(sent.some((m) => m.to === "amira@example.org" && m.subject.startsWith("Annulé")));

      // Cancelling again sends nothing more.
      const queued = (await queuedMails()).length;
      await setOccurrenceCancelled(t.services, actor, occurrence.id, true);
      assert.equal((await queuedMails()).length, queued);
    });
  });
}

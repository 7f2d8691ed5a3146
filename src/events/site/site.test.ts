import assert from "node:assert/strict";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import ICAL from "ical.js";
import type { Actor } from "../../access/policy.ts";
import { saveOrganisation, saveProfile, saveProgramme, saveSeries, saveTopic } from "../../catalogue/catalogue.ts";
import { newId } from "../../db/ids.ts";
import { listOutbox } from "../../email/mailer.ts";
import { translate } from "../../i18n/messages.ts";
import { createPerson, TestClient } from "../../testing/client.ts";
import { createTestEvent, tokenFromMail } from "../../testing/events.ts";
import { ENGINES, startTestApp, type TestApp } from "../../testing/harness.ts";
import type { Event, Occurrence } from "../model.ts";
import { setOccurrenceCancelled } from "../occurrences.ts";
import { formatOccurrenceTime } from "../registration/status-mails.ts";
import { saveSession } from "../sessions.ts";

/** Spaces as Intl writes them (narrow and no-break) read as plain spaces, so tests can spell times out. */
const plain = (text: string) => text.replace(/[\u202f\u00a0\u2009]/g, " ");

function jsonLd(html: string): Record<string, unknown>[] {
  const match = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html);
  assert.ok(match, "the page has JSON-LD");
  return JSON.parse(match[1] as string) as Record<string, unknown>[];
}

/** The form answers every address alike ("check your mail"); the private link is only in the mail. */
async function tokenOf(t: TestApp, location: unknown, email: string): Promise<string> {
  assert.match(String(location), /\/register\/[\w-]+\/sent$/, "the same page for everyone: check your mail");
  return tokenFromMail(t, email);
}

function parseCalendar(text: string) {
  const component = new ICAL.Component(ICAL.parse(text));
  return component.getAllSubcomponents("vevent");
}

for (const engine of ENGINES) {
  describe(`public event pages (${engine})`, () => {
    let t: TestApp;
    let actor: Actor;
    let webinar: { event: Event; occurrences: Occurrence[] };
    let hidden: { event: Event; occurrences: Occurrence[] };

    before(async () => {
      t = await startTestApp(engine, { env: { OUTREACH_REGISTRATION_LIMIT: "1000" } });
      const admin = await createPerson(t.services, "admin");
      actor = { id: admin.id, role: "admin", locales: [] };
      const mdm = await saveOrganisation(t.services, actor, null, {
        slug: "mdm",
        name: { en: "Médecins du Monde", fr: "Médecins du Monde" },
        shortName: "MdM",
        kind: "ngo",
        country: "FR",
        website: "https://www.medecinsdumonde.org",
        description: { en: "An international medical humanitarian organisation." },
      });
      const enpud = await saveOrganisation(t.services, actor, null, {
        slug: "enpud",
        name: { en: "European Network of People Who Use Drugs" },
        shortName: "EuroNPUD",
        kind: "network",
        country: null,
        website: null,
        description: {},
      });
      const speaker = await saveProfile(t.services, actor, null, {
        slug: "mat-southwell",
        name: "Mat Southwell",
        organisationId: enpud.id,
        position: { en: "Project Executive", ru: "Руководитель проектов" },
        bio: { en: "Works with drug user networks across Europe." },
      });
      const programme = await saveProgramme(t.services, actor, null, {
        slug: "covid-response",
        title: { en: "COVID-19 response" },
        description: { en: "Keeping harm reduction open during the pandemic." },
      });
      const series = await saveSeries(t.services, actor, null, {
        slug: "covid-webinars",
        programmeId: programme.id,
        title: { en: "COVID-19 webinars" },
        description: {},
      });
      const covid = await saveTopic(t.services, actor, null, { slug: "covid", name: { en: "COVID-19" } });
      const hepatitis = await saveTopic(t.services, actor, null, { slug: "hepatitis", name: { en: "Hepatitis" } });

      webinar = await createTestEvent(t.services, actor, {
        slug: "covid-webinar",
        overrides: {
          programmeId: programme.id,
          seriesId: series.id,
          organisations: [
            { organisationId: mdm.id, role: "host" },
            { organisationId: enpud.id, role: "co-organiser" },
          ],
          topicIds: [covid.id],
        },
      });
      await saveSession(t.services, actor, webinar.event.id, null, {
        kind: "opening",
        day: 1,
        starts: "09:00",
        ends: "09:10",
        title: { en: "Welcome and introductions" },
        description: {},
        room: "",
        people: [],
      });
      await saveSession(t.services, actor, webinar.event.id, null, {
        kind: "presentation",
        day: 1,
        starts: "09:10",
        ends: "09:40",
        title: { en: "Community mobilisation in lockdown", ru: "Мобилизация сообщества в локдаун" },
        description: { en: "Examples from India and the United Kingdom." },
        room: "Main room",
        people: [{ profileId: speaker.id, role: "speaker" }],
      });
      await createTestEvent(t.services, actor, {
        slug: "hepatitis-training",
        overrides: {
          kind: "training",
          isOnline: false,
          venue: "Hotel Palas",
          address: "Topličin venac 23",
          city: { en: "Belgrade", "sr-Latn": "Beograd" },
          country: "RS",
          timeZone: "Europe/Belgrade",
          workingLanguages: ["sr", "en"],
          interpretation: [],
          topicIds: [hepatitis.id],
          fields: { title: "Hepatitis C testing in outreach", summary: "", body: "", objectives: "" },
        },
        occurrences: [{ startsAt: "2026-12-15T08:00:00.000Z", endsAt: "2026-12-17T15:00:00.000Z", joinUrl: "" }],
      });
      await createTestEvent(t.services, actor, {
        slug: "past-seminar",
        overrides: {
          kind: "seminar",
          country: "FR",
          fields: { title: "Overdose prevention seminar", summary: "", body: "", objectives: "" },
        },
        occurrences: [{ startsAt: "2026-10-01T08:00:00.000Z", endsAt: "2026-10-01T12:00:00.000Z" }],
      });
      hidden = await createTestEvent(t.services, actor, {
        slug: "draft-event",
        isPublished: false,
        overrides: { fields: { title: "A draft nobody may see", summary: "", body: "", objectives: "" } },
      });
    });
    after(() => t.cleanup());

    test("the list shows upcoming published events soonest first, and past ones apart", async () => {
      const client = new TestClient(t.app);
      const res = await client.get("/en/events");
      assert.equal(res.statusCode, 200);
      const body = res.body;
      const a = body.indexOf("COVID-19 and harm reduction");
      const b = body.indexOf("Hepatitis C testing in outreach");
      assert.ok(a > 0 && b > a, "the webinar on 7 December comes before the training on 15 December");
      assert.ok(!body.includes("Overdose prevention seminar"));
      assert.ok(!body.includes("A draft nobody may see"));
      assert.ok(body.includes('href="/en/events.ics"'), "the feed is linked");
      assert.ok(body.includes('href="/en/events"'), "the main menu links the events");

      const pastPage = await client.get("/en/events?when=past");
      assert.ok(pastPage.body.includes("Overdose prevention seminar"));
      assert.ok(!pastPage.body.includes("Hepatitis C testing in outreach"));
    });

    test("each filter narrows the list in SQL", async () => {
      const client = new TestClient(t.app);
      const shows = async (query: string) => {
        const res = await client.get(`/en/events?${query}`);
        assert.equal(res.statusCode, 200, query);
        return {
          webinar: res.body.includes("COVID-19 and harm reduction"),
          training: res.body.includes("Hepatitis C testing in outreach"),
        };
      };
      assert.deepEqual(await shows("kind=training"), { webinar: false, training: true });
      assert.deepEqual(await shows("kind=webinar"), { webinar: true, training: false });
      assert.deepEqual(await shows("topic=covid"), { webinar: true, training: false });
      assert.deepEqual(await shows("topic=hepatitis"), { webinar: false, training: true });
      assert.deepEqual(await shows("country=RS"), { webinar: false, training: true });
      assert.deepEqual(await shows("language=sr"), { webinar: false, training: true });
      assert.deepEqual(await shows("language=fr"), { webinar: true, training: false });
      assert.deepEqual(await shows("mode=online"), { webinar: true, training: false });
      assert.deepEqual(await shows("mode=in-person"), { webinar: false, training: true });
      // Values that are not choices are ignored rather than failing.
      assert.deepEqual(await shows("kind=%3Cscript%3E&country=rs&page=-1&mode=x&kind=webinar"), { webinar: true, training: true });
      const filtered = await client.get("/en/events?kind=conference");
      assert.ok(filtered.body.includes(translate("en", "site.list.noneFiltered")));
      const russian = await client.get("/ru/events?country=RS");
      assert.ok(russian.body.includes("Сербия"), "countries are named in the reader's language");
    });

    test("the event page shows the agenda, speakers, hosts, objectives and times in both zones", async () => {
      const client = new TestClient(t.app);
      const res = await client.get("/en/events/covid-webinar");
      assert.equal(res.statusCode, 200);
      const body = res.body;
      for (const text of [
        "Community mobilisation in lockdown",
        "Welcome and introductions",
        'href="/en/people/mat-southwell"',
        "Project Executive",
        'href="/en/organisations/mdm"',
        'href="/en/organisations/enpud"',
        'href="/en/programmes/covid-response"',
        'href="/en/series/covid-webinars"',
        "Share practice",
        "Keep services open",
        "English → French",
      ]) {
        assert.ok(body.includes(text), `the page shows ${text}`);
      }
      assert.match(body, /<ol class="objectives"[^>]*><li>Share practice<\/li><li>Keep services open<\/li><\/ol>/);
      const [first, second] = webinar.occurrences as [Occurrence, Occurrence];
      assert.ok(body.includes(formatOccurrenceTime("en", first, "Europe/Paris")));
      assert.ok(plain(body).includes("Dec 7, 2026, 9:00 AM – 10:30 AM (Paris, UTC+01:00)"), "the zone named by its city");
      assert.ok(plain(body).includes("Dec 7, 2026, 4:30 PM – 6:00 PM (Paris, UTC+01:00)"));
      assert.ok(body.includes(`href="/en/events/covid-webinar/register/${first.id}"`));
      assert.ok(body.includes(`href="/en/events/covid-webinar/calendar/${second.id}.ics"`));
      assert.ok(plain(body).includes(translate("en", "site.occurrence.seatsLeft", { count: 3 })));
      assert.ok(!body.includes("meet.example.org"), "the join link is never on the public page");
      // The agenda follows the first occurrence by default, and the second on request.
      assert.ok(plain(body).includes("9:10 – 9:40 AM"));
      const later = await client.get(`/en/events/covid-webinar?at=${second.id}`);
      assert.ok(plain(later.body).includes("4:40 – 5:10 PM"), "the agenda shifts to the 16:30 occurrence");

      const almaty = await client.get("/en/events/covid-webinar?tz=Asia/Almaty");
      assert.equal(almaty.statusCode, 200);
      assert.ok(plain(almaty.body).includes("Dec 7, 2026, 1:00 PM – 2:30 PM (Almaty, UTC+05:00)"));
      assert.ok(almaty.body.includes(`<option value="Asia/Almaty" selected="">Almaty</option>`));
      const bogus = await client.get("/en/events/covid-webinar?tz=Mars/Olympus");
      assert.equal(bogus.statusCode, 200);
      assert.ok(!bogus.body.includes("Mars/Olympus"));

      const [ld] = jsonLd(body) as [Record<string, unknown>];
      assert.equal(ld["@type"], "Event");
      assert.equal(ld.startDate, "2026-12-07T09:00:00+01:00");
      assert.equal(ld.endDate, "2026-12-07T10:30:00+01:00");
      assert.equal(ld.eventAttendanceMode, "https://schema.org/OnlineEventAttendanceMode");
      assert.equal(ld.eventStatus, "https://schema.org/EventScheduled");
      assert.deepEqual(ld.location, { "@type": "VirtualLocation", url: "http://localhost:3000/en/events/covid-webinar" });
      assert.equal((ld.organizer as { name: string }[])[0]?.name, "Médecins du Monde");
      assert.equal((ld.performer as { name: string }[])[0]?.name, "Mat Southwell");
      assert.match(body, /<meta property="og:title" content="COVID-19 and harm reduction: sharing experiences in practice"\/>/);
      assert.match(body, /<meta property="og:url" content="http:\/\/localhost:3000\/en\/events\/covid-webinar"\/>/);
      assert.match(body, /<meta property="og:locale" content="en_GB"\/>/);

      const russian = await client.get("/ru/events/covid-webinar");
      assert.ok(russian.body.includes("Мобилизация сообщества в локдаун"), "session titles in the reader's language");
      assert.ok(russian.body.includes(translate("ru", "content.fallback", { language: "English" })), "a note says the text is in English");

      const inPerson = await client.get("/en/events/hepatitis-training");
      const [place] = jsonLd(inPerson.body) as [Record<string, unknown>];
      assert.equal(place.eventAttendanceMode, "https://schema.org/OfflineEventAttendanceMode");
      assert.equal((place.location as { "@type": string })["@type"], "Place");
      assert.ok(inPerson.body.includes("Hotel Palas, Topličin venac 23, Belgrade, Serbia"));
      assert.ok(plain(inPerson.body).includes("Dec 15 – 17, 2026"));
    });

    test("an unpublished event is not found anywhere", async () => {
      const client = new TestClient(t.app);
      await client.get(`/en/events/covid-webinar/register/${(webinar.occurrences[0] as Occurrence).id}`);
      const occurrence = hidden.occurrences[0] as Occurrence;
      for (const url of [
        "/en/events/draft-event",
        `/en/events/draft-event/register/${occurrence.id}`,
        `/en/events/draft-event/calendar/${occurrence.id}.ics`,
        "/en/events/no-such-event",
      ]) {
        const res = await client.get(url);
        assert.equal(res.statusCode, 404, url);
      }
      const res = await client.post(`/en/events/draft-event/register/${occurrence.id}`, { name: "A", email: "a@example.org" });
      assert.equal(res.statusCode, 404);
      const feed = await client.get("/en/events.ics");
      assert.ok(!feed.body.includes("A draft nobody may see"));
    });

    test("registration through the forms: errors in the reader's language, seats, waitlist, cancellation and promotion", async () => {
      const { event, occurrences, questionIds } = await createTestEvent(t.services, actor, {
        slug: "three-seats",
        occurrences: [{ startsAt: "2026-12-09T08:00:00.000Z", endsAt: "2026-12-09T09:30:00.000Z", capacity: 3 }],
        questions: [
          { kind: "organisation", label: "Your organisation", isRequired: true },
          { kind: "choice", label: "Your role", isRequired: false, options: ["Outreach worker", "Peer", "Manager"] },
          { kind: "country", label: "Country where you work", isRequired: false },
          { kind: "consent", label: "I agree that the organisers keep my answers until the event ends." },
        ],
      });
      const [organisationQ, roleQ, countryQ, consentQ] = questionIds as [string, string, string, string];
      const occurrence = occurrences[0] as Occurrence;
      const url = `/en/events/${event.slug}/register/${occurrence.id}`;

      // English: errors are listed and next to their fields, and what was typed stays.
      const english = new TestClient(t.app);
      const form = await english.get(url);
      assert.equal(form.statusCode, 200);
      assert.ok(form.body.includes(translate("en", "site.form.pseudonym")));
      assert.ok(form.body.includes('<option value="RS">Serbia</option>'));
      const wrong = await english.post(url, { name: "", email: "not-an-email", [`q_${organisationQ}`]: "Harm Reduction Hub" });
      assert.equal(wrong.statusCode, 422);
      assert.ok(wrong.body.includes(translate("en", "events.nameRequired")));
      assert.ok(wrong.body.includes(translate("en", "events.emailInvalid")));
      assert.ok(wrong.body.includes(translate("en", "events.consentRequired")));
      assert.ok(wrong.body.includes('value="not-an-email"'));
      assert.ok(wrong.body.includes('value="Harm Reduction Hub"'));

      // Russian: the same mistakes in Russian, and the registration keeps Russian as its language.
      const russian = new TestClient(t.app);
      const ruUrl = `/ru/events/${event.slug}/register/${occurrence.id}`;
      await russian.get(ruUrl);
      const ruWrong = await russian.post(ruUrl, { name: "Аня", email: "", [`q_${roleQ}`]: "peer" });
      assert.equal(ruWrong.statusCode, 422);
      assert.ok(ruWrong.body.includes(translate("ru", "events.emailInvalid")));
      assert.ok(ruWrong.body.includes(translate("ru", "events.answerRequired")));
      assert.ok(ruWrong.body.includes('value="Аня"'));
      assert.match(ruWrong.body, /value="peer" checked=""/);

      const people = [
        { client: english, url, name: "Alex", email: "alex@example.org" },
        { client: russian, url: ruUrl, name: "Аня", email: "anya@example.org" },
        { client: new TestClient(t.app), url, name: "Sam", email: "sam@example.org" },
        { client: new TestClient(t.app), url, name: "Kim", email: "kim@example.org" },
      ];
      const tokens: string[] = [];
      for (const p of people) {
        const res = await p.client.submit(p.url, {
          name: p.name,
          email: p.email,
          [`q_${organisationQ}`]: "Harm Reduction Hub",
          [`q_${countryQ}`]: "RS",
          [`q_${consentQ}`]: "yes",
        });
        assert.equal(res.statusCode, 303, await res.body);
        tokens.push(await tokenOf(t, res.headers.location, p.email));
      }
      const saved = await t.services.db.selectFrom("registrations").select(["email", "locale", "status"]).orderBy("created_at").execute();
      const anya = saved.find((r) => r.email === "anya@example.org");
      assert.equal(anya?.locale, "ru");

      const page = (i: number) => new TestClient(t.app).get(`/en/registrations/${tokens[i]}`);
      for (const i of [0, 1, 2]) {
        const res = await page(i);
        assert.equal(res.statusCode, 200);
        assert.ok(res.body.includes(translate("en", "site.reg.confirmed")), `person ${i + 1} is confirmed`);
        assert.ok(res.body.includes("https://meet.example.org/covid-hr"), "a confirmed person sees the join link");
      }
      const waiting = await page(3);
      assert.ok(waiting.body.includes(translate("en", "site.reg.waitlisted", { position: 1 })));
      assert.ok(!waiting.body.includes("meet.example.org"), "a waitlisted person does not see the join link");
      assert.equal(waiting.headers["cache-control"], "private, no-store");
      assert.equal(waiting.headers["referrer-policy"], "same-origin");
      assert.equal(waiting.headers["x-robots-tag"], "noindex");
      const unknown = await new TestClient(t.app).get("/en/registrations/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
      assert.equal(unknown.statusCode, 404);
      assert.equal(unknown.headers["cache-control"], "private, no-store");
      assert.equal(unknown.headers["x-robots-tag"], "noindex");

      // The public page now says the occurrence is full, with a waitlist.
      const full = await new TestClient(t.app).get(`/en/events/${event.slug}`);
      assert.ok(full.body.includes(translate("en", "site.occurrence.full")));
      assert.ok(full.body.includes(translate("en", "site.occurrence.joinWaitlist")));

      // Alex cancels through the private link, with a confirmation step; Kim gets the seat at once.
      const alex = new TestClient(t.app);
      const confirm = await alex.get(`/en/registrations/${tokens[0]}?cancel=1`);
      assert.ok(confirm.body.includes(translate("en", "site.reg.cancelYes")));
      const cancelled = await alex.post(`/en/registrations/${tokens[0]}/cancel`);
      assert.equal(cancelled.statusCode, 303);
      assert.equal(cancelled.headers.location, `/en/registrations/${tokens[0]}?done=cancelled`);
      const after = await alex.get(String(cancelled.headers.location));
      assert.ok(after.body.includes(translate("en", "site.reg.cancelled")));
      assert.ok(after.body.includes(translate("en", "site.notice.cancelled")));
      assert.ok(!after.body.includes("meet.example.org"));
      const promoted = await page(3);
      assert.ok(promoted.body.includes(translate("en", "site.reg.confirmed")), "the first on the waitlist now holds the seat");
      assert.ok(promoted.body.includes("https://meet.example.org/covid-hr"));
      assert.ok(t.worker);
      await t.worker.drain();
      const mail = await listOutbox(t.config.dataDir);
      assert.ok(mail.some((m) => m.to === "kim@example.org" && m.subject.includes("A seat is yours")));
      assert.ok(mail.some((m) => m.to === "anya@example.org" && m.locale === "ru"));

      // The private calendar file carries the join link for a confirmed person; the public one never does.
      const privateIcs = await new TestClient(t.app).get(`/en/registrations/${tokens[3]}/calendar.ics`);
      assert.equal(privateIcs.statusCode, 200);
      assert.equal(privateIcs.headers["content-type"], "text/calendar; charset=utf-8");
      assert.match(String(privateIcs.headers["content-disposition"]), /^attachment; filename="three-seats\.ics"$/);
      assert.equal(privateIcs.headers["referrer-policy"], "same-origin");
      assert.ok(privateIcs.body.replace(/\r\n /g, "").includes("https://meet.example.org/covid-hr"));
      const [privateEvent] = parseCalendar(privateIcs.body);
      assert.equal(privateEvent?.getFirstProperty("dtstart")?.getParameter("tzid"), "Europe/Paris");

      // Changing details and the language through the private page.
      const sam = new TestClient(t.app);
      await sam.get(`/en/registrations/${tokens[2]}`);
      const changed = await sam.post(`/en/registrations/${tokens[2]}`, {
        name: "Samantha",
        email: "sam@example.org",
        locale: "fr",
        occurrenceId: occurrence.id,
        [`q_${organisationQ}`]: "Harm Reduction Hub",
        [`q_${consentQ}`]: "yes",
      });
      assert.equal(changed.statusCode, 303);
      const samRow = await t.services.db
        .selectFrom("registrations")
        .select(["name", "locale"])
        .where("email", "=", "sam@example.org")
        .executeTakeFirst();
      assert.deepEqual(samRow, { name: "Samantha", locale: "fr" });
      const badChange = await sam.post(`/en/registrations/${tokens[2]}`, { name: "", email: "sam@example.org", [`q_${consentQ}`]: "yes" });
      assert.equal(badChange.statusCode, 422);
      assert.ok(badChange.body.includes(translate("en", "events.nameRequired")));
      const foreign = await sam.post(`/en/registrations/${tokens[2]}`, {
        name: "Samantha",
        email: "sam@example.org",
        occurrenceId: (webinar.occurrences[0] as Occurrence).id,
        [`q_${organisationQ}`]: "Hub",
        [`q_${consentQ}`]: "yes",
      });
      assert.equal(foreign.statusCode, 422, "another event's occurrence is refused");

      const again = await new TestClient(t.app).submit(url, {
        name: "Anya again",
        email: "ANYA@example.org",
        [`q_${organisationQ}`]: "Hub",
        [`q_${consentQ}`]: "yes",
      });
      assert.equal(again.statusCode, 303, "answered as any registration: a stranger cannot tell");
      assert.equal(again.headers.location, `${url}/sent`);
      await t.worker?.drain();
      const anyaRows = await t.services.db.selectFrom("registrations").select("id").where("email", "=", "anya@example.org").execute();
      assert.equal(anyaRows.length, 1, "one registration per email and occurrence");
      assert.equal((await page(1)).statusCode, 200, "Anya's link still works");

      // A closed window shows why instead of the form.
      await setOccurrenceCancelled(t.services, actor, occurrence.id, true);
      const closed = await new TestClient(t.app).get(url);
      assert.ok(closed.body.includes(translate("en", "events.window.cancelled")));
      assert.ok(!closed.body.includes('name="email"'));
    });

    test("pseudonymous registration asks only for a name, an email and consents", async () => {
      const { event, occurrences } = await createTestEvent(t.services, actor, { slug: "pseudonymous" });
      const occurrence = occurrences[0] as Occurrence;
      const client = new TestClient(t.app);
      const url = `/en/events/${event.slug}/register/${occurrence.id}`;
      await client.get(url);
      const res = await client.post(url, { name: "Moonlight", email: "moon@example.org", isPseudonymous: "1" });
      assert.equal(res.statusCode, 303);
      const page = await client.get(`/en/registrations/${await tokenOf(t, res.headers.location, "moon@example.org")}`);
      assert.ok(page.body.includes(translate("en", "site.reg.isPseudonymous")));
    });

    test("an event that needs approval says so, and the registrant's page says it is pending", async () => {
      const { event, occurrences } = await createTestEvent(t.services, actor, {
        slug: "needs-approval",
        overrides: { requiresApproval: true, allowsPseudonymous: false },
        questions: [],
      });
      const page = await new TestClient(t.app).get(`/en/events/${event.slug}`);
      assert.ok(page.body.includes(translate("en", "site.occurrence.request")));
      assert.ok(page.body.includes(translate("en", "site.event.approval")));
      const client = new TestClient(t.app);
      const url = `/en/events/${event.slug}/register/${(occurrences[0] as Occurrence).id}`;
      const form = await client.get(url);
      assert.ok(!form.body.includes('name="isPseudonymous"'), "no pseudonym choice where the organiser does not allow it");
      const res = await client.post(url, { name: "Jo", email: "jo@example.org" });
      assert.equal(res.statusCode, 303);
      const mine = await client.get(`/en/registrations/${await tokenOf(t, res.headers.location, "jo@example.org")}`);
      assert.ok(mine.body.includes(translate("en", "site.reg.pending")));
      assert.ok(!mine.body.includes("meet.example.org"));
    });

    test("calendar files: one occurrence, and the feed of upcoming events", async () => {
      const client = new TestClient(t.app);
      const occurrence = webinar.occurrences[0] as Occurrence;
      const res = await client.get(`/en/events/covid-webinar/calendar/${occurrence.id}.ics`);
      assert.equal(res.statusCode, 200);
      assert.equal(res.headers["content-type"], "text/calendar; charset=utf-8");
      assert.match(String(res.headers["content-disposition"]), /^attachment;/);
      assert.ok(!res.body.includes("meet.example.org"));
      const [entry] = parseCalendar(res.body);
      assert.ok(entry);
      const start = entry.getFirstProperty("dtstart");
      assert.equal(start?.getParameter("tzid"), "Europe/Paris");
      assert.equal(String(start?.getFirstValue()), "2026-12-07T09:00:00");
      assert.ok(/UID:[^\r\n]*/.exec(res.body)?.[0].includes(occurrence.id));
      assert.match(res.body, /DTSTART;TZID=Europe\/Paris:20261207T090000/);

      const feed = await client.get("/en/events.ics");
      assert.equal(feed.statusCode, 200);
      assert.equal(feed.headers["content-type"], "text/calendar; charset=utf-8");
      const entries = parseCalendar(feed.body);
      const summaries = entries.map((e) => String(e.getFirstPropertyValue("summary")));
      const uids = entries.map((e) => String(e.getFirstPropertyValue("uid")));
      for (const o of webinar.occurrences) assert.ok(uids.includes(`${o.id}@localhost:3000`), "one entry per occurrence");
      assert.ok(summaries.includes("Hepatitis C testing in outreach"));
      assert.ok(!summaries.includes("Overdose prevention seminar"), "past events are not in the feed");
      assert.ok(!feed.body.includes("meet.example.org"));
      const belgrade = entries.find((e) => String(e.getFirstPropertyValue("summary")) === "Hepatitis C testing in outreach");
      assert.equal(belgrade?.getFirstProperty("dtstart")?.getParameter("tzid"), "Europe/Belgrade");
    });

    test("a title with markup is escaped in the page and in its JSON-LD", async () => {
      const title = "</script><script>alert(1)</script> & <b>bold</b>";
      await createTestEvent(t.services, actor, {
        slug: "hostile",
        overrides: { fields: { title, summary: '"><img src=x onerror=alert(1)>', body: "<script>alert(2)</script>", objectives: "" } },
      });
      const res = await new TestClient(t.app).get("/en/events/hostile");
      assert.equal(res.statusCode, 200);
      assert.ok(!res.body.includes("<script>alert"), "no script element from the title or body");
      assert.ok(!res.body.includes("<img src=x"));
      assert.ok(res.body.includes("&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;"));
      const scripts = res.body.match(/<script/g) ?? [];
      assert.equal(scripts.length, 2, "only app.js and the JSON-LD");
      const [ld] = jsonLd(res.body) as [Record<string, unknown>];
      assert.equal(ld.name, title);
      assert.ok(res.body.includes("\\u003c/script\\u003e"));
      const list = await new TestClient(t.app).get("/en/events");
      assert.ok(!list.body.includes("<script>alert"));
    });

    test("materials: public files for everyone, registrant files only through a confirmed private link", async () => {
      const { event, occurrences } = await createTestEvent(t.services, actor, { slug: "with-materials" });
      const now = t.clock.now().toISOString();
      const files: Record<string, string> = {};
      for (const [visibility, title] of [
        ["public", "Slides"],
        ["registrants", "Participant handbook"],
      ] as const) {
        const materialId = newId();
        await t.services.db
          .insertInto("materials")
          .values({
            id: materialId,
            event_id: event.id,
            session_id: null,
            title: JSON.stringify({ en: title }),
            visibility,
            position: 0,
            created_at: now,
          })
          .execute();
        for (const locale of ["en", "fr"]) {
          const fileId = newId();
          files[`${visibility}-${locale}`] = fileId;
          await t.services.db
            .insertInto("material_files")
            .values({
              id: fileId,
              material_id: materialId,
              locale,
              file_name: `${title.toLowerCase().replace(/ /g, "-")}-${locale}.pdf`,
              content_type: "application/pdf",
              size: 9,
              sha256: "x",
              created_at: now,
            })
            .execute();
          const folder = path.join(t.config.dataDir, "files", "materials");
          mkdirSync(folder, { recursive: true });
          writeFileSync(path.join(folder, fileId), "%PDF-1.4\n");
        }
      }
      const client = new TestClient(t.app);
      const page = await client.get("/en/events/with-materials");
      assert.ok(page.body.includes("Slides"));
      assert.ok(page.body.includes(`href="/en/events/with-materials/materials/${files["public-fr"]}"`));
      assert.ok(page.body.includes(">French<"), "the languages a material is available in");
      assert.ok(!page.body.includes("Participant handbook"));
      const download = await client.get(`/en/events/with-materials/materials/${files["public-en"]}`);
      assert.equal(download.statusCode, 200);
      assert.equal(download.headers["content-type"], "application/pdf");
      assert.match(String(download.headers["content-disposition"]), /^attachment; filename="slides-en\.pdf"/);
      assert.equal(download.body, "%PDF-1.4\n");
      assert.equal((await client.get(`/en/events/with-materials/materials/${files["registrants-en"]}`)).statusCode, 404);

      const url = `/en/events/with-materials/register/${(occurrences[0] as Occurrence).id}`;
      await client.get(url);
      const res = await client.post(url, { name: "Lee", email: "lee@example.org", [`q_${await questionOf(event.id)}`]: "Hub" });
      assert.equal(res.statusCode, 303);
      const token = await tokenOf(t, res.headers.location, "lee@example.org");
      const mine = await client.get(`/en/registrations/${token}`);
      assert.ok(mine.body.includes("Participant handbook"));
      const handbook = await client.get(`/en/registrations/${token}/materials/${files["registrants-fr"]}`);
      assert.equal(handbook.statusCode, 200);
      assert.equal(handbook.headers["referrer-policy"], "same-origin");
      assert.equal(handbook.headers["cache-control"], "private, no-store", "a registrants' material is kept by no cache");
      assert.equal(handbook.headers["content-security-policy"], "default-src 'none'; sandbox");
    });

    async function questionOf(eventId: string): Promise<string> {
      const row = await t.services.db
        .selectFrom("registration_questions")
        .select("id")
        .where("event_id", "=", eventId)
        .executeTakeFirstOrThrow();
      return row.id;
    }
  });

  describe(`registration rate limit (${engine})`, () => {
    let t: TestApp;
    before(async () => {
      t = await startTestApp(engine, { env: { OUTREACH_REGISTRATION_LIMIT: "2" } });
    });
    after(() => t.cleanup());

    test("one address may send only OUTREACH_REGISTRATION_LIMIT registrations per 10 minutes", async () => {
      const admin = await createPerson(t.services, "admin");
      const { event, occurrences } = await createTestEvent(t.services, { id: admin.id, role: "admin", locales: [] }, { questions: [] });
      const client = new TestClient(t.app);
      const url = `/en/events/${event.slug}/register/${(occurrences[0] as Occurrence).id}`;
      await client.get(url);
      const statuses: number[] = [];
      for (const name of ["a", "b", "c"]) statuses.push((await client.post(url, { name, email: `${name}@example.org` })).statusCode);
      assert.deepEqual(statuses, [303, 303, 429]);
      assert.equal(
        (await new TestClient(t.app).submit(url, { name: "d", email: "d@example.org" })).statusCode,
        303,
        "another address is not limited",
      );
      t.clock.advance(10 * 60_000 + 1000);
      assert.equal((await client.post(url, { name: "e", email: "e@example.org" })).statusCode, 303);
    });
  });
}

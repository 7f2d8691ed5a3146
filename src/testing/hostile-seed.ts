import type { Actor } from "../access/policy.ts";
import { saveOrganisation, saveProfile, saveProgramme, saveSeries, saveTopic } from "../catalogue/catalogue.ts";
import { CommentForm, freshStamp, submitComment } from "../comments/comments.ts";
import { COMMENT_RULES } from "../comments/defences.ts";
import { moderateComments } from "../comments/moderation.ts";
import { createPage, setPagePublished } from "../content/pages.ts";
import { createEvent, setEventPublished } from "../events/events.ts";
import { createMaterial, saveMaterialFile } from "../events/materials/materials.ts";
import { saveOccurrence } from "../events/occurrences.ts";
import { saveQuestion } from "../events/questions.ts";
import { messageRegistrants } from "../events/registration/organiser-list.ts";
import { register } from "../events/registration/registrations.ts";
import { saveSession } from "../events/sessions.ts";
import { saveUpload } from "../files/uploads.ts";
import { addDissemination } from "../library/dissemination.ts";
import { saveResourceFile } from "../library/files.ts";
import { createResource, setResourcePublished } from "../library/resources.ts";
import { createUser } from "../people/accounts.ts";
import { createPost, setPostCover } from "../posts/posts.ts";
import { publishPostLanguage } from "../posts/publishing.ts";
import { reindexAll } from "../search/reindex.ts";
import type { TestApp } from "./harness.ts";
import { importHostileExport } from "./hostile-wxr.ts";
import type { XssPayload } from "./xss-payloads.ts";

/** Where a seeded value can be seen, and how the suite reads it. */
export type Target = {
  url: string;
  as: "visitor" | "admin";
  kind: "html" | "feed" | "ics" | "csv" | "pdf" | "xml";
  /** A hostile address rather than a seeded page: any answer but a server error will do. */
  isReflected?: boolean;
};

export type Seeded = {
  targets: Target[];
  /** Every field that received payloads, with the ids it received. */
  fields: Map<string, Set<number>>;
  /** Payloads a field cannot hold (longer than the field allows), by field. */
  refused: Map<string, Set<number>>;
  /** Fields with a short length limit, or that exist once a run (a WordPress site's title): they cannot hold the whole corpus. */
  limited: Set<string>;
};

/**
 * Hands payloads out to fields. Each field has its own queue, the corpus turned by a different
 * amount per field, so that fields (and payloads sharing a value) differ; a value takes up to
 * `perValue` payloads, joined by blank lines, within the field's length limit.
 */
export class Placer {
  readonly fields = new Map<string, Set<number>>();
  readonly refused = new Map<string, Set<number>>();
  /** Fields with a length limit below that of a long text; they hold fewer payloads a value. */
  readonly limited = new Set<string>();
  private readonly queues = new Map<string, XssPayload[]>();
  constructor(
    private readonly payloads: readonly XssPayload[],
    private readonly perValue: number,
    private readonly turn: number,
  ) {}

  take(field: string, max = 10_000, count = this.perValue): string {
    let queue = this.queues.get(field);
    if (!queue) {
      const by = (this.queues.size * this.turn) % this.payloads.length;
      queue = [...this.payloads.slice(by), ...this.payloads.slice(0, by)];
      this.queues.set(field, queue);
    }
    if (max < 1000) this.limited.add(field);
    const placed = this.fields.get(field) ?? new Set<number>();
    this.fields.set(field, placed);
    const parts: string[] = [];
    while (parts.length < count) {
      // An exhausted queue starts over: every value holds a payload.
      if (queue.length === 0) queue.push(...this.payloads);
      const next = queue[0] as XssPayload;
      if (next.text.length > max) {
        queue.shift();
        const refused = this.refused.get(field) ?? new Set<number>();
        this.refused.set(field, refused);
        refused.add(next.id);
        continue;
      }
      if ([...parts, next.text].join("\n\n").length > max) break;
      queue.shift();
      parts.push(next.text);
      placed.add(next.id);
    }
    return parts.join("\n\n");
  }
}

// Smallest valid files for uploads: a PDF header is what the content check looks for, and a 1×1 PNG.
const PDF = Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==", "base64");

async function* once(bytes: Buffer): AsyncIterable<Buffer> {
  yield bytes;
}

/**
 * Puts the payloads into every field a visitor or a member of staff can fill, through the domain
 * functions the forms call, for `entities` of each kind, and imports a WordPress export carrying
 * them. Each value holds `perValue` payloads (see Placer): with entities × perValue at least the
 * corpus, every field holds every payload; with fewer, the fields share the payloads out. Values a
 * field limits to a few characters (registration and comment names) repeat `perValue` times per
 * entity. Returns the pages, feeds, calendars, exports and posters where the values show.
 */
export async function seedHostileInput(
  t: TestApp,
  admin: Actor,
  payloads: readonly XssPayload[],
  options: { entities: number; perValue: number },
): Promise<Seeded> {
  const s = t.services;
  const { entities, perValue } = options;
  // With one payload a value, fields take turns through the corpus; with several, neighbours differ per field.
  const placer = new Placer(payloads, perValue, perValue === 1 ? entities : 37);
  const pick = (field: string, max?: number, count?: number): string => placer.take(field, max, count);
  // Fields limited to a few characters appear several times per entity, so that they too see the corpus.
  const repeats = perValue;
  const targets: Target[] = [];
  const visit = (url: string, as: Target["as"] = "visitor", kind: Target["kind"] = "html") => targets.push({ url, as, kind });
  await createUser(s, {
    email: "hostile-editor@example.org",
    name: pick("account.name"),
    password: "correct horse battery staple",
    role: "editor",
  });

  for (let e = 0; e < entities; e++) {
    const user = await createUser(s, {
      email: `staff-${e}@example.org`,
      name: pick("account.name"),
      password: "correct horse battery staple",
      role: e % 2 === 0 ? "organiser" : "translator",
      locales: ["fr"],
    });
    visit(`/admin/users/${user.id}`, "admin");

    // The catalogue.
    const organisation = await saveOrganisation(s, admin, null, {
      slug: `org-${e}`,
      name: { en: pick("organisation.name") },
      shortName: pick("organisation.shortName"),
      kind: "ngo",
      country: "RS",
      website: "https://example.org/",
      description: { en: pick("organisation.description") },
    });
    const topic = await saveTopic(s, admin, null, { slug: `topic-${e}`, name: { en: pick("topic.name") } });
    const programme = await saveProgramme(s, admin, null, {
      slug: `programme-${e}`,
      title: { en: pick("programme.title") },
      description: { en: pick("programme.description") },
    });
    const series = await saveSeries(s, admin, null, {
      slug: `series-${e}`,
      programmeId: programme.id,
      title: { en: pick("series.title") },
      description: { en: pick("series.description") },
    });
    const profile = await saveProfile(s, admin, null, {
      slug: `speaker-${e}`,
      name: pick("profile.name"),
      organisationId: organisation.id,
      position: { en: pick("profile.position") },
      bio: { en: pick("profile.bio") },
    });
    visit(`/en/organisations/org-${e}`);
    visit(`/en/topics/topic-${e}`);
    visit(`/en/topics/topic-${e}/feed.xml`, "visitor", "feed");
    visit(`/en/topics/topic-${e}/feed.atom`, "visitor", "feed");
    visit(`/en/programmes/programme-${e}`);
    visit(`/en/series/series-${e}`);
    visit(`/en/people/speaker-${e}`);
    visit(`/admin/organisations/${organisation.id}`, "admin");
    visit(`/admin/topics/${topic.id}`, "admin");
    visit(`/admin/programmes/${programme.id}`, "admin");
    visit(`/admin/series/${series.id}`, "admin");
    visit(`/admin/profiles/${profile.id}`, "admin");

    // A page.
    const page = await createPage(s, admin, {
      slug: `page-${e}`,
      sourceLocale: "en",
      title: pick("page.title"),
      summary: pick("page.summary"),
      body: pick("page.body"),
    });
    await setPagePublished(s, admin, page.id, true);
    visit(`/en/pages/page-${e}`);
    visit(`/en/pages/page-${e}/poster.pdf`, "visitor", "pdf");
    visit(`/admin/pages/${page.id}/en`, "admin");

    // A post with a cover, linked to the catalogue.
    const coverAlt = pick("post.coverAlt", 300);
    const post = await createPost(s, admin, {
      slug: `post-${e}`,
      kind: (["news", "blog", "statement"] as const)[e % 3] ?? "news",
      authorProfileId: profile.id,
      programmeId: programme.id,
      topicIds: [topic.id],
      organisationIds: [organisation.id],
      eventIds: [],
      resourceIds: [],
      sourceLocale: "en",
      fields: {
        title: pick("post.title"),
        summary: pick("post.summary"),
        body: pick("post.body"),
        cover_alt: coverAlt,
      },
    });
    const cover = await saveUpload(s, admin, { fileName: `${pick("upload.fileName")}.png`, content: once(PNG), kinds: ["png"] });
    await setPostCover(s, admin, post.id, { uploadId: cover.id, alt: coverAlt });
    await publishPostLanguage(s, admin, post.id, "en");
    visit(`/en/news/post-${e}`);
    visit(`/en/news/post-${e}/poster.pdf`, "visitor", "pdf");
    visit(`/admin/posts/${post.id}`, "admin");
    visit(`/admin/posts/${post.id}/en`, "admin");

    // An event with its agenda, form, occurrence and materials.
    const { id: eventId } = await createEvent(s, admin, {
      slug: `event-${e}`,
      kind: "workshop",
      sourceLocale: "en",
      programmeId: programme.id,
      seriesId: series.id,
      timeZone: "Europe/Belgrade",
      isOnline: false,
      venue: pick("event.venue"),
      address: pick("event.address"),
      city: { en: pick("event.city") },
      country: "RS",
      workingLanguages: ["en"],
      interpretation: [],
      requiresApproval: false,
      allowsPseudonymous: true,
      organisations: [{ organisationId: organisation.id, role: "host" }],
      topicIds: [topic.id],
      fields: {
        title: pick("event.title"),
        summary: pick("event.summary"),
        body: pick("event.body"),
        objectives: pick("event.objectives"),
      },
    });
    const occurrence = await saveOccurrence(s, admin, eventId, null, {
      startsAt: "2026-12-07T08:00:00.000Z",
      endsAt: "2026-12-07T15:00:00.000Z",
      capacity: 50,
      registrationOpensAt: null,
      registrationClosesAt: null,
      reminders: [1440],
      joinUrl: "",
    });
    const sessionId = await saveSession(s, admin, eventId, null, {
      kind: "presentation",
      day: 1,
      starts: "09:00",
      ends: "10:00",
      title: { en: pick("session.title") },
      description: { en: pick("session.description") },
      room: pick("session.room"),
      people: [{ profileId: profile.id, role: "speaker" }],
    });
    const questionText = await saveQuestion(s, admin, eventId, null, {
      kind: "text",
      label: { en: pick("question.label") },
      help: { en: pick("question.help") },
      options: [],
      isRequired: false,
    });
    const questionLong = await saveQuestion(s, admin, eventId, null, {
      kind: "textarea",
      label: { en: "Anything else?" },
      help: {},
      options: [],
      isRequired: false,
    });
    const questionChoice = await saveQuestion(s, admin, eventId, null, {
      kind: "choice",
      label: { en: "Your role" },
      help: {},
      options: [
        { value: "a", label: { en: pick("question.option") } },
        { value: "b", label: { en: "Other" } },
      ],
      isRequired: false,
    });
    const material = await createMaterial(s, admin, eventId, {
      title: { en: pick("material.title", 300) },
      visibility: "public",
      sessionId,
    });
    await saveMaterialFile(s, admin, eventId, material.id, {
      locale: "en",
      fileName: `${pick("material.fileName")}.pdf`,
      content: once(PDF),
    });
    await setEventPublished(s, admin, eventId, true);
    const tokens: string[] = [];
    for (let r = 0; r < repeats; r++) {
      const { token } = await register(s, occurrence.id, {
        name: pick("registration.name", 120),
        email: `person-${e}-${r}@example.org`,
        locale: "en",
        isPseudonymous: (e + r) % 2 === 1,
        answers: {
          [questionText]: pick("registration.answer", 2000),
          [questionLong]: pick("registration.longAnswer", 2000),
          [questionChoice]: "a",
        },
      });
      tokens.push(token);
    }
    await messageRegistrants(s, admin, occurrence.id, {
      subject: pick("message.subject"),
      body: pick("message.body"),
      statuses: ["confirmed", "waitlisted"],
    });
    visit(`/en/events/event-${e}`);
    visit(`/en/events/event-${e}/register/${occurrence.id}`);
    visit(`/en/events/event-${e}/calendar/${occurrence.id}.ics`, "visitor", "ics");
    visit(`/en/events/event-${e}/poster.pdf`, "visitor", "pdf");
    for (const token of tokens) {
      visit(`/en/registrations/${token}`);
      visit(`/en/registrations/${token}/calendar.ics`, "visitor", "ics");
    }
    for (const sub of [
      "",
      "/text/en",
      "/occurrences",
      `/occurrences/${occurrence.id}`,
      "/agenda",
      `/agenda/${sessionId}`,
      "/form",
      `/form/${questionText}`,
      `/form/${questionChoice}`,
      "/registrations",
      "/registrations/message",
      "/materials",
    ]) {
      visit(`/admin/events/${eventId}${sub}`, "admin");
    }
    visit(`/admin/events/${eventId}/registrations.csv`, "admin", "csv");

    // A resource of the library with its file and dissemination log.
    const resource = await createResource(s, admin, {
      slug: `resource-${e}`,
      kind: "guide",
      organisationId: organisation.id,
      programmeId: programme.id,
      topicIds: [topic.id],
      sourceLocale: "en",
      title: pick("resource.title"),
      summary: pick("resource.summary"),
      body: pick("resource.body"),
    });
    await saveResourceFile(s, admin, resource.id, { locale: "en", fileName: `${pick("resource.fileName")}.pdf`, content: once(PDF) });
    await setResourcePublished(s, admin, resource.id, true);
    const entryId = await addDissemination(
      s,
      admin,
      resource.id,
      {
        organisationId: null,
        partner: pick("dissemination.partner"),
        locale: "en",
        copies: 10 + e,
        places: pick("dissemination.places"),
        distributedOn: "2026-11-01",
        note: pick("dissemination.note"),
      },
      s.config.locales,
    );
    visit(`/en/library/resource-${e}`);
    visit(`/en/library/resource-${e}/poster.pdf`, "visitor", "pdf");
    visit(`/admin/library/${resource.id}`, "admin");
    visit(`/admin/library/${resource.id}/en`, "admin");
    visit(`/admin/library/${resource.id}/dissemination`, "admin");
    visit(`/admin/library/${resource.id}/dissemination/${entryId}`, "admin");
    visit(`/admin/library/${resource.id}/dissemination.csv`, "admin", "csv");

    // Comments from visitors on the post and on the event, approved by a moderator.
    for (const subject of [
      { type: "post" as const, id: post.id, slug: `post-${e}`, title: "post" },
      { type: "event" as const, id: eventId, slug: `event-${e}`, title: "event" },
    ]) {
      for (let r = 0; r < repeats; r++) {
        const stamp = freshStamp(s, subject);
        t.clock.advance(10_000);
        const form = CommentForm.parse({
          name: pick("comment.name", COMMENT_RULES.nameMax),
          email: `reader-${e}@example.org`,
          // One payload a comment: the form refuses more than two links, and comments repeat anyway.
          body: pick("comment.body", COMMENT_RULES.bodyMax, 1),
          stamp,
        });
        await submitComment(s, subject, "en", form, `192.0.2.${(e * repeats + r) % 250}`);
      }
    }
  }
  const queued = await s.db.selectFrom("comments").select("id").where("status", "=", "pending").execute();
  // Half approved (on the public pages), half left in the queue (in the admin pages).
  await moderateComments(
    s,
    admin,
    queued.filter((_, i) => i % 2 === 0).map((c) => c.id),
    "approve",
  );

  // The export's site title and author name exist once a run, so they hold only a few payloads.
  placer.limited.add("wordpress.siteTitle");
  placer.limited.add("wordpress.authorName");
  const imported = await importHostileExport(t, entities, pick);
  targets.push(...imported);
  await reindexAll(s);
  await t.worker?.drain();

  for (const url of [
    "/en/",
    "/en/news",
    "/en/events",
    "/en/library",
    "/en/topics",
    "/en/feed.xml",
    "/en/feed.atom",
    "/en/events.ics",
    "/sitemap.xml",
  ]) {
    visit(url, "visitor", url.endsWith(".ics") ? "ics" : url.includes("feed.") ? "feed" : url.endsWith(".xml") ? "xml" : "html");
  }
  for (const q of ["harm", "reduction", "practice", "img", "script", "onerror", "xss", "javascript", "svg", "link", "style"]) {
    visit(`/en/search?q=${q}`);
  }
  for (const url of [
    "/admin",
    "/admin/pages",
    "/admin/posts",
    "/admin/events",
    "/admin/library",
    "/admin/organisations",
    "/admin/profiles",
    "/admin/programmes",
    "/admin/series",
    "/admin/topics",
    "/admin/users",
    "/admin/audit",
    "/admin/jobs",
    "/admin/outbox",
    "/admin/comments",
    "/admin/comments?status=approved",
    "/admin/comments?status=spam",
  ]) {
    visit(url, "admin");
  }
  return { targets, fields: placer.fields, refused: placer.refused, limited: placer.limited };
}

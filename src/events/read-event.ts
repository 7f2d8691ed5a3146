import { findProgramme, findSeries } from "../catalogue/index.ts";
import type { Db } from "../db/index.ts";
import { chooseTranslation, fallbackChain, parseLocalized, pickText, type ReadOptions, readableLocales } from "../i18n/content.ts";
import { isLocale, type Locale } from "../i18n/locales.ts";
import { listMaterials } from "./materials/materials.ts";
import {
  type AgendaSession,
  type Event,
  type Occurrence,
  objectiveList,
  type Question,
  type Registration,
  toEvent,
  toSession,
} from "./model.ts";
import { listOccurrences } from "./occurrences.ts";
import { listQuestions } from "./questions.ts";
import { findByToken } from "./registration/registrations.ts";
import { eventTexts } from "./registration/status-mails.ts";

/**
 * What the page of one published event shows, in the reader's language along the fallback chain,
 * and what its registration form and the registrant's private page need.
 */

// ---- The event page ----

export type PersonOnStage = {
  role: string;
  slug: string;
  name: string;
  position: string;
  organisation: { slug: string; name: string } | null;
};

export type SessionForReader = AgendaSession & { titleText: string; descriptionText: string; people: PersonOnStage[] };

export type MaterialForReader = {
  id: string;
  sessionId: string | null;
  title: string;
  visibility: "public" | "registrants";
  files: { id: string; locale: string; fileName: string; contentType: string; size: number }[];
};

export type EventForReader = {
  event: Event;
  title: string;
  summary: string;
  bodyHtml: string;
  objectives: string[];
  /** The language the texts are in; differs from the requested one when a fallback was used. */
  locale: Locale;
  isFallback: boolean;
  isOutdated: boolean;
  /** Serbian in the other script, shown transliterated into the reader's. */
  isTransliterated: boolean;
  availableIn: Locale[];
  city: string;
  organisations: { role: string; slug: string; name: string }[];
  programme: { slug: string; title: string } | null;
  series: { slug: string; title: string } | null;
  topics: { slug: string; name: string }[];
  sessions: SessionForReader[];
  materials: MaterialForReader[];
  occurrences: Occurrence[];
};

/** A published event with everything its page shows, in the reader's language; undefined when there is none. */
export async function readEvent(db: Db, slug: string, requested: Locale, options: ReadOptions): Promise<EventForReader | undefined> {
  const row = await db.selectFrom("events").selectAll().where("slug", "=", slug).where("is_published", "=", 1).executeTakeFirst();
  if (!row) return undefined;
  const event = toEvent(row);
  const chain = fallbackChain(requested, { ...options, sourceLocale: event.sourceLocale });
  const [translations, organisations, programme, series, topics, sessionRows, occurrences, materials] = await Promise.all([
    db
      .selectFrom("event_translations")
      .select(["locale", "status", "title", "summary", "body_html", "objectives"])
      .where("event_id", "=", event.id)
      .where("status", "in", ["published", "outdated"])
      .execute(),
    db
      .selectFrom("event_organisations as eo")
      .innerJoin("organisations as o", "o.id", "eo.organisation_id")
      .select(["eo.role", "o.slug", "o.name", "o.short_name"])
      .where("eo.event_id", "=", event.id)
      .orderBy("eo.position")
      .execute(),
    event.programmeId ? findProgramme(db, { id: event.programmeId }) : undefined,
    event.seriesId ? findSeries(db, { id: event.seriesId }) : undefined,
    db
      .selectFrom("event_topics")
      .innerJoin("topics", "topics.id", "event_topics.topic_id")
      .select(["topics.slug", "topics.name"])
      .where("event_topics.event_id", "=", event.id)
      .orderBy("topics.slug")
      .execute(),
    db
      .selectFrom("event_sessions")
      .selectAll()
      .where("event_id", "=", event.id)
      .orderBy("day")
      .orderBy("starts")
      .orderBy("position")
      .execute(),
    listOccurrences(db, event.id),
    materialsForReader(db, event.id, chain),
  ]);
  const chosen = chooseTranslation(translations, chain);
  if (!chosen) return undefined;
  const sessions = sessionRows.map(toSession);
  const people = await peopleOnStage(
    db,
    sessions.map((s) => s.id),
    chain,
  );
  return {
    event,
    title: chosen.translation.title,
    summary: chosen.translation.summary,
    bodyHtml: chosen.translation.body_html,
    objectives: objectiveList(chosen.translation.objectives),
    locale: chosen.locale,
    isFallback: chosen.isFallback,
    isOutdated: chosen.translation.status === "outdated",
    isTransliterated: chosen.isTransliterated,
    availableIn: readableLocales(translations),
    city: pickText(event.city, chain),
    organisations: organisations.map((o) => ({
      role: o.role,
      slug: o.slug,
      name: pickText(parseLocalized(o.name), chain) || o.short_name,
    })),
    programme: programme ? { slug: programme.slug, title: pickText(programme.title, chain) || programme.slug } : null,
    series: series ? { slug: series.slug, title: pickText(series.title, chain) || series.slug } : null,
    topics: topics.map((t) => ({ slug: t.slug, name: pickText(parseLocalized(t.name), chain) || t.slug })),
    sessions: sessions.map((s) => ({
      ...s,
      titleText: pickText(s.title, chain),
      descriptionText: pickText(s.description, chain),
      people: people.get(s.id) ?? [],
    })),
    materials,
    occurrences,
  };
}

/** The speakers, facilitators and moderators of sessions, with their position and organisation. */
async function peopleOnStage(db: Db, sessionIds: readonly string[], chain: readonly Locale[]): Promise<Map<string, PersonOnStage[]>> {
  const out = new Map<string, PersonOnStage[]>();
  if (sessionIds.length === 0) return out;
  const rows = await db
    .selectFrom("session_people as sp")
    .innerJoin("profiles as p", "p.id", "sp.profile_id")
    .leftJoin("organisations as o", "o.id", "p.organisation_id")
    .select(["sp.session_id", "sp.role", "p.slug", "p.name", "p.position", "o.slug as org_slug", "o.name as org_name", "o.short_name"])
    .where("sp.session_id", "in", sessionIds)
    .orderBy("sp.position")
    .execute();
  for (const r of rows) {
    const list = out.get(r.session_id) ?? [];
    list.push({
      role: r.role,
      slug: r.slug,
      name: r.name,
      position: pickText(parseLocalized(r.position), chain),
      organisation: r.org_slug
        ? { slug: r.org_slug, name: pickText(parseLocalized(r.org_name), chain) || (r.short_name ?? r.org_slug) }
        : null,
    });
    out.set(r.session_id, list);
  }
  return out;
}

/** The materials that have at least one file, titled in the reader's language, their own language's file first. */
async function materialsForReader(db: Db, eventId: string, chain: readonly Locale[]): Promise<MaterialForReader[]> {
  const materials = await listMaterials(db, eventId);
  return materials
    .filter((m) => m.files.length > 0)
    .map((m) => ({
      id: m.id,
      sessionId: m.sessionId,
      title: pickText(m.title, chain),
      visibility: m.visibility,
      files: m.files
        .map((f) => ({ id: f.id, locale: f.locale, fileName: f.fileName, contentType: f.contentType, size: f.size }))
        .sort((a, b) => rank(a.locale, chain) - rank(b.locale, chain) || a.locale.localeCompare(b.locale)),
    }));
}

function rank(locale: string, chain: readonly Locale[]): number {
  const i = isLocale(locale) ? chain.indexOf(locale) : -1;
  return i < 0 ? chain.length : i;
}

/** One file of a material of a published event, if it exists and the visibility allows. */
export async function findMaterialFile(
  db: Db,
  eventId: string,
  fileId: string,
  visibilities: readonly ("public" | "registrants")[],
): Promise<{ id: string; fileName: string; contentType: string; size: number } | undefined> {
  if (!/^[\w-]{1,64}$/.test(fileId)) return undefined;
  const row = await db
    .selectFrom("material_files as f")
    .innerJoin("materials as m", "m.id", "f.material_id")
    .select(["f.id", "f.file_name", "f.content_type", "f.size"])
    .where("f.id", "=", fileId)
    .where("m.event_id", "=", eventId)
    .where("m.visibility", "in", visibilities)
    .executeTakeFirst();
  return row ? { id: row.id, fileName: row.file_name, contentType: row.content_type, size: row.size } : undefined;
}

// ---- Registration ----

export type RegistrationForm = {
  event: Event;
  title: string;
  locale: Locale;
  occurrence: Occurrence;
  questions: Question[];
};

/** What the registration form of one occurrence needs; undefined unless the event is published and the occurrence its own. */
export async function readRegistrationForm(
  db: Db,
  slug: string,
  occurrenceId: string,
  requested: Locale,
  options: ReadOptions,
): Promise<RegistrationForm | undefined> {
  const row = await db.selectFrom("events").selectAll().where("slug", "=", slug).where("is_published", "=", 1).executeTakeFirst();
  if (!row) return undefined;
  const event = toEvent(row);
  const occurrenceRow = await db
    .selectFrom("occurrences")
    .select("id")
    .where("id", "=", occurrenceId)
    .where("event_id", "=", event.id)
    .executeTakeFirst();
  if (!occurrenceRow) return undefined;
  const [occurrences, questions, texts] = await Promise.all([
    listOccurrences(db, event.id),
    listQuestions(db, event.id),
    eventTexts(db, event, requested, options),
  ]);
  const occurrence = occurrences.find((o) => o.id === occurrenceId);
  if (!occurrence || !texts) return undefined;
  return { event, title: texts.title, locale: texts.locale, occurrence, questions };
}

export type RegistrationForReader = {
  registration: Registration;
  event: Event;
  occurrence: Occurrence;
  title: string;
  locale: Locale;
  city: string;
  occurrences: Occurrence[];
  questions: Question[];
  /** 1 for the first in line; only for a waitlisted registration. */
  waitlistPosition: number | null;
  /** Materials only registrants see; only for a confirmed registration. */
  materials: MaterialForReader[];
};

/** The registrant's own page behind the private link; undefined for an unknown link. */
export async function readRegistration(
  db: Db,
  token: string,
  requested: Locale,
  options: ReadOptions,
): Promise<RegistrationForReader | undefined> {
  const found = await findByToken(db, token);
  if (!found) return undefined;
  const { registration, event, occurrence } = found;
  const chain = fallbackChain(requested, { ...options, sourceLocale: event.sourceLocale });
  const [texts, occurrences, questions, waitlistPosition, materials] = await Promise.all([
    eventTexts(db, event, requested, options),
    listOccurrences(db, event.id),
    listQuestions(db, event.id),
    registration.status === "waitlisted" ? positionOnWaitlist(db, registration) : null,
    registration.status === "confirmed" ? materialsForReader(db, event.id, chain) : [],
  ]);
  return {
    registration,
    event,
    occurrence,
    title: texts?.title ?? event.slug,
    locale: texts?.locale ?? event.sourceLocale,
    city: pickText(event.city, chain),
    occurrences,
    questions,
    waitlistPosition,
    materials: materials.filter((m) => m.visibility === "registrants"),
  };
}

/** Where a waitlisted person stands, counted in the order seats are handed out (see fillSeats). */
async function positionOnWaitlist(db: Db, registration: Registration): Promise<number> {
  const row = await db
    .selectFrom("registrations")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("occurrence_id", "=", registration.occurrenceId)
    .where("status", "=", "waitlisted")
    .where((eb) =>
      eb.or([
        eb("created_at", "<", registration.createdAt),
        eb.and([eb("created_at", "=", registration.createdAt), eb("id", "<", registration.id)]),
      ]),
    )
    .executeTakeFirstOrThrow();
  return Number(row.n) + 1;
}

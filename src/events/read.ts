import { type SelectQueryBuilder, sql } from "kysely";
import { listTopics, type Topic } from "../catalogue/index.ts";

import { contentChanged } from "../changes.ts";
import { DAY } from "../clock.ts";
import type { Db } from "../db/index.ts";
import type { Database } from "../db/schema.ts";
import { chooseTranslation, fallbackChain, parseLocalized, pickText, type ReadOptions } from "../i18n/content.ts";
import type { Locale } from "../i18n/locales.ts";
import { EVENT_KINDS, type EventKind } from "./model.ts";

/**
 * What visitors read of events in lists: the events list with its filters, the events of a
 * series, programme, organisation or speaker. Only published events; every list is one query
 * plus one for its texts. The calendar feed is read in `read-calendar.ts`; the event page and the
 * registrant's page in `read-event.ts`.
 */

export const PAGE_SIZE = 20;

/**
 * Upcoming events are those not yet ended. To keep that query on the (is_published, starts_at)
 * index, only events that started at most this long ago are looked at for "still running".
 */
export const LONGEST_EVENT_MS = 400 * DAY;

/** One event in a list, in the reader's language or the first along the fallback chain. */
export type EventSummary = {
  id: string;
  slug: string;
  kind: EventKind;
  timeZone: string;
  isOnline: boolean;
  city: string;
  country: string | null;
  startsAt: string;
  endsAt: string;
  title: string;
  summary: string;
  /** The language the title and summary are in. */
  locale: Locale;
  isFallback: boolean;
  isUpcoming: boolean;
};

const SUMMARY_COLUMNS = [
  "events.id",
  "events.slug",
  "events.kind",
  "events.source_locale",
  "events.time_zone",
  "events.is_online",
  "events.city",
  "events.country",
  "events.starts_at",
  "events.ends_at",
] as const;

type SummaryRow = {
  id: string;
  slug: string;
  kind: string;
  source_locale: string;
  time_zone: string;
  is_online: number;
  city: string;
  country: string | null;
  starts_at: string | null;
  ends_at: string | null;
};

type EventsQuery = SelectQueryBuilder<Database, "events", object>;

/** Adds the titles and summaries of a page of events: one query for all of them. */
async function withTexts(db: Db, rows: readonly SummaryRow[], requested: Locale, options: ReadOptions, now: Date): Promise<EventSummary[]> {
  if (rows.length === 0) return [];
  const texts = await db
    .selectFrom("event_translations")
    .select(["event_id", "locale", "status", "title", "summary"])
    .where(
      "event_id",
      "in",
      rows.map((r) => r.id),
    )
    .where("status", "in", ["published", "outdated"])
    .execute();
  const at = now.toISOString();
  return rows.flatMap((row) => {
    const chain = fallbackChain(requested, { ...options, sourceLocale: row.source_locale });
    const chosen = chooseTranslation(
      texts.filter((t) => t.event_id === row.id),
      chain,
    );
    if (!chosen || !row.starts_at || !row.ends_at) return [];
    return [
      {
        id: row.id,
        slug: row.slug,
        kind: (EVENT_KINDS as readonly string[]).includes(row.kind) ? (row.kind as EventKind) : "seminar",
        timeZone: row.time_zone,
        isOnline: row.is_online === 1,
        city: pickText(parseLocalized(row.city), chain),
        country: row.country,
        startsAt: row.starts_at,
        endsAt: row.ends_at,
        title: chosen.translation.title,
        summary: chosen.translation.summary,
        locale: chosen.locale,
        isFallback: chosen.isFallback,
        isUpcoming: row.ends_at >= at,
      },
    ];
  });
}

// ---- The events list ----

export type EventFilter = {
  when: "upcoming" | "past";
  kind?: EventKind | undefined;
  topic?: string | undefined;
  country?: string | undefined;
  language?: string | undefined;
  mode?: "online" | "in-person" | undefined;
};

export type EventPage<T> = { items: T[]; page: number; hasNext: boolean };

/**
 * Published events matching a filter, as a query the site and the API page through in their own
 * ways. Upcoming means not yet ended; past means ended; all, either.
 */
export function publishedEvents(db: Db, filter: Omit<EventFilter, "when"> & { when: EventFilter["when"] | "all" }, now: Date): EventsQuery {
  const at = now.toISOString();
  let query: EventsQuery = db.selectFrom("events").where("events.is_published", "=", 1);
  if (filter.when === "upcoming") {
    query = query
      .where("events.starts_at", ">=", new Date(now.getTime() - LONGEST_EVENT_MS).toISOString())
      .where("events.ends_at", ">=", at);
  } else if (filter.when === "past") {
    query = query.where("events.starts_at", "<", at).where("events.ends_at", "<", at);
  }
  if (filter.kind) query = query.where("events.kind", "=", filter.kind);
  if (filter.country) query = query.where("events.country", "=", filter.country.toUpperCase());
  if (filter.mode) query = query.where("events.is_online", "=", filter.mode === "online" ? 1 : 0);
  if (filter.language) query = query.where("events.working_languages", "like", `%${JSON.stringify(filter.language)}%`);
  if (filter.topic) {
    const topic = filter.topic;
    query = query.where("events.id", "in", (eb) =>
      eb
        .selectFrom("event_topics")
        .innerJoin("topics", "topics.id", "event_topics.topic_id")
        .select("event_topics.event_id")
        .where("topics.slug", "=", topic),
    );
  }
  return query;
}

/**
 * A page of published events: upcoming soonest first (including those still running), or past
 * newest first. Filters run in SQL; a page is fetched with one row more to know if another follows.
 */
export async function listPublicEvents(
  db: Db,
  filter: EventFilter,
  page: number,
  now: Date,
  requested: Locale,
  options: ReadOptions,
): Promise<EventPage<EventSummary>> {
  const query = publishedEvents(db, filter, now);
  const direction = filter.when === "upcoming" ? "asc" : "desc";
  const rows = await query
    .select(SUMMARY_COLUMNS)
    .orderBy("events.starts_at", direction)
    .orderBy("events.id", direction)
    .limit(PAGE_SIZE + 1)
    .offset((page - 1) * PAGE_SIZE)
    .execute();
  const items = await withTexts(db, rows.slice(0, PAGE_SIZE), requested, options, now);
  return { items, page, hasNext: rows.length > PAGE_SIZE };
}

export type FilterChoices = {
  topics: { slug: string; name: string }[];
  countries: string[];
  languages: string[];
};

let choicesMemo: { at: number; value: Promise<Omit<FilterChoices, "topics"> & { topics: Topic[] }> } | undefined;
contentChanged.addEventListener("change", () => {
  choicesMemo = undefined;
});
const CHOICES_TTL_MS = 60_000;

/**
 * What the filters offer: every topic, and the countries and working languages that published
 * events have. Kept for a minute (and dropped on any change here) since it reads every event.
 */
export async function filterChoices(db: Db, requested: Locale, options: ReadOptions): Promise<FilterChoices> {
  const now = Date.now();
  if (!choicesMemo || now - choicesMemo.at > CHOICES_TTL_MS) {
    const value = (async () => {
      const [topics, countries, languages] = await Promise.all([
        listTopics(db),
        db.selectFrom("events").select("country").distinct().where("is_published", "=", 1).where("country", "is not", null).execute(),
        db.selectFrom("events").select("working_languages").distinct().where("is_published", "=", 1).execute(),
      ]);
      const codes = new Set<string>();
      for (const row of languages) {
        try {
          const list: unknown = JSON.parse(row.working_languages);
          if (Array.isArray(list)) for (const code of list) if (typeof code === "string" && code) codes.add(code);
        } catch {}
      }
      return {
        topics,
        countries: countries.flatMap((r) => (r.country ? [r.country] : [])),
        languages: [...codes].sort(),
      };
    })();
    choicesMemo = { at: now, value };
    value.catch(() => {
      choicesMemo = undefined;
    });
  }
  const { topics, countries, languages } = await choicesMemo.value;
  const chain = fallbackChain(requested, { ...options, sourceLocale: options.defaultLocale });
  return { topics: topics.map((t) => ({ slug: t.slug, name: pickText(t.name, chain) || t.slug })), countries, languages };
}

/** The events page: a page of events matching the filter, and what the filters offer. */
export async function readEventList(
  db: Db,
  filter: EventFilter,
  page: number,
  now: Date,
  requested: Locale,
  options: ReadOptions,
): Promise<{ list: EventPage<EventSummary>; choices: FilterChoices }> {
  const [list, choices] = await Promise.all([
    listPublicEvents(db, filter, page, now, requested, options),
    filterChoices(db, requested, options),
  ]);
  return { list, choices };
}

// ---- Series, programmes, organisations and speakers ----

export type EventScope =
  | { seriesId: string }
  | { programmeId: string }
  | { organisationId: string }
  | { profileId: string }
  | { topicId: string };

/** Events of a series, programme, organisation, speaker or topic: upcoming soonest first, then past newest first. */
export async function listEventsOf(
  db: Db,
  scope: EventScope,
  page: number,
  now: Date,
  requested: Locale,
  options: ReadOptions,
): Promise<EventPage<EventSummary>> {
  const at = now.toISOString();
  let query: EventsQuery = db.selectFrom("events").where("events.is_published", "=", 1).where("events.starts_at", "is not", null);
  if ("seriesId" in scope) query = query.where("events.series_id", "=", scope.seriesId);
  else if ("programmeId" in scope) query = query.where("events.programme_id", "=", scope.programmeId);
  else if ("organisationId" in scope) {
    const id = scope.organisationId;
    query = query.where("events.id", "in", (eb) =>
      eb.selectFrom("event_organisations").select("event_id").where("organisation_id", "=", id),
    );
  } else if ("topicId" in scope) {
    const id = scope.topicId;
    query = query.where("events.id", "in", (eb) => eb.selectFrom("event_topics").select("event_id").where("topic_id", "=", id));
  } else {
    const id = scope.profileId;
    query = query.where("events.id", "in", (eb) =>
      eb
        .selectFrom("session_people")
        .innerJoin("event_sessions", "event_sessions.id", "session_people.session_id")
        .select("event_sessions.event_id")
        .where("session_people.profile_id", "=", id),
    );
  }
  const rows = await query
    .select(SUMMARY_COLUMNS)
    .orderBy(sql`case when events.ends_at >= ${at} then 0 else 1 end`)
    .orderBy(sql`case when events.ends_at >= ${at} then events.starts_at end`)
    .orderBy("events.starts_at", "desc")
    .orderBy("events.id")
    .limit(PAGE_SIZE + 1)
    .offset((page - 1) * PAGE_SIZE)
    .execute();
  const items = await withTexts(db, rows.slice(0, PAGE_SIZE), requested, options, now);
  return { items, page, hasNext: rows.length > PAGE_SIZE };
}

/** The roles an organisation had in each of these events. */
export async function organisationRoles(db: Db, organisationId: string, eventIds: readonly string[]): Promise<Map<string, string>> {
  if (eventIds.length === 0) return new Map();
  const rows = await db
    .selectFrom("event_organisations")
    .select(["event_id", "role"])
    .where("organisation_id", "=", organisationId)
    .where("event_id", "in", eventIds)
    .execute();
  return new Map(rows.map((r) => [r.event_id, r.role]));
}

/** The sessions a speaker took part in at each of these events, titles in the reader's language. */
export async function sessionsOf(
  db: Db,
  profileId: string,
  eventIds: readonly string[],
  requested: Locale,
  options: ReadOptions,
): Promise<Map<string, { title: string; role: string; kind: string }[]>> {
  const out = new Map<string, { title: string; role: string; kind: string }[]>();
  if (eventIds.length === 0) return out;
  const rows = await db
    .selectFrom("session_people as sp")
    .innerJoin("event_sessions as s", "s.id", "sp.session_id")
    .innerJoin("events as e", "e.id", "s.event_id")
    .select(["s.event_id", "s.title", "s.kind", "sp.role", "e.source_locale"])
    .where("sp.profile_id", "=", profileId)
    .where("s.event_id", "in", eventIds)
    .orderBy("s.day")
    .orderBy("s.starts")
    .execute();
  for (const r of rows) {
    const chain = fallbackChain(requested, { ...options, sourceLocale: r.source_locale });
    const list = out.get(r.event_id) ?? [];
    list.push({ title: pickText(parseLocalized(r.title), chain), role: r.role, kind: r.kind });
    out.set(r.event_id, list);
  }
  return out;
}

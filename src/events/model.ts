import { DateTime } from "luxon";
import type {
  EventRow,
  EventSessionRow,
  EventTranslationRow,
  OccurrenceRow,
  RegistrationQuestionRow,
  RegistrationRow,
} from "../db/schema.ts";
import { type LocalizedText, parseLocalized } from "../i18n/content.ts";
import { isLocale, type Locale } from "../i18n/locales.ts";
import { type StoredTranslation, toStoredTranslation } from "../i18n/translations.ts";

/** The types, constants and row mappings of events; no database access here. */

export const EVENT_KINDS = ["seminar", "training", "workshop", "webinar", "conference", "meeting", "site-visit"] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export const SESSION_KINDS = ["presentation", "panel", "skills", "site-visit", "networking", "qa", "opening", "break"] as const;
export type SessionKind = (typeof SESSION_KINDS)[number];

export const SESSION_ROLES = ["speaker", "facilitator", "moderator"] as const;
export type SessionRole = (typeof SESSION_ROLES)[number];

export const ORGANISATION_ROLES = ["host", "co-organiser", "partner", "funder"] as const;
export type OrganisationRole = (typeof ORGANISATION_ROLES)[number];

export const QUESTION_KINDS = ["text", "textarea", "choice", "multi", "country", "organisation", "consent"] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

export const REGISTRATION_STATUSES = ["confirmed", "waitlisted", "pending", "declined", "cancelled"] as const;
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number];

/** The long texts of an event, translated with the same workflow as pages. */
export const EVENT_FIELDS = ["title", "summary", "body", "objectives"] as const;
export type EventFields = Record<(typeof EVENT_FIELDS)[number], string>;

export type Event = {
  id: string;
  slug: string;
  kind: EventKind;
  sourceLocale: Locale;
  programmeId: string | null;
  seriesId: string | null;
  ownerId: string | null;
  timeZone: string;
  isOnline: boolean;
  venue: string;
  address: string;
  city: LocalizedText;
  country: string | null;
  workingLanguages: string[];
  interpretation: string[];
  requiresApproval: boolean;
  allowsPseudonymous: boolean;
  isPublished: boolean;
  startsAt: string | null;
  endsAt: string | null;
  createdAt: string;
  updatedAt: string;
};

export type EventTranslation = StoredTranslation<keyof EventFields>;

export type Occurrence = {
  id: string;
  eventId: string;
  startsAt: string;
  endsAt: string;
  capacity: number | null;
  confirmedCount: number;
  registrationOpensAt: string | null;
  registrationClosesAt: string | null;
  reminders: number[];
  joinUrl: string;
  isCancelled: boolean;
  updatedAt: string;
};

export type AgendaSession = {
  id: string;
  eventId: string;
  kind: SessionKind;
  day: number;
  starts: string;
  ends: string;
  title: LocalizedText;
  description: LocalizedText;
  room: string;
  position: number;
};

export type Question = {
  id: string;
  eventId: string;
  kind: QuestionKind;
  label: LocalizedText;
  help: LocalizedText;
  options: { value: string; label: LocalizedText }[];
  isRequired: boolean;
  position: number;
};

export type Registration = {
  id: string;
  occurrenceId: string;
  eventId: string;
  status: RegistrationStatus;
  name: string;
  email: string;
  locale: Locale;
  isPseudonymous: boolean;
  answers: Record<string, string | string[]>;
  createdAt: string;
  updatedAt: string;
  cancelledAt: string | null;
};

function jsonArray<T>(json: string): T[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? (value as T[]) : [];
  } catch {
    return [];
  }
}

/** The value if it is one of the values, else the fallback: for reading stored enums safely. */
export function oneOf<T extends string>(values: readonly T[], value: string, fallback: T): T {
  return (values as readonly string[]).includes(value) ? (value as T) : fallback;
}

export function toEvent(row: EventRow): Event {
  return {
    id: row.id,
    slug: row.slug,
    kind: oneOf(EVENT_KINDS, row.kind, "seminar"),
    sourceLocale: isLocale(row.source_locale) ? row.source_locale : "en",
    programmeId: row.programme_id,
    seriesId: row.series_id,
    ownerId: row.owner_id,
    timeZone: row.time_zone,
    isOnline: row.is_online === 1,
    venue: row.venue,
    address: row.address,
    city: parseLocalized(row.city),
    country: row.country,
    workingLanguages: jsonArray<string>(row.working_languages),
    interpretation: jsonArray<string>(row.interpretation),
    requiresApproval: row.requires_approval === 1,
    allowsPseudonymous: row.allows_pseudonymous === 1,
    isPublished: row.is_published === 1,
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function toEventTranslation(row: EventTranslationRow): EventTranslation {
  return toStoredTranslation(EVENT_FIELDS, row);
}

export function eventFieldsOf(t: EventFields): EventFields {
  return { title: t.title, summary: t.summary, body: t.body, objectives: t.objectives };
}

/** Objectives are written one per line; numbering or bullets typed in front are dropped. */
export function objectiveList(objectives: string): string[] {
  return objectives
    .split("\n")
    .map((line) => line.replace(/^\s*(?:\d+[.)]|[-*•])\s*/, "").trim())
    .filter((line) => line !== "");
}

export function toOccurrence(row: OccurrenceRow): Occurrence {
  return {
    id: row.id,
    eventId: row.event_id,
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    capacity: row.capacity,
    confirmedCount: row.confirmed_count,
    registrationOpensAt: row.registration_opens_at,
    registrationClosesAt: row.registration_closes_at,
    reminders: jsonArray<number>(row.reminders).filter((n) => Number.isInteger(n) && n > 0),
    joinUrl: row.join_url,
    isCancelled: row.is_cancelled === 1,
    updatedAt: row.updated_at,
  };
}

export function toSession(row: EventSessionRow): AgendaSession {
  return {
    id: row.id,
    eventId: row.event_id,
    kind: oneOf(SESSION_KINDS, row.kind, "presentation"),
    day: row.day,
    starts: row.starts,
    ends: row.ends,
    title: parseLocalized(row.title),
    description: parseLocalized(row.description),
    room: row.room,
    position: row.position,
  };
}

export function toQuestion(row: RegistrationQuestionRow): Question {
  return {
    id: row.id,
    eventId: row.event_id,
    kind: oneOf(QUESTION_KINDS, row.kind, "text"),
    label: parseLocalized(row.label),
    help: parseLocalized(row.help),
    options: jsonArray<{ value: string; label: Record<string, string> }>(row.options).map((o) => ({
      value: String(o.value),
      label: parseLocalized(JSON.stringify(o.label ?? {})),
    })),
    isRequired: row.is_required === 1,
    position: row.position,
  };
}

export function toRegistration(row: RegistrationRow): Registration {
  let answers: Record<string, string | string[]> = {};
  try {
    answers = JSON.parse(row.answers) as Record<string, string | string[]>;
  } catch {}
  return {
    id: row.id,
    occurrenceId: row.occurrence_id,
    eventId: row.event_id,
    status: row.status,
    name: row.name,
    email: row.email,
    locale: isLocale(row.locale) ? row.locale : "en",
    isPseudonymous: row.is_pseudonymous === 1,
    answers,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    cancelledAt: row.cancelled_at,
  };
}

// ---- Time: stored as UTC ISO text plus the event's IANA zone; wall-clock maths in that zone. ----

/**
 * The UTC start and end of an agenda session for one occurrence: its day and wall-clock times are
 * read in the event's zone, shifted by how far this occurrence's local start is from the first one.
 */
export function sessionTimes(
  session: Pick<AgendaSession, "day" | "starts" | "ends">,
  occurrenceStartsAt: string,
  firstStartsAt: string,
  zone: string,
): { startsAt: string; endsAt: string } {
  const first = DateTime.fromISO(firstStartsAt, { zone: "utc" }).setZone(zone);
  const current = DateTime.fromISO(occurrenceStartsAt, { zone: "utc" }).setZone(zone);
  const shiftMinutes = current.hour * 60 + current.minute - (first.hour * 60 + first.minute);
  const day = current.startOf("day").plus({ days: session.day - 1 });
  const at = (hhmm: string) => {
    const [h, m] = hhmm.split(":").map(Number) as [number, number];
    return day.set({ hour: h, minute: m }).plus({ minutes: shiftMinutes }).toUTC().toISO() as string;
  };
  return { startsAt: at(session.starts), endsAt: at(session.ends) };
}

export type RegistrationWindow = "open" | "not-yet" | "closed" | "started" | "cancelled";

/** Whether an occurrence takes registrations at this moment. */
export function registrationWindow(occurrence: Occurrence, now: Date): RegistrationWindow {
  const at = now.toISOString();
  if (occurrence.isCancelled) return "cancelled";
  if (occurrence.startsAt <= at) return "started";
  if (occurrence.registrationOpensAt && at < occurrence.registrationOpensAt) return "not-yet";
  if (occurrence.registrationClosesAt && at >= occurrence.registrationClosesAt) return "closed";
  return "open";
}

export function seatsLeft(occurrence: Pick<Occurrence, "capacity" | "confirmedCount">): number | null {
  return occurrence.capacity === null ? null : Math.max(0, occurrence.capacity - occurrence.confirmedCount);
}

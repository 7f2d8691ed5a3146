import type { Locale } from "../../i18n/locales.ts";
import type { MessageKey } from "../../i18n/messages.ts";
import { localToUtc, utcToLocal } from "../../i18n/zones.ts";
import { type FieldErrors, type FormBody, trimmed } from "../../web/forms.ts";
import { type AgendaSession, type Occurrence, SESSION_KINDS, SESSION_ROLES, type SessionKind, type SessionRole } from "../model.ts";
import type { OccurrenceInput } from "../occurrences.ts";
import type { SessionInput } from "../sessions.ts";
import { isOneOf, localized, localizedValues, type Parsed, tooLong } from "./forms.ts";

/** The agenda and occurrence forms of the organiser's admin: raw form bodies in, session and occurrence inputs or field errors out, and back. */

const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;

/** "9:30", "09:30" or "09:30:00" → "09:30". */
function timeOfDay(value: string): string {
  const match = /^(\d{1,2})[:.h](\d{2})(?::\d{2})?$/.exec(value);
  return match ? `${(match[1] ?? "").padStart(2, "0")}:${match[2]}` : value;
}

export const PEOPLE_ROWS_MIN = 4;

export function personRows(filled: number): number {
  return Math.min(Math.max(PEOPLE_ROWS_MIN, filled + 1), 30);
}

export function parseSession(
  body: FormBody,
  sourceLocale: Locale,
  locales: readonly Locale[],
  profileIds: ReadonlySet<string>,
): Parsed<SessionInput> {
  const errors: FieldErrors = {};
  const kind = trimmed(body, "kind");
  if (!isOneOf(SESSION_KINDS, kind)) errors.kind = "form.invalid";
  const dayText = trimmed(body, "day");
  const day = /^\d{1,2}$/.test(dayText) ? Number(dayText) : Number.NaN;
  if (!(day >= 1 && day <= 60)) errors.day = "eventsAdmin.dayInvalid";
  const starts = timeOfDay(trimmed(body, "starts"));
  const ends = timeOfDay(trimmed(body, "ends"));
  if (!HHMM.test(starts)) errors.starts = "eventsAdmin.timeOfDayInvalid";
  if (!HHMM.test(ends)) errors.ends = "eventsAdmin.timeOfDayInvalid";
  else if (HHMM.test(starts) && ends <= starts) errors.ends = "events.endsBeforeStart";
  const title = localized(body, "title", locales);
  const description = localized(body, "description", locales);
  if (!title[sourceLocale]) errors[`title_${sourceLocale}`] = "pages.titleRequired";
  for (const l of locales) {
    tooLong(errors, body, `title_${l}`, 300);
    tooLong(errors, body, `description_${l}`, 5000);
  }
  tooLong(errors, body, "room", 300);
  const people: SessionInput["people"] = [];
  for (let i = 0; i < 30; i++) {
    const profileId = trimmed(body, `person_${i}`);
    if (!profileId) continue;
    const role = trimmed(body, `personRole_${i}`);
    if (!profileIds.has(profileId)) errors[`person_${i}`] = "form.invalid";
    else if (!isOneOf(SESSION_ROLES, role)) errors[`personRole_${i}`] = "form.invalid";
    else people.push({ profileId, role });
  }
  return {
    errors,
    input: { kind: kind as SessionKind, day, starts, ends, title, description, room: trimmed(body, "room"), people },
  };
}

export function sessionValues(
  session: AgendaSession | undefined,
  people: readonly { profile_id: string; role: string }[],
  nextDay = 1,
): FormBody {
  if (!session) return { kind: "presentation", day: String(nextDay), starts: "", ends: "" };
  const values: FormBody = {
    kind: session.kind,
    day: String(session.day),
    starts: session.starts,
    ends: session.ends,
    room: session.room,
    ...localizedValues("title", session.title),
    ...localizedValues("description", session.description),
  };
  for (const [i, p] of people.entries()) {
    values[`person_${i}`] = p.profile_id;
    values[`personRole_${i}`] = p.role as SessionRole;
  }
  return values;
}

/** A browser's datetime-local value, or what a person typed where the browser has none. */
function normaliseLocal(value: string): string {
  const match = /^(\d{4}-\d{2}-\d{2})[T ](\d{1,2}):(\d{2})(?::00(?:\.0+)?)?$/.exec(value.trim());
  return match ? `${match[1]}T${(match[2] ?? "").padStart(2, "0")}:${match[3]}` : value.trim();
}

/**
 * Reads a wall-clock time in the event's zone. A time the clocks skip (spring forward) is refused
 * rather than silently moved by an hour.
 */
export function readLocalTime(value: string, zone: string): { iso: string } | { error: MessageKey } {
  const local = normaliseLocal(value);
  const iso = localToUtc(local, zone);
  if (!iso) return { error: "eventsAdmin.dateTimeInvalid" };
  if (utcToLocal(iso, zone) !== local) return { error: "eventsAdmin.dateTimeSkipped" };
  return { iso };
}

/** "24, 1" (hours before) → [1440, 60] (minutes); undefined when not a list of positive numbers. */
export function parseReminders(text: string): number[] | undefined {
  const parts = text.split(/[,;\s]+/).filter((p) => p !== "");
  const minutes = parts.map((p) => (/^\d+(?:[.,]\d+)?$/.test(p) ? Math.round(Number(p.replace(",", ".")) * 60) : Number.NaN));
  if (minutes.some((m) => !(m > 0 && m <= 60 * 24 * 60))) return undefined;
  return [...new Set(minutes)].sort((a, b) => b - a);
}

export function formatReminders(minutes: readonly number[]): string {
  return minutes.map((m) => String(Math.round((m / 60) * 100) / 100)).join(", ");
}

export function parseOccurrence(body: FormBody, zone: string): Parsed<OccurrenceInput> {
  const errors: FieldErrors = {};
  const time = (field: string, isRequired: boolean): string | null => {
    const value = trimmed(body, field);
    if (!value) {
      if (isRequired) errors[field] = "eventsAdmin.dateTimeRequired";
      return null;
    }
    const read = readLocalTime(value, zone);
    if ("error" in read) {
      errors[field] = read.error;
      return null;
    }
    return read.iso;
  };
  const startsAt = time("startsAt", true);
  const endsAt = time("endsAt", true);
  if (startsAt && endsAt && endsAt <= startsAt) errors.endsAt = "events.endsBeforeStart";
  const opensAt = time("registrationOpensAt", false);
  const closesAt = time("registrationClosesAt", false);
  if (opensAt && closesAt && closesAt <= opensAt) errors.registrationClosesAt = "eventsAdmin.closesBeforeOpens";
  const capacityText = trimmed(body, "capacity");
  const capacity = capacityText === "" ? null : /^\d{1,7}$/.test(capacityText) ? Number(capacityText) : Number.NaN;
  if (capacity !== null && !(capacity >= 0 && capacity <= 1_000_000)) errors.capacity = "eventsAdmin.capacityInvalid";
  const reminders = parseReminders(trimmed(body, "reminders"));
  if (!reminders) errors.reminders = "eventsAdmin.remindersInvalid";
  const joinUrl = trimmed(body, "joinUrl");
  if (joinUrl && (!/^https:\/\/[^\s/]+\.[^\s]+$/.test(joinUrl) || joinUrl.length > 1000)) errors.joinUrl = "eventsAdmin.joinUrlInvalid";
  return {
    errors,
    input: {
      startsAt: startsAt ?? "",
      endsAt: endsAt ?? "",
      capacity,
      registrationOpensAt: opensAt,
      registrationClosesAt: closesAt,
      reminders: reminders ?? [],
      joinUrl,
    },
  };
}

export function occurrenceValues(occurrence: Occurrence | undefined, zone: string): FormBody {
  if (!occurrence) return { reminders: "24, 1" };
  const local = (iso: string | null) => (iso ? utcToLocal(iso, zone) : "");
  return {
    startsAt: local(occurrence.startsAt),
    endsAt: local(occurrence.endsAt),
    capacity: occurrence.capacity === null ? "" : String(occurrence.capacity),
    registrationOpensAt: local(occurrence.registrationOpensAt),
    registrationClosesAt: local(occurrence.registrationClosesAt),
    reminders: formatReminders(occurrence.reminders),
    joinUrl: occurrence.joinUrl,
  };
}

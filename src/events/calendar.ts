import { escape as escapeIcal, ICalCalendar, ICalCalendarMethod, ICalEventStatus } from "ical-generator";
import { DateTime } from "luxon";
import { canonicalZone } from "../i18n/zones.ts";

/**
 * iCalendar files: times are written in the event's own zone with TZID and a VTIMEZONE block
 * made from the same tz data that placed them (see docs/decisions/0012-calendars.md), so
 * calendars that read the file's own zone block place them right, in any year and across
 * daylight-saving changes.
 */
export type CalendarEntry = {
  /** Stable across updates, so a re-imported file replaces the entry instead of duplicating it. */
  uid: string;
  title: string;
  description: string;
  url: string;
  location: string;
  startsAt: string;
  endsAt: string;
  timeZone: string;
  isCancelled?: boolean;
  /** Bumped on each change so calendars accept the update. */
  updatedAt: string;
};

/** One change of a zone's offset: the instant, and the offsets in minutes before and after. */
type Transition = { at: number; from: number; to: number };

const DAY = 86_400_000;
const yearTransitions = new Map<string, Transition[]>();

function offsetAt(zone: string, at: number): number {
  return DateTime.fromMillis(at, { zone }).offset;
}

/** The offset changes of a zone within one UTC year, to the minute, from the runtime's tz data. */
function transitionsInYear(zone: string, year: number): Transition[] {
  const key = `${zone}|${year}`;
  const known = yearTransitions.get(key);
  if (known) return known;
  const found: Transition[] = [];
  const end = Date.UTC(year + 1, 0, 1);
  let at = Date.UTC(year, 0, 1);
  let offset = offsetAt(zone, at);
  while (at < end) {
    const next = Math.min(at + DAY, end);
    const nextOffset = offsetAt(zone, next);
    if (nextOffset !== offset) {
      let low = at;
      let high = next;
      while (high - low > 60_000) {
        const middle = low + Math.floor((high - low) / 120_000) * 60_000;
        if (offsetAt(zone, middle) === offset) low = middle;
        else high = middle;
      }
      found.push({ at: high, from: offset, to: nextOffset });
      offset = nextOffset;
    }
    at = next;
  }
  if (yearTransitions.size > 5_000) yearTransitions.clear();
  yearTransitions.set(key, found);
  return found;
}

function offsetText(minutes: number): string {
  const sign = minutes < 0 ? "-" : "+";
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, "0")}${String(abs % 60).padStart(2, "0")}`;
}

/** A local date-time in the form iCalendar wants, for an instant seen at a fixed offset. */
function localStamp(at: number, offset: number): string {
  return DateTime.fromMillis(at + offset * 60_000, { zone: "utc" }).toFormat("yyyyMMdd'T'HHmmss");
}

function isDaylight(zone: string, at: number, offset: number): boolean {
  const year = DateTime.fromMillis(at, { zone }).year;
  const january = offsetAt(zone, Date.UTC(year, 0, 1));
  const july = offsetAt(zone, Date.UTC(year, 6, 1));
  return offset > Math.min(january, july);
}

/**
 * A VTIMEZONE for a zone that is right for every instant of the given UTC years: the offset in
 * force on 1 January of the first year, then one observance for each change the tz data knows,
 * so a past offset (Almaty at +06 until 2024) reads as it was, not as it is today.
 */
export function vtimezone(zone: string, fromYear: number, toYear: number): string {
  const start = Date.UTC(fromYear, 0, 1);
  const first = offsetAt(zone, start);
  const observance = (at: number, from: number, to: number) => {
    const kind = isDaylight(zone, at, to) ? "DAYLIGHT" : "STANDARD";
    return [
      `BEGIN:${kind}`,
      `DTSTART:${localStamp(at, from)}`,
      `TZOFFSETFROM:${offsetText(from)}`,
      `TZOFFSETTO:${offsetText(to)}`,
      `END:${kind}`,
    ];
  };
  const lines = ["BEGIN:VTIMEZONE", `TZID:${zone}`, ...observance(start, first, first)];
  for (let year = fromYear; year <= toYear; year++) {
    for (const t of transitionsInYear(zone, year)) lines.push(...observance(t.at, t.from, t.to));
  }
  lines.push("END:VTIMEZONE");
  return lines.join("\r\n");
}

/** A calendar's name is one line (readers of X-WR-CALNAME do not all unescape line breaks). */
function oneLine(text: string): string {
  return text
    .replace(/[\p{Cc}\u2028\u2029]+/gu, " ")
    .replace(/ {2,}/g, " ")
    .trim();
}

/** The UTC years each zone's entries touch, one year wider on each side for readers that look ahead. */
function zoneYears(entries: readonly CalendarEntry[]): Map<string, { from: number; to: number }> {
  const years = new Map<string, { from: number; to: number }>();
  for (const entry of entries) {
    const from = new Date(entry.startsAt).getUTCFullYear() - 1;
    const to = new Date(entry.endsAt).getUTCFullYear() + 1;
    const span = years.get(entry.timeZone);
    years.set(entry.timeZone, span ? { from: Math.min(span.from, from), to: Math.max(span.to, to) } : { from, to });
  }
  return years;
}

/**
 * One .ics file. Every text goes through the iCalendar library's escaping (the calendar's name
 * included, which the library would otherwise write raw, and made one line), DTSTAMP is in UTC, and the file ends
 * with CRLF. `method: "CANCEL"` tells a calendar to remove the entries it holds under the same UIDs.
 */
export function calendarFile(
  entries: readonly CalendarEntry[],
  options: { name: string; host: string; method?: "PUBLISH" | "CANCEL" },
): string {
  const zoned = entries.map((e) => ({ ...e, timeZone: canonicalZone(e.timeZone) ?? "UTC" }));
  const isCancel = options.method === "CANCEL";
  const calendar = new ICalCalendar({
    name: escapeIcal(oneLine(options.name), false),
    prodId: { company: "Outreach", product: "Outreach", language: "EN" },
    method: isCancel ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.PUBLISH,
  });
  const years = zoneYears(zoned);
  if (years.size > 0) {
    calendar.timezone({
      name: null,
      generator: (zone) => {
        const span = years.get(zone);
        return span ? vtimezone(zone, span.from, span.to) : null;
      },
    });
  }
  for (const entry of zoned) {
    const at = (iso: string) => DateTime.fromISO(iso, { zone: "utc" }).setZone(entry.timeZone);
    const sequence = Math.max(0, Math.floor((Date.parse(entry.updatedAt) - Date.UTC(2026, 0, 1)) / 60_000));
    calendar.createEvent({
      id: `${entry.uid}@${options.host}`,
      sequence: isCancel ? sequence + 1 : sequence,
      stamp: new Date(entry.updatedAt),
      start: at(entry.startsAt),
      end: at(entry.endsAt),
      timezone: entry.timeZone,
      summary: entry.title,
      description: entry.description,
      location: entry.location,
      url: entry.url,
      status: isCancel || entry.isCancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    });
  }
  const text = calendar.toString();
  return text.endsWith("\r\n") ? text : `${text}\r\n`;
}

import { ICalCalendar, ICalCalendarMethod, ICalEventStatus } from "ical-generator";
import { DateTime } from "luxon";
import { tzlib_get_ical_block } from "timezones-ical-library";

/**
 * iCalendar files: times are written in the event's own zone with TZID and a VTIMEZONE block
 * (from timezones-ical-library, IANA tzdata 2026c), so calendars place them right across
 * daylight-saving changes and in any reader's zone.
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

function vtimezone(zone: string): string | null {
  const block = tzlib_get_ical_block(zone)[0];
  return block ? String(block) : null;
}

export function calendarFile(entries: readonly CalendarEntry[], options: { name: string; host: string }): string {
  const calendar = new ICalCalendar({
    name: options.name,
    prodId: { company: "Outreach", product: "Outreach", language: "EN" },
    method: ICalCalendarMethod.PUBLISH,
  });
  const zones = [...new Set(entries.map((e) => e.timeZone))];
  if (zones.length > 0) calendar.timezone({ name: zones.length === 1 ? (zones[0] as string) : null, generator: vtimezone });
  for (const entry of entries) {
    const at = (iso: string) => DateTime.fromISO(iso, { zone: "utc" }).setZone(entry.timeZone);
    calendar.createEvent({
      id: `${entry.uid}@${options.host}`,
      sequence: Math.max(0, Math.floor((Date.parse(entry.updatedAt) - Date.UTC(2026, 0, 1)) / 60_000)),
      stamp: new Date(entry.updatedAt),
      start: at(entry.startsAt),
      end: at(entry.endsAt),
      timezone: entry.timeZone,
      summary: entry.title,
      description: entry.description,
      location: entry.location,
      url: entry.url,
      status: entry.isCancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    });
  }
  return calendar.toString();
}

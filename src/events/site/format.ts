import { DateTime } from "luxon";
import { memo } from "../../i18n/formats.ts";
import { type Locale, localePath } from "../../i18n/locales.ts";
import { type AgendaSession, sessionTimes } from "../model.ts";
import type { EventForReader } from "../read-event.ts";
import { formatOccurrenceTime } from "../registration/status-mails.ts";

/** Formats of the event pages: occurrence and session times, schema.org data. */

const occurrenceText = memo((locale: Locale, startsAt: string, endsAt: string, zone: string) =>
  formatOccurrenceTime(locale, { startsAt, endsAt }, zone),
);

/** The time of an occurrence as every page and mail writes it (see formatOccurrenceTime), remembered. */
export function occurrenceTime(locale: Locale, occurrence: { startsAt: string; endsAt: string }, zone: string): string {
  return occurrenceText(locale, occurrence.startsAt, occurrence.endsAt, zone);
}

const sessionSpan = memo((day: number, starts: string, ends: string, startsAt: string, firstStartsAt: string, zone: string) => {
  const times = sessionTimes({ day, starts, ends }, startsAt, firstStartsAt, zone);
  return `${times.startsAt} ${times.endsAt}`;
});

/** sessionTimes, remembered. */
export function agendaTimes(
  session: Pick<AgendaSession, "day" | "starts" | "ends">,
  startsAt: string,
  firstStartsAt: string,
  zone: string,
): { startsAt: string; endsAt: string } {
  const [start = "", end = ""] = sessionSpan(session.day, session.starts, session.ends, startsAt, firstStartsAt, zone).split(" ");
  return { startsAt: start, endsAt: end };
}

function isoInZone(iso: string, zone: string): string {
  return DateTime.fromISO(iso, { zone: "utc" }).setZone(zone).toISO({ suppressMilliseconds: true }) ?? iso;
}

/**
 * schema.org Event data of an event page: one Event per occurrence, so each time carries its own
 * status. The location of an online event is the event page, never the join link.
 */
export function eventJsonLd(read: EventForReader, url: string, baseUrl: URL, locale: Locale): object[] {
  const { event } = read;
  const absolute = (path: string) => new URL(localePath(locale, path), baseUrl).href;
  const location = event.isOnline
    ? { "@type": "VirtualLocation", url }
    : {
        "@type": "Place",
        name: event.venue || read.city || undefined,
        address: {
          "@type": "PostalAddress",
          streetAddress: event.address || undefined,
          addressLocality: read.city || undefined,
          addressCountry: event.country ?? undefined,
        },
      };
  const organizer = read.organisations
    .filter((o) => o.role === "host")
    .map((o) => ({ "@type": "Organization", name: o.name, url: absolute(`/organisations/${o.slug}`) }));
  const seen = new Set<string>();
  const performer = read.sessions
    .flatMap((s) => s.people)
    .filter((p) => p.role === "speaker" && !seen.has(p.slug) && seen.add(p.slug))
    .map((p) => ({ "@type": "Person", name: p.name, url: absolute(`/people/${p.slug}`) }));
  return read.occurrences.map((o) => ({
    "@context": "https://schema.org",
    "@type": "Event",
    name: read.title,
    description: read.summary || undefined,
    startDate: isoInZone(o.startsAt, event.timeZone),
    endDate: isoInZone(o.endsAt, event.timeZone),
    eventAttendanceMode: event.isOnline ? "https://schema.org/OnlineEventAttendanceMode" : "https://schema.org/OfflineEventAttendanceMode",
    eventStatus: o.isCancelled ? "https://schema.org/EventCancelled" : "https://schema.org/EventScheduled",
    location,
    ...(organizer.length > 0 ? { organizer } : {}),
    ...(performer.length > 0 ? { performer } : {}),
    inLanguage: event.workingLanguages.length > 0 ? event.workingLanguages : read.locale,
    url,
  }));
}

import { DAY } from "../clock.ts";
import type { Db } from "../db/index.ts";
import { chooseTranslation, fallbackChain } from "../i18n/content.ts";
import type { Locale } from "../i18n/locales.ts";
import { type CalendarEntry, calendarFile } from "./calendar.ts";
import { findEventBySlug } from "./events.ts";
import { type Event, type Occurrence, toEvent } from "./model.ts";
import { listOccurrences } from "./occurrences.ts";
import { LONGEST_EVENT_MS } from "./read.ts";
import type { SiteInfo } from "./registration/registrations.ts";
import { eventUrl, locationText } from "./registration/status-mails.ts";

/** What visitors read of events as calendars: an occurrence for its own file, and the feed of upcoming events. */

/** An occurrence of a published event, for its calendar file; undefined when either is not there. */
export async function findPublicOccurrence(
  db: Db,
  slug: string,
  occurrenceId: string,
): Promise<{ event: Event; occurrence: Occurrence } | undefined> {
  const event = await findEventBySlug(db, slug);
  if (!event?.isPublished) return undefined;
  const occurrence = (await listOccurrences(db, event.id)).find((o) => o.id === occurrenceId);
  return occurrence ? { event, occurrence } : undefined;
}

/** How far ahead the calendar feed reaches. */
const FEED_HORIZON_MS = 366 * DAY;
const FEED_MAX_EVENTS = 500;

/**
 * The iCalendar feed of upcoming published events in a language: one entry per occurrence that is
 * not cancelled and starts within the next twelve months. Never carries a join link.
 */
export async function upcomingCalendar(
  db: Db,
  config: SiteInfo,
  requested: Locale,
  now: Date,
  labels: { onlineLabel: string; feedName: string },
): Promise<string> {
  const at = now.toISOString();
  const horizon = new Date(now.getTime() + FEED_HORIZON_MS).toISOString();
  const events = await db
    .selectFrom("events")
    .selectAll()
    .where("is_published", "=", 1)
    .where("starts_at", ">=", new Date(now.getTime() - LONGEST_EVENT_MS).toISOString())
    .where("starts_at", "<", horizon)
    .where("ends_at", ">=", at)
    .orderBy("starts_at")
    .limit(FEED_MAX_EVENTS)
    .execute();
  const entries: CalendarEntry[] = [];
  if (events.length > 0) {
    const ids = events.map((e) => e.id);
    const [occurrences, texts] = await Promise.all([
      db
        .selectFrom("occurrences")
        .select(["id", "event_id", "starts_at", "ends_at", "updated_at"])
        .where("event_id", "in", ids)
        .where("is_cancelled", "=", 0)
        .where("ends_at", ">=", at)
        .where("starts_at", "<", horizon)
        .orderBy("starts_at")
        .execute(),
      db
        .selectFrom("event_translations")
        .select(["event_id", "locale", "status", "title", "summary"])
        .where("event_id", "in", ids)
        .where("status", "in", ["published", "outdated"])
        .execute(),
    ]);
    const byId = new Map(events.map((e) => [e.id, toEvent(e)]));
    for (const o of occurrences) {
      const event = byId.get(o.event_id);
      if (!event) continue;
      const chain = fallbackChain(requested, { ...config, sourceLocale: event.sourceLocale });
      const chosen = chooseTranslation(
        texts.filter((t) => t.event_id === event.id),
        chain,
      );
      if (!chosen) continue;
      const url = eventUrl(config, event, requested);
      entries.push({
        uid: o.id,
        title: chosen.translation.title,
        description: [chosen.translation.summary, url].filter((p) => p).join("\n\n"),
        url,
        location: locationText(event, requested, config, labels.onlineLabel),
        startsAt: o.starts_at,
        endsAt: o.ends_at,
        timeZone: event.timeZone,
        updatedAt: [event.updatedAt, o.updated_at].sort()[1] ?? o.updated_at,
      });
    }
  }
  return calendarFile(entries, { name: labels.feedName, host: config.baseUrl.host });
}

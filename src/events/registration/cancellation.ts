import type { Ctx } from "../../db/index.ts";
import { SEND_EMAIL, type SendEmailPayload } from "../../email/templates.ts";
import { isLocale, type Locale } from "../../i18n/locales.ts";
import { translate } from "../../i18n/messages.ts";
import { enqueue } from "../../jobs/queue.ts";
import { type CalendarEntry, calendarFile } from "../calendar.ts";
import { type Event, type Occurrence, toEvent, toOccurrence } from "../model.ts";
import type { SiteInfo } from "./registrations.ts";
import { eventTexts, eventUrl, formatOccurrenceTime, locationText } from "./status-mails.ts";

export const OCCURRENCE_CANCELLED_MAIL = "event.occurrenceCancelled";

/**
 * The .ics that takes a cancelled occurrence out of a calendar: METHOD:CANCEL with
 * STATUS:CANCELLED, under the UID the confirmation's file used and a higher SEQUENCE.
 */
export async function cancellationCalendar(
  ctx: Pick<Ctx, "db"> & { config: SiteInfo },
  event: Event,
  occurrence: Occurrence,
  locale: Locale,
): Promise<string> {
  const texts = (await eventTexts(ctx.db, event, locale, ctx.config)) ?? { title: event.slug, summary: "" };
  const url = eventUrl(ctx.config, event, locale);
  const entry: CalendarEntry = {
    uid: occurrence.id,
    title: texts.title,
    description: [texts.summary, url].filter((p) => p).join("\n\n"),
    url,
    location: locationText(event, locale, ctx.config, translate(locale, "events.online")),
    startsAt: occurrence.startsAt,
    endsAt: occurrence.endsAt,
    timeZone: event.timeZone,
    isCancelled: true,
    updatedAt: [event.updatedAt, occurrence.updatedAt].sort().at(-1) ?? occurrence.updatedAt,
  };
  return calendarFile([entry], { name: texts.title, host: ctx.config.baseUrl.host, method: "CANCEL" });
}

/**
 * Queues, in the caller's transaction, one mail to each person who held a seat at an occurrence
 * that was just cancelled: in their language, with the .ics that removes it from their calendar.
 * Keyed by the registration and the moment of cancelling, so a retry sends nothing twice.
 */
export async function mailOccurrenceCancelled(ctx: Ctx & { config: SiteInfo }, occurrenceId: string): Promise<number> {
  const occurrenceRow = await ctx.db.selectFrom("occurrences").selectAll().where("id", "=", occurrenceId).executeTakeFirstOrThrow();
  const occurrence = toOccurrence(occurrenceRow);
  const event = toEvent(await ctx.db.selectFrom("events").selectAll().where("id", "=", occurrence.eventId).executeTakeFirstOrThrow());
  const holders = await ctx.db
    .selectFrom("registrations")
    .select(["id", "email", "name", "locale"])
    .where("occurrence_id", "=", occurrenceId)
    .where("status", "=", "confirmed")
    .where("email", "!=", "")
    .execute();
  const files = new Map<Locale, string>();
  for (const holder of holders) {
    const locale: Locale = isLocale(holder.locale) ? holder.locale : ctx.config.defaultLocale;
    let ics = files.get(locale);
    if (!ics) {
      ics = await cancellationCalendar(ctx, event, occurrence, locale);
      files.set(locale, ics);
    }
    const texts = (await eventTexts(ctx.db, event, locale, ctx.config)) ?? { title: event.slug, summary: "" };
    const payload: SendEmailPayload = {
      to: holder.email,
      locale,
      template: OCCURRENCE_CANCELLED_MAIL,
      values: {
        name: holder.name,
        event: texts.title,
        when: formatOccurrenceTime(locale, occurrence, event.timeZone),
        eventUrl: eventUrl(ctx.config, event, locale),
      },
      attachments: [{ filename: `${event.slug}.ics`, content: ics, contentType: "text/calendar; charset=utf-8; method=CANCEL" }],
    };
    await enqueue(ctx.db, ctx.clock, SEND_EMAIL, payload, { uniqueKey: `cancel:${holder.id}:${occurrence.updatedAt}` });
  }
  return holders.length;
}

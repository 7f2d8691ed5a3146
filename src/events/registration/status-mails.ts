import { hashToken, newToken } from "../../db/ids.ts";
import type { Db } from "../../db/index.ts";
import { SEND_EMAIL, type SendEmailPayload } from "../../email/templates.ts";
import { chooseTranslation, fallbackChain, pickText } from "../../i18n/content.ts";
import { LOCALE_INFO, type Locale } from "../../i18n/locales.ts";
import { formatDateTime, translate } from "../../i18n/messages.ts";
import { zoneName, zoneOffsetLabel } from "../../i18n/zones.ts";
import { enqueue } from "../../jobs/queue.ts";
import { type CalendarEntry, calendarFile } from "../calendar.ts";
import { type Event, type Occurrence, toRegistration } from "../model.ts";
import type { RegistrationCtx, SiteInfo } from "./registrations.ts";
import { loadOccurrence } from "./seats.ts";

/** The mails that tell a registrant where they stand, in their language, and the calendar file that goes with a seat. */

/**
 * Mails a further private link to a registration, in the registrant's language. The earlier links
 * keep working: whoever asked for this mail cannot take the registrant's link away from them.
 */
export async function mailAnotherLink(ctx: RegistrationCtx, registrationId: string): Promise<void> {
  const token = newToken();
  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .insertInto("registration_links")
      .values({ token_hash: hashToken(token), registration_id: registrationId, created_at: ctx.clock.now().toISOString() })
      .execute();
    await mailStatus({ ...ctx, db: trx }, registrationId, "link", token);
  });
}

/** Every mail that tells a registrant where they stand; each has an `events.mail.<kind>.*` text. */
export const STATUS_MAILS = [
  "confirmed",
  "waitlisted",
  "pending",
  "promoted",
  "approved",
  "declined",
  "cancelled",
  "moved",
  "link",
  "reminder",
  "join",
] as const;
export type StatusMail = (typeof STATUS_MAILS)[number];

/** The texts of an event in one language, with the usual fallbacks. */
export async function eventTexts(
  db: Db,
  event: Pick<Event, "id" | "sourceLocale">,
  locale: Locale,
  options: Pick<SiteInfo, "fallbacks" | "defaultLocale">,
): Promise<{ title: string; summary: string; locale: Locale } | undefined> {
  const rows = await db
    .selectFrom("event_translations")
    .select(["locale", "status", "title", "summary"])
    .where("event_id", "=", event.id)
    .where("status", "in", ["published", "outdated"])
    .execute();
  const chain = fallbackChain(locale, {
    fallbacks: options.fallbacks,
    defaultLocale: options.defaultLocale,
    sourceLocale: event.sourceLocale,
  });
  const chosen = chooseTranslation(rows, chain);
  return chosen ? { title: chosen.translation.title, summary: chosen.translation.summary, locale: chosen.locale } : undefined;
}

export function eventUrl(config: Pick<SiteInfo, "baseUrl">, event: Pick<Event, "slug">, locale: Locale): string {
  return new URL(`/${LOCALE_INFO[locale].segment}/events/${event.slug}`, config.baseUrl).toString();
}

export function registrationUrl(config: Pick<SiteInfo, "baseUrl">, locale: Locale, token: string): string {
  return new URL(`/${LOCALE_INFO[locale].segment}/registrations/${token}`, config.baseUrl).toString();
}

const timeFormats = new Map<string, Intl.DateTimeFormat>();

function timeFormat(locale: Locale, timeZone: string): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone}`;
  let format = timeFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { timeStyle: "short", timeZone });
    timeFormats.set(key, format);
  }
  return format;
}

/** "7 Dec 2026, 09:00 – 10:30 (Europe/Paris, UTC+01:00)" in the reader's language and the event's zone. */
export function formatOccurrenceTime(locale: Locale, occurrence: Pick<Occurrence, "startsAt" | "endsAt">, zone: string): string {
  const sameDay = formatDateTime(locale, occurrence.startsAt, "date", zone) === formatDateTime(locale, occurrence.endsAt, "date", zone);
  const end = sameDay
    ? timeFormat(locale, zone).format(new Date(occurrence.endsAt))
    : formatDateTime(locale, occurrence.endsAt, "datetime", zone);
  return `${formatDateTime(locale, occurrence.startsAt, "datetime", zone)} – ${end} (${zoneName(locale, zone)}, ${zoneOffsetLabel(occurrence.startsAt, zone)})`;
}

export function locationText(
  event: Event,
  locale: Locale,
  config: Pick<SiteInfo, "fallbacks" | "defaultLocale">,
  onlineLabel: string,
): string {
  if (event.isOnline) return onlineLabel;
  const chain = fallbackChain(locale, { ...config, sourceLocale: event.sourceLocale });
  return [event.venue, event.address, pickText(event.city, chain), event.country ?? ""].filter((p) => p).join(", ");
}

/** The .ics of one occurrence in a language; the join link only for a confirmed registrant. */
export async function occurrenceCalendar(
  ctx: Pick<RegistrationCtx, "db" | "config">,
  event: Event,
  occurrence: Occurrence,
  locale: Locale,
  options: { joinUrl?: string; onlineLabel: string },
): Promise<string> {
  const texts = (await eventTexts(ctx.db, event, locale, ctx.config)) ?? { title: event.slug, summary: "" };
  const url = eventUrl(ctx.config, event, locale);
  const entry: CalendarEntry = {
    uid: occurrence.id,
    title: texts.title,
    description: [texts.summary, options.joinUrl ?? "", url].filter((p) => p).join("\n\n"),
    url: options.joinUrl || url,
    location: event.isOnline ? options.joinUrl || options.onlineLabel : locationText(event, locale, ctx.config, options.onlineLabel),
    startsAt: occurrence.startsAt,
    endsAt: occurrence.endsAt,
    timeZone: event.timeZone,
    isCancelled: occurrence.isCancelled,
    updatedAt: [event.updatedAt, occurrence.updatedAt].sort().at(-1) ?? event.updatedAt,
  };
  return calendarFile([entry], { name: texts.title, host: ctx.config.baseUrl.host });
}

/**
 * Queues the mail that tells a registrant where they stand, in their language, with the .ics when
 * they hold a seat and the join link when the event is online. Called inside the transaction that
 * made the change, so the mail goes if and only if the change was saved.
 */
export async function mailStatus(
  ctx: RegistrationCtx,
  registrationId: string,
  kind: StatusMail,
  token?: string,
  uniqueKey?: string,
): Promise<void> {
  const row = await ctx.db.selectFrom("registrations").selectAll().where("id", "=", registrationId).executeTakeFirstOrThrow();
  const registration = toRegistration(row);
  if (!registration.email) return;
  const { event, occurrence } = await loadOccurrence(ctx.db, registration.occurrenceId);
  const locale = registration.locale;
  const texts = (await eventTexts(ctx.db, event, locale, ctx.config)) ?? { title: event.slug, summary: "" };
  const holdsSeat = registration.status === "confirmed";
  const values: Record<string, string> = {
    name: registration.name,
    event: texts.title,
    when: formatOccurrenceTime(locale, occurrence, event.timeZone),
    eventUrl: eventUrl(ctx.config, event, locale),
    status: registration.status,
  };
  if (token) values.manageUrl = registrationUrl(ctx.config, locale, token);
  if (holdsSeat && event.isOnline && occurrence.joinUrl) values.joinUrl = occurrence.joinUrl;
  const payload: SendEmailPayload & { attachments?: { filename: string; content: string; contentType: string }[] } = {
    to: registration.email,
    locale,
    template: `event.${kind}`,
    values,
  };
  if (holdsSeat && kind !== "link") {
    const ics = await occurrenceCalendar(ctx, event, occurrence, locale, {
      ...(values.joinUrl ? { joinUrl: values.joinUrl } : {}),
      onlineLabel: translate(locale, "events.online"),
    });
    payload.attachments = [{ filename: `${event.slug}.ics`, content: ics, contentType: "text/calendar; charset=utf-8; method=PUBLISH" }];
  }
  await enqueue(ctx.db, ctx.clock, SEND_EMAIL, payload, uniqueKey ? { uniqueKey } : {});
}

/** Sends the join link to everyone holding a seat, when the organiser adds or changes it after they registered. */
export async function mailJoinLink(ctx: RegistrationCtx, occurrenceId: string, joinUrl: string): Promise<number> {
  const holders = await ctx.db
    .selectFrom("registrations")
    .select("id")
    .where("occurrence_id", "=", occurrenceId)
    .where("status", "=", "confirmed")
    .where("email", "!=", "")
    .execute();
  for (const r of holders) await mailStatus(ctx, r.id, "join", undefined, `join:${r.id}:${joinUrl}`);
  return holders.length;
}

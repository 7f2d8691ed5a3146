import { z } from "zod";
import type { LocalizedText } from "../../i18n/content.ts";
import { COUNTRY_CODES, canonicalLanguage } from "../../i18n/formats.ts";
import { isLocale, LOCALES, type Locale } from "../../i18n/locales.ts";
import { type FieldErrors, type FormBody, fieldErrors, SLUG_PATTERN, trimmed } from "../../web/forms.ts";
import type { EventSettings } from "../events.ts";
import { EVENT_KINDS, type Event, type EventKind, ORGANISATION_ROLES, type OrganisationRole } from "../model.ts";

/**
 * The forms of the organiser's admin: raw form bodies in, domain inputs or field errors out, and back
 * again for showing stored values. Views always render from the raw values, so a form with errors
 * shows exactly what was typed.
 */

export type Parsed<T> = { input: T; errors: FieldErrors };

export function many(body: FormBody, key: string): string[] {
  const value = body[key];
  return (Array.isArray(value) ? value : value === undefined ? [] : [value]).map((v) => v.trim()).filter((v) => v !== "");
}

export function isOneOf<T extends string>(values: readonly T[], value: string): value is T {
  return (values as readonly string[]).includes(value);
}

/** The locales texts are written in: the source first, then the site's others. */
export function textLocales(sourceLocale: Locale, siteLocales: readonly Locale[]): Locale[] {
  return [...new Set([sourceLocale, ...siteLocales])];
}

export function localized(body: FormBody, prefix: string, locales: readonly Locale[]): LocalizedText {
  const out: LocalizedText = {};
  for (const l of locales) {
    const text = trimmed(body, `${prefix}_${l}`);
    if (text) out[l] = text;
  }
  return out;
}

export function localizedValues(prefix: string, text: LocalizedText): FormBody {
  return Object.fromEntries(Object.entries(text).map(([l, value]) => [`${prefix}_${l}`, value ?? ""]));
}

export function tooLong(errors: FieldErrors, body: FormBody, field: string, max: number): void {
  if (trimmed(body, field).length > max && !errors[field]) errors[field] = "form.tooLong";
}

const COUNTRY_SET = new Set(COUNTRY_CODES);

// ---- New event ----

const newEventForm = z.object({
  slug: z.string().trim().toLowerCase().regex(SLUG_PATTERN, "pages.slugInvalid").max(100, "form.tooLong"),
  kind: z.enum(EVENT_KINDS, "form.invalid"),
  sourceLocale: z.enum(LOCALES, "form.invalid"),
  timeZone: z.string().trim().min(1, "events.timeZoneInvalid"),
  title: z.string().trim().min(1, "pages.titleRequired").max(200, "form.tooLong"),
  summary: z.string().trim().max(500, "form.tooLong").default(""),
});

export type NewEventForm = z.infer<typeof newEventForm>;

export function parseNewEvent(body: FormBody): Parsed<NewEventForm | undefined> {
  const parsed = newEventForm.safeParse(Object.fromEntries(Object.keys(newEventForm.shape).map((k) => [k, trimmed(body, k)])));
  return parsed.success ? { input: parsed.data, errors: {} } : { input: undefined, errors: fieldErrors(parsed.error) };
}

/** The settings an event starts with before its organiser fills in the rest. */
export function initialSettings(form: NewEventForm): EventSettings {
  return {
    slug: form.slug,
    kind: form.kind,
    programmeId: null,
    seriesId: null,
    timeZone: form.timeZone,
    isOnline: true,
    venue: "",
    address: "",
    city: {},
    country: null,
    workingLanguages: [form.sourceLocale],
    interpretation: [],
    requiresApproval: false,
    allowsPseudonymous: false,
    organisations: [],
    topicIds: [],
  };
}

// ---- Settings ----

/** How many host and partner rows the settings form offers: at least four, and one empty row to add another. */
export function organisationRows(filled: number): number {
  return Math.min(Math.max(4, filled + 1), 30);
}

export type CatalogueIds = {
  programmes: ReadonlySet<string>;
  series: ReadonlyMap<string, string | null>;
  organisations: ReadonlySet<string>;
  topics: ReadonlySet<string>;
};

/** "en>ru, ru>en" → ["en>ru", "ru>en"]; undefined when a pair is not two language codes. */
export function parseInterpretation(text: string): string[] | undefined {
  const pairs: string[] = [];
  for (const part of text.split(/[,;\n]+/).map((p) => p.trim())) {
    if (!part) continue;
    const sides = part.split(/\s*(?:->|→|>)\s*/).map(canonicalLanguage);
    if (sides.length !== 2 || !sides[0] || !sides[1] || sides[0] === sides[1]) return undefined;
    pairs.push(`${sides[0]}>${sides[1]}`);
  }
  return [...new Set(pairs)];
}

export function parseSettings(
  body: FormBody,
  event: Pick<Event, "sourceLocale" | "city">,
  siteLocales: readonly Locale[],
  ids: CatalogueIds,
): Parsed<EventSettings> {
  const errors: FieldErrors = {};
  const kind = trimmed(body, "kind");
  if (!isOneOf(EVENT_KINDS, kind)) errors.kind = "form.invalid";
  const programmeId = trimmed(body, "programmeId") || null;
  if (programmeId && !ids.programmes.has(programmeId)) errors.programmeId = "form.invalid";
  const seriesId = trimmed(body, "seriesId") || null;
  if (seriesId && !ids.series.has(seriesId)) errors.seriesId = "form.invalid";
  const isOnline = trimmed(body, "where") !== "venue";
  const venue = trimmed(body, "venue");
  const address = trimmed(body, "address");
  const cityText = trimmed(body, "city");
  if (!isOnline && !venue && !cityText) errors.venue = "eventsAdmin.venueRequired";
  const country = trimmed(body, "country").toUpperCase() || null;
  if (country && !COUNTRY_SET.has(country)) errors.country = "form.invalid";

  const checked = many(body, "workingLanguages").filter((l) => isLocale(l) && siteLocales.includes(l));
  const others = trimmed(body, "otherLanguages")
    .split(/[,;\s]+/)
    .filter((t) => t !== "");
  const canonical = others.map(canonicalLanguage);
  if (canonical.some((t) => t === undefined)) errors.otherLanguages = "eventsAdmin.languagesInvalid";
  const workingLanguages = [...new Set([...checked, ...canonical.filter((t): t is string => t !== undefined)])];

  const interpretation = parseInterpretation(trimmed(body, "interpretation"));
  if (interpretation === undefined) errors.interpretation = "eventsAdmin.interpretationInvalid";

  const organisations: EventSettings["organisations"] = [];
  for (let i = 0; i < 30; i++) {
    const organisationId = trimmed(body, `org_${i}`);
    if (!organisationId) continue;
    const role = trimmed(body, `orgRole_${i}`);
    if (!ids.organisations.has(organisationId)) errors[`org_${i}`] = "form.invalid";
    else if (!isOneOf(ORGANISATION_ROLES, role)) errors[`orgRole_${i}`] = "form.invalid";
    else organisations.push({ organisationId, role });
  }
  const topicIds = many(body, "topics");
  if (topicIds.some((id) => !ids.topics.has(id))) errors.topics = "form.invalid";

  tooLong(errors, body, "venue", 200);
  tooLong(errors, body, "address", 300);
  tooLong(errors, body, "city", 120);
  tooLong(errors, body, "otherLanguages", 200);
  tooLong(errors, body, "interpretation", 300);

  const city: LocalizedText = { ...event.city };
  if (cityText) city[event.sourceLocale] = cityText;
  else delete city[event.sourceLocale];
  return {
    errors,
    input: {
      slug: trimmed(body, "slug").toLowerCase(),
      kind: kind as EventKind,
      // A series belongs to a programme: choosing the series is enough.
      programmeId: programmeId ?? (seriesId ? (ids.series.get(seriesId) ?? null) : null),
      seriesId,
      timeZone: trimmed(body, "timeZone"),
      isOnline,
      venue: isOnline ? "" : venue,
      address: isOnline ? "" : address,
      city: isOnline ? {} : city,
      country: isOnline ? null : country,
      workingLanguages,
      interpretation: interpretation ?? [],
      requiresApproval: trimmed(body, "requiresApproval") === "yes",
      allowsPseudonymous: trimmed(body, "allowsPseudonymous") === "yes",
      organisations,
      topicIds: [...new Set(topicIds)],
    },
  };
}

export function settingsValues(
  event: Event,
  links: { organisations: { organisationId: string; role: OrganisationRole }[]; topicIds: string[] },
  siteLocales: readonly Locale[],
): FormBody {
  const values: FormBody = {
    slug: event.slug,
    kind: event.kind,
    programmeId: event.programmeId ?? "",
    seriesId: event.seriesId ?? "",
    timeZone: event.timeZone,
    where: event.isOnline ? "online" : "venue",
    venue: event.venue,
    address: event.address,
    city: event.city[event.sourceLocale] ?? "",
    country: event.country ?? "",
    workingLanguages: event.workingLanguages.filter((l) => isLocale(l) && siteLocales.includes(l)),
    otherLanguages: event.workingLanguages.filter((l) => !(isLocale(l) && siteLocales.includes(l))).join(", "),
    interpretation: event.interpretation.join(", "),
    requiresApproval: event.requiresApproval ? "yes" : "",
    allowsPseudonymous: event.allowsPseudonymous ? "yes" : "",
    topics: links.topicIds,
  };
  for (const [i, o] of links.organisations.entries()) {
    values[`org_${i}`] = o.organisationId;
    values[`orgRole_${i}`] = o.role;
  }
  return values;
}

// ---- Texts ----

const textForm = z.object({
  title: z.string().trim().min(1, "pages.titleRequired").max(200, "form.tooLong"),
  summary: z.string().trim().max(500, "form.tooLong").default(""),
  body: z.string().max(200_000, "form.tooLong").default(""),
  objectives: z.string().max(5_000, "form.tooLong").default(""),
  status: z.enum(["draft", "published"]).default("draft"),
});

export type TextForm = z.infer<typeof textForm>;

export function parseText(body: FormBody): Parsed<TextForm | undefined> {
  const raw = {
    title: trimmed(body, "title"),
    summary: trimmed(body, "summary"),
    body: typeof body.body === "string" ? body.body.replace(/\r\n/g, "\n") : "",
    objectives: typeof body.objectives === "string" ? body.objectives.replace(/\r\n/g, "\n").trim() : "",
    status: trimmed(body, "status") === "published" ? "published" : "draft",
  };
  const parsed = textForm.safeParse(raw);
  return parsed.success ? { input: parsed.data, errors: {} } : { input: undefined, errors: fieldErrors(parsed.error) };
}

import { z } from "zod";
import type { LocalizedText } from "../../i18n/content.ts";
import { COUNTRY_CODES } from "../../i18n/formats.ts";
import { isLocale, LOCALES, type Locale } from "../../i18n/locales.ts";
import type { MessageKey } from "../../i18n/messages.ts";
import { CANONICAL_ZONES, canonicalZone, localToUtc, OFFERED_ZONES, utcToLocal } from "../../i18n/zones.ts";
import { type FieldErrors, type FormBody, fieldErrors, SLUG_PATTERN, trimmed } from "../../web/forms.ts";
import type { EventSettings, OccurrenceInput, QuestionInput, SessionInput } from "../events.ts";
import {
  type AgendaSession,
  EVENT_KINDS,
  type Event,
  type EventKind,
  type Occurrence,
  ORGANISATION_ROLES,
  type OrganisationRole,
  QUESTION_KINDS,
  type Question,
  type QuestionKind,
  SESSION_KINDS,
  SESSION_ROLES,
  type SessionKind,
  type SessionRole,
} from "../model.ts";

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

function isOneOf<T extends string>(values: readonly T[], value: string): value is T {
  return (values as readonly string[]).includes(value);
}

/** The locales texts are written in: the source first, then the site's others. */
export function textLocales(sourceLocale: Locale, siteLocales: readonly Locale[]): Locale[] {
  return [...new Set([sourceLocale, ...siteLocales])];
}

function localized(body: FormBody, prefix: string, locales: readonly Locale[]): LocalizedText {
  const out: LocalizedText = {};
  for (const l of locales) {
    const text = trimmed(body, `${prefix}_${l}`);
    if (text) out[l] = text;
  }
  return out;
}

function localizedValues(prefix: string, text: LocalizedText): FormBody {
  return Object.fromEntries(Object.entries(text).map(([l, value]) => [`${prefix}_${l}`, value ?? ""]));
}

function tooLong(errors: FieldErrors, body: FormBody, field: string, max: number): void {
  if (trimmed(body, field).length > max && !errors[field]) errors[field] = "form.tooLong";
}

// ---- Languages, countries and zones for the selects ----

/** A BCP 47 tag in its canonical spelling, or undefined. */
export function canonicalLanguage(tag: string): string | undefined {
  if (!/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/.test(tag)) return undefined;
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    return undefined;
  }
}

const COUNTRY_SET = new Set(COUNTRY_CODES);

/**
 * The IANA time zones to choose from, by canonical name (Europe/Kyiv, not the runtime's
 * Europe/Kiev): the offered zones first, then every other; a stored alias shows as its zone.
 */
export function timeZoneOptions(current: string): string[] {
  const zone = canonicalZone(current);
  const rest = CANONICAL_ZONES.filter((z) => !OFFERED_ZONES.includes(z));
  const all = [...OFFERED_ZONES, ...rest];
  return zone && !all.includes(zone) ? [...all, zone] : all;
}

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

// ---- Agenda ----

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

// ---- Occurrences ----

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

// ---- Registration questions ----

/** The stored value of an option, from its text in the source language: "Harm reduction worker" → "harm-reduction-worker". */
export function optionValue(label: string): string {
  return label
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60);
}

function lines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== "");
}

export function parseQuestion(
  body: FormBody,
  sourceLocale: Locale,
  locales: readonly Locale[],
  existing: Question | undefined,
): Parsed<QuestionInput> {
  const errors: FieldErrors = {};
  const kind = trimmed(body, "kind");
  if (!isOneOf(QUESTION_KINDS, kind)) errors.kind = "form.invalid";
  const label = localized(body, "label", locales);
  const help = localized(body, "help", locales);
  if (!label[sourceLocale]) errors[`label_${sourceLocale}`] = "events.labelRequired";
  for (const l of locales) {
    tooLong(errors, body, `label_${l}`, 500);
    tooLong(errors, body, `help_${l}`, 1000);
  }
  const options: QuestionInput["options"] = [];
  if (kind === "choice" || kind === "multi") {
    const source = lines(trimmed(body, `options_${sourceLocale}`));
    if (source.length < 2) errors[`options_${sourceLocale}`] = "events.optionsRequired";
    if (source.length > 50 || source.some((s) => s.length > 200)) errors[`options_${sourceLocale}`] = "form.tooLong";
    const translated = new Map(locales.map((l) => [l, lines(trimmed(body, `options_${l}`))]));
    for (const l of locales) {
      const list = translated.get(l) ?? [];
      if (l !== sourceLocale && list.length > 0 && list.length !== source.length) errors[`options_${l}`] = "eventsAdmin.optionsMismatch";
    }
    const used = new Set<string>();
    for (const [i, text] of source.entries()) {
      // Answers already given keep their meaning when an option's wording is left as it was.
      const kept = existing?.options.find((o) => o.label[sourceLocale] === text)?.value;
      let value = kept ?? (optionValue(text) || `option-${i + 1}`);
      for (let n = 2; used.has(value); n++) value = `${optionValue(text) || "option"}-${n}`;
      used.add(value);
      const optionLabel: LocalizedText = {};
      for (const l of locales) {
        const line = translated.get(l)?.[i];
        if (line) optionLabel[l] = line;
      }
      options.push({ value, label: optionLabel });
    }
  }
  return {
    errors,
    input: { kind: kind as QuestionKind, label, help, options, isRequired: trimmed(body, "isRequired") === "yes" },
  };
}

export function questionValues(question: Question | undefined, locales: readonly Locale[]): FormBody {
  if (!question) return { kind: "text" };
  const values: FormBody = {
    kind: question.kind,
    isRequired: question.isRequired ? "yes" : "",
    ...localizedValues("label", question.label),
    ...localizedValues("help", question.help),
  };
  for (const l of locales) {
    const list = question.options.map((o) => o.label[l] ?? "");
    if (list.some((x) => x !== "")) values[`options_${l}`] = list.join("\n");
  }
  return values;
}

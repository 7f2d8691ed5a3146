import { z } from "zod";
import { ROLES } from "../access/policy.ts";
import { DOMAIN_CODES, type DomainCode, ERROR_CODES, type ErrorCode } from "../errors.ts";
import {
  EVENT_KINDS,
  ORGANISATION_ROLES,
  QUESTION_KINDS,
  REGISTRATION_STATUSES,
  type RegistrationWindow,
  SESSION_KINDS,
  SESSION_ROLES,
} from "../events/index.ts";
import { LOCALES } from "../i18n/locales.ts";

/**
 * The shapes the API reads and writes, in snake_case. Requests are validated with these schemas and
 * the OpenAPI document is generated from the same ones (src/api/openapi.ts), so the two cannot drift.
 * Messages given to checks are message keys; other issues are mapped to keys in src/api/define.ts.
 */

/** Schemas that become named components of the OpenAPI document: requests as read, responses as written. */
export const requestComponents = z.registry<{ id: string }>();
export const responseComponents = z.registry<{ id: string }>();

const Locale = z.enum(LOCALES).describe("A language code as the site uses it: en, ru, uk, sr-Latn, sr-Cyrl, lt, fr.");
const Id = z.string().min(1).max(200);
const DateTime = z.string().meta({ format: "date-time", description: "ISO 8601 in UTC, e.g. 2026-12-07T08:00:00.000Z." });
const LocalizedInput = z.partialRecord(Locale, z.string().max(500, "form.tooLong"));

/** A moment with an explicit offset or Z; stored and answered in UTC. */
const DateTimeInput = z.iso
  .datetime({ offset: true, error: "api.dateTimeInvalid" })
  .describe("ISO 8601 with Z or an offset, e.g. 2026-12-07T09:00:00+01:00.")
  .transform((value) => new Date(value).toISOString());

const WINDOWS = ["open", "not-yet", "closed", "started", "cancelled"] as const satisfies readonly RegistrationWindow[];

// ---- Path and query parameters ----

export const IdParams = z.object({ id: Id.describe("The id; events also answer to their slug.") });

const Page = z.coerce.number().int("api.wrongType").min(1, "api.outOfRange").max(100_000, "api.outOfRange").default(1);
const PerPage = z.coerce.number().int("api.wrongType").min(1, "api.outOfRange").max(100, "api.outOfRange").default(20);

export const LocaleQuery = z.object({
  locale: Locale.optional().describe("The language to read texts in; falls back along the site's chain. Default: Accept-Language."),
});

export const EventListQuery = LocaleQuery.extend({
  when: z.enum(["upcoming", "past", "all"]).default("upcoming").describe("upcoming: not yet ended; past: ended; all."),
  kind: z.enum(EVENT_KINDS).optional(),
  country: z
    .string()
    .regex(/^[A-Za-z]{2}$/, "form.invalid")
    .optional()
    .describe("ISO 3166-1 alpha-2 code of the venue's country."),
  online: z
    .enum(["true", "false"])
    .transform((v) => v === "true")
    .optional(),
  topic: z.string().max(200).optional().describe("A topic's slug."),
  page: Page,
  per_page: PerPage.describe("At most 100."),
});

export const RegistrationListQuery = z.object({
  occurrence: Id.optional().describe("Only registrations for this occurrence."),
  status: z.enum(REGISTRATION_STATUSES).optional(),
  page: Page,
  per_page: PerPage.describe("At most 100."),
});

// ---- Request bodies ----

export const RegistrationInput = z
  .strictObject({
    name: z.string().max(120, "form.tooLong").describe("Any name the person chooses."),
    email: z.string().max(254, "events.emailInvalid"),
    locale: Locale.optional().describe("The language of the mails; also the language of error messages. Default: Accept-Language."),
    pseudonymous: z.boolean().default(false).describe("Register under a pseudonym, where the event allows it."),
    answers: z
      .record(Id, z.union([z.string().max(2000, "form.tooLong"), z.array(z.string().max(2000, "form.tooLong")).max(50)]))
      .default({})
      .describe("Answers keyed by question id: a string, or a list of option values for a question of kind multi."),
  })
  .describe("A registration for one occurrence.");
requestComponents.add(RegistrationInput, { id: "RegistrationInput" });

/** Settings of an event; a new event needs some of them, a change any of them. */
const eventSettingsShape = {
  slug: z.string().max(100, "form.tooLong").describe("Lower-case letters, digits and hyphens: the event's address."),
  kind: z.enum(EVENT_KINDS),
  time_zone: z.string().max(64).describe("An IANA time zone, e.g. Europe/Paris."),
  online: z.boolean(),
  venue: z.string().max(300, "form.tooLong"),
  address: z.string().max(500, "form.tooLong"),
  city: LocalizedInput.describe("The city's name per language."),
  country: z
    .string()
    .regex(/^[A-Za-z]{2}$/, "form.invalid")
    .nullable(),
  working_languages: z.array(z.string().min(2).max(20)).max(20),
  interpretation: z.array(z.string().max(40)).max(40).describe('Interpretation offered, e.g. "en>fr".'),
  requires_approval: z.boolean().describe("The organiser approves each registration."),
  allows_pseudonymous: z.boolean(),
  programme_id: Id.nullable(),
  series_id: Id.nullable(),
  organisations: z
    .array(z.strictObject({ organisation_id: Id, role: z.enum(ORGANISATION_ROLES) }))
    .max(50)
    .describe("Hosts, co-organisers, partners and funders, in order."),
  topic_ids: z.array(Id).max(50),
};

const eventTextShape = {
  title: z.string().trim().min(1, "pages.titleRequired").max(200, "form.tooLong"),
  summary: z.string().trim().max(500, "form.tooLong"),
  body: z.string().max(200_000, "form.tooLong").describe("Markdown."),
  objectives: z.array(z.string().max(500, "form.tooLong")).max(50).describe("In order."),
};

export const NewEventInput = z
  .strictObject({
    slug: eventSettingsShape.slug,
    kind: eventSettingsShape.kind,
    source_locale: Locale.describe("The language the texts are written in."),
    title: eventTextShape.title,
    summary: eventTextShape.summary.default(""),
    body: eventTextShape.body.default(""),
    objectives: eventTextShape.objectives.default([]),
    time_zone: eventSettingsShape.time_zone,
    online: eventSettingsShape.online.default(false),
    venue: eventSettingsShape.venue.default(""),
    address: eventSettingsShape.address.default(""),
    city: eventSettingsShape.city.default({}),
    country: eventSettingsShape.country.default(null),
    working_languages: eventSettingsShape.working_languages.default([]),
    interpretation: eventSettingsShape.interpretation.default([]),
    requires_approval: eventSettingsShape.requires_approval.default(false),
    allows_pseudonymous: eventSettingsShape.allows_pseudonymous.default(false),
    programme_id: eventSettingsShape.programme_id.default(null),
    series_id: eventSettingsShape.series_id.default(null),
    organisations: eventSettingsShape.organisations.default([]),
    topic_ids: eventSettingsShape.topic_ids.default([]),
  })
  .describe("A new event; it starts unpublished and belongs to the token's account.");
requestComponents.add(NewEventInput, { id: "NewEventInput" });

export const EventPatch = z
  .strictObject({ ...eventSettingsShape, ...eventTextShape })
  .partial()
  .describe("Any of the settings; title, summary, body and objectives change the texts in the source language.");
requestComponents.add(EventPatch, { id: "EventPatch" });

const occurrenceShape = {
  starts_at: DateTimeInput,
  ends_at: DateTimeInput,
  capacity: z.number().int("api.wrongType").min(0, "api.outOfRange").max(1_000_000, "api.outOfRange").nullable(),
  registration_opens_at: DateTimeInput.nullable(),
  registration_closes_at: DateTimeInput.nullable(),
  reminders_minutes: z
    .array(z.number().int("api.wrongType").min(1, "api.outOfRange").max(86_400, "api.outOfRange"))
    .max(10)
    .describe("Reminder mails, in minutes before the start."),
  join_url: z.string().max(2000, "form.tooLong").describe("An https:// link, shown only to confirmed registrants."),
};

export const NewOccurrenceInput = z
  .strictObject({
    starts_at: occurrenceShape.starts_at,
    ends_at: occurrenceShape.ends_at,
    capacity: occurrenceShape.capacity.default(null).describe("Seats; null for no limit."),
    registration_opens_at: occurrenceShape.registration_opens_at.default(null),
    registration_closes_at: occurrenceShape.registration_closes_at.default(null),
    reminders_minutes: occurrenceShape.reminders_minutes.default([]),
    join_url: occurrenceShape.join_url.default(""),
  })
  .describe("A new occurrence: one time the event takes place.");
requestComponents.add(NewOccurrenceInput, { id: "NewOccurrenceInput" });

export const OccurrencePatch = z
  .strictObject({ ...occurrenceShape, cancelled: z.boolean().describe("Cancel the occurrence, or restore it.") })
  .partial()
  .describe("Any of the occurrence's fields. Lowering the capacity below the seats taken is refused.");
requestComponents.add(OccurrencePatch, { id: "OccurrencePatch" });

export const MoveInput = z.strictObject({ occurrence_id: Id.describe("Another occurrence of the same event.") });
requestComponents.add(MoveInput, { id: "MoveInput" });

// ---- Responses ----

export const ErrorBody = z
  .object({
    error: z.object({
      code: z.enum(Object.keys(ERROR_CODES) as [ErrorCode, ...ErrorCode[]]).describe("Stable: programs test this."),
      reason: z
        .enum(Object.keys(DOMAIN_CODES) as [DomainCode, ...DomainCode[]])
        .optional()
        .describe(
          "Stable too: the domain rule that refused the request, where one did. " +
            Object.entries(DOMAIN_CODES)
              .map(([reason, { code, description }]) => `${reason} (${code}): ${description}`)
              .join(" "),
        ),
      message: z.string().describe("For people, in the request's language."),
      fields: z
        .record(z.string(), z.object({ code: z.string().describe("A stable message key."), message: z.string() }))
        .describe('Per field, e.g. "email" or "answers.<question id>"; empty when the error is not about fields.'),
    }),
  })
  .describe("Every error has this shape.");
responseComponents.add(ErrorBody, { id: "Error" });

export const Pagination = z.object({
  page: z.number().int(),
  per_page: z.number().int(),
  total: z.number().int(),
  total_pages: z.number().int(),
});
responseComponents.add(Pagination, { id: "Pagination" });

export const EventSummary = z.object({
  id: z.string(),
  slug: z.string(),
  kind: z.enum(EVENT_KINDS),
  locale: Locale.describe("The language title and summary are in: the one asked for, or the first fallback that has them."),
  is_fallback: z.boolean(),
  title: z.string(),
  summary: z.string(),
  available_locales: z.array(Locale),
  time_zone: z.string(),
  online: z.boolean(),
  city: z.string().nullable(),
  country: z.string().nullable(),
  starts_at: DateTime.nullable().describe("The first start over the occurrences that are not cancelled."),
  ends_at: DateTime.nullable(),
  url: z.string().meta({ format: "uri" }).describe("The event's page on the site."),
});
responseComponents.add(EventSummary, { id: "EventSummary" });

export const EventList = z.object({ data: z.array(EventSummary), pagination: Pagination });
responseComponents.add(EventList, { id: "EventList" });

export const PublicOccurrence = z.object({
  id: z.string(),
  event_id: z.string(),
  starts_at: DateTime,
  ends_at: DateTime,
  time_zone: z.string().describe("The event's zone, in which the site shows the times."),
  capacity: z.number().int().nullable(),
  seats_left: z.number().int().nullable(),
  registration_state: z.enum(WINDOWS),
  registration_opens_at: DateTime.nullable(),
  registration_closes_at: DateTime.nullable(),
  cancelled: z.boolean(),
});
responseComponents.add(PublicOccurrence, { id: "Occurrence" });

export const OccurrenceList = z.object({ data: z.array(PublicOccurrence) });
responseComponents.add(OccurrenceList, { id: "OccurrenceList" });

export const ManagedOccurrence = PublicOccurrence.extend({
  confirmed_count: z.number().int(),
  reminders_minutes: z.array(z.number().int()),
  join_url: z.string(),
}).describe("An occurrence as its organisers see it, with the join link.");
responseComponents.add(ManagedOccurrence, { id: "ManagedOccurrence" });

export const EventDetail = EventSummary.extend({
  published: z.boolean(),
  objectives: z.array(z.string()),
  body_html: z.string().describe("Sanitised HTML."),
  venue: z.string(),
  address: z.string(),
  working_languages: z.array(z.string()),
  interpretation: z.array(z.string()),
  requires_approval: z.boolean(),
  allows_pseudonymous: z.boolean(),
  organisations: z.array(
    z.object({
      id: z.string(),
      slug: z.string(),
      name: z.string(),
      short_name: z.string(),
      kind: z.string(),
      country: z.string().nullable(),
      website: z.string().nullable(),
      role: z.enum(ORGANISATION_ROLES),
    }),
  ),
  topics: z.array(z.object({ id: z.string(), slug: z.string(), name: z.string() })),
  agenda: z.array(
    z.object({
      id: z.string(),
      kind: z.enum(SESSION_KINDS),
      day: z.number().int().describe("1 for the first day."),
      starts: z.string().describe("Wall-clock HH:MM in the event's zone."),
      ends: z.string(),
      starts_at: DateTime.nullable().describe("In UTC, for the first occurrence; null without occurrences."),
      ends_at: DateTime.nullable(),
      title: z.string(),
      description: z.string(),
      room: z.string(),
      people: z.array(z.object({ id: z.string(), slug: z.string(), name: z.string(), position: z.string(), role: z.enum(SESSION_ROLES) })),
    }),
  ),
  occurrences: z.array(PublicOccurrence),
  questions: z
    .array(
      z.object({
        id: z.string(),
        kind: z.enum(QUESTION_KINDS),
        label: z.string(),
        help: z.string(),
        required: z.boolean(),
        options: z.array(z.object({ value: z.string(), label: z.string() })),
      }),
    )
    .describe("The registration form's questions; answer them by id."),
});
responseComponents.add(EventDetail, { id: "EventDetail" });

/**
 * The answer to a registration, the same whether the address was new or already registered, so that
 * no caller learns who is registered: where the person stands and their private link go by mail only.
 */
export const RegistrationReceived = z.object({
  next_step: z.literal("check_email").describe("The registrant's mail says where they stand and holds their private link."),
  message: z.string().describe("What to tell the person, in the request's language."),
});
responseComponents.add(RegistrationReceived, { id: "RegistrationReceived" });

export const Registration = z.object({
  id: z.string(),
  event_id: z.string(),
  occurrence_id: z.string(),
  status: z.enum(REGISTRATION_STATUSES),
  name: z.string(),
  email: z.string(),
  locale: Locale,
  pseudonymous: z.boolean(),
  answers: z.record(z.string(), z.union([z.string(), z.array(z.string())])),
  created_at: DateTime,
  updated_at: DateTime,
  cancelled_at: DateTime.nullable(),
});
responseComponents.add(Registration, { id: "Registration" });

export const RegistrationList = z.object({ data: z.array(Registration), pagination: Pagination });
responseComponents.add(RegistrationList, { id: "RegistrationList" });

export const Me = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string().describe("The token holder's own address."),
  role: z.enum(ROLES),
  locales: z.array(Locale).describe("The languages a translator works in."),
});
responseComponents.add(Me, { id: "Me" });

export const OpenApiDocument = z.record(z.string(), z.unknown()).describe("This document.");

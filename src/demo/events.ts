import type { Actor } from "../access/policy.ts";
import { saveOrganisation, saveProfile, saveProgramme, saveSeries, saveTopic } from "../catalogue/index.ts";
import type { Ctx } from "../db/index.ts";
import {
  createEvent,
  type EventFields,
  type EventKind,
  type OrganisationRole,
  type QuestionKind,
  register,
  type SessionKind,
  type SessionRole,
  type SiteInfo,
  saveEventTranslation,
  saveOccurrence,
  saveQuestion,
  saveSession,
  setEventPublished,
} from "../events/index.ts";

import type { LocalizedText } from "../i18n/content.ts";
import type { Locale } from "../i18n/locales.ts";
import { localToUtc } from "../i18n/zones.ts";
import { BANGKOK_2014 } from "./events-bangkok.ts";
import { DEMO_ORGANISATIONS, DEMO_PROFILES, DEMO_PROGRAMMES, DEMO_SERIES, DEMO_TOPICS } from "./events-catalogue.ts";
import { COVID_WEBINAR_2020 } from "./events-covid.ts";
import { POLICE_MEETINGS_2016 } from "./events-police.ts";
import { SOFIA_2008 } from "./events-sofia.ts";
import { upcomingEvents } from "./events-upcoming.ts";

/** An event of the demo network, as plain data; `loadDemoEvents` makes it real through the events domain. */
export type DemoEvent = {
  slug: string;
  kind: EventKind;
  timeZone: string;
  isOnline: boolean;
  venue?: string;
  address?: string;
  city?: LocalizedText;
  /** ISO 3166 alpha-2. */
  country?: string;
  workingLanguages: string[];
  interpretation?: string[];
  requiresApproval?: boolean;
  allowsPseudonymous?: boolean;
  /** Slugs from events-catalogue.ts. */
  programme?: string;
  series?: string;
  organisations: { slug: string; role: OrganisationRole }[];
  topics: string[];
  /** The first is the source language. */
  texts: { locale: Locale; status?: "draft" | "published"; fields: EventFields }[];
  sessions: DemoSession[];
  occurrences: DemoOccurrence[];
  questions?: DemoQuestion[];
  isPublished?: boolean;
};

export type DemoSession = {
  kind: SessionKind;
  day: number;
  starts: string;
  ends: string;
  title: LocalizedText;
  description?: LocalizedText;
  people?: { profile: string; role: SessionRole }[];
};

export type DemoOccurrence = {
  /** Wall-clock time in the event's zone, "YYYY-MM-DDTHH:MM". */
  starts: string;
  ends: string;
  capacity?: number | null;
  reminders?: number[];
  joinUrl?: string;
  registrations?: DemoRegistration[];
};

export type DemoQuestion = {
  /** How registrations below refer to this question. */
  key: string;
  kind: QuestionKind;
  label: LocalizedText;
  help?: LocalizedText;
  options?: { value: string; label: LocalizedText }[];
  isRequired?: boolean;
};

export type DemoRegistration = {
  name: string;
  email: string;
  locale: Locale;
  isPseudonymous?: boolean;
  /** By question key. */
  answers?: Record<string, string | string[]>;
};

/** Every demo event: the four from the seeds' reports (the police meetings are four events of one series), then two upcoming ones. */
export function demoEvents(now: Date): DemoEvent[] {
  return [SOFIA_2008, BANGKOK_2014, COVID_WEBINAR_2020, ...POLICE_MEETINGS_2016, ...upcomingEvents(now)];
}

type Ids = Record<"organisations" | "profiles" | "programmes" | "series" | "topics", Map<string, string>>;

function idOf(ids: Ids, kind: keyof Ids, slug: string): string {
  const id = ids[kind].get(slug);
  if (!id) throw new Error(`the demo refers to ${kind} "${slug}", which it does not define`);
  return id;
}

async function loadCatalogue(ctx: Ctx, actor: Actor): Promise<Ids> {
  const ids: Ids = { organisations: new Map(), profiles: new Map(), programmes: new Map(), series: new Map(), topics: new Map() };
  for (const o of DEMO_ORGANISATIONS) ids.organisations.set(o.slug, (await saveOrganisation(ctx, actor, null, o)).id);
  for (const { organisation, ...p } of DEMO_PROFILES) {
    const organisationId = organisation ? idOf(ids, "organisations", organisation) : null;
    ids.profiles.set(p.slug, (await saveProfile(ctx, actor, null, { ...p, organisationId })).id);
  }
  for (const p of DEMO_PROGRAMMES) ids.programmes.set(p.slug, (await saveProgramme(ctx, actor, null, p)).id);
  for (const { programme, ...s } of DEMO_SERIES) {
    const saved = await saveSeries(ctx, actor, null, { ...s, programmeId: idOf(ids, "programmes", programme) });
    ids.series.set(s.slug, saved.id);
  }
  for (const t of DEMO_TOPICS) ids.topics.set(t.slug, (await saveTopic(ctx, actor, null, t)).id);
  return ids;
}

function utc(local: string, zone: string): string {
  const iso = localToUtc(local, zone);
  if (!iso) throw new Error(`the demo has an invalid time ${local} in ${zone}`);
  return iso;
}

async function loadEvent(ctx: Ctx & { config: SiteInfo }, actor: Actor, ids: Ids, spec: DemoEvent): Promise<void> {
  const [source, ...translations] = spec.texts;
  if (!source) throw new Error(`the demo event ${spec.slug} has no text`);
  const event = await createEvent(ctx, actor, {
    slug: spec.slug,
    kind: spec.kind,
    sourceLocale: source.locale,
    programmeId: spec.programme ? idOf(ids, "programmes", spec.programme) : null,
    seriesId: spec.series ? idOf(ids, "series", spec.series) : null,
    timeZone: spec.timeZone,
    isOnline: spec.isOnline,
    venue: spec.venue ?? "",
    address: spec.address ?? "",
    city: spec.city ?? {},
    country: spec.country ?? null,
    workingLanguages: spec.workingLanguages,
    interpretation: spec.interpretation ?? [],
    requiresApproval: spec.requiresApproval ?? false,
    allowsPseudonymous: spec.allowsPseudonymous ?? false,
    organisations: spec.organisations.map((o) => ({ organisationId: idOf(ids, "organisations", o.slug), role: o.role })),
    topicIds: spec.topics.map((slug) => idOf(ids, "topics", slug)),
    fields: source.fields,
  });
  for (const t of translations) {
    await saveEventTranslation(ctx, actor, event.id, t.locale, { ...t.fields, status: t.status ?? "published" });
  }
  for (const s of spec.sessions) {
    await saveSession(ctx, actor, event.id, null, {
      kind: s.kind,
      day: s.day,
      starts: s.starts,
      ends: s.ends,
      title: s.title,
      description: s.description ?? {},
      room: "",
      people: (s.people ?? []).map((p) => ({ profileId: idOf(ids, "profiles", p.profile), role: p.role })),
    });
  }
  const questionIds = new Map<string, string>();
  for (const q of spec.questions ?? []) {
    const id = await saveQuestion(ctx, actor, event.id, null, {
      kind: q.kind,
      label: q.label,
      help: q.help ?? {},
      options: q.options ?? [],
      isRequired: q.isRequired ?? false,
    });
    questionIds.set(q.key, id);
  }
  const occurrences = [];
  for (const o of spec.occurrences) {
    const saved = await saveOccurrence(ctx, actor, event.id, null, {
      startsAt: utc(o.starts, spec.timeZone),
      endsAt: utc(o.ends, spec.timeZone),
      capacity: o.capacity ?? null,
      registrationOpensAt: null,
      registrationClosesAt: null,
      reminders: o.reminders ?? [],
      joinUrl: o.joinUrl ?? "",
    });
    occurrences.push({ id: saved.id, spec: o });
  }
  if (spec.isPublished === false) return;
  await setEventPublished(ctx, actor, event.id, true);
  // Through `register`, as a visitor would: seat counts, the waitlist and the mails come out right.
  for (const { id, spec: o } of occurrences) {
    for (const r of o.registrations ?? []) {
      const answers = Object.fromEntries(Object.entries(r.answers ?? {}).map(([key, value]) => [questionIds.get(key) ?? key, value]));
      await register(ctx, id, { name: r.name, email: r.email, locale: r.locale, isPseudonymous: r.isPseudonymous ?? false, answers });
    }
  }
}

/**
 * Loads the demo's events and everything they refer to, owned by the demo organiser. Upcoming
 * events are dated from the moment the demo is loaded, so that registration can be tried.
 */
export async function loadDemoEvents(ctx: Ctx & { config: SiteInfo }, organiser: Actor): Promise<void> {
  const ids = await loadCatalogue(ctx, organiser);
  for (const spec of demoEvents(ctx.clock.now())) await loadEvent(ctx, organiser, ids, spec);
}

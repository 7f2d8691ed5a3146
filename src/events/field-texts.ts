import { type Actor, canTranslateEvent } from "../access/policy.ts";
import { recordAudit } from "../audit/audit.ts";
import { announceContentChange } from "../changes.ts";
import type { Ctx, Db } from "../db/index.ts";
import { AppError } from "../errors.ts";
import type { LocalizedText, TranslationStatus } from "../i18n/content.ts";
import {
  applyWrite,
  describeField,
  type FieldState,
  type FieldText,
  type FieldTranslation,
  type FieldWrite,
  fieldStatus,
  overallStatus,
  planFieldWrites,
  readFieldStates,
  stateOf,
  storeFieldStates,
} from "../i18n/field-translations.ts";
import { isLocale, type Locale } from "../i18n/locales.ts";
import { findEvent } from "./events.ts";
import { type AgendaSession, type Event, type Question, toQuestion, toSession } from "./model.ts";
import { listQuestions } from "./questions.ts";
import { listSessions } from "./sessions.ts";

/**
 * The short texts of an event that live beside it rather than in its own translation: the titles
 * and descriptions of agenda sessions, and the labels, help texts and choices of registration
 * questions (the consent text among them: consent given in a language one cannot read is no
 * consent). Translated in the event's languages, from the event's source language, with the
 * workflow of `src/i18n/field-translations.ts`.
 */

/** Where a field sits, for its label in the editor. */
export type EventTextPlace =
  | { kind: "session"; day: number; starts: string; field: "title" | "description" }
  | { kind: "question"; number: number; questionKind: Question["kind"]; field: "label" | "help" }
  | { kind: "choice"; number: number; choice: number };

export type EventFieldText = FieldText & { place: EventTextPlace };

/** Every short text of an event, sessions in agenda order, then questions in form order. */
export function eventFieldTexts(
  sourceLocale: Locale,
  sessions: readonly AgendaSession[],
  questions: readonly Question[],
): EventFieldText[] {
  const texts: EventFieldText[] = [];
  for (const s of sessions) {
    for (const field of ["title", "description"] as const) {
      texts.push({
        subjectType: "session",
        subjectId: s.id,
        field,
        texts: s[field],
        sourceLocale,
        place: { kind: "session", day: s.day, starts: s.starts, field },
      });
    }
  }
  for (const [i, q] of questions.entries()) {
    for (const field of ["label", "help"] as const) {
      texts.push({
        subjectType: "question",
        subjectId: q.id,
        field,
        texts: q[field],
        sourceLocale,
        place: { kind: "question", number: i + 1, questionKind: q.kind, field },
      });
    }
    for (const [n, o] of q.options.entries()) {
      texts.push({
        subjectType: "question",
        subjectId: q.id,
        field: `option.${o.value}`,
        texts: o.label,
        sourceLocale,
        place: { kind: "choice", number: i + 1, choice: n + 1 },
      });
    }
  }
  return texts.filter((t) => (t.texts[sourceLocale] ?? "") !== "");
}

async function loadTexts(db: Db, event: Event, locales?: readonly Locale[]) {
  const [sessions, questions] = await Promise.all([listSessions(db, event.id), listQuestions(db, event.id)]);
  const texts = eventFieldTexts(event.sourceLocale, sessions, questions);
  const [sessionStates, questionStates] = await Promise.all([
    readFieldStates(
      db,
      "session",
      sessions.map((s) => s.id),
      locales,
    ),
    readFieldStates(
      db,
      "question",
      questions.map((q) => q.id),
      locales,
    ),
  ]);
  const states = new Map<string, FieldState>([...sessionStates, ...questionStates]);
  return { sessions, questions, texts, states };
}

export type EventFieldEditor = {
  event: Event;
  locale: Locale;
  items: (FieldTranslation & { place: EventTextPlace })[];
  /** Each language's standing over all these texts, for the language list. */
  statuses: Partial<Record<Locale, TranslationStatus>>;
};

/** What a translator sees of an event's agenda and form in one language. */
export async function getEventFieldEditor(db: Db, event: Event, locale: Locale, locales: readonly Locale[]): Promise<EventFieldEditor> {
  const { texts, states } = await loadTexts(db, event);
  const statuses: Partial<Record<Locale, TranslationStatus>> = {};
  for (const l of locales) {
    statuses[l] = texts.length === 0 ? "published" : overallStatus(texts.map((t) => fieldStatus(t, l, stateOf(states, t, l))));
  }
  const items = texts.map((t) => ({ ...describeField(t, locale, stateOf(states, t, locale)), place: t.place }));
  return { event, locale, items, statuses };
}

export type OpenFields = { count: number; isOutdated: boolean };

/** How many of these short texts are missing or outdated in a language, and whether any is outdated; for the to-do list. */
export function countOpenFields(texts: readonly FieldText[], states: ReadonlyMap<string, FieldState>, locale: Locale): OpenFields {
  const open = texts
    .filter((t) => t.sourceLocale !== locale)
    .map((t) => fieldStatus(t, locale, stateOf(states, t, locale)))
    .filter((s) => s === "missing" || s === "outdated");
  return { count: open.length, isOutdated: open.includes("outdated") };
}

/** For each event with short texts missing or outdated in these languages, how many per language. */
export async function openEventFieldCounts(db: Db, locales: readonly Locale[]): Promise<Map<string, Map<Locale, OpenFields>>> {
  const events = await db.selectFrom("events").select(["id", "source_locale"]).execute();
  const sourceOf = new Map(events.map((e) => [e.id, e.source_locale]));
  const [sessions, questions] = await Promise.all([
    db.selectFrom("event_sessions").selectAll().execute(),
    db.selectFrom("registration_questions").selectAll().execute(),
  ]);
  const out = new Map<string, Map<Locale, OpenFields>>();
  if (sessions.length === 0 && questions.length === 0) return out;
  const byEvent = new Map<string, { sessions: AgendaSession[]; questions: Question[] }>();
  for (const r of sessions) {
    const entry = byEvent.get(r.event_id) ?? { sessions: [], questions: [] };
    entry.sessions.push(toSession(r));
    byEvent.set(r.event_id, entry);
  }
  for (const r of questions) {
    const entry = byEvent.get(r.event_id) ?? { sessions: [], questions: [] };
    entry.questions.push(toQuestion(r));
    byEvent.set(r.event_id, entry);
  }
  const [sessionStates, questionStates] = await Promise.all([
    readFieldStates(
      db,
      "session",
      sessions.map((s) => s.id),
      locales,
    ),
    readFieldStates(
      db,
      "question",
      questions.map((q) => q.id),
      locales,
    ),
  ]);
  const states = new Map<string, FieldState>([...sessionStates, ...questionStates]);
  for (const [eventId, entry] of byEvent) {
    const source = sourceOf.get(eventId);
    if (!source || !isLocale(source)) continue;
    const texts = eventFieldTexts(source, entry.sessions, entry.questions);
    const counts = new Map<Locale, OpenFields>();
    for (const l of locales) {
      const open = countOpenFields(texts, states, l);
      if (open.count > 0) counts.set(l, open);
    }
    if (counts.size > 0) out.set(eventId, counts);
  }
  return out;
}

function withWrites(texts: LocalizedText, locale: Locale, writes: readonly FieldWrite[], field: string): LocalizedText {
  const write = writes.find((w) => w.text.field === field);
  return write ? applyWrite(texts, locale, write) : texts;
}

/**
 * Saves a translator's texts of an event's agenda and registration form in one language. Only the
 * fields' texts in that language change; never the source language, never a setting. A published
 * text is what readers (and the registration form) show from then on; a draft is kept for the
 * translator only.
 */
export async function saveEventFieldTexts(
  ctx: Ctx,
  actor: Actor,
  eventId: string,
  locale: Locale,
  submitted: (key: string) => string | undefined,
  status: "draft" | "published",
): Promise<number> {
  const event = await findEvent(ctx.db, eventId);
  if (!canTranslateEvent(actor, event, locale) || locale === event.sourceLocale) throw new AppError("FORBIDDEN");
  const now = ctx.clock.now().toISOString();
  const written = await ctx.db.transaction().execute(async (trx) => {
    const { sessions, questions, texts, states } = await loadTexts(trx, event, [locale]);
    const writes = planFieldWrites(texts, locale, states, submitted, status);
    for (const s of sessions) {
      const own = writes.filter((w) => w.text.subjectType === "session" && w.text.subjectId === s.id);
      if (own.length === 0) continue;
      await trx
        .updateTable("event_sessions")
        .set({
          title: JSON.stringify(withWrites(s.title, locale, own, "title")),
          description: JSON.stringify(withWrites(s.description, locale, own, "description")),
        })
        .where("id", "=", s.id)
        .execute();
    }
    for (const q of questions) {
      const own = writes.filter((w) => w.text.subjectType === "question" && w.text.subjectId === q.id);
      if (own.length === 0) continue;
      const options = q.options.map((o) => ({ value: o.value, label: withWrites(o.label, locale, own, `option.${o.value}`) }));
      await trx
        .updateTable("registration_questions")
        .set({
          label: JSON.stringify(withWrites(q.label, locale, own, "label")),
          help: JSON.stringify(withWrites(q.help, locale, own, "help")),
          options: JSON.stringify(options),
        })
        .where("id", "=", q.id)
        .execute();
    }
    await storeFieldStates(trx, locale, writes, { actorId: actor.id, now });
    if (writes.length > 0) {
      await trx.updateTable("events").set({ updated_at: now }).where("id", "=", eventId).execute();
      await recordAudit(
        { db: trx, clock: ctx.clock },
        { actorId: actor.id, action: "event.field-texts-saved", subjectType: "event", subjectId: eventId, detail: locale },
      );
    }
    return writes.length;
  });
  if (written > 0) announceContentChange();
  return written;
}

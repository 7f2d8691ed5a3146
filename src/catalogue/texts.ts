import { type Actor, can } from "../access/policy.ts";
import { recordAudit } from "../audit/audit.ts";
import { announceContentChange } from "../changes.ts";
import type { Ctx, Db } from "../db/index.ts";
import { AppError } from "../errors.ts";
import { fallbackChain, type LocalizedText, pickText, type TranslationStatus } from "../i18n/content.ts";
import {
  applyWrite,
  describeField,
  type FieldState,
  type FieldSubject,
  type FieldText,
  type FieldTranslation,
  fieldStatus,
  overallStatus,
  planFieldWrites,
  readFieldStates,
  stateOf,
  storeFieldStates,
} from "../i18n/field-translations.ts";
import type { Locale } from "../i18n/locales.ts";
import { reindex } from "../search/index.ts";
import { type CatalogueKind, toOrganisation, toProfile, toProgramme, toSeries, toTopic } from "./model.ts";

/**
 * The texts of the catalogue (names and descriptions of organisations, programmes, series and
 * topics; positions and bios of speakers) translated by translators, with the workflow of
 * `src/i18n/field-translations.ts`. The catalogue has no source language of its own: texts are
 * translated from the site's default language, or from the first language an entry is written in.
 */

export const CATALOGUE_TEXT_FIELDS: Record<CatalogueKind, readonly { name: string; isLong: boolean }[]> = {
  organisations: [
    { name: "name", isLong: false },
    { name: "description", isLong: true },
  ],
  profiles: [
    { name: "position", isLong: false },
    { name: "bio", isLong: true },
  ],
  programmes: [
    { name: "title", isLong: false },
    { name: "description", isLong: true },
  ],
  series: [
    { name: "title", isLong: false },
    { name: "description", isLong: true },
  ],
  topics: [{ name: "name", isLong: false }],
};

export const SUBJECT_OF: Record<CatalogueKind, FieldSubject> = {
  organisations: "organisation",
  profiles: "profile",
  programmes: "programme",
  series: "series",
  topics: "topic",
};

/** An entry of the catalogue as its texts are translated: a name for headings and its texts by field. */
export type CatalogueEntryTexts = { kind: CatalogueKind; id: string; name: LocalizedText | string; fields: Record<string, LocalizedText> };

async function readEntries(db: Db, kind: CatalogueKind, id?: string): Promise<CatalogueEntryTexts[]> {
  switch (kind) {
    case "organisations": {
      const rows = await (id
        ? db.selectFrom("organisations").selectAll().where("id", "=", id)
        : db.selectFrom("organisations").selectAll()
      ).execute();
      return rows.map(toOrganisation).map((o) => ({ kind, id: o.id, name: o.name, fields: { name: o.name, description: o.description } }));
    }
    case "profiles": {
      const rows = await (id
        ? db.selectFrom("profiles").selectAll().where("id", "=", id)
        : db.selectFrom("profiles").selectAll()
      ).execute();
      return rows.map(toProfile).map((p) => ({ kind, id: p.id, name: p.name, fields: { position: p.position, bio: p.bio } }));
    }
    case "programmes": {
      const rows = await (id
        ? db.selectFrom("programmes").selectAll().where("id", "=", id)
        : db.selectFrom("programmes").selectAll()
      ).execute();
      return rows.map(toProgramme).map((p) => ({ kind, id: p.id, name: p.title, fields: { title: p.title, description: p.description } }));
    }
    case "series": {
      const rows = await (id ? db.selectFrom("series").selectAll().where("id", "=", id) : db.selectFrom("series").selectAll()).execute();
      return rows.map(toSeries).map((s) => ({ kind, id: s.id, name: s.title, fields: { title: s.title, description: s.description } }));
    }
    case "topics": {
      const rows = await (id ? db.selectFrom("topics").selectAll().where("id", "=", id) : db.selectFrom("topics").selectAll()).execute();
      return rows.map(toTopic).map((t) => ({ kind, id: t.id, name: t.name, fields: { name: t.name } }));
    }
  }
}

async function writeEntry(db: Db, kind: CatalogueKind, id: string, fields: Record<string, LocalizedText>): Promise<void> {
  const json = (name: string) => JSON.stringify(fields[name] ?? {});
  switch (kind) {
    case "organisations":
      await db
        .updateTable("organisations")
        .set({ name: json("name"), description: json("description") })
        .where("id", "=", id)
        .execute();
      return;
    case "profiles":
      await db
        .updateTable("profiles")
        .set({ position: json("position"), bio: json("bio") })
        .where("id", "=", id)
        .execute();
      return;
    case "programmes":
      await db
        .updateTable("programmes")
        .set({ title: json("title"), description: json("description") })
        .where("id", "=", id)
        .execute();
      return;
    case "series":
      await db
        .updateTable("series")
        .set({ title: json("title"), description: json("description") })
        .where("id", "=", id)
        .execute();
      return;
    case "topics":
      await db
        .updateTable("topics")
        .set({ name: json("name") })
        .where("id", "=", id)
        .execute();
      return;
  }
}

/** The language a catalogue text is translated from: the default language when it has text there, else the first with text. */
export function catalogueSourceLocale(texts: LocalizedText, defaultLocale: Locale, locales: readonly Locale[]): Locale {
  if (texts[defaultLocale]) return defaultLocale;
  return locales.find((l) => texts[l]) ?? defaultLocale;
}

/** The translatable texts of an entry: only fields that have a source text. */
export function entryFieldTexts(entry: CatalogueEntryTexts, defaultLocale: Locale, locales: readonly Locale[]): FieldText[] {
  return CATALOGUE_TEXT_FIELDS[entry.kind].flatMap(({ name }) => {
    const texts = entry.fields[name] ?? {};
    const sourceLocale = catalogueSourceLocale(texts, defaultLocale, locales);
    return texts[sourceLocale] ? [{ subjectType: SUBJECT_OF[entry.kind], subjectId: entry.id, field: name, texts, sourceLocale }] : [];
  });
}

export type CatalogueTextEditor = {
  kind: CatalogueKind;
  id: string;
  name: string;
  locale: Locale;
  items: (FieldTranslation & { isLong: boolean })[];
  statuses: Partial<Record<Locale, TranslationStatus>>;
};

type Site = { defaultLocale: Locale; locales: readonly Locale[]; fallbacks: Map<Locale, Locale[]> };

function nameIn(entry: CatalogueEntryTexts, locale: Locale, site: Site): string {
  if (typeof entry.name === "string") return entry.name;
  return pickText(entry.name, fallbackChain(locale, { ...site, sourceLocale: site.defaultLocale }));
}

/** What a translator sees of one catalogue entry in one language. */
export async function getCatalogueTextEditor(
  db: Db,
  kind: CatalogueKind,
  id: string,
  locale: Locale,
  site: Site,
): Promise<CatalogueTextEditor> {
  const [entry] = await readEntries(db, kind, id);
  if (!entry) throw new AppError("NOT_FOUND");
  const texts = entryFieldTexts(entry, site.defaultLocale, site.locales);
  const states = await readFieldStates(db, SUBJECT_OF[kind], [id]);
  const statuses: Partial<Record<Locale, TranslationStatus>> = {};
  for (const l of site.locales) statuses[l] = overallStatus(texts.map((t) => fieldStatus(t, l, stateOf(states, t, l))));
  const isLong = new Map(CATALOGUE_TEXT_FIELDS[kind].map((f) => [f.name, f.isLong]));
  return {
    kind,
    id,
    name: nameIn(entry, locale, site),
    locale,
    items: texts.map((t) => ({ ...describeField(t, locale, stateOf(states, t, locale)), isLong: isLong.get(t.field) ?? false })),
    statuses,
  };
}

/**
 * Saves a translator's texts of one catalogue entry in one language; the entry's settings (address,
 * kind, links), its other languages and the language it is translated from are never touched.
 */
export async function saveCatalogueTexts(
  ctx: Ctx,
  actor: Actor,
  kind: CatalogueKind,
  id: string,
  locale: Locale,
  submitted: (key: string) => string | undefined,
  status: "draft" | "published",
  site: Site,
): Promise<number> {
  if (!can(actor, "catalogue.translate", { locale })) throw new AppError("FORBIDDEN");
  const now = ctx.clock.now().toISOString();
  const written = await ctx.db.transaction().execute(async (trx) => {
    const [entry] = await readEntries(trx, kind, id);
    if (!entry) throw new AppError("NOT_FOUND");
    const texts = entryFieldTexts(entry, site.defaultLocale, site.locales);
    const states = await readFieldStates(trx, SUBJECT_OF[kind], [id], [locale]);
    const writes = planFieldWrites(texts, locale, states, submitted, status);
    if (writes.length === 0) return 0;
    const fields = { ...entry.fields };
    for (const w of writes) fields[w.text.field] = applyWrite(fields[w.text.field] ?? {}, locale, w);
    await writeEntry(trx, kind, id, fields);
    await storeFieldStates(trx, locale, writes, { actorId: actor.id, now });
    const inner = { db: trx, clock: ctx.clock };
    if (kind === "profiles") await reindex(inner, "person", id);
    await recordAudit(inner, {
      actorId: actor.id,
      action: `${SUBJECT_OF[kind]}.texts-saved`,
      subjectType: SUBJECT_OF[kind],
      subjectId: id,
      detail: locale,
    });
    return writes.length;
  });
  if (written > 0) announceContentChange();
  return written;
}

export type CatalogueTextRow = { kind: CatalogueKind; id: string; name: string; statuses: Partial<Record<Locale, TranslationStatus>> };

/** Every catalogue entry with texts to translate, and where each language stands, for the translator's list and to-do. */
export async function listCatalogueTextStatuses(
  db: Db,
  locales: readonly Locale[],
  site: Site,
  viewer: Locale,
): Promise<CatalogueTextRow[]> {
  const rows: CatalogueTextRow[] = [];
  for (const kind of Object.keys(CATALOGUE_TEXT_FIELDS) as CatalogueKind[]) {
    const entries = await readEntries(db, kind);
    const states: Map<string, FieldState> = await readFieldStates(
      db,
      SUBJECT_OF[kind],
      entries.map((e) => e.id),
      locales,
    );
    for (const entry of entries) {
      const texts = entryFieldTexts(entry, site.defaultLocale, site.locales);
      if (texts.length === 0) continue;
      const statuses: Partial<Record<Locale, TranslationStatus>> = {};
      for (const l of locales) statuses[l] = overallStatus(texts.map((t) => fieldStatus(t, l, stateOf(states, t, l))));
      rows.push({ kind, id: entry.id, name: nameIn(entry, viewer, site), statuses });
    }
  }
  return rows;
}

import { type Actor, can } from "../access/policy.ts";
import { recordAudit } from "../audit/audit.ts";
import { announceContentChange } from "../changes.ts";
import { newId } from "../db/ids.ts";
import type { Ctx, Db } from "../db/index.ts";
import { AppError } from "../errors.ts";
import type { LocalizedText } from "../i18n/content.ts";
import { reindex } from "../search/index.ts";
import { type FieldErrors, SLUG_PATTERN } from "../web/forms.ts";
import {
  type CatalogueKind,
  ORGANISATION_KINDS,
  type Organisation,
  type Profile,
  type Programme,
  type Series,
  type Topic,
  toOrganisation,
  toProfile,
  toProgramme,
  toSeries,
  toTopic,
} from "./model.ts";

/**
 * The things events (and later posts) refer to: organisations, speaker profiles, programmes,
 * series and topics. Names are short LocalizedText maps rather than full translations.
 */

type Errors = FieldErrors;

/** Which of these ids name an entry of that kind: for checking what a form or an API call links to. */
export async function existingIds(db: Db, table: CatalogueKind, ids: readonly string[]): Promise<Set<string>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Set();
  const rows = await db.selectFrom(table).select("id").where("id", "in", unique).execute();
  return new Set(rows.map((r) => r.id));
}

/** How many entries of a kind there are: for paging through all of them (the sitemap). */
export async function countEntries(db: Db, kind: CatalogueKind): Promise<number> {
  const row = await db
    .selectFrom(kind)
    .select((eb) => eb.fn.countAll().as("n"))
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** One page of a kind's addresses (slugs), in an order that does not change as entries are edited (by id). */
export async function listAddresses(db: Db, kind: CatalogueKind, offset: number, limit: number): Promise<string[]> {
  const rows = await db.selectFrom(kind).select("slug").orderBy("id").limit(limit).offset(offset).execute();
  return rows.map((r) => r.slug);
}

/** A name or title must be written in at least one language. */
function requireText(errors: Errors, field: "name" | "title", text: LocalizedText): void {
  if (Object.values(text).every((t) => !t?.trim()))
    errors[field] = field === "title" ? "catalogue.titleRequired" : "catalogue.nameRequired";
}

async function checkSlug(db: Db, table: CatalogueKind, slug: string, id: string | null, errors: Errors): Promise<void> {
  if (!SLUG_PATTERN.test(slug) || slug.length > 100) {
    errors.slug = "pages.slugInvalid";
    return;
  }
  const taken = await db.selectFrom(table).select("id").where("slug", "=", slug).executeTakeFirst();
  if (taken && taken.id !== id) errors.slug = "catalogue.slugTaken";
}

function fail(errors: FieldErrors): void {
  if (Object.keys(errors).length === 0) return;
  throw new AppError(errors.slug === "catalogue.slugTaken" ? "CONFLICT" : "VALIDATION_FAILED", errors);
}

function guard(actor: Actor): void {
  if (!can(actor, "catalogue.manage")) throw new AppError("FORBIDDEN");
}

async function audit(ctx: Ctx, actor: Actor, action: string, type: string, id: string): Promise<void> {
  await recordAudit(ctx, { actorId: actor.id, action, subjectType: type, subjectId: id });
  announceContentChange();
}

// ---- Organisations ----

export type OrganisationInput = Omit<Organisation, "id">;

export async function saveOrganisation(ctx: Ctx, actor: Actor, id: string | null, input: OrganisationInput): Promise<Organisation> {
  guard(actor);
  const errors: FieldErrors = {};
  await checkSlug(ctx.db, "organisations", input.slug, id, errors);
  requireText(errors, "name", input.name);
  if (!(ORGANISATION_KINDS as readonly string[]).includes(input.kind)) errors.kind = "form.invalid";
  if (input.country && !/^[A-Z]{2}$/.test(input.country)) errors.country = "catalogue.countryInvalid";
  if (input.website && !/^https?:\/\/\S+$/.test(input.website)) errors.website = "catalogue.websiteInvalid";
  fail(errors);
  const values = {
    slug: input.slug,
    name: JSON.stringify(input.name),
    short_name: input.shortName,
    kind: input.kind,
    country: input.country || null,
    website: input.website || null,
    description: JSON.stringify(input.description),
  };
  const savedId = id ?? newId();
  if (id) {
    const result = await ctx.db.updateTable("organisations").set(values).where("id", "=", id).executeTakeFirst();
    if (Number(result.numUpdatedRows) === 0) throw new AppError("NOT_FOUND");
  } else {
    await ctx.db
      .insertInto("organisations")
      .values({ id: savedId, ...values, created_at: ctx.clock.now().toISOString() })
      .execute();
  }
  await audit(ctx, actor, id ? "organisation.updated" : "organisation.created", "organisation", savedId);
  return { id: savedId, ...input };
}

export async function listOrganisations(db: Db): Promise<Organisation[]> {
  return (await db.selectFrom("organisations").selectAll().orderBy("slug").execute()).map(toOrganisation);
}

export async function findOrganisation(db: Db, by: { id?: string; slug?: string }): Promise<Organisation | undefined> {
  let query = db.selectFrom("organisations").selectAll();
  if (by.id) query = query.where("id", "=", by.id);
  else if (by.slug) query = query.where("slug", "=", by.slug);
  else return undefined;
  const row = await query.executeTakeFirst();
  return row ? toOrganisation(row) : undefined;
}

// ---- Profiles of speakers and facilitators ----

export type ProfileInput = Omit<Profile, "id">;

export async function saveProfile(ctx: Ctx, actor: Actor, id: string | null, input: ProfileInput): Promise<Profile> {
  guard(actor);
  const errors: FieldErrors = {};
  await checkSlug(ctx.db, "profiles", input.slug, id, errors);
  if (!input.name.trim()) errors.name = "catalogue.nameRequired";
  fail(errors);
  const values = {
    slug: input.slug,
    name: input.name.trim(),
    organisation_id: input.organisationId,
    position: JSON.stringify(input.position),
    bio: JSON.stringify(input.bio),
  };
  const savedId = id ?? newId();
  if (id) {
    const result = await ctx.db.updateTable("profiles").set(values).where("id", "=", id).executeTakeFirst();
    if (Number(result.numUpdatedRows) === 0) throw new AppError("NOT_FOUND");
  } else {
    await ctx.db
      .insertInto("profiles")
      .values({ id: savedId, ...values, created_at: ctx.clock.now().toISOString() })
      .execute();
  }
  await reindex(ctx, "person", savedId);
  await audit(ctx, actor, id ? "profile.updated" : "profile.created", "profile", savedId);
  return { id: savedId, ...input };
}

export async function listProfiles(db: Db): Promise<Profile[]> {
  return (await db.selectFrom("profiles").selectAll().orderBy("name").execute()).map(toProfile);
}

export async function findProfile(db: Db, by: { id?: string; slug?: string }): Promise<Profile | undefined> {
  let query = db.selectFrom("profiles").selectAll();
  if (by.id) query = query.where("id", "=", by.id);
  else if (by.slug) query = query.where("slug", "=", by.slug);
  else return undefined;
  const row = await query.executeTakeFirst();
  return row ? toProfile(row) : undefined;
}

// ---- Programmes, series, topics ----

export type ProgrammeInput = Omit<Programme, "id">;

export async function saveProgramme(ctx: Ctx, actor: Actor, id: string | null, input: ProgrammeInput): Promise<Programme> {
  guard(actor);
  const errors: FieldErrors = {};
  await checkSlug(ctx.db, "programmes", input.slug, id, errors);
  requireText(errors, "title", input.title);
  fail(errors);
  const values = { slug: input.slug, title: JSON.stringify(input.title), description: JSON.stringify(input.description) };
  const savedId = id ?? newId();
  if (id) {
    const result = await ctx.db.updateTable("programmes").set(values).where("id", "=", id).executeTakeFirst();
    if (Number(result.numUpdatedRows) === 0) throw new AppError("NOT_FOUND");
  } else {
    await ctx.db
      .insertInto("programmes")
      .values({ id: savedId, ...values, created_at: ctx.clock.now().toISOString() })
      .execute();
  }
  await audit(ctx, actor, id ? "programme.updated" : "programme.created", "programme", savedId);
  return { id: savedId, ...input };
}

export async function listProgrammes(db: Db): Promise<Programme[]> {
  return (await db.selectFrom("programmes").selectAll().orderBy("slug").execute()).map(toProgramme);
}

export async function findProgramme(db: Db, by: { id?: string; slug?: string }): Promise<Programme | undefined> {
  let query = db.selectFrom("programmes").selectAll();
  if (by.id) query = query.where("id", "=", by.id);
  else if (by.slug) query = query.where("slug", "=", by.slug);
  else return undefined;
  const row = await query.executeTakeFirst();
  return row ? toProgramme(row) : undefined;
}

export type SeriesInput = Omit<Series, "id">;

export async function saveSeries(ctx: Ctx, actor: Actor, id: string | null, input: SeriesInput): Promise<Series> {
  guard(actor);
  const errors: FieldErrors = {};
  await checkSlug(ctx.db, "series", input.slug, id, errors);
  requireText(errors, "title", input.title);
  fail(errors);
  const values = {
    slug: input.slug,
    programme_id: input.programmeId,
    title: JSON.stringify(input.title),
    description: JSON.stringify(input.description),
  };
  const savedId = id ?? newId();
  if (id) {
    const result = await ctx.db.updateTable("series").set(values).where("id", "=", id).executeTakeFirst();
    if (Number(result.numUpdatedRows) === 0) throw new AppError("NOT_FOUND");
  } else {
    await ctx.db
      .insertInto("series")
      .values({ id: savedId, ...values, created_at: ctx.clock.now().toISOString() })
      .execute();
  }
  await audit(ctx, actor, id ? "series.updated" : "series.created", "series", savedId);
  return { id: savedId, ...input };
}

export async function listSeries(db: Db): Promise<Series[]> {
  return (await db.selectFrom("series").selectAll().orderBy("slug").execute()).map(toSeries);
}

/** The series of one programme, by address (slug), for the programme's page. */
export async function listSeriesOfProgramme(db: Db, programmeId: string): Promise<Series[]> {
  return (await db.selectFrom("series").selectAll().where("programme_id", "=", programmeId).orderBy("slug").execute()).map(toSeries);
}

export async function findSeries(db: Db, by: { id?: string; slug?: string }): Promise<Series | undefined> {
  let query = db.selectFrom("series").selectAll();
  if (by.id) query = query.where("id", "=", by.id);
  else if (by.slug) query = query.where("slug", "=", by.slug);
  else return undefined;
  const row = await query.executeTakeFirst();
  return row ? toSeries(row) : undefined;
}

export type TopicInput = Omit<Topic, "id">;

export async function saveTopic(ctx: Ctx, actor: Actor, id: string | null, input: TopicInput): Promise<Topic> {
  guard(actor);
  const errors: FieldErrors = {};
  await checkSlug(ctx.db, "topics", input.slug, id, errors);
  requireText(errors, "name", input.name);
  fail(errors);
  const values = { slug: input.slug, name: JSON.stringify(input.name) };
  const savedId = id ?? newId();
  if (id) {
    const result = await ctx.db.updateTable("topics").set(values).where("id", "=", id).executeTakeFirst();
    if (Number(result.numUpdatedRows) === 0) throw new AppError("NOT_FOUND");
  } else {
    await ctx.db
      .insertInto("topics")
      .values({ id: savedId, ...values, created_at: ctx.clock.now().toISOString() })
      .execute();
  }
  await audit(ctx, actor, id ? "topic.updated" : "topic.created", "topic", savedId);
  return { id: savedId, ...input };
}

export async function listTopics(db: Db): Promise<Topic[]> {
  return (await db.selectFrom("topics").selectAll().orderBy("slug").execute()).map(toTopic);
}

export async function findTopic(db: Db, by: { id?: string; slug?: string }): Promise<Topic | undefined> {
  let query = db.selectFrom("topics").selectAll();
  if (by.id) query = query.where("id", "=", by.id);
  else if (by.slug) query = query.where("slug", "=", by.slug);
  else return undefined;
  const row = await query.executeTakeFirst();
  return row ? toTopic(row) : undefined;
}

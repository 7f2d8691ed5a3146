import { type Actor, can } from "../access/policy.ts";
import { recordAudit } from "../audit/audit.ts";
import { existingIds } from "../catalogue/index.ts";
import { announceContentChange } from "../changes.ts";
import { newId } from "../db/ids.ts";
import type { Ctx, Db } from "../db/index.ts";
import type { ResourceRow, ResourceTranslationRow } from "../db/schema.ts";
import { AppError } from "../errors.ts";
import { changesSinceTranslated, type SourceChange, type TranslationStatus } from "../i18n/content.ts";
import { isLocale, type Locale } from "../i18n/locales.ts";
import type { MessageKey } from "../i18n/messages.ts";
import {
  insertSourceTranslation,
  type StoredTranslation,
  type TranslationsTable,
  toStoredTranslation,
  writeTranslation,
} from "../i18n/translations.ts";
import { reindex } from "../search/index.ts";
import { renderMarkdown } from "../ui/markdown.ts";
import { SLUG_PATTERN } from "../web/forms.ts";

/**
 * Resources of the library: guides, reports, information sheets and the like, each with its texts
 * in several languages (the same translation workflow as pages) and, in files.ts, a file per
 * language. A resource is public once published, in every language it has a readable text in.
 */

export const RESOURCE_KINDS = ["guide", "report", "info-sheet", "training-module", "qa-document", "poster"] as const;
export type ResourceKind = (typeof RESOURCE_KINDS)[number];

/** The fields of a resource a translator writes. */
export const RESOURCE_FIELDS = ["title", "summary", "body"] as const;
export type ResourceFields = Record<(typeof RESOURCE_FIELDS)[number], string>;

const RESOURCE_TRANSLATIONS: TranslationsTable<keyof ResourceFields> = {
  table: "resource_translations",
  entityColumn: "resource_id",
  fields: RESOURCE_FIELDS,
};

export type Resource = {
  id: string;
  slug: string;
  kind: ResourceKind;
  sourceLocale: Locale;
  programmeId: string | null;
  /** The organisation that published it. */
  organisationId: string | null;
  isPublished: boolean;
  /** When it was first published; the order of the public list. */
  publishedAt: string | null;
  createdAt: string;
  updatedAt: string;
};

export type ResourceTranslation = StoredTranslation<keyof ResourceFields>;

export function isResourceKind(value: string): value is ResourceKind {
  return (RESOURCE_KINDS as readonly string[]).includes(value);
}

export function toResource(row: ResourceRow): Resource {
  return {
    id: row.id,
    slug: row.slug,
    kind: isResourceKind(row.kind) ? row.kind : "guide",
    sourceLocale: isLocale(row.source_locale) ? row.source_locale : "en",
    programmeId: row.programme_id,
    organisationId: row.organisation_id,
    isPublished: Number(row.is_published) === 1,
    publishedAt: row.published_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function toTranslation(row: ResourceTranslationRow): ResourceTranslation {
  return toStoredTranslation(RESOURCE_FIELDS, row);
}

/** The resource with this id, or NOT_FOUND. */
export async function findResource(db: Db, id: string): Promise<Resource> {
  const row = await db.selectFrom("resources").selectAll().where("id", "=", id).executeTakeFirst();
  if (!row) throw new AppError("NOT_FOUND");
  return toResource(row);
}

export async function findResourceBySlug(db: Db, slug: string): Promise<Resource | undefined> {
  const row = await db.selectFrom("resources").selectAll().where("slug", "=", slug).executeTakeFirst();
  return row ? toResource(row) : undefined;
}

export async function listResourceTranslations(db: Db, resourceId: string): Promise<ResourceTranslation[]> {
  const rows = await db.selectFrom("resource_translations").selectAll().where("resource_id", "=", resourceId).execute();
  return rows.map(toTranslation);
}

export async function resourceTopicIds(db: Db, resourceId: string): Promise<string[]> {
  const rows = await db.selectFrom("resource_topics").select("topic_id").where("resource_id", "=", resourceId).execute();
  return rows.map((r) => r.topic_id);
}

/** What an editor sets apart from the texts: address, kind, publisher, programme and topics. */
export type ResourceSettings = {
  slug: string;
  kind: string;
  organisationId: string | null;
  programmeId: string | null;
  topicIds: readonly string[];
};

/** Field errors for settings that point at nothing or are not one of the choices. */
async function checkSettings(db: Db, input: ResourceSettings, id: string | null): Promise<Record<string, MessageKey>> {
  const errors: Record<string, MessageKey> = {};
  if (!SLUG_PATTERN.test(input.slug) || input.slug.length > 100) errors.slug = "pages.slugInvalid";
  else {
    const taken = await db.selectFrom("resources").select("id").where("slug", "=", input.slug).executeTakeFirst();
    if (taken && taken.id !== id) errors.slug = "library.error.slugTaken";
  }
  if (!isResourceKind(input.kind)) errors.kind = "form.invalid";
  if (input.organisationId && !(await existingIds(db, "organisations", [input.organisationId])).size)
    errors.organisationId = "form.invalid";
  if (input.programmeId && !(await existingIds(db, "programmes", [input.programmeId])).size) errors.programmeId = "form.invalid";
  const topicIds = [...new Set(input.topicIds)];
  if ((await existingIds(db, "topics", topicIds)).size !== topicIds.length) errors.topics = "form.invalid";
  return errors;
}

function fail(errors: Record<string, MessageKey>): void {
  if (Object.keys(errors).length === 0) return;
  throw new AppError(errors.slug === "library.error.slugTaken" ? "CONFLICT" : "VALIDATION_FAILED", errors);
}

async function writeTopics(db: Db, resourceId: string, topicIds: readonly string[]): Promise<void> {
  await db.deleteFrom("resource_topics").where("resource_id", "=", resourceId).execute();
  const unique = [...new Set(topicIds)];
  if (unique.length > 0) {
    await db
      .insertInto("resource_topics")
      .values(unique.map((topic_id) => ({ resource_id: resourceId, topic_id })))
      .execute();
  }
}

/** Creates an unpublished resource with its text in the source language. */
export async function createResource(
  ctx: Ctx,
  actor: Actor,
  input: ResourceSettings & ResourceFields & { sourceLocale: Locale },
): Promise<Resource> {
  if (!can(actor, "library.manage")) throw new AppError("FORBIDDEN");
  fail(await checkSettings(ctx.db, input, null));
  const now = ctx.clock.now().toISOString();
  const row: ResourceRow = {
    id: newId(),
    slug: input.slug,
    kind: input.kind,
    source_locale: input.sourceLocale,
    programme_id: input.programmeId || null,
    organisation_id: input.organisationId || null,
    is_published: 0,
    published_at: null,
    created_by: actor.id,
    created_at: now,
    updated_at: now,
  };
  await ctx.db.transaction().execute(async (trx) => {
    await trx.insertInto("resources").values(row).execute();
    await insertSourceTranslation(trx, RESOURCE_TRANSLATIONS, {
      entityId: row.id,
      locale: input.sourceLocale,
      fields: input,
      bodyHtml: renderMarkdown(input.body),
      actorId: actor.id,
      now,
    });
    await writeTopics(trx, row.id, input.topicIds);
    const inner = { db: trx, clock: ctx.clock };
    await recordAudit(inner, {
      actorId: actor.id,
      action: "resource.created",
      subjectType: "resource",
      subjectId: row.id,
      detail: input.sourceLocale,
    });
    await reindex(inner, "resource", row.id);
  });
  return toResource(row);
}

/** Changes the address, kind, publisher, programme and topics of a resource. */
export async function saveResourceSettings(ctx: Ctx, actor: Actor, resourceId: string, input: ResourceSettings): Promise<Resource> {
  if (!can(actor, "library.manage")) throw new AppError("FORBIDDEN");
  const resource = await findResource(ctx.db, resourceId);
  fail(await checkSettings(ctx.db, input, resourceId));
  const now = ctx.clock.now().toISOString();
  const values = {
    slug: input.slug,
    kind: input.kind,
    organisation_id: input.organisationId || null,
    programme_id: input.programmeId || null,
    updated_at: now,
  };
  await ctx.db.transaction().execute(async (trx) => {
    await trx.updateTable("resources").set(values).where("id", "=", resourceId).execute();
    await writeTopics(trx, resourceId, input.topicIds);
    const inner = { db: trx, clock: ctx.clock };
    await recordAudit(inner, { actorId: actor.id, action: "resource.settings-saved", subjectType: "resource", subjectId: resourceId });
    await reindex(inner, "resource", resourceId);
  });
  announceContentChange();
  return {
    ...resource,
    slug: input.slug,
    kind: input.kind as ResourceKind,
    organisationId: values.organisation_id,
    programmeId: values.programme_id,
  };
}

/**
 * Saves the text of one language. Saving the source language marks "outdated" every translation
 * made from older source text; another language records the source text it was made from.
 * Translators may write only their own languages, and never the source.
 */
export async function saveResourceTranslation(
  ctx: Ctx,
  actor: Actor,
  resourceId: string,
  locale: Locale,
  input: ResourceFields & { status: "draft" | "published" },
): Promise<void> {
  if (!can(actor, "library.translate", { locale })) throw new AppError("FORBIDDEN");
  const resource = await findResource(ctx.db, resourceId);
  if (locale === resource.sourceLocale && !can(actor, "library.manage")) throw new AppError("FORBIDDEN");
  const now = ctx.clock.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    const translations = await listResourceTranslations(trx, resourceId);
    const source = translations.find((t) => t.locale === resource.sourceLocale);
    await writeTranslation(trx, RESOURCE_TRANSLATIONS, {
      entityId: resourceId,
      locale,
      sourceLocale: resource.sourceLocale,
      source,
      fields: input,
      bodyHtml: renderMarkdown(input.body),
      status: input.status,
      actorId: actor.id,
      now,
    });
    await trx.updateTable("resources").set({ updated_at: now }).where("id", "=", resourceId).execute();
    const inner = { db: trx, clock: ctx.clock };
    await recordAudit(inner, {
      actorId: actor.id,
      action: "resource.translation-saved",
      subjectType: "resource",
      subjectId: resourceId,
      detail: locale,
    });
    await reindex(inner, "resource", resourceId);
  });
  announceContentChange();
}

/** Publishes or withdraws the resource in every language; the first publication dates it. */
export async function setResourcePublished(ctx: Ctx, actor: Actor, resourceId: string, isPublished: boolean): Promise<Resource> {
  if (!can(actor, "library.manage")) throw new AppError("FORBIDDEN");
  const resource = await findResource(ctx.db, resourceId);
  const now = ctx.clock.now().toISOString();
  const publishedAt = resource.publishedAt ?? (isPublished ? now : null);
  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .updateTable("resources")
      .set({ is_published: isPublished ? 1 : 0, published_at: publishedAt, updated_at: now })
      .where("id", "=", resourceId)
      .execute();
    const inner = { db: trx, clock: ctx.clock };
    await recordAudit(inner, {
      actorId: actor.id,
      action: isPublished ? "resource.published" : "resource.unpublished",
      subjectType: "resource",
      subjectId: resourceId,
    });
    await reindex(inner, "resource", resourceId);
  });
  announceContentChange();
  return { ...resource, isPublished, publishedAt };
}

export type ResourceOverview = Resource & {
  title: string;
  statuses: Record<string, TranslationStatus>;
  /** Languages that have a file. */
  fileLocales: Locale[];
};

/** Every resource with the status of each language and the languages with a file, newest first, for the admin list. */
export async function listResourcesForAdmin(db: Db, locales: readonly Locale[]): Promise<ResourceOverview[]> {
  const rows = await db.selectFrom("resources").selectAll().orderBy("created_at", "desc").execute();
  if (rows.length === 0) return [];
  const [translations, files] = await Promise.all([
    db.selectFrom("resource_translations").select(["resource_id", "locale", "status", "title"]).execute(),
    db.selectFrom("resource_files").select(["resource_id", "locale"]).execute(),
  ]);
  return rows.map((row) => {
    const resource = toResource(row);
    const own = translations.filter((t) => t.resource_id === resource.id);
    const statuses: Record<string, TranslationStatus> = {};
    for (const l of locales) statuses[l] = own.find((t) => t.locale === l)?.status ?? "missing";
    const fileLocales = new Set(files.filter((f) => f.resource_id === resource.id).map((f) => f.locale));
    return {
      ...resource,
      title: own.find((t) => t.locale === resource.sourceLocale)?.title ?? resource.slug,
      statuses,
      fileLocales: locales.filter((l) => fileLocales.has(l)),
    };
  });
}

export type ResourceTextEditor = {
  resource: Resource;
  locale: Locale;
  source: ResourceTranslation;
  translation: ResourceTranslation | undefined;
  status: TranslationStatus;
  statuses: Record<string, TranslationStatus>;
  /** Fields whose source text changed since this translation was made, with the old and new source. */
  changes: SourceChange<keyof ResourceFields>[];
};

/** What a translator sees: the source text, their text, and what changed in the source since. */
export async function getResourceTextEditor(db: Db, resourceId: string, locale: Locale): Promise<ResourceTextEditor> {
  const resource = await findResource(db, resourceId);
  const translations = await listResourceTranslations(db, resourceId);
  const source = translations.find((t) => t.locale === resource.sourceLocale);
  if (!source) throw new AppError("NOT_FOUND");
  const translation = translations.find((t) => t.locale === locale);
  const statuses: Record<string, TranslationStatus> = {};
  for (const t of translations) statuses[t.locale] = t.status;
  return {
    resource,
    locale,
    source,
    translation,
    status: translation?.status ?? "missing",
    statuses,
    changes: changesSinceTranslated(RESOURCE_FIELDS, source, translation),
  };
}

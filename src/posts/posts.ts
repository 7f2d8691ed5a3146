import { type Actor, can } from "../access/policy.ts";
import { recordAudit } from "../audit/audit.ts";
import { announceContentChange } from "../changes.ts";
import { newId } from "../db/ids.ts";
import type { Ctx, Db } from "../db/index.ts";
import type { PostRow } from "../db/schema.ts";
import { AppError } from "../errors.ts";
import type { Locale } from "../i18n/locales.ts";
import { insertSourceTranslation, isPublicAt, type TranslationsTable, writeTranslation } from "../i18n/translations.ts";
import { reindex } from "../search/index.ts";
import { renderMarkdown } from "../ui/markdown.ts";
import { type FieldErrors, SLUG_PATTERN } from "../web/forms.ts";
import {
  isPostKind,
  POST_FIELDS,
  type Post,
  type PostFields,
  type PostKind,
  type PostTranslation,
  toPost,
  toPostTranslation,
} from "./model.ts";
import { cancelScheduled } from "./publishing.ts";
import { keepRevision } from "./revisions.ts";

/**
 * Writing posts: settings (kind, address, author, programme and what a post links to), the text of
 * each language, and the cover image. Publishing each language is in `publishing.ts`, earlier texts
 * in `revisions.ts`, reading for visitors in `read.ts`.
 */

export const POST_TRANSLATIONS: TranslationsTable<keyof PostFields> = {
  table: "post_translations",
  entityColumn: "post_id",
  fields: POST_FIELDS,
};

export type PostSettings = {
  slug: string;
  kind: PostKind;
  authorProfileId: string | null;
  programmeId: string | null;
  topicIds: string[];
  organisationIds: string[];
  eventIds: string[];
  resourceIds: string[];
};

export type NewPost = PostSettings & { sourceLocale: Locale; fields: PostFields };

export async function findPost(db: Db, id: string): Promise<Post> {
  const row = await db.selectFrom("posts").selectAll().where("id", "=", id).executeTakeFirst();
  if (!row) throw new AppError("NOT_FOUND");
  return toPost(row);
}

export async function findPostBySlug(db: Db, slug: string): Promise<Post | undefined> {
  const row = await db.selectFrom("posts").selectAll().where("slug", "=", slug).executeTakeFirst();
  return row ? toPost(row) : undefined;
}

export async function listPostTranslations(db: Db, postId: string): Promise<PostTranslation[]> {
  const rows = await db.selectFrom("post_translations").selectAll().where("post_id", "=", postId).execute();
  return rows.map(toPostTranslation);
}

/** The ids of the given ones that exist in the table. */
async function existing(db: Db, table: "topics" | "organisations" | "events" | "resources" | "profiles" | "programmes", ids: string[]) {
  const unique = [...new Set(ids.filter((id) => id))];
  if (unique.length === 0) return new Set<string>();
  const rows = await db.selectFrom(table).select("id").where("id", "in", unique).execute();
  return new Set(rows.map((r) => r.id));
}

async function validateSettings(db: Db, s: PostSettings, postId: string | null): Promise<void> {
  const errors: FieldErrors = {};
  if (!SLUG_PATTERN.test(s.slug) || s.slug.length > 100) errors.slug = "pages.slugInvalid";
  if (!isPostKind(s.kind)) errors.kind = "form.invalid";
  const lists = [
    ["topics", "topicIds", s.topicIds],
    ["organisations", "organisationIds", s.organisationIds],
    ["events", "eventIds", s.eventIds],
    ["resources", "resourceIds", s.resourceIds],
  ] as const;
  for (const [table, field, ids] of lists) {
    const found = await existing(db, table, ids);
    if (ids.some((id) => !found.has(id))) errors[field] = "form.invalid";
  }
  if (s.authorProfileId && !(await existing(db, "profiles", [s.authorProfileId])).size) errors.authorProfileId = "form.invalid";
  if (s.programmeId && !(await existing(db, "programmes", [s.programmeId])).size) errors.programmeId = "form.invalid";
  if (Object.keys(errors).length > 0) throw new AppError("VALIDATION_FAILED", errors);
  const taken = await db.selectFrom("posts").select("id").where("slug", "=", s.slug).executeTakeFirst();
  if (taken && taken.id !== postId) throw new AppError("CONFLICT", { slug: "posts.slugTaken" });
}

async function writeLinks(db: Db, postId: string, s: PostSettings): Promise<void> {
  const links = [
    ["post_topics", "topic_id", s.topicIds],
    ["post_organisations", "organisation_id", s.organisationIds],
    ["post_events", "event_id", s.eventIds],
    ["post_resources", "resource_id", s.resourceIds],
  ] as const;
  for (const [table, column, ids] of links) {
    await db.deleteFrom(table).where("post_id", "=", postId).execute();
    const unique = [...new Set(ids)];
    if (unique.length === 0) continue;
    await db
      .insertInto(table)
      .values(unique.map((id) => ({ post_id: postId, [column]: id }) as never))
      .execute();
  }
}

function checkFields(fields: PostFields, hasCover: boolean): void {
  const errors: FieldErrors = {};
  if (!fields.title.trim()) errors.title = "pages.titleRequired";
  if (hasCover && !fields.cover_alt.trim()) errors.cover_alt = "posts.cover.altRequired";
  if (Object.keys(errors).length > 0) throw new AppError("VALIDATION_FAILED", errors);
}

/** Creates a post that no one can read yet, with its text in the source language. */
export async function createPost(ctx: Ctx, actor: Actor, input: NewPost): Promise<Post> {
  if (!can(actor, "posts.manage")) throw new AppError("FORBIDDEN");
  checkFields(input.fields, false);
  await validateSettings(ctx.db, input, null);
  const now = ctx.clock.now().toISOString();
  const row: PostRow = {
    id: newId(),
    slug: input.slug,
    kind: input.kind,
    source_locale: input.sourceLocale,
    author_profile_id: input.authorProfileId,
    programme_id: input.programmeId,
    cover_upload_id: null,
    created_by: actor.id,
    published_at: null,
    created_at: now,
    updated_at: now,
  };
  await ctx.db.transaction().execute(async (trx) => {
    await trx.insertInto("posts").values(row).execute();
    await insertSourceTranslation(trx, POST_TRANSLATIONS, {
      entityId: row.id,
      locale: input.sourceLocale,
      fields: input.fields,
      bodyHtml: renderMarkdown(input.fields.body),
      actorId: actor.id,
      now,
    });
    await writeLinks(trx, row.id, input);
    const tx = { db: trx, clock: ctx.clock };
    await recordAudit(tx, {
      actorId: actor.id,
      action: "post.created",
      subjectType: "post",
      subjectId: row.id,
      detail: input.sourceLocale,
    });
    await reindex(tx, "post", row.id);
  });
  announceContentChange();
  return toPost(row);
}

export async function updatePostSettings(ctx: Ctx, actor: Actor, postId: string, settings: PostSettings): Promise<Post> {
  if (!can(actor, "posts.manage")) throw new AppError("FORBIDDEN");
  const post = await findPost(ctx.db, postId);
  await validateSettings(ctx.db, settings, postId);
  const now = ctx.clock.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .updateTable("posts")
      .set({
        slug: settings.slug,
        kind: settings.kind,
        author_profile_id: settings.authorProfileId,
        programme_id: settings.programmeId,
        updated_at: now,
      })
      .where("id", "=", postId)
      .execute();
    await writeLinks(trx, postId, settings);
    const tx = { db: trx, clock: ctx.clock };
    await recordAudit(tx, { actorId: actor.id, action: "post.updated", subjectType: "post", subjectId: postId });
    await reindex(tx, "post", postId);
  });
  announceContentChange();
  return { ...post, ...settings, updatedAt: now };
}

export type TextInput = PostFields & { status: "draft" | "published" };

/**
 * Saves the text of one language; the text it replaces is kept as a revision. Saving the source
 * language marks translations made from older source text outdated, as pages do. A translation
 * marked "published" goes public at once when the post is already public in another language
 * (otherwise it waits, ready, for an editor to publish it); marked "draft", it stops being public.
 * Alt text is required in every language once the post has a cover image.
 */
export async function savePostText(ctx: Ctx, actor: Actor, postId: string, locale: Locale, input: TextInput): Promise<void> {
  if (!can(actor, "posts.translate", { locale })) throw new AppError("FORBIDDEN");
  const post = await findPost(ctx.db, postId);
  const isSource = locale === post.sourceLocale;
  if (isSource && !can(actor, "posts.manage")) throw new AppError("FORBIDDEN");
  checkFields(input, post.coverUploadId !== null);
  await ctx.db.transaction().execute(async (trx) => {
    await writeText({ db: trx, clock: ctx.clock }, actor.id, post, locale, input, "post.text-saved");
  });
  announceContentChange();
}

/** The text, revision, publication and audit steps of a save, inside the caller's transaction. */
export async function writeText(
  tx: Ctx,
  actorId: string,
  post: Post,
  locale: Locale,
  input: TextInput,
  action: "post.text-saved" | "post.revision-restored" | "post.cover-set",
): Promise<void> {
  const now = tx.clock.now();
  const at = now.toISOString();
  const translations = await listPostTranslations(tx.db, post.id);
  const before = translations.find((t) => t.locale === locale);
  if (before) await keepRevision(tx, post.id, locale, before, input, actorId);
  const isSource = locale === post.sourceLocale;
  await writeTranslation(tx.db, POST_TRANSLATIONS, {
    entityId: post.id,
    locale,
    sourceLocale: post.sourceLocale,
    source: translations.find((t) => t.locale === post.sourceLocale),
    fields: input,
    bodyHtml: renderMarkdown(input.body),
    status: input.status,
    actorId,
    now: at,
  });
  if (!isSource) {
    const wasPublic = before !== undefined && isPublicAt(before, now);
    const isPostLive = translations.some((t) => t.locale !== locale && isPublicAt(t, now));
    if (input.status === "draft" && wasPublic) {
      await tx.db
        .updateTable("post_translations")
        .set({ published_at: null })
        .where("post_id", "=", post.id)
        .where("locale", "=", locale)
        .execute();
    } else if (input.status === "published" && !wasPublic && isPostLive) {
      await tx.db
        .updateTable("post_translations")
        .set({ published_at: at, publish_at: null })
        .where("post_id", "=", post.id)
        .where("locale", "=", locale)
        .execute();
      await cancelScheduled(tx, post.id, locale);
    }
  }
  await tx.db.updateTable("posts").set({ updated_at: at }).where("id", "=", post.id).execute();
  await recordAudit(tx, { actorId, action, subjectType: "post", subjectId: post.id, detail: locale });
  await reindex(tx, "post", post.id);
}

/**
 * Sets the cover image and its alt text in the source language (a new text of that language, so
 * translations learn that the alt text changed); other languages give their own alt text.
 */
export async function setPostCover(ctx: Ctx, actor: Actor, postId: string, cover: { uploadId: string; alt: string }): Promise<void> {
  if (!can(actor, "posts.manage")) throw new AppError("FORBIDDEN");
  const post = await findPost(ctx.db, postId);
  const alt = cover.alt.trim();
  if (!alt) throw new AppError("VALIDATION_FAILED", { cover_alt: "posts.cover.altRequired" });
  if (alt.length > 300) throw new AppError("VALIDATION_FAILED", { cover_alt: "form.tooLong" });
  const upload = await ctx.db.selectFrom("uploads").select(["id", "content_type"]).where("id", "=", cover.uploadId).executeTakeFirst();
  if (!upload?.content_type.startsWith("image/")) throw new AppError("VALIDATION_FAILED", { file: "posts.upload.imageType" });
  await ctx.db.transaction().execute(async (trx) => {
    const tx = { db: trx, clock: ctx.clock };
    await trx.updateTable("posts").set({ cover_upload_id: upload.id }).where("id", "=", postId).execute();
    const source = (await listPostTranslations(trx, postId)).find((t) => t.locale === post.sourceLocale);
    if (source) {
      await writeText(tx, actor.id, post, post.sourceLocale, { ...source, cover_alt: alt, status: "published" }, "post.cover-set");
    }
  });
  announceContentChange();
}

/** Takes the cover image off a post; the file stays, as other posts or an import may use it. */
export async function removePostCover(ctx: Ctx, actor: Actor, postId: string): Promise<void> {
  if (!can(actor, "posts.manage")) throw new AppError("FORBIDDEN");
  await findPost(ctx.db, postId);
  await ctx.db.transaction().execute(async (trx) => {
    const tx = { db: trx, clock: ctx.clock };
    await trx
      .updateTable("posts")
      .set({ cover_upload_id: null, updated_at: ctx.clock.now().toISOString() })
      .where("id", "=", postId)
      .execute();
    await recordAudit(tx, { actorId: actor.id, action: "post.cover-removed", subjectType: "post", subjectId: postId });
    await reindex(tx, "post", postId);
  });
  announceContentChange();
}

/** The ids a post links to, for its settings form. */
export async function postLinks(
  db: Db,
  postId: string,
): Promise<Pick<PostSettings, "topicIds" | "organisationIds" | "eventIds" | "resourceIds">> {
  const [topics, organisations, events, resources] = await Promise.all([
    db.selectFrom("post_topics").select("topic_id as id").where("post_id", "=", postId).execute(),
    db.selectFrom("post_organisations").select("organisation_id as id").where("post_id", "=", postId).execute(),
    db.selectFrom("post_events").select("event_id as id").where("post_id", "=", postId).execute(),
    db.selectFrom("post_resources").select("resource_id as id").where("post_id", "=", postId).execute(),
  ]);
  const ids = (rows: { id: string }[]) => rows.map((r) => r.id);
  return { topicIds: ids(topics), organisationIds: ids(organisations), eventIds: ids(events), resourceIds: ids(resources) };
}

import { type Actor, can } from "../access/policy.ts";
import { recordAudit } from "../audit/audit.ts";
import { announceContentChange } from "../changes.ts";
import type { Ctx } from "../db/index.ts";
import { AppError } from "../errors.ts";
import type { Locale } from "../i18n/locales.ts";
import { isPublicAt } from "../i18n/translations.ts";
import { enqueue } from "../jobs/queue.ts";
import { reindex } from "../search/index.ts";
import { toPostTranslation } from "./model.ts";

/**
 * When each language of a post is public. A language goes public now, or at a time an editor
 * chose (the `posts.publish` job publishes it then); it can be taken back, alone or with every
 * other language of the post. The post's own `published_at` is the first time any language went
 * public: news lists are ordered by it.
 */

export const PUBLISH_JOB = "posts.publish";

function jobKey(postId: string, locale: string): string {
  return `${PUBLISH_JOB}:${postId}:${locale}`;
}

async function translationRow(tx: Ctx, postId: string, locale: Locale) {
  const row = await tx.db
    .selectFrom("post_translations")
    .selectAll()
    .where("post_id", "=", postId)
    .where("locale", "=", locale)
    .executeTakeFirst();
  if (!row) throw new AppError("NOT_FOUND");
  return toPostTranslation(row);
}

/** Drops the queued publishing of one language, if any. */
export async function cancelScheduled(tx: Ctx, postId: string, locale: string): Promise<void> {
  await tx.db.deleteFrom("jobs").where("unique_key", "=", jobKey(postId, locale)).where("status", "=", "queued").execute();
}

/** Makes a language public from `at` (now, or an earlier time for imported and demo posts). */
async function makePublic(tx: Ctx, postId: string, locale: Locale, at: string): Promise<void> {
  const t = await translationRow(tx, postId, locale);
  await tx.db
    .updateTable("post_translations")
    .set({ published_at: at, publish_at: null, status: t.status === "draft" ? "published" : t.status })
    .where("post_id", "=", postId)
    .where("locale", "=", locale)
    .execute();
  await tx.db
    .updateTable("posts")
    .set({ published_at: at })
    .where("id", "=", postId)
    .where((eb) => eb.or([eb("published_at", "is", null), eb("published_at", ">", at)]))
    .execute();
  await cancelScheduled(tx, postId, locale);
}

/**
 * Publishes one language now, or from an earlier moment `at` (never a future one: that is a
 * schedule). A draft translation is published as it stands.
 */
export async function publishPostLanguage(
  ctx: Ctx,
  actor: Actor,
  postId: string,
  locale: Locale,
  options: { at?: string } = {},
): Promise<void> {
  if (!can(actor, "posts.manage")) throw new AppError("FORBIDDEN");
  const now = ctx.clock.now().toISOString();
  const at = options.at && options.at <= now ? options.at : now;
  await ctx.db.transaction().execute(async (trx) => {
    const tx = { db: trx, clock: ctx.clock };
    await makePublic(tx, postId, locale, at);
    await recordAudit(tx, { actorId: actor.id, action: "post.published", subjectType: "post", subjectId: postId, detail: locale });
    await reindex(tx, "post", postId);
  });
  announceContentChange();
}

/** Schedules one language to go public at `publishAt` (UTC ISO, in the future); replaces an earlier schedule. */
export async function schedulePostLanguage(ctx: Ctx, actor: Actor, postId: string, locale: Locale, publishAt: string): Promise<void> {
  if (!can(actor, "posts.manage")) throw new AppError("FORBIDDEN");
  const now = ctx.clock.now();
  const when = new Date(publishAt);
  if (Number.isNaN(when.getTime())) throw new AppError("VALIDATION_FAILED", { publishAt: "posts.schedule.invalid" });
  if (when <= now) throw new AppError("VALIDATION_FAILED", { publishAt: "posts.schedule.past" });
  const iso = when.toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    const tx = { db: trx, clock: ctx.clock };
    const t = await translationRow(tx, postId, locale);
    if (isPublicAt(t, now)) throw new AppError("VALIDATION_FAILED", { publishAt: "posts.schedule.alreadyPublic" });
    await trx
      .updateTable("post_translations")
      .set({ publish_at: iso })
      .where("post_id", "=", postId)
      .where("locale", "=", locale)
      .execute();
    await cancelScheduled(tx, postId, locale);
    await enqueue(trx, ctx.clock, PUBLISH_JOB, { postId, locale, publishAt: iso }, { runAt: when, uniqueKey: jobKey(postId, locale) });
    await recordAudit(tx, { actorId: actor.id, action: "post.scheduled", subjectType: "post", subjectId: postId, detail: locale });
  });
}

/** Takes one language off the site, and drops its schedule. */
export async function unpublishPostLanguage(ctx: Ctx, actor: Actor, postId: string, locale: Locale): Promise<void> {
  if (!can(actor, "posts.manage")) throw new AppError("FORBIDDEN");
  await ctx.db.transaction().execute(async (trx) => {
    const tx = { db: trx, clock: ctx.clock };
    await translationRow(tx, postId, locale);
    await trx
      .updateTable("post_translations")
      .set({ published_at: null, publish_at: null })
      .where("post_id", "=", postId)
      .where("locale", "=", locale)
      .execute();
    await cancelScheduled(tx, postId, locale);
    await recordAudit(tx, { actorId: actor.id, action: "post.unpublished", subjectType: "post", subjectId: postId, detail: locale });
    await reindex(tx, "post", postId);
  });
  announceContentChange();
}

/** Takes the whole post off the site, in every language, schedules included. */
export async function unpublishPost(ctx: Ctx, actor: Actor, postId: string): Promise<void> {
  if (!can(actor, "posts.manage")) throw new AppError("FORBIDDEN");
  await ctx.db.transaction().execute(async (trx) => {
    const tx = { db: trx, clock: ctx.clock };
    const rows = await trx.selectFrom("post_translations").select("locale").where("post_id", "=", postId).execute();
    if (rows.length === 0) throw new AppError("NOT_FOUND");
    await trx.updateTable("post_translations").set({ published_at: null, publish_at: null }).where("post_id", "=", postId).execute();
    for (const r of rows) await cancelScheduled(tx, postId, r.locale);
    await recordAudit(tx, { actorId: actor.id, action: "post.unpublished-everywhere", subjectType: "post", subjectId: postId });
    await reindex(tx, "post", postId);
  });
  announceContentChange();
}

/**
 * The `posts.publish` job: publishes the language if it is still scheduled for that moment. A
 * schedule that was changed or dropped since leaves nothing to do, so the job is safe to repeat.
 */
export async function runScheduledPublish(ctx: Ctx, payload: { postId: string; locale: string; publishAt: string }): Promise<boolean> {
  const isDone = await ctx.db.transaction().execute(async (trx) => {
    const tx = { db: trx, clock: ctx.clock };
    const row = await trx
      .selectFrom("post_translations")
      .select(["publish_at", "locale"])
      .where("post_id", "=", payload.postId)
      .where("locale", "=", payload.locale)
      .executeTakeFirst();
    if (!row || row.publish_at !== payload.publishAt) return false;
    await makePublic(tx, payload.postId, row.locale as Locale, payload.publishAt);
    await recordAudit(tx, {
      actorId: null,
      action: "post.published",
      subjectType: "post",
      subjectId: payload.postId,
      detail: payload.locale,
    });
    await reindex(tx, "post", payload.postId);
    return true;
  });
  if (isDone) announceContentChange();
  return isDone;
}

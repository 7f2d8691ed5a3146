import { type Actor, can } from "../access/policy.ts";
import { announceContentChange } from "../changes.ts";
import { newId } from "../db/ids.ts";
import type { Ctx, Db } from "../db/index.ts";
import { AppError } from "../errors.ts";
import { pickFields } from "../i18n/content.ts";
import type { Locale } from "../i18n/locales.ts";
import { POST_FIELDS, type PostFields } from "./model.ts";
import { findPost, listPostTranslations, writeText } from "./posts.ts";

/**
 * Earlier texts of a post, per language: every save that changes the text keeps the text it
 * replaced, the newest fifty of them. Restoring one saves it again as the current text, so the
 * text it replaces is kept in turn and nothing is ever lost by restoring.
 */

/** How many earlier texts are kept per post and language. */
export const REVISIONS_KEPT = 50;

export type Revision = {
  id: string;
  locale: Locale;
  fields: PostFields;
  createdAt: string;
  createdBy: string | null;
  authorName: string | null;
};

function parseRevision(json: string): PostFields {
  try {
    const value = JSON.parse(json) as Partial<PostFields>;
    return { title: value.title ?? "", summary: value.summary ?? "", body: value.body ?? "", cover_alt: value.cover_alt ?? "" };
  } catch {
    return { title: "", summary: "", body: "", cover_alt: "" };
  }
}

/** Keeps `before` as a revision if the new text differs from it; drops the oldest past the limit. */
export async function keepRevision(
  tx: Ctx,
  postId: string,
  locale: Locale,
  before: PostFields,
  after: PostFields,
  actorId: string,
): Promise<void> {
  const old = pickFields(POST_FIELDS, before);
  if (POST_FIELDS.every((f) => old[f] === after[f])) return;
  await tx.db
    .insertInto("revisions")
    .values({
      id: newId(),
      subject_type: "post",
      subject_id: postId,
      locale,
      fields: JSON.stringify(old),
      created_at: tx.clock.now().toISOString(),
      created_by: actorId,
    })
    .execute();
  const surplus = await tx.db
    .selectFrom("revisions")
    .select("id")
    .where("subject_type", "=", "post")
    .where("subject_id", "=", postId)
    .where("locale", "=", locale)
    .orderBy("created_at", "desc")
    .orderBy("id", "desc")
    .offset(REVISIONS_KEPT)
    .limit(1000)
    .execute();
  if (surplus.length > 0) {
    await tx.db
      .deleteFrom("revisions")
      .where(
        "id",
        "in",
        surplus.map((r) => r.id),
      )
      .execute();
  }
}

/** The earlier texts of one language, newest first, with the name of whoever replaced each. */
export async function listRevisions(db: Db, postId: string, locale: Locale): Promise<Revision[]> {
  const rows = await db
    .selectFrom("revisions")
    .leftJoin("users", "users.id", "revisions.created_by")
    .select(["revisions.id", "revisions.locale", "revisions.fields", "revisions.created_at", "revisions.created_by", "users.name"])
    .where("revisions.subject_type", "=", "post")
    .where("revisions.subject_id", "=", postId)
    .where("revisions.locale", "=", locale)
    .orderBy("revisions.created_at", "desc")
    .orderBy("revisions.id", "desc")
    .limit(REVISIONS_KEPT)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    locale: r.locale as Locale,
    fields: parseRevision(r.fields),
    createdAt: r.created_at,
    createdBy: r.created_by,
    authorName: r.name,
  }));
}

/** Makes an earlier text the current one again, as a new save of that language. */
export async function restoreRevision(ctx: Ctx, actor: Actor, postId: string, revisionId: string): Promise<Locale> {
  if (!can(actor, "posts.manage")) throw new AppError("FORBIDDEN");
  const post = await findPost(ctx.db, postId);
  const row = await ctx.db
    .selectFrom("revisions")
    .selectAll()
    .where("id", "=", revisionId)
    .where("subject_type", "=", "post")
    .where("subject_id", "=", postId)
    .executeTakeFirst();
  if (!row) throw new AppError("NOT_FOUND");
  const locale = row.locale as Locale;
  const fields = parseRevision(row.fields);
  await ctx.db.transaction().execute(async (trx) => {
    const current = (await listPostTranslations(trx, postId)).find((t) => t.locale === locale);
    const status = current?.status === "draft" ? "draft" : "published";
    await writeText({ db: trx, clock: ctx.clock }, actor.id, post, locale, { ...fields, status }, "post.revision-restored");
  });
  announceContentChange();
  return locale;
}

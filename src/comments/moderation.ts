import { sql } from "kysely";
import { type Actor, can } from "../access/policy.ts";
import { recordAudit } from "../audit/audit.ts";
import { announceContentChange } from "../changes.ts";
import { newId } from "../db/ids.ts";
import type { Ctx, Db } from "../db/index.ts";
import type { CommentRow } from "../db/schema.ts";
import { AppError } from "../errors.ts";
import { isLocale, type Locale, localePath } from "../i18n/locales.ts";
import type { Services } from "../web/context.ts";
import { type CommentStatus, type SubjectType, subjectPath } from "./comments.ts";
import { senderHash } from "./defences.ts";

/** What moderators do: the queue, approve, reject, mark spam, and block a sender. */

export const MODERATIONS = { approve: "approved", reject: "rejected", spam: "spam" } as const satisfies Record<string, CommentStatus>;
export type Moderation = keyof typeof MODERATIONS;

/** Approves, rejects (also: unpublishes an approved one) or marks as spam; returns how many changed. */
export async function moderateComments(ctx: Ctx, actor: Actor, ids: readonly string[], action: Moderation): Promise<number> {
  if (!can(actor, "comments.moderate")) throw new AppError("FORBIDDEN");
  const status = MODERATIONS[action];
  const unique = [...new Set(ids)].slice(0, 500);
  if (unique.length === 0) return 0;
  const now = ctx.clock.now().toISOString();
  const changed = await ctx.db.transaction().execute(async (trx) => {
    const rows = await trx
      .selectFrom("comments")
      .select(["id", "locale"])
      .where("id", "in", unique)
      .where("status", "!=", status)
      .execute();
    if (rows.length === 0) return 0;
    await trx
      .updateTable("comments")
      .set({ status, moderated_at: now, moderated_by: actor.id })
      .where(
        "id",
        "in",
        rows.map((r) => r.id),
      )
      .execute();
    for (const r of rows) {
      await recordAudit(
        { db: trx, clock: ctx.clock },
        { actorId: actor.id, action: `comment.${status}`, subjectType: "comment", subjectId: r.id, detail: r.locale },
      );
    }
    return rows.length;
  });
  if (changed > 0) announceContentChange();
  return changed;
}

/**
 * Blocks the sender of a comment by the keyed hashes of their address and, if given, their email:
 * their later comments are stored as spam and no one is told. This comment and their other waiting
 * ones become spam. Refused when both were already blanked by the 90-day purge.
 */
export async function blockSender(
  ctx: Pick<Services, "db" | "clock" | "secret">,
  actor: Actor,
  commentId: string,
  reason: string,
): Promise<void> {
  if (!can(actor, "comments.moderate")) throw new AppError("FORBIDDEN");
  const comment = await findComment(ctx.db, commentId);
  const hashes: { kind: "address" | "email"; hash: string }[] = [];
  if (comment.address_hash) hashes.push({ kind: "address", hash: comment.address_hash });
  if (comment.author_email) hashes.push({ kind: "email", hash: senderHash(ctx.secret, "email", comment.author_email) });
  if (hashes.length === 0) throw new AppError("CONFLICT", { reason: "comments.block.nothing" });
  const now = ctx.clock.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    for (const h of hashes) {
      await trx
        .insertInto("comment_blocks")
        .values({
          id: newId(),
          kind: h.kind,
          value_hash: h.hash,
          reason: reason.trim().slice(0, 500),
          created_by: actor.id,
          created_at: now,
        })
        .onConflict((oc) => oc.columns(["kind", "value_hash"]).doNothing())
        .execute();
    }
    await trx
      .updateTable("comments")
      .set({ status: "spam", moderated_at: now, moderated_by: actor.id })
      .where((eb) =>
        eb.or([
          eb("id", "=", comment.id),
          eb.and([
            eb("status", "=", "pending"),
            eb.or([
              ...(comment.address_hash ? [eb("address_hash", "=", comment.address_hash)] : []),
              ...(comment.author_email ? [eb("author_email", "=", comment.author_email)] : []),
            ]),
          ]),
        ]),
      )
      .execute();
    await recordAudit(
      { db: trx, clock: ctx.clock },
      {
        actorId: actor.id,
        action: "comment.sender-blocked",
        subjectType: "comment",
        subjectId: comment.id,
        detail: hashes.map((h) => h.kind).join(","),
      },
    );
  });
  announceContentChange();
}

export async function findComment(db: Db, id: string): Promise<CommentRow> {
  const row = await db.selectFrom("comments").selectAll().where("id", "=", id).executeTakeFirst();
  if (!row) throw new AppError("NOT_FOUND");
  return row;
}

// ---- The moderation queue ----

export type QueueFilter = { status: CommentStatus | undefined; locale: Locale | undefined; page: number };

export type QueueItem = {
  id: string;
  locale: Locale;
  name: string;
  email: string | null;
  body: string;
  status: CommentStatus;
  createdAt: string;
  /** The page it was written on, in that language; null when the page is gone. */
  page: { title: string; href: string } | null;
  /** False once the purge blanked what would recognise the sender. */
  canBlock: boolean;
};

export const QUEUE_PAGE_SIZE = 50;

/** Comments for moderators: waiting ones first, then newest first; filtered by status and language. */
export async function listQueue(
  db: Db,
  filter: QueueFilter,
): Promise<{ items: QueueItem[]; total: number; page: number; hasNext: boolean }> {
  let query = db.selectFrom("comments");
  if (filter.status) query = query.where("status", "=", filter.status);
  if (filter.locale) query = query.where("locale", "=", filter.locale);
  const [rows, count] = await Promise.all([
    query
      .selectAll()
      .orderBy(sql`case when status = 'pending' then 0 else 1 end`)
      .orderBy("created_at", "desc")
      .orderBy("id", "desc")
      .limit(QUEUE_PAGE_SIZE)
      .offset((filter.page - 1) * QUEUE_PAGE_SIZE)
      .execute(),
    query.select((eb) => eb.fn.countAll<string | number>().as("n")).executeTakeFirstOrThrow(),
  ]);
  const total = Number(count.n);
  return { items: await toQueueItems(db, rows), total, page: filter.page, hasNext: filter.page * QUEUE_PAGE_SIZE < total };
}

/** One comment as moderators see it. */
export async function findQueueItem(db: Db, id: string): Promise<QueueItem> {
  const [item] = await toQueueItems(db, [await findComment(db, id)]);
  if (!item) throw new AppError("NOT_FOUND");
  return item;
}

async function toQueueItems(db: Db, rows: readonly CommentRow[]): Promise<QueueItem[]> {
  const pages = await subjectPages(db, rows);
  return rows.map((r) => ({
    id: r.id,
    locale: isLocale(r.locale) ? r.locale : "en",
    name: r.author_name,
    email: r.author_email,
    body: r.body,
    status: r.status,
    createdAt: r.created_at,
    page: pages.get(`${r.subject_type}:${r.subject_id}:${r.locale}`) ?? null,
    canBlock: r.address_hash !== null || r.author_email !== null,
  }));
}

/** Title and address of each commented page in the comment's language (else its original, else any). */
async function subjectPages(db: Db, rows: readonly CommentRow[]): Promise<Map<string, { title: string; href: string }>> {
  const ids = (type: SubjectType) => [...new Set(rows.filter((r) => r.subject_type === type).map((r) => r.subject_id))];
  const [posts, events] = await Promise.all([
    ids("post").length === 0
      ? []
      : db
          .selectFrom("posts")
          .innerJoin("post_translations as t", "t.post_id", "posts.id")
          .select(["posts.id", "posts.slug", "posts.source_locale", "t.locale", "t.title"])
          .where("posts.id", "in", ids("post"))
          .execute(),
    ids("event").length === 0
      ? []
      : db
          .selectFrom("events")
          .innerJoin("event_translations as t", "t.event_id", "events.id")
          .select(["events.id", "events.slug", "events.source_locale", "t.locale", "t.title"])
          .where("events.id", "in", ids("event"))
          .execute(),
  ]);
  const found = new Map<string, { title: string; href: string }>();
  for (const r of rows) {
    const type = r.subject_type;
    const texts = (type === "post" ? posts : events).filter((t) => t.id === r.subject_id);
    const first = texts[0];
    if (!first || !isLocale(r.locale)) continue;
    const text = texts.find((t) => t.locale === r.locale) ?? texts.find((t) => t.locale === first.source_locale) ?? first;
    found.set(`${type}:${r.subject_id}:${r.locale}`, { title: text.title, href: localePath(r.locale, subjectPath(type, first.slug)) });
  }
  return found;
}

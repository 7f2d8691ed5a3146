import { z } from "zod";
import { PERMISSIONS } from "../access/policy.ts";
import { addMs, DAY } from "../clock.ts";
import { newId } from "../db/ids.ts";
import type { Ctx, Db } from "../db/index.ts";
import type { CommentRow } from "../db/schema.ts";
import { SEND_EMAIL, type SendEmailPayload } from "../email/templates.ts";
import { AppError } from "../errors.ts";
import { chooseTranslation, fallbackChain, type ReadOptions, type StoredStatus } from "../i18n/content.ts";
import { isLocale, LOCALE_INFO, type Locale, localePath } from "../i18n/locales.ts";
import { publicTranslation } from "../i18n/translations.ts";
import { enqueue } from "../jobs/queue.ts";
import type { Services } from "../web/context.ts";
import { COMMENT_RULES, checkFormStamp, countLinks, createFormStamp, senderHash, spendFormStamp } from "./defences.ts";
import { NEW_COMMENT_MAIL } from "./emails.ts";

export const SUBJECT_TYPES = ["post", "event"] as const;
export type SubjectType = (typeof SUBJECT_TYPES)[number];
export const COMMENT_STATUSES = ["pending", "approved", "rejected", "spam"] as const;
export type CommentStatus = (typeof COMMENT_STATUSES)[number];

/** Where each kind of page lives on the public site, after the locale. */
const SUBJECT_PATHS: Record<SubjectType, string> = { post: "/news", event: "/events" };

export function subjectPath(type: SubjectType, slug: string): string {
  return `${SUBJECT_PATHS[type]}/${slug}`;
}

/** A page that takes comments, as a reader of one language sees it. */
export type CommentSubject = { type: SubjectType; id: string; slug: string; title: string };

/**
 * The post or event a visitor may comment on in this language: published, and readable in the
 * language or along its fallback chain (the page exists, so its comment form does too).
 */
export async function findCommentSubject(
  db: Db,
  type: SubjectType,
  slug: string,
  locale: Locale,
  options: ReadOptions & { now: Date },
): Promise<CommentSubject | undefined> {
  let found: { id: string; source_locale: string } | undefined;
  let translations: { locale: string; status: StoredStatus; title: string }[] = [];
  if (type === "event") {
    found = await db
      .selectFrom("events")
      .select(["id", "source_locale"])
      .where("slug", "=", slug)
      .where("is_published", "=", 1)
      .executeTakeFirst();
    if (found) {
      translations = await db
        .selectFrom("event_translations")
        .select(["locale", "status", "title"])
        .where("event_id", "=", found.id)
        .where("status", "in", ["published", "outdated"])
        .execute();
    }
  } else {
    found = await db.selectFrom("posts").select(["id", "source_locale"]).where("slug", "=", slug).executeTakeFirst();
    if (found) {
      translations = await db
        .selectFrom("post_translations")
        .select(["locale", "status", "title"])
        .where("post_id", "=", found.id)
        .where(publicTranslation("post_translations", options.now))
        .execute();
    }
  }
  if (!found) return undefined;
  const chosen = chooseTranslation(translations, fallbackChain(locale, { ...options, sourceLocale: found.source_locale }));
  return chosen ? { type, id: found.id, slug, title: chosen.translation.title } : undefined;
}

// ---- What readers see ----

export type PublicComment = { id: string; name: string; body: string; createdAt: string };

/** What a page shows under its text: approved comments of this language, oldest first, and a fresh form. */
export type CommentThread = { comments: PublicComment[]; action: string; stamp: string };

const subjectKey = (s: { type: SubjectType; id: string }) => `${s.type}:${s.id}`;

/** Approved comments written on this language version of the page, oldest first. */
export async function listApprovedComments(db: Db, subject: { type: SubjectType; id: string }, locale: Locale): Promise<PublicComment[]> {
  const rows = await db
    .selectFrom("comments")
    .select(["id", "author_name", "body", "created_at"])
    .where("subject_type", "=", subject.type)
    .where("subject_id", "=", subject.id)
    .where("locale", "=", locale)
    .where("status", "=", "approved")
    .orderBy("created_at")
    .orderBy("id")
    .limit(1_000)
    .execute();
  return rows.map((r) => ({ id: r.id, name: r.author_name, body: r.body, createdAt: r.created_at }));
}

/** The comments section of a page: its approved comments and a form stamped now. */
export async function commentThread(
  services: Pick<Services, "db" | "clock" | "secret">,
  subject: { type: SubjectType; id: string; slug: string },
  locale: Locale,
): Promise<CommentThread> {
  return {
    comments: await listApprovedComments(services.db, subject, locale),
    action: localePath(locale, `${subjectPath(subject.type, subject.slug)}/comments`),
    stamp: createFormStamp(services.secret, subjectKey(subject), services.clock.now()),
  };
}

/** A fresh stamp for a form sent back with errors, so that sending it again is not "too fast" forever. */
export function freshStamp(services: Pick<Services, "clock" | "secret">, subject: { type: SubjectType; id: string }): string {
  return createFormStamp(services.secret, subjectKey(subject), services.clock.now());
}

// ---- Writing ----

const optionalEmail = z
  .string()
  .trim()
  .max(COMMENT_RULES.emailMax, "comments.error.emailInvalid")
  .refine((v) => v === "" || z.email().safeParse(v).success, "comments.error.emailInvalid");

/** The comment form as posted: every field a string, the honeypot (`website`) and stamp included. */
export const CommentForm = z.object({
  name: z.string().trim().min(1, "comments.error.nameRequired").max(COMMENT_RULES.nameMax, "comments.error.nameTooLong"),
  email: optionalEmail.default(""),
  body: z
    .string()
    .trim()
    .min(1, "comments.error.bodyRequired")
    .max(COMMENT_RULES.bodyMax, "comments.error.bodyTooLong")
    .refine((v) => countLinks(v) <= COMMENT_RULES.maxLinks, "comments.error.tooManyLinks"),
  website: z.string().default(""),
  stamp: z.string().default(""),
});
export type CommentForm = z.infer<typeof CommentForm>;

/**
 * Takes a visitor's comment on the language version of a page. It waits for moderation, and every
 * moderator is mailed. A filled honeypot or a blocked sender is stored as spam and answered as if
 * accepted, notifying no one. A form sent back too fast, or too many comments from one address in
 * ten minutes, are refused with a message and nothing stored. The address is kept only as a keyed hash.
 */
export async function submitComment(
  ctx: Pick<Services, "db" | "clock" | "secret" | "config">,
  subject: CommentSubject,
  locale: Locale,
  input: CommentForm,
  address: string,
): Promise<CommentStatus> {
  const now = ctx.clock.now();
  const addressHash = senderHash(ctx.secret, "address", address);
  const email = input.email.trim().toLowerCase();
  const isHoneypotFilled = input.website.trim() !== "";
  if (!isHoneypotFilled) {
    const stamp = checkFormStamp(ctx.secret, subjectKey(subject), input.stamp, now);
    if (stamp === "too-fast") throw new AppError("VALIDATION_FAILED", { body: "comments.error.tooFast" });
    if (stamp === "invalid") throw new AppError("VALIDATION_FAILED", { body: "comments.error.formStale" });
    // A stamp is good for one comment: sent again, the form comes back with a fresh one.
    if (!(await spendFormStamp(ctx, input.stamp))) throw new AppError("VALIDATION_FAILED", { body: "comments.error.formStale" });
  }
  const recent = await ctx.db
    .selectFrom("comments")
    .select((eb) => eb.fn.countAll<string | number>().as("n"))
    .where("address_hash", "=", addressHash)
    .where("created_at", ">", addMs(now, -COMMENT_RULES.perAddressWindowMs).toISOString())
    .executeTakeFirstOrThrow();
  if (Number(recent.n) >= COMMENT_RULES.perAddress) throw new AppError("RATE_LIMITED", { body: "comments.error.tooMany" });

  const hashes = [
    { kind: "address", hash: addressHash },
    ...(email ? [{ kind: "email", hash: senderHash(ctx.secret, "email", email) }] : []),
  ];
  const blocked = await ctx.db
    .selectFrom("comment_blocks")
    .select("id")
    .where((eb) => eb.or(hashes.map((h) => eb.and([eb("kind", "=", h.kind as "address" | "email"), eb("value_hash", "=", h.hash)]))))
    .executeTakeFirst();
  const status: CommentStatus = isHoneypotFilled || blocked ? "spam" : "pending";
  const row: CommentRow = {
    id: newId(),
    subject_type: subject.type,
    subject_id: subject.id,
    locale,
    author_name: input.name.trim(),
    author_email: email || null,
    body: input.body.trim(),
    status,
    address_hash: addressHash,
    created_at: now.toISOString(),
    moderated_at: null,
    moderated_by: null,
  };
  await ctx.db.transaction().execute(async (trx) => {
    await trx.insertInto("comments").values(row).execute();
    if (status === "pending") await notifyModerators({ ...ctx, db: trx }, subject, row);
  });
  return status;
}

/** Queues one mail per moderator (not disabled), in their language: the page, the language, the text, no sender details. */
async function notifyModerators(
  ctx: Pick<Services, "db" | "clock" | "config">,
  subject: CommentSubject,
  comment: CommentRow,
): Promise<void> {
  const moderators = await ctx.db
    .selectFrom("users")
    .select(["id", "email", "ui_locale"])
    .where("role", "in", [...PERMISSIONS["comments.moderate"]])
    .where("disabled_at", "is", null)
    .execute();
  const locale = comment.locale as Locale;
  const queue = new URL(`/admin/comments?status=pending&locale=${encodeURIComponent(locale)}`, ctx.config.baseUrl).href;
  const page = new URL(localePath(locale, subjectPath(subject.type, subject.slug)), ctx.config.baseUrl).href;
  const text = comment.body.length > 2_000 ? `${comment.body.slice(0, 2_000)}…` : comment.body;
  for (const m of moderators) {
    const mailLocale =
      m.ui_locale && isLocale(m.ui_locale) && ctx.config.locales.includes(m.ui_locale) ? m.ui_locale : ctx.config.defaultLocale;
    const payload: SendEmailPayload = {
      to: m.email,
      locale: mailLocale,
      template: NEW_COMMENT_MAIL,
      values: { page: subject.title, language: LOCALE_INFO[locale].name, text, pageUrl: page, queueUrl: queue },
    };
    await enqueue(ctx.db, ctx.clock, SEND_EMAIL, payload, { uniqueKey: `comment:${comment.id}:${m.id}` });
  }
}

// ---- Retention ----

/**
 * Blanks the address hash and email of comments older than 90 days; name and text stay with the
 * comment. Returns how many comments were changed. Run by the daily purge.
 */
export async function purgeCommentSenders(ctx: Ctx): Promise<number> {
  const cutoff = addMs(ctx.clock.now(), -COMMENT_RULES.keepPersonalDays * DAY).toISOString();
  const result = await ctx.db
    .updateTable("comments")
    .set({ address_hash: null, author_email: null })
    .where("created_at", "<", cutoff)
    .where((eb) => eb.or([eb("address_hash", "is not", null), eb("author_email", "is not", null)]))
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { DAY, MINUTE } from "../clock.ts";
import type { Services } from "../web/context.ts";

/**
 * Spam defences that need no third party: a signed, single-use form stamp for a minimum fill time, keyed hashes
 * of addresses and emails (for rate limits and blocks, never reversible without the site secret),
 * and a link count.
 */
export const COMMENT_RULES = {
  nameMax: 80,
  bodyMax: 5_000,
  emailMax: 254,
  maxLinks: 2,
  /** A person takes longer than this to read the page and write a comment. */
  minFillMs: 3_000,
  /** A stamp older than this is refused; the form comes back with a fresh one. */
  maxFormAgeMs: 2 * DAY,
  perAddress: 5,
  perAddressWindowMs: 10 * MINUTE,
  /** Address hashes and emails are blanked this long after the comment. */
  keepPersonalDays: 90,
} as const;

function mac(secret: string, text: string): string {
  return createHmac("sha256", secret).update(text).digest("base64url");
}

/**
 * The stamp a comment form carries: when it was made, a random nonce, for which page, signed with the
 * site secret. The nonce makes each stamp single-use (see `spendFormStamp`).
 */
export function createFormStamp(secret: string, subjectKey: string, now: Date): string {
  const issuedAt = now.getTime().toString(36);
  const nonce = randomBytes(12).toString("base64url");
  return `${issuedAt}.${nonce}.${mac(secret, `comment-form|${subjectKey}|${issuedAt}|${nonce}`)}`;
}

export type StampCheck = "ok" | "too-fast" | "invalid";

/** Is the stamp ours, for this page, and was the form open long enough (but not too long)? */
export function checkFormStamp(secret: string, subjectKey: string, stamp: unknown, now: Date): StampCheck {
  if (typeof stamp !== "string" || stamp.length > 200) return "invalid";
  const [issuedAt, nonce, given, ...rest] = stamp.split(".");
  if (!issuedAt || !nonce || !given || rest.length > 0) return "invalid";
  const expected = Buffer.from(mac(secret, `comment-form|${subjectKey}|${issuedAt}|${nonce}`));
  const actual = Buffer.from(given);
  if (expected.length !== actual.length || !timingSafeEqual(expected, actual)) return "invalid";
  const age = now.getTime() - Number.parseInt(issuedAt, 36);
  if (!Number.isFinite(age) || age > COMMENT_RULES.maxFormAgeMs) return "invalid";
  return age < COMMENT_RULES.minFillMs ? "too-fast" : "ok";
}

/** Rows of `rate_limits` are purged this long after their window starts (see purgeRateLimits). */
const LIMIT_ROWS_KEPT_MS = 1 * DAY;

/**
 * Records a checked stamp as used, and says whether it was still unused: a stamp sent twice (a
 * replayed post, a bot reusing one form) is refused the second time. The stamp is kept as a keyed
 * hash in `rate_limits` until it would have expired anyway: its row's window is dated so that the
 * daily purge removes it only once the stamp is past `maxFormAgeMs`. One statement, so two
 * instances racing on the same stamp cannot both win.
 */
export async function spendFormStamp(services: Pick<Services, "db" | "secret">, stamp: string): Promise<boolean> {
  const issuedAt = Number.parseInt(stamp.split(".")[0] ?? "", 36);
  const row = await services.db
    .insertInto("rate_limits")
    .values({
      key: mac(services.secret, `comment-stamp|${stamp}`).slice(0, 32),
      window_start: issuedAt + COMMENT_RULES.maxFormAgeMs - LIMIT_ROWS_KEPT_MS,
      hits: 1,
    })
    .onConflict((oc) => oc.column("key").doNothing())
    .returning("key")
    .executeTakeFirst();
  return row !== undefined;
}

/** A keyed hash of a sender's address or lower-cased email: comparable, not reversible without the secret. */
export function senderHash(secret: string, kind: "address" | "email", value: string): string {
  const normal = kind === "email" ? value.trim().toLowerCase() : value;
  return mac(secret, `comment-${kind}|${normal}`);
}

/** How many links a text holds: web addresses with a scheme or starting with www. */
export function countLinks(text: string): number {
  return (text.match(/\b(?:https?:\/\/|www\.)[^\s<>"]+/gi) ?? []).length;
}

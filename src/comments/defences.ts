import { createHmac, timingSafeEqual } from "node:crypto";
import { DAY, MINUTE } from "../clock.ts";

/**
 * Spam defences that need no third party: a signed form stamp for a minimum fill time, keyed hashes
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

/** The stamp a comment form carries: when it was made, for which page, signed with the site secret. */
export function createFormStamp(secret: string, subjectKey: string, now: Date): string {
  const issuedAt = now.getTime().toString(36);
  return `${issuedAt}.${mac(secret, `comment-form|${subjectKey}|${issuedAt}`)}`;
}

export type StampCheck = "ok" | "too-fast" | "invalid";

/** Is the stamp ours, for this page, and was the form open long enough (but not too long)? */
export function checkFormStamp(secret: string, subjectKey: string, stamp: unknown, now: Date): StampCheck {
  if (typeof stamp !== "string") return "invalid";
  const [issuedAt, given] = stamp.split(".");
  if (!issuedAt || !given) return "invalid";
  const expected = Buffer.from(mac(secret, `comment-form|${subjectKey}|${issuedAt}`));
  const actual = Buffer.from(given);
  if (expected.length !== actual.length || !timingSafeEqual(expected, actual)) return "invalid";
  const age = now.getTime() - Number.parseInt(issuedAt, 36);
  if (!Number.isFinite(age) || age > COMMENT_RULES.maxFormAgeMs) return "invalid";
  return age < COMMENT_RULES.minFillMs ? "too-fast" : "ok";
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

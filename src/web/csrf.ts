import { createHmac, timingSafeEqual } from "node:crypto";
import { DAY } from "../clock.ts";

/**
 * Tokens for forms, bound to the session (or to "no session" for sign-in and other public forms)
 * and signed with the site secret. Stateless, so it sets no cookie on visitors and works on every
 * instance. Together with the Origin check and SameSite cookies this stops cross-site posts.
 */
const MAX_AGE_MS = 1 * DAY;

function sign(secret: string, binding: string, issuedAt: string): string {
  return createHmac("sha256", secret).update(`${binding}|${issuedAt}`).digest("base64url");
}

export function createCsrfToken(secret: string, binding: string, now: Date): string {
  const issuedAt = now.getTime().toString(36);
  return `${issuedAt}.${sign(secret, binding, issuedAt)}`;
}

export function isValidCsrfToken(secret: string, binding: string, token: unknown, now: Date): boolean {
  if (typeof token !== "string") return false;
  const [issuedAt, mac] = token.split(".");
  if (!issuedAt || !mac) return false;
  const age = now.getTime() - Number.parseInt(issuedAt, 36);
  if (!Number.isFinite(age) || age < -60_000 || age > MAX_AGE_MS) return false;
  const expected = Buffer.from(sign(secret, binding, issuedAt));
  const given = Buffer.from(mac);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

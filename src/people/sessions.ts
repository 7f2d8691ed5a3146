import type { Session, User } from "../access/identity.ts";
import { requiresTwoFactor } from "../access/policy.ts";
import { addMs, DAY, HOUR, MINUTE } from "../clock.ts";
import { hashToken, newToken } from "../db/ids.ts";
import type { Ctx } from "../db/index.ts";
import { toUser } from "./accounts.ts";

/** A session ends after 12 hours without use, and after 14 days in any case. */
const IDLE_MS = 12 * HOUR;
const ABSOLUTE_MS = 14 * DAY;
const TOUCH_EVERY_MS = 5 * MINUTE;

export type { Session } from "../access/identity.ts";

/**
 * Starts a server-side session and returns the token for the cookie. The database keeps only its
 * hash, so that a leaked backup cannot be used to sign in; every instance sharing the database
 * sees the session.
 */
export async function createSession(ctx: Ctx, userId: string, isTwoFactorDone: boolean): Promise<string> {
  const token = newToken();
  const now = ctx.clock.now();
  await ctx.db
    .insertInto("sessions")
    .values({
      id: hashToken(token),
      user_id: userId,
      is_two_factor_done: isTwoFactorDone ? 1 : 0,
      created_at: now.toISOString(),
      last_seen_at: now.toISOString(),
      expires_at: addMs(now, IDLE_MS).toISOString(),
    })
    .execute();
  return token;
}

/** The live session for a cookie token; extends it on use, at most every few minutes. */
export async function findSession(ctx: Ctx, token: string): Promise<Session | undefined> {
  const id = hashToken(token);
  const now = ctx.clock.now();
  const row = await ctx.db
    .selectFrom("sessions")
    .innerJoin("users", "users.id", "sessions.user_id")
    .selectAll("users")
    .select([
      "sessions.id as session_id",
      "sessions.is_two_factor_done",
      "sessions.created_at as session_created_at",
      "sessions.last_seen_at",
    ])
    .where("sessions.id", "=", id)
    .where("sessions.expires_at", ">", now.toISOString())
    .where("users.disabled_at", "is", null)
    .executeTakeFirst();
  if (!row) return undefined;
  if (now.getTime() - Date.parse(row.last_seen_at) > TOUCH_EVERY_MS) {
    const absoluteEnd = addMs(new Date(row.session_created_at), ABSOLUTE_MS);
    const idleEnd = addMs(now, IDLE_MS);
    await ctx.db
      .updateTable("sessions")
      .set({
        last_seen_at: now.toISOString(),
        expires_at: new Date(Math.min(idleEnd.getTime(), absoluteEnd.getTime())).toISOString(),
      })
      .where("id", "=", id)
      .execute();
  }
  return { id: row.session_id, user: toUser(row), isTwoFactorDone: row.is_two_factor_done === 1 };
}

export async function endSession(ctx: Ctx, sessionId: string): Promise<void> {
  await ctx.db.deleteFrom("sessions").where("id", "=", sessionId).execute();
}

/** Signs a person out on every device. */
export async function endAllSessions(ctx: Ctx, userId: string): Promise<void> {
  await ctx.db.deleteFrom("sessions").where("user_id", "=", userId).execute();
}

export async function purgeExpiredSessions(ctx: Ctx): Promise<void> {
  await ctx.db.deleteFrom("sessions").where("expires_at", "<=", ctx.clock.now().toISOString()).execute();
}

/** Expired sessions, invitations and password-reset links (the daily purge runs it). */
export async function purgeExpiredAccountLinks(ctx: Ctx): Promise<void> {
  const now = ctx.clock.now().toISOString();
  await purgeExpiredSessions(ctx);
  await ctx.db.deleteFrom("invitations").where("expires_at", "<", now).execute();
  await ctx.db.deleteFrom("password_resets").where("expires_at", "<", now).execute();
}

/** Whether a freshly authenticated person needs a second step, and which. */
export function nextStepAfterPassword(user: User): "done" | "challenge" | "setup" {
  if (user.hasTotp) return "challenge";
  return requiresTwoFactor(user.role) ? "setup" : "done";
}

/**
 * Ends a half-signed-in session and starts a fully signed-in one in its place: a new token, so that
 * a token seen before the second step (on a shared screen, in a fixation attempt) is worth nothing.
 */
export async function rotateToSignedIn(ctx: Ctx, oldSessionId: string, userId: string): Promise<string> {
  await endSession(ctx, oldSessionId);
  return createSession(ctx, userId, true);
}

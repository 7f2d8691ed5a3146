import { randomBytes } from "node:crypto";
import { recordAudit } from "../audit/audit.ts";
import { hashToken } from "../db/ids.ts";
import type { Ctx } from "../db/index.ts";
import { AppError } from "../errors.ts";
import { findUserByEmail, findUserById } from "./accounts.ts";
import { rotateToSignedIn, type Session } from "./sessions.ts";
import { checkTotp, newTotpSecret } from "./totp.ts";

export const RECOVERY_CODE_COUNT = 10;

/** A fresh secret to show during set-up; nothing is stored until a code proves the app has it. */
export function proposeTotpSecret(): string {
  return newTotpSecret();
}

/** Recovery codes are typed by hand: case, spaces and dashes do not matter. */
function normaliseRecoveryCode(code: string): string {
  return code.toLowerCase().replace(/[^a-z0-9]/g, "");
}

/** Salted with the account id, so that one leaked table cannot be attacked for every account at once. */
function hashRecoveryCode(userId: string, code: string): string {
  return hashToken(`recovery|${userId}|${normaliseRecoveryCode(code)}`);
}

const RECOVERY_CODE_LENGTH = 16;

/** Sixteen characters from 32 symbols (80 bits), shown as `abcd-efgh-ijkm-npqr`. */
function newRecoveryCode(): string {
  const alphabet = "abcdefghijkmnpqrstuvwxyz23456789";
  const chars = [...randomBytes(RECOVERY_CODE_LENGTH)].map((b) => alphabet[b % alphabet.length]).join("");
  return chars.match(/.{4}/g)!.join("-");
}

/**
 * Replaces the account's recovery codes with new ones and returns them, to be shown once: only their
 * hashes are kept, and the old codes stop working.
 */
export async function generateRecoveryCodes(ctx: Ctx, userId: string): Promise<string[]> {
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
  const now = ctx.clock.now().toISOString();
  await ctx.db.deleteFrom("recovery_codes").where("user_id", "=", userId).execute();
  await ctx.db
    .insertInto("recovery_codes")
    .values(codes.map((code) => ({ code_hash: hashRecoveryCode(userId, code), user_id: userId, created_at: now, used_at: null })))
    .execute();
  return codes;
}

export async function countUnusedRecoveryCodes({ db }: Pick<Ctx, "db">, userId: string): Promise<number> {
  const { n } = await db
    .selectFrom("recovery_codes")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("user_id", "=", userId)
    .where("used_at", "is", null)
    .executeTakeFirstOrThrow();
  return Number(n);
}

/** Uses up one recovery code of the account; false when it is unknown or was used already. */
async function useRecoveryCode(ctx: Ctx, userId: string, code: string): Promise<boolean> {
  if (normaliseRecoveryCode(code).length !== RECOVERY_CODE_LENGTH) return false;
  const result = await ctx.db
    .updateTable("recovery_codes")
    .set({ used_at: ctx.clock.now().toISOString() })
    .where("user_id", "=", userId)
    .where("code_hash", "=", hashRecoveryCode(userId, code))
    .where("used_at", "is", null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Checks a current authenticator code for the account and uses up its time step; false when it does not match. */
export async function checkCurrentCode(ctx: Ctx, userId: string, code: string): Promise<boolean> {
  const row = await findUserById(ctx, userId);
  if (!row?.totp_secret) return false;
  const step = checkTotp(row.totp_secret, code, row.totp_last_step, ctx.clock.now());
  if (step === null) return false;
  await ctx.db.updateTable("users").set({ totp_last_step: step }).where("id", "=", row.id).execute();
  return true;
}

/**
 * Completes a sign-in with an authenticator code or one of the account's recovery codes. The
 * half-signed-in session is replaced by a new one; returns the new session's token for the cookie.
 */
export async function passTwoFactor(ctx: Ctx, session: Session, code: string): Promise<string> {
  const row = await findUserById(ctx, session.user.id);
  if (!row?.totp_secret) throw new AppError("FORBIDDEN");
  const isSixDigits = /^\d{6}$/.test(code.replace(/\s+/g, ""));
  const isValid = isSixDigits ? await checkCurrentCode(ctx, row.id, code) : await useRecoveryCode(ctx, row.id, code);
  if (!isValid) throw new AppError("VALIDATION_FAILED", { code: "twoFactor.wrongCode" });
  if (!isSixDigits) {
    await recordAudit(ctx, { actorId: row.id, action: "user.recovery-code-used", subjectType: "user", subjectId: row.id });
  }
  return rotateToSignedIn(ctx, session.id, row.id);
}

/**
 * Stores the secret once the person typed a valid code from it, completes the sign-in in a new
 * session and returns its token with fresh recovery codes to show once. Refused while the account
 * has a second factor: replacing it takes the current factor or an admin's reset, never the
 * password alone.
 */
export async function enableTwoFactor(
  ctx: Ctx,
  session: Session,
  secret: string,
  code: string,
): Promise<{ token: string; recoveryCodes: string[] }> {
  const row = await findUserById(ctx, session.user.id);
  if (!row || row.totp_secret !== null) throw new AppError("FORBIDDEN");
  const step = checkTotp(secret, code, null, ctx.clock.now());
  if (step === null) throw new AppError("VALIDATION_FAILED", { code: "twoFactor.wrongCode" });
  const stored = await ctx.db
    .updateTable("users")
    .set({ totp_secret: secret, totp_last_step: step })
    .where("id", "=", row.id)
    .where("totp_secret", "is", null)
    .executeTakeFirst();
  if (Number(stored.numUpdatedRows) !== 1) throw new AppError("FORBIDDEN");
  const recoveryCodes = await generateRecoveryCodes(ctx, row.id);
  await recordAudit(ctx, { actorId: row.id, action: "user.two-factor-enabled", subjectType: "user", subjectId: row.id });
  return { token: await rotateToSignedIn(ctx, session.id, row.id), recoveryCodes };
}

/**
 * Replaces a signed-in person's authenticator (a new phone): they prove the current one with one of
 * its codes and the new one with a code from it. The recovery codes are renewed and returned, to
 * be shown once. A wrong current code is a field error on `current`, a wrong new one on `code`.
 */
export async function replaceTwoFactor(
  ctx: Ctx,
  userId: string,
  input: { currentCode: string; secret: string; code: string },
): Promise<string[]> {
  if (!(await checkCurrentCode(ctx, userId, input.currentCode))) {
    throw new AppError("VALIDATION_FAILED", { current: "twoFactor.wrongCode" });
  }
  const step = checkTotp(input.secret, input.code, null, ctx.clock.now());
  if (step === null) throw new AppError("VALIDATION_FAILED", { code: "twoFactor.wrongCode" });
  await ctx.db.updateTable("users").set({ totp_secret: input.secret, totp_last_step: step }).where("id", "=", userId).execute();
  const codes = await generateRecoveryCodes(ctx, userId);
  await recordAudit(ctx, { actorId: userId, action: "user.two-factor-replaced", subjectType: "user", subjectId: userId });
  return codes;
}

/**
 * Removes an account's second factor and recovery codes and signs it out everywhere: the person sets
 * up a new authenticator at their next sign-in. Recorded in the audit log, with the admin who did it
 * (or none, from the command line).
 */
export async function resetTwoFactor(ctx: Ctx, actorId: string | null, userId: string, via: "admin" | "cli"): Promise<void> {
  const row = await findUserById(ctx, userId);
  if (!row) throw new AppError("NOT_FOUND");
  await ctx.db.transaction().execute(async (trx) => {
    const tx = { db: trx, clock: ctx.clock };
    await trx.updateTable("users").set({ totp_secret: null, totp_last_step: null }).where("id", "=", userId).execute();
    await trx.deleteFrom("recovery_codes").where("user_id", "=", userId).execute();
    await trx.deleteFrom("sessions").where("user_id", "=", userId).execute();
    await recordAudit(tx, { actorId, action: "user.two-factor-reset", subjectType: "user", subjectId: userId, detail: via });
  });
}

/** The same reset for the command line, found by email: for the last admin, who has no admin to ask. */
export async function resetTwoFactorByEmail(ctx: Ctx, email: string): Promise<boolean> {
  const row = await findUserByEmail(ctx, email);
  if (!row) return false;
  await resetTwoFactor(ctx, null, row.id, "cli");
  return true;
}

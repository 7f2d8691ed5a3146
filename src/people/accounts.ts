import { randomBytes } from "node:crypto";
import type { User } from "../access/identity.ts";
import { type Actor, isAssignableRole, isRole, type Role } from "../access/policy.ts";
import { recordAudit } from "../audit/audit.ts";
import { hashToken, newId, newToken } from "../db/ids.ts";
import type { Ctx } from "../db/index.ts";
import type { UserRow } from "../db/schema.ts";
import { AppError } from "../errors.ts";
import { isLocale, type Locale } from "../i18n/locales.ts";
import { decoyHash, hashPassword, MIN_PASSWORD_LENGTH, verifyPassword } from "./passwords.ts";

export type { User } from "../access/identity.ts";
export { toActor } from "../access/identity.ts";

/** Maps a row to the domain shape, once. */
export function toUser(row: UserRow): User {
  const locales = (JSON.parse(row.locales) as string[]).filter(isLocale);
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: isRole(row.role) ? row.role : "participant",
    locales,
    hasTotp: row.totp_secret !== null,
    uiLocale: row.ui_locale !== null && isLocale(row.ui_locale) ? row.ui_locale : null,
    createdAt: row.created_at,
    isDisabled: row.disabled_at !== null,
    mustChangePassword: row.must_change_password === 1,
  };
}

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

export async function findUserByEmail({ db }: Pick<Ctx, "db">, email: string): Promise<UserRow | undefined> {
  return db.selectFrom("users").selectAll().where("email", "=", normaliseEmail(email)).executeTakeFirst();
}

export async function findUserById({ db }: Pick<Ctx, "db">, id: string): Promise<UserRow | undefined> {
  return db.selectFrom("users").selectAll().where("id", "=", id).executeTakeFirst();
}

export function checkPasswordStrength(password: string): void {
  if (password.length < MIN_PASSWORD_LENGTH) throw new AppError("VALIDATION_FAILED", { password: "password.tooShort" });
}

/** Creates an account; the email must be new. */
export async function createUser(
  ctx: Ctx,
  input: {
    email: string;
    name: string;
    password: string;
    role: Role;
    locales?: Locale[];
    uiLocale?: Locale;
    mustChangePassword?: boolean;
  },
): Promise<User> {
  checkPasswordStrength(input.password);
  const email = normaliseEmail(input.email);
  if (await findUserByEmail(ctx, email)) throw new AppError("CONFLICT", { email: "account.emailTaken" });
  const row: UserRow = {
    id: newId(),
    email,
    name: input.name.trim(),
    role: input.role,
    locales: JSON.stringify(input.locales ?? []),
    password_hash: await hashPassword(input.password),
    totp_secret: null,
    totp_last_step: null,
    ui_locale: input.uiLocale ?? null,
    created_at: ctx.clock.now().toISOString(),
    disabled_at: null,
    must_change_password: input.mustChangePassword ? 1 : 0,
  };
  await ctx.db.insertInto("users").values(row).execute();
  return toUser(row);
}

/** The account for an email and password, or a validation error that does not say which was wrong. */
export async function authenticate(ctx: Ctx, email: string, password: string): Promise<User> {
  const row = await findUserByEmail(ctx, email);
  const isValid = await verifyPassword(row?.password_hash ?? (await decoyHash()), password);
  if (!row || !isValid || row.disabled_at !== null) {
    throw new AppError("VALIDATION_FAILED", { password: "signIn.failed" });
  }
  return toUser(row);
}

export async function countUsers({ db }: Pick<Ctx, "db">): Promise<number> {
  const { n } = await db
    .selectFrom("users")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .executeTakeFirstOrThrow();
  return Number(n);
}

export async function listUsers({ db }: Pick<Ctx, "db">): Promise<User[]> {
  const rows = await db.selectFrom("users").selectAll().orderBy("created_at").execute();
  return rows.map(toUser);
}

/** A readable password that is hard to guess: 18 characters from 32 symbols, about 90 bits. */
export function generatePassword(): string {
  const alphabet = "abcdefghijkmnpqrstuvwxyz23456789";
  const bytes = randomBytes(18);
  const chars = [...bytes].map((b) => alphabet[b % alphabet.length]);
  return [chars.slice(0, 6), chars.slice(6, 12), chars.slice(12)].map((g) => g.join("")).join("-");
}

/**
 * On an empty database, creates the first admin; returns the one-time credentials to hand over.
 * The password was chosen by the machine and shown somewhere: the admin must replace it at first sign-in,
 * and can change the placeholder email and name on the account page.
 */
export async function ensureFirstAdmin(ctx: Ctx): Promise<{ email: string; password: string } | undefined> {
  if ((await countUsers(ctx)) > 0) return undefined;
  const email = "admin@example.org";
  const password = generatePassword();
  await createUser(ctx, { email, name: "Administrator", password, role: "admin", mustChangePassword: true });
  return { email, password };
}

/** Replaces the password, clears the must-change flag and ends every session of the account. */
export async function setPassword(ctx: Ctx, userId: string, password: string): Promise<void> {
  checkPasswordStrength(password);
  await ctx.db
    .updateTable("users")
    .set({ password_hash: await hashPassword(password), must_change_password: 0 })
    .where("id", "=", userId)
    .execute();
  await ctx.db.deleteFrom("sessions").where("user_id", "=", userId).execute();
}

/** Changes a person's own name and email address; the address must not belong to another account. */
export async function updateOwnDetails(ctx: Ctx, userId: string, input: { name: string; email: string }): Promise<void> {
  const email = normaliseEmail(input.email);
  const other = await findUserByEmail(ctx, email);
  if (other && other.id !== userId) throw new AppError("CONFLICT", { email: "account.emailTaken" });
  await ctx.db.updateTable("users").set({ name: input.name.trim(), email }).where("id", "=", userId).execute();
  await recordAudit(ctx, { actorId: userId, action: "user.details-changed", subjectType: "user", subjectId: userId });
}

export async function setUiLocale({ db }: Pick<Ctx, "db">, userId: string, locale: Locale): Promise<void> {
  await db.updateTable("users").set({ ui_locale: locale }).where("id", "=", userId).execute();
}

/** Changes role, languages or the disabled flag; an admin cannot lock themself out. */
export async function updateUserAccess(
  ctx: Ctx,
  actor: Actor,
  userId: string,
  change: { role: Role; locales: Locale[]; isDisabled: boolean },
): Promise<void> {
  if (userId === actor.id && (change.role !== "admin" || change.isDisabled)) {
    throw new AppError("VALIDATION_FAILED", { role: "users.cannotDemoteSelf" });
  }
  const row = await findUserById(ctx, userId);
  if (!row) throw new AppError("NOT_FOUND");
  if (!isAssignableRole(change.role) && change.role !== row.role) {
    throw new AppError("VALIDATION_FAILED", { role: "people.users.roleRequired" });
  }
  await ctx.db
    .updateTable("users")
    .set({
      role: change.role,
      locales: JSON.stringify(change.role === "translator" ? change.locales : []),
      disabled_at: change.isDisabled ? (row.disabled_at ?? ctx.clock.now().toISOString()) : null,
    })
    .where("id", "=", userId)
    .execute();
  if (change.isDisabled) await ctx.db.deleteFrom("sessions").where("user_id", "=", userId).execute();
  await recordAudit(ctx, {
    actorId: actor.id,
    action: "user.access-changed",
    subjectType: "user",
    subjectId: userId,
    detail: change.isDisabled ? `${change.role} (disabled)` : change.role,
  });
}

/** Creates an API token for an account; the token is shown once and only its hash is kept. */
export async function createApiToken(ctx: Ctx, userId: string): Promise<string> {
  const token = `otr_${newToken()}`;
  await ctx.db
    .insertInto("api_tokens")
    .values({
      id: newId(),
      token_hash: hashToken(token),
      user_id: userId,
      created_at: ctx.clock.now().toISOString(),
      last_used_at: null,
    })
    .execute();
  return token;
}

/** The account behind a bearer token, if the token is known and the account active. */
export async function userForApiToken(ctx: Ctx, token: string): Promise<User | undefined> {
  const row = await ctx.db
    .selectFrom("api_tokens")
    .innerJoin("users", "users.id", "api_tokens.user_id")
    .selectAll("users")
    .where("api_tokens.token_hash", "=", hashToken(token))
    .where("users.disabled_at", "is", null)
    .executeTakeFirst();
  return row ? toUser(row) : undefined;
}

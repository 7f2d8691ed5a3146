import { z } from "zod";
import { type Actor, isAssignableRole, type Role } from "../access/policy.ts";
import { recordAudit } from "../audit/audit.ts";
import { addMs, DAY, HOUR } from "../clock.ts";
import { hashToken, newId, newToken } from "../db/ids.ts";
import type { Ctx } from "../db/index.ts";
import { SEND_EMAIL, type SendEmailPayload } from "../email/templates.ts";
import { AppError } from "../errors.ts";
import { isLocale, type Locale, localePath } from "../i18n/locales.ts";
import { translate } from "../i18n/messages.ts";
import { type AnyJob, enqueue, type JobDefinition } from "../jobs/queue.ts";
import { createUser, findUserByEmail, normaliseEmail, setPassword, type User } from "./accounts.ts";
import { invitationEmail, passwordResetEmail } from "./emails.ts";

const INVITATION_MS = 7 * DAY;
const RESET_MS = 1 * HOUR;

/**
 * Invites a person by email with a role (and languages, for a translator). The mail goes out as a
 * job, in the language the admin chose for the invitee.
 */
export async function invite(
  ctx: Ctx,
  actor: Actor & { name: string },
  input: { email: string; role: Role; locales: Locale[]; uiLocale: Locale },
  baseUrl: URL,
): Promise<void> {
  const email = normaliseEmail(input.email);
  if (await findUserByEmail(ctx, email)) throw new AppError("CONFLICT", { email: "account.emailTaken" });
  if (!isAssignableRole(input.role)) throw new AppError("VALIDATION_FAILED", { role: "people.users.roleRequired" });
  if (input.role === "translator" && input.locales.length === 0) {
    throw new AppError("VALIDATION_FAILED", { locales: "invite.localesRequired" });
  }
  const token = newToken();
  const now = ctx.clock.now();
  const id = newId();
  await ctx.db.transaction().execute(async (trx) => {
    const tx = { db: trx, clock: ctx.clock };
    await trx
      .insertInto("invitations")
      .values({
        id,
        token_hash: hashToken(token),
        email,
        role: input.role,
        locales: JSON.stringify(input.role === "translator" ? input.locales : []),
        ui_locale: input.uiLocale,
        invited_by: actor.id,
        created_at: now.toISOString(),
        expires_at: addMs(now, INVITATION_MS).toISOString(),
        accepted_at: null,
      })
      .execute();
    const payload: SendEmailPayload = {
      to: email,
      locale: input.uiLocale,
      template: invitationEmail.name,
      values: {
        inviter: actor.name,
        role: translate(input.uiLocale, `role.${input.role}`),
        url: new URL(localePath(input.uiLocale, `/account/invitation/${token}`), baseUrl).href,
      },
    };
    await enqueue(trx, ctx.clock, SEND_EMAIL, payload);
    await recordAudit(tx, { actorId: actor.id, action: "user.invited", subjectType: "invitation", subjectId: id, detail: input.role });
  });
}

export async function findOpenInvitation(ctx: Ctx, token: string) {
  return ctx.db
    .selectFrom("invitations")
    .selectAll()
    .where("token_hash", "=", hashToken(token))
    .where("accepted_at", "is", null)
    .where("expires_at", ">", ctx.clock.now().toISOString())
    .executeTakeFirst();
}

export async function listOpenInvitations(ctx: Ctx) {
  return ctx.db
    .selectFrom("invitations")
    .select(["id", "email", "role", "created_at", "expires_at"])
    .where("accepted_at", "is", null)
    .where("expires_at", ">", ctx.clock.now().toISOString())
    .orderBy("created_at", "desc")
    .execute();
}

/** Turns an invitation into an account; the token works once. */
export async function acceptInvitation(ctx: Ctx, token: string, input: { name: string; password: string }): Promise<User> {
  const invitation = await findOpenInvitation(ctx, token);
  if (!invitation) throw new AppError("TOKEN_INVALID");
  return ctx.db.transaction().execute(async (trx) => {
    const tx = { db: trx, clock: ctx.clock };
    const claimed = await trx
      .updateTable("invitations")
      .set({ accepted_at: ctx.clock.now().toISOString() })
      .where("id", "=", invitation.id)
      .where("accepted_at", "is", null)
      .executeTakeFirst();
    if (Number(claimed.numUpdatedRows) !== 1) throw new AppError("TOKEN_INVALID");
    const locales = (JSON.parse(invitation.locales) as string[]).filter(isLocale);
    const user = await createUser(tx, {
      email: invitation.email,
      name: input.name,
      password: input.password,
      role: invitation.role as Role,
      locales,
      uiLocale: isLocale(invitation.ui_locale) ? invitation.ui_locale : "en",
    });
    await recordAudit(tx, { actorId: user.id, action: "user.joined", subjectType: "user", subjectId: user.id, detail: user.role });
    return user;
  });
}

export const PASSWORD_RESET_JOB = "people.password-reset";

export const passwordResetPayload = z.object({
  requestId: z.string(),
  email: z.string(),
  locale: z.string().refine(isLocale),
});

/**
 * Takes a reset request. The request only queues a job with the typed address, whether or not an
 * account has it: the same work, the same time and the same answer either way, so the form does not
 * reveal who has an account. The job looks the address up and sends the link.
 */
export async function requestPasswordReset(ctx: Ctx, email: string, locale: Locale): Promise<void> {
  await enqueue(ctx.db, ctx.clock, PASSWORD_RESET_JOB, { requestId: newId(), email: normaliseEmail(email), locale });
}

/** The job behind a reset request: a link by mail when an active account has the address, nothing otherwise. */
export async function sendPasswordReset(ctx: Ctx, payload: z.infer<typeof passwordResetPayload>, baseUrl: URL): Promise<void> {
  const user = await findUserByEmail(ctx, payload.email);
  if (!user || user.disabled_at !== null) return;
  const token = newToken();
  const now = ctx.clock.now();
  const fallback: Locale = isLocale(payload.locale) ? payload.locale : "en";
  const recipientLocale = user.ui_locale !== null && isLocale(user.ui_locale) ? user.ui_locale : fallback;
  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .insertInto("password_resets")
      .values({
        token_hash: hashToken(token),
        user_id: user.id,
        created_at: now.toISOString(),
        expires_at: addMs(now, RESET_MS).toISOString(),
        used_at: null,
      })
      .execute();
    const mail: SendEmailPayload = {
      to: user.email,
      locale: recipientLocale,
      template: passwordResetEmail.name,
      values: { url: new URL(localePath(recipientLocale, `/account/reset/${token}`), baseUrl).href },
    };
    // Run twice (a worker died after committing), the request still sends one mail.
    await enqueue(trx, ctx.clock, SEND_EMAIL, mail, { uniqueKey: `${PASSWORD_RESET_JOB}:${payload.requestId}` });
  });
}

export function passwordResetJob(ctx: Ctx, baseUrl: URL): AnyJob {
  const job: JobDefinition<typeof passwordResetPayload> = {
    name: PASSWORD_RESET_JOB,
    schema: passwordResetPayload,
    maxAttempts: 5,
    async run(payload) {
      await sendPasswordReset(ctx, payload, baseUrl);
    },
  };
  return job;
}

export async function findOpenReset(ctx: Ctx, token: string) {
  return ctx.db
    .selectFrom("password_resets")
    .selectAll()
    .where("token_hash", "=", hashToken(token))
    .where("used_at", "is", null)
    .where("expires_at", ">", ctx.clock.now().toISOString())
    .executeTakeFirst();
}

/**
 * Sets the new password, uses up every open reset link of the account (not only this one) and signs
 * it out everywhere. Returns the account's email, whose sign-in lock the caller may lift.
 */
export async function resetPassword(ctx: Ctx, token: string, password: string): Promise<{ email: string }> {
  const reset = await findOpenReset(ctx, token);
  if (!reset) throw new AppError("TOKEN_INVALID");
  return ctx.db.transaction().execute(async (trx) => {
    const tx = { db: trx, clock: ctx.clock };
    const used = await trx
      .updateTable("password_resets")
      .set({ used_at: ctx.clock.now().toISOString() })
      .where("token_hash", "=", reset.token_hash)
      .where("used_at", "is", null)
      .executeTakeFirst();
    if (Number(used.numUpdatedRows) !== 1) throw new AppError("TOKEN_INVALID");
    await trx
      .updateTable("password_resets")
      .set({ used_at: ctx.clock.now().toISOString() })
      .where("user_id", "=", reset.user_id)
      .where("used_at", "is", null)
      .execute();
    await setPassword(tx, reset.user_id, password);
    await recordAudit(tx, { actorId: reset.user_id, action: "user.password-reset", subjectType: "user", subjectId: reset.user_id });
    const user = await trx.selectFrom("users").select("email").where("id", "=", reset.user_id).executeTakeFirstOrThrow();
    return { email: user.email };
  });
}

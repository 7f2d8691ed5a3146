import { type Actor, canManageEvent } from "../../access/policy.ts";
import { recordAudit } from "../../audit/audit.ts";
import { announceContentChange } from "../../changes.ts";
import { type Ctx, type Db, isUniqueViolation } from "../../db/index.ts";
import { AppError, windowCode } from "../../errors.ts";
import type { MessageKey } from "../../i18n/messages.ts";
import { type Registration, type RegistrationStatus, registrationWindow, toEvent, toRegistration } from "../model.ts";
import { requestAddressChange } from "./address-change.ts";
import {
  cleanAnswers,
  findActiveRegistration,
  findByToken,
  findRegistration,
  listQuestionsOf,
  type RegistrationCtx,
  type RegistrationInput,
  validateRegistration,
} from "./registrations.ts";
import { fillSeats, freeSeat, loadOccurrence, lockOccurrence, takeSeat } from "./seats.ts";
import { mailStatus } from "./status-mails.ts";

/** Changes to a registration after it was taken: the registrant's own, through the private link, and the organiser's decisions. */

/**
 * Moves a registration to a new status inside one transaction that holds the occurrence's lock,
 * keeping the seat count right; `from` guards against a change made meanwhile by someone else.
 */
async function transition(
  ctx: RegistrationCtx,
  registrationId: string,
  from: readonly RegistrationStatus[],
  decide: (trx: Db, current: Registration) => Promise<RegistrationStatus>,
  mail: "cancelled" | "approved" | "declined" | "moved" | null,
  alsoInTransaction?: (trx: Db) => Promise<void>,
): Promise<Registration> {
  const before = await findRegistration(ctx.db, registrationId);
  if (!from.includes(before.status)) throw new AppError("CONFLICT", { status: "events.statusChanged" }, "REGISTRATION_STATUS_CHANGED");
  await ctx.db.transaction().execute(async (trx) => {
    await lockOccurrence(trx, before.occurrenceId);
    const current = toRegistration(
      await trx.selectFrom("registrations").selectAll().where("id", "=", registrationId).executeTakeFirstOrThrow(),
    );
    if (current.status !== before.status || current.occurrenceId !== before.occurrenceId) {
      throw new AppError("CONFLICT", { status: "events.statusChanged" }, "REGISTRATION_STATUS_CHANGED");
    }
    const status = await decide(trx, current);
    if (current.status === "confirmed" && status !== "confirmed") await freeSeat(trx, current.occurrenceId);
    const now = ctx.clock.now().toISOString();
    await trx
      .updateTable("registrations")
      .set({ status, updated_at: now, cancelled_at: status === "cancelled" ? now : null })
      .where("id", "=", registrationId)
      .execute();
    if (mail === "approved") await mailStatus({ ...ctx, db: trx }, registrationId, status === "confirmed" ? "approved" : "waitlisted");
    else if (mail) await mailStatus({ ...ctx, db: trx }, registrationId, mail);
    await alsoInTransaction?.(trx);
  });
  await fillSeats(ctx, before.occurrenceId);
  announceContentChange();
  return findRegistration(ctx.db, registrationId);
}

/** The registrant cancels through their private link. */
export async function cancelByToken(ctx: RegistrationCtx, token: string): Promise<Registration> {
  const found = await findByToken(ctx.db, token);
  if (!found) throw new AppError("NOT_FOUND");
  return transition(ctx, found.registration.id, ["confirmed", "waitlisted", "pending"], async () => "cancelled", "cancelled");
}

async function registrationToManage(ctx: Ctx, actor: Actor, registrationId: string): Promise<Registration> {
  const registration = await findRegistration(ctx.db, registrationId);
  const event = await ctx.db.selectFrom("events").selectAll().where("id", "=", registration.eventId).executeTakeFirstOrThrow();
  if (!canManageEvent(actor, toEvent(event))) throw new AppError("FORBIDDEN");
  return registration;
}

/** The audit entry of an organiser's action, written in the transaction of the change itself. */
function audit(ctx: Ctx, actor: Actor, action: string, registrationId: string): (trx: Db) => Promise<void> {
  return async (trx) => {
    await recordAudit({ ...ctx, db: trx }, { actorId: actor.id, action, subjectType: "registration", subjectId: registrationId });
  };
}

/** The organiser cancels a registration; the person is told and the seat goes to the waitlist. */
export async function cancelRegistration(ctx: RegistrationCtx, actor: Actor, registrationId: string): Promise<Registration> {
  await registrationToManage(ctx, actor, registrationId);
  return transition(
    ctx,
    registrationId,
    ["confirmed", "waitlisted", "pending"],
    async () => "cancelled",
    "cancelled",
    audit(ctx, actor, "registration.cancelled", registrationId),
  );
}

/** Approves a pending registration: a seat if one is free, else a place on the waitlist. */
export async function approveRegistration(ctx: RegistrationCtx, actor: Actor, registrationId: string): Promise<Registration> {
  await registrationToManage(ctx, actor, registrationId);
  return transition(
    ctx,
    registrationId,
    ["pending"],
    async (trx, current) => ((await takeSeat(trx, current.occurrenceId)) ? "confirmed" : "waitlisted"),
    "approved",
    audit(ctx, actor, "registration.approved", registrationId),
  );
}

export async function declineRegistration(ctx: RegistrationCtx, actor: Actor, registrationId: string): Promise<Registration> {
  await registrationToManage(ctx, actor, registrationId);
  return transition(
    ctx,
    registrationId,
    ["pending", "waitlisted"],
    async () => "declined",
    "declined",
    audit(ctx, actor, "registration.declined", registrationId),
  );
}

/**
 * Moves a registration to another occurrence of the same event: confirmed there if a seat is free,
 * else waitlisted there (pending stays pending). The seat it leaves goes to that waitlist.
 * `alsoInTransaction` writes what belongs to the same change (new details, the audit entry), so
 * either all of it is kept or none.
 */
async function moveTo(
  ctx: RegistrationCtx,
  registration: Registration,
  targetId: string,
  alsoInTransaction?: (trx: Db) => Promise<void>,
): Promise<Registration> {
  if (targetId === registration.occurrenceId) return registration;
  const target = await loadOccurrence(ctx.db, targetId);
  if (target.event.id !== registration.eventId) throw new AppError("VALIDATION_FAILED", { occurrenceId: "form.invalid" });
  if (target.occurrence.isCancelled) throw new AppError("CONFLICT", { occurrenceId: "events.window.cancelled" }, "OCCURRENCE_CANCELLED");
  const sourceId = registration.occurrenceId;
  await ctx.db.transaction().execute(async (trx) => {
    // Both occurrences are locked in one fixed order, so two opposite moves cannot deadlock.
    for (const id of [sourceId, targetId].sort()) await lockOccurrence(trx, id);
    const current = toRegistration(
      await trx.selectFrom("registrations").selectAll().where("id", "=", registration.id).executeTakeFirstOrThrow(),
    );
    if (current.occurrenceId !== sourceId || !["confirmed", "waitlisted", "pending"].includes(current.status)) {
      throw new AppError("CONFLICT", { status: "events.statusChanged" }, "REGISTRATION_STATUS_CHANGED");
    }
    const other = current.email ? await findActiveRegistration(trx, targetId, current.email) : undefined;
    if (other) throw new AppError("CONFLICT", { occurrenceId: "events.alreadyRegistered" }, "ALREADY_REGISTERED_THERE");
    let status: RegistrationStatus = current.status;
    if (current.status !== "pending") status = (await takeSeat(trx, targetId)) ? "confirmed" : "waitlisted";
    if (current.status === "confirmed") await freeSeat(trx, sourceId);
    await trx
      .updateTable("registrations")
      .set({ occurrence_id: targetId, status, updated_at: ctx.clock.now().toISOString() })
      .where("id", "=", registration.id)
      .execute();
    await alsoInTransaction?.(trx);
    await mailStatus({ ...ctx, db: trx }, registration.id, status === "confirmed" ? "moved" : status);
  });
  await fillSeats(ctx, sourceId);
  announceContentChange();
  return findRegistration(ctx.db, registration.id);
}

export async function moveRegistration(
  ctx: RegistrationCtx,
  actor: Actor,
  registrationId: string,
  targetOccurrenceId: string,
): Promise<Registration> {
  const registration = await registrationToManage(ctx, actor, registrationId);
  return moveTo(ctx, registration, targetOccurrenceId, audit(ctx, actor, "registration.moved", registrationId));
}

/**
 * The registrant changes their details or moves to another time through their private link. A new
 * address is never written here: it is mailed a confirmation link (see address-change.ts), and the
 * answer is the same whether or not that address is registered, so the holder of a private link
 * learns nothing of who is registered. Everything else is saved in one transaction, checks first.
 */
export async function updateByToken(
  ctx: RegistrationCtx & { secret: string },
  token: string,
  input: RegistrationInput & { occurrenceId: string },
): Promise<Registration> {
  try {
    return await changeByToken(ctx, token, input);
  } catch (error) {
    // The person's own address was registered on the target time between the check and the move: the check now sees it.
    if (!isUniqueViolation(error)) throw error;
    return changeByToken(ctx, token, input);
  }
}

async function changeByToken(
  ctx: RegistrationCtx & { secret: string },
  token: string,
  input: RegistrationInput & { occurrenceId: string },
): Promise<Registration> {
  const found = await findByToken(ctx.db, token);
  if (!found) throw new AppError("NOT_FOUND");
  const { registration, event } = found;
  if (!["confirmed", "waitlisted", "pending"].includes(registration.status))
    throw new AppError("CONFLICT", { status: "events.statusChanged" }, "REGISTRATION_STATUS_CHANGED");
  const questions = await listQuestionsOf(ctx.db, event.id);
  const errors = validateRegistration(event, questions, input);
  if (Object.keys(errors).length > 0) throw new AppError("VALIDATION_FAILED", errors);
  const email = input.email.trim().toLowerCase();
  const isNewAddress = email !== registration.email;
  const writeDetails = async (db: Db) => {
    await db
      .updateTable("registrations")
      .set({
        name: input.name.trim(),
        locale: input.locale,
        is_pseudonymous: input.isPseudonymous ? 1 : 0,
        answers: JSON.stringify(cleanAnswers(questions, input.answers)),
        updated_at: ctx.clock.now().toISOString(),
      })
      .where("id", "=", registration.id)
      .execute();
    if (isNewAddress) await requestAddressChange(db, ctx, registration.id, email);
  };
  if (input.occurrenceId !== registration.occurrenceId) {
    // Every check comes before any write: a refused move keeps the old details too.
    const target = await loadOccurrence(ctx.db, input.occurrenceId);
    const window = registrationWindow(target.occurrence, ctx.clock.now());
    if (window !== "open") throw new AppError("CONFLICT", { occurrenceId: `events.window.${window}` as MessageKey }, windowCode(window));
    return moveTo(ctx, { ...registration }, input.occurrenceId, writeDetails);
  }
  await ctx.db.transaction().execute(async (trx) => {
    await lockOccurrence(trx, registration.occurrenceId);
    await writeDetails(trx);
  });
  return findRegistration(ctx.db, registration.id);
}

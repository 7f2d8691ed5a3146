import { type Actor, canManageEvent } from "../../access/policy.ts";
import { recordAudit } from "../../audit/audit.ts";
import { newId } from "../../db/ids.ts";
import type { Db } from "../../db/index.ts";
import { SEND_EMAIL, type SendEmailPayload } from "../../email/templates.ts";
import { AppError } from "../../errors.ts";
import { isLocale } from "../../i18n/locales.ts";
import type { MessageKey } from "../../i18n/messages.ts";
import { enqueue } from "../../jobs/queue.ts";
import { type Registration, type RegistrationStatus, toRegistration } from "../model.ts";
import type { RegistrationCtx } from "./registrations.ts";
import { loadOccurrence } from "./seats.ts";

/** The organisers' view of the registrations of an event: the list, the counts, and messages to registrants. */

export type RegistrationFilter = { occurrenceId?: string; status?: RegistrationStatus; q?: string };

export async function listRegistrations(db: Db, eventId: string, filter: RegistrationFilter = {}): Promise<Registration[]> {
  let query = db.selectFrom("registrations").selectAll().where("event_id", "=", eventId);
  if (filter.occurrenceId) query = query.where("occurrence_id", "=", filter.occurrenceId);
  if (filter.status) query = query.where("status", "=", filter.status);
  const rows = await query.orderBy("created_at").orderBy("id").execute();
  // Searched here rather than in SQL: SQLite's lower() folds only ASCII, and names are Cyrillic too.
  const q = filter.q?.trim().toLocaleLowerCase();
  const matching = q ? rows.filter((r) => r.name.toLocaleLowerCase().includes(q) || r.email.includes(q)) : rows;
  return matching.map(toRegistration);
}

/** Counts per status for each occurrence of an event. */
export async function countRegistrations(db: Db, eventId: string): Promise<Map<string, Record<RegistrationStatus, number>>> {
  const rows = await db
    .selectFrom("registrations")
    .select((eb) => ["occurrence_id", "status", eb.fn.countAll<number>().as("n")])
    .where("event_id", "=", eventId)
    .groupBy(["occurrence_id", "status"])
    .execute();
  const out = new Map<string, Record<RegistrationStatus, number>>();
  for (const row of rows) {
    const counts = out.get(row.occurrence_id) ?? { confirmed: 0, waitlisted: 0, pending: 0, declined: 0, cancelled: 0 };
    counts[row.status] = Number(row.n);
    out.set(row.occurrence_id, counts);
  }
  return out;
}

/** Sends the organiser's own message to the registrants of an occurrence with the given statuses. */
export async function messageRegistrants(
  ctx: RegistrationCtx,
  actor: Actor,
  occurrenceId: string,
  message: { subject: string; body: string; statuses: RegistrationStatus[] },
): Promise<number> {
  const { event } = await loadOccurrence(ctx.db, occurrenceId);
  if (!canManageEvent(actor, event)) throw new AppError("FORBIDDEN");
  const errors: Record<string, MessageKey> = {};
  if (!message.subject.trim()) errors.subject = "events.subjectRequired";
  if (!message.body.trim()) errors.body = "events.bodyRequired";
  if (message.statuses.length === 0) errors.statuses = "form.invalid";
  if (Object.keys(errors).length > 0) throw new AppError("VALIDATION_FAILED", errors);
  const recipients = await ctx.db
    .selectFrom("registrations")
    .select(["id", "email", "locale"])
    .where("occurrence_id", "=", occurrenceId)
    .where("status", "in", message.statuses)
    .where("email", "!=", "")
    .execute();
  const batch = newId();
  await ctx.db.transaction().execute(async (trx) => {
    for (const r of recipients) {
      const payload: SendEmailPayload = {
        to: r.email,
        locale: isLocale(r.locale) ? r.locale : "en",
        template: "event.message",
        values: { subject: message.subject.trim().slice(0, 200), body: message.body.trim().slice(0, 20_000) },
      };
      await enqueue(trx, ctx.clock, SEND_EMAIL, payload, { uniqueKey: `message:${batch}:${r.id}` });
    }
    await recordAudit(
      { db: trx, clock: ctx.clock },
      {
        actorId: actor.id,
        action: "occurrence.messaged",
        subjectType: "occurrence",
        subjectId: occurrenceId,
        detail: String(recipients.length),
      },
    );
  });
  return recipients.length;
}

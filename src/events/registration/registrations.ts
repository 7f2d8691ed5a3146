import { sql } from "kysely";
import { recordAudit } from "../../admin/audit.ts";
import { DAY } from "../../clock.ts";
import type { Config } from "../../config.ts";
import { hashToken, newId, newToken } from "../../db/ids.ts";
import type { Ctx, Db } from "../../db/index.ts";
import type { RegistrationRow } from "../../db/schema.ts";
import { SEND_EMAIL, type SendEmailPayload } from "../../email/templates.ts";
import { AppError } from "../../errors.ts";
import { chooseTranslation, fallbackChain, pickText } from "../../i18n/content.ts";
import { isLocale, LOCALE_INFO, type Locale } from "../../i18n/locales.ts";
import { formatDateTime, type MessageKey, translate } from "../../i18n/messages.ts";
import { zoneName, zoneOffsetLabel } from "../../i18n/zones.ts";
import { enqueue } from "../../jobs/queue.ts";
import { type Actor, canManageEvent } from "../../people/policy.ts";
import { announceContentChange } from "../../web/micro-cache.ts";
import { countLimit, type LimitRule } from "../../web/rate-limit.ts";
import { type CalendarEntry, calendarFile } from "../calendar.ts";
import {
  type Event,
  type Occurrence,
  type Question,
  type Registration,
  type RegistrationStatus,
  registrationWindow,
  toEvent,
  toOccurrence,
  toQuestion,
  toRegistration,
} from "../model.ts";

/**
 * Registration: seats, the waitlist and the mails that go with them.
 *
 * Seats are counted in `occurrences.confirmed_count` and taken only by a guarded UPDATE
 * (`… SET confirmed_count = confirmed_count + 1 WHERE confirmed_count < capacity`). On PostgreSQL
 * the row lock makes concurrent guards wait and re-check the new count; on SQLite every write
 * transaction runs alone. So a seat is never sold twice, whatever the concurrency, on any number
 * of app instances. Every change to who holds a seat takes that row lock first.
 */

export type RegistrationInput = {
  name: string;
  email: string;
  locale: Locale;
  isPseudonymous: boolean;
  answers: Record<string, string | string[]>;
};

/** What mails need of the site; a subset of Config so tests and jobs can pass it. */
export type SiteInfo = Pick<Config, "baseUrl" | "siteName" | "fallbacks" | "defaultLocale">;

type Services = Ctx & { config: SiteInfo };

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Validates a registration against the event's questions; errors are keyed by form field. */
export function validateRegistration(
  event: Pick<Event, "allowsPseudonymous">,
  questions: readonly Question[],
  input: RegistrationInput,
): Record<string, MessageKey> {
  const errors: Record<string, MessageKey> = {};
  if (!input.name.trim()) errors.name = "events.nameRequired";
  else if (input.name.length > 120) errors.name = "form.tooLong";
  if (!EMAIL.test(input.email.trim()) || input.email.length > 254) errors.email = "events.emailInvalid";
  if (input.isPseudonymous && !event.allowsPseudonymous) errors.isPseudonymous = "form.invalid";
  for (const q of questions) {
    const field = `q_${q.id}`;
    const value = input.answers[q.id];
    const values = Array.isArray(value) ? value : value ? [value] : [];
    const isEmpty = values.every((v) => !v.trim());
    // Someone registering under a pseudonym is asked for nothing but a name, an email and consents.
    const isRequired = q.isRequired && !(input.isPseudonymous && q.kind !== "consent");
    if (isEmpty) {
      if (isRequired) errors[field] = q.kind === "consent" ? "events.consentRequired" : "events.answerRequired";
      continue;
    }
    if (values.some((v) => v.length > 2000)) errors[field] = "form.tooLong";
    if (q.kind === "choice" || q.kind === "multi") {
      const allowed = new Set(q.options.map((o) => o.value));
      if (values.some((v) => !allowed.has(v)) || (q.kind === "choice" && values.length > 1)) errors[field] = "form.invalid";
    }
    if (q.kind === "country" && !/^[A-Z]{2}$/.test(values[0] ?? "")) errors[field] = "form.invalid";
  }
  return errors;
}

/** Keeps only answers to this event's questions, in the shape each question takes. */
function cleanAnswers(questions: readonly Question[], answers: Record<string, string | string[]>): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const q of questions) {
    const value = answers[q.id];
    if (value === undefined) continue;
    const values = (Array.isArray(value) ? value : [value]).map((v) => v.trim()).filter((v) => v);
    if (values.length === 0) continue;
    out[q.id] = q.kind === "multi" ? values : (values[0] as string);
  }
  return out;
}

async function loadOccurrence(db: Db, occurrenceId: string): Promise<{ event: Event; occurrence: Occurrence }> {
  const occurrence = await db.selectFrom("occurrences").selectAll().where("id", "=", occurrenceId).executeTakeFirst();
  if (!occurrence) throw new AppError("NOT_FOUND");
  const event = await db.selectFrom("events").selectAll().where("id", "=", occurrence.event_id).executeTakeFirstOrThrow();
  return { event: toEvent(event), occurrence: toOccurrence(occurrence) };
}

/** Takes one seat if there is one; true when taken. Holds the occurrence's row lock until the transaction ends. */
async function takeSeat(db: Db, occurrenceId: string): Promise<boolean> {
  const result = await db
    .updateTable("occurrences")
    .set((eb) => ({ confirmed_count: eb("confirmed_count", "+", 1) }))
    .where("id", "=", occurrenceId)
    .where((eb) => eb.or([eb("capacity", "is", null), eb("confirmed_count", "<", eb.ref("capacity"))]))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Locks an occurrence's row (a no-op update) so seat changes on it run one at a time. */
async function lockOccurrence(db: Db, occurrenceId: string): Promise<void> {
  await db.updateTable("occurrences").set({ confirmed_count: sql`confirmed_count` }).where("id", "=", occurrenceId).execute();
}

async function freeSeat(db: Db, occurrenceId: string): Promise<void> {
  await db
    .updateTable("occurrences")
    .set((eb) => ({ confirmed_count: eb("confirmed_count", "-", 1) }))
    .where("id", "=", occurrenceId)
    .where("confirmed_count", ">", 0)
    .execute();
}

/** Checks that an occurrence takes registrations now and that the answers fit its questions. */
async function openOccurrence(
  ctx: Services,
  occurrenceId: string,
  input: RegistrationInput,
  at: Date = ctx.clock.now(),
): Promise<{ event: Event; questions: Question[]; email: string }> {
  const { event, occurrence } = await loadOccurrence(ctx.db, occurrenceId);
  if (!event.isPublished) throw new AppError("NOT_FOUND");
  const window = registrationWindow(occurrence, at);
  if (window !== "open") throw new AppError("CONFLICT", { occurrence: `events.window.${window}` as MessageKey });
  const questions = await listQuestionsOf(ctx.db, event.id);
  const errors = validateRegistration(event, questions, input);
  if (Object.keys(errors).length > 0) throw new AppError("VALIDATION_FAILED", errors);
  return { event, questions, email: input.email.trim().toLowerCase() };
}

async function findActiveRegistration(db: Db, occurrenceId: string, email: string): Promise<{ id: string } | undefined> {
  return db
    .selectFrom("registrations")
    .select("id")
    .where("occurrence_id", "=", occurrenceId)
    .where("email", "=", email)
    .where("status", "in", ["confirmed", "waitlisted", "pending"])
    .executeTakeFirst();
}

/**
 * Registrations one client address may send per 10 minutes (form and API together), in a bucket of
 * their own: an office, a venue or a mobile network behind one address registers dozens of people,
 * and that never touches the sign-in limits.
 */
export function registrationRule(config: Pick<Config, "registrationLimit">): LimitRule {
  return { bucket: "events.register", max: config.registrationLimit, windowMs: 10 * 60_000 };
}

/** Mails about an address that is already registered: at most this many per address and day, whatever the occurrence. */
export const REGISTERED_AGAIN_MAILS: LimitRule = { bucket: "events.registered-again-mail", max: 3, windowMs: DAY };

/** The job that settles a registration sent through the public form or the API. */
export const REGISTER = "events.register";

/**
 * What the `events.register` job carries: the answers as sent, the id the registration will have,
 * and when the request was accepted (the registration window is judged at that moment, so a request
 * accepted just before the window closed is still honoured when the job runs later).
 */
export type RegistrationRequest = {
  occurrenceId: string;
  registrationId: string;
  input: RegistrationInput;
  requestedAt?: string | undefined;
};

/**
 * Takes a registration from the public form or the API, and tells the caller nothing about who is
 * registered. It checks what depends only on the occurrence and the answers (the window, required
 * answers, the email's form), then queues the `events.register` job; the caller answers "check your
 * mail". So the answer, and the work done before it (one insert into the queue), are the same for a
 * new address and for one that already holds a registration: not even its timing tells them apart.
 */
export async function requestRegistration(ctx: Services, occurrenceId: string, input: RegistrationInput): Promise<void> {
  const at = ctx.clock.now();
  await openOccurrence(ctx, occurrenceId, input, at);
  const request: RegistrationRequest = { occurrenceId, registrationId: newId(), input, requestedAt: at.toISOString() };
  await enqueue(ctx.db, ctx.clock, REGISTER, request, { uniqueKey: `register:${request.registrationId}` });
}

/**
 * Runs a registration request (the `events.register` job): a new address is registered and mailed
 * its private link; an address that already holds a registration for the occurrence is mailed a
 * further link to it instead (the earlier links keep working, nothing else changes), at most
 * `REGISTERED_AGAIN_MAILS` a day, so the form cannot fill someone's mailbox. The window is judged at
 * the moment the request was accepted; only a request whose occurrence was cancelled or deleted
 * since is dropped. Safe to run twice.
 */
export async function settleRegistration(ctx: Services & { secret: string }, request: RegistrationRequest): Promise<void> {
  const { occurrenceId, registrationId, input } = request;
  const at = request.requestedAt ? new Date(request.requestedAt) : undefined;
  const isDone = await ctx.db.selectFrom("registrations").select("id").where("id", "=", registrationId).executeTakeFirst();
  if (isDone) return;
  const email = input.email.trim().toLowerCase();
  const existing = await findActiveRegistration(ctx.db, occurrenceId, email);
  if (!existing) {
    try {
      await register(ctx, occurrenceId, input, registrationId, at);
      return;
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      if (error.fields.email !== "events.alreadyRegistered") return;
    }
  }
  const registered = existing ?? (await findActiveRegistration(ctx.db, occurrenceId, email));
  if (!registered) return;
  const limit = await countLimit(ctx, REGISTERED_AGAIN_MAILS, email);
  if (limit.isAllowed) await mailAnotherLink(ctx, registered.id);
}

/**
 * Registers someone for an occurrence: confirmed while seats last, then waitlisted; pending when the
 * organiser approves each person. Returns the registration and the token of its private link, which
 * exists nowhere else but in the mail. Refuses an address already registered for the occurrence;
 * public callers go through `requestRegistration`, which never tells a stranger so.
 */
export async function register(
  ctx: Services,
  occurrenceId: string,
  input: RegistrationInput,
  id: string = newId(),
  acceptedAt?: Date,
): Promise<{ registration: Registration; token: string }> {
  const { event, questions, email } = await openOccurrence(ctx, occurrenceId, input, acceptedAt);
  if (await findActiveRegistration(ctx.db, occurrenceId, email)) throw new AppError("CONFLICT", { email: "events.alreadyRegistered" });

  const token = newToken();
  const now = ctx.clock.now().toISOString();
  const row: RegistrationRow = {
    id,
    occurrence_id: occurrenceId,
    event_id: event.id,
    status: "pending",
    name: input.name.trim(),
    email,
    locale: input.locale,
    is_pseudonymous: input.isPseudonymous ? 1 : 0,
    answers: JSON.stringify(cleanAnswers(questions, input.answers)),
    token_hash: hashToken(token),
    created_at: now,
    updated_at: now,
    cancelled_at: null,
  };
  await ctx.db.transaction().execute(async (trx) => {
    if (!event.requiresApproval) row.status = (await takeSeat(trx, occurrenceId)) ? "confirmed" : "waitlisted";
    await trx.insertInto("registrations").values(row).execute();
    await mailStatus({ ...ctx, db: trx }, row.id, row.status === "confirmed" ? "confirmed" : row.status, token);
  });
  // A seat freed while this one was being written goes to the waitlist at once.
  if (row.status === "waitlisted") await fillSeats(ctx, occurrenceId);
  announceContentChange();
  const current = await findRegistration(ctx.db, row.id);
  return { registration: current, token };
}

async function listQuestionsOf(db: Db, eventId: string): Promise<Question[]> {
  const rows = await db.selectFrom("registration_questions").selectAll().where("event_id", "=", eventId).orderBy("position").execute();
  return rows.map(toQuestion);
}

export async function findRegistration(db: Db, id: string): Promise<Registration> {
  const row = await db.selectFrom("registrations").selectAll().where("id", "=", id).executeTakeFirst();
  if (!row) throw new AppError("NOT_FOUND");
  return toRegistration(row);
}

/** The registration behind a private link, with its event and occurrence. */
export async function findByToken(
  db: Db,
  token: string,
): Promise<{ registration: Registration; event: Event; occurrence: Occurrence } | undefined> {
  if (!/^[\w-]{16,200}$/.test(token)) return undefined;
  const hash = hashToken(token);
  const row =
    (await db.selectFrom("registrations").selectAll().where("token_hash", "=", hash).executeTakeFirst()) ??
    (await db
      .selectFrom("registration_links")
      .innerJoin("registrations", "registrations.id", "registration_links.registration_id")
      .selectAll("registrations")
      .where("registration_links.token_hash", "=", hash)
      .executeTakeFirst());
  if (!row || row.email === "") return undefined;
  const { event, occurrence } = await loadOccurrence(db, row.occurrence_id);
  return { registration: toRegistration(row), event, occurrence };
}

/**
 * Gives free seats to the waitlist, first come first served, until the seats or the waitlist run
 * out; tells each person promoted. Safe to call at any time and from any instance.
 */
export async function fillSeats(ctx: Services, occurrenceId: string): Promise<number> {
  let promoted = 0;
  for (;;) {
    const done = await ctx.db.transaction().execute(async (trx) => {
      // Lock the occurrence first: the seat is taken before anyone is chosen for it.
      if (!(await takeSeat(trx, occurrenceId))) return true;
      const next = await trx
        .selectFrom("registrations")
        .select("id")
        .where("occurrence_id", "=", occurrenceId)
        .where("status", "=", "waitlisted")
        .orderBy("created_at")
        .orderBy("id")
        .limit(1)
        .executeTakeFirst();
      if (!next) {
        await freeSeat(trx, occurrenceId);
        return true;
      }
      await trx
        .updateTable("registrations")
        .set({ status: "confirmed", updated_at: ctx.clock.now().toISOString() })
        .where("id", "=", next.id)
        .execute();
      await mailStatus({ ...ctx, db: trx }, next.id, "promoted");
      promoted++;
      return false;
    });
    if (done) break;
  }
  if (promoted > 0) announceContentChange();
  return promoted;
}

/**
 * Moves a registration to a new status inside one transaction that holds the occurrence's lock,
 * keeping the seat count right; `from` guards against a change made meanwhile by someone else.
 */
async function transition(
  ctx: Services,
  registrationId: string,
  from: readonly RegistrationStatus[],
  decide: (trx: Db, current: Registration) => Promise<RegistrationStatus>,
  mail: "cancelled" | "approved" | "declined" | "moved" | null,
  alsoInTransaction?: (trx: Db) => Promise<void>,
): Promise<Registration> {
  const before = await findRegistration(ctx.db, registrationId);
  if (!from.includes(before.status)) throw new AppError("CONFLICT", { status: "events.statusChanged" });
  await ctx.db.transaction().execute(async (trx) => {
    await lockOccurrence(trx, before.occurrenceId);
    const current = toRegistration(
      await trx.selectFrom("registrations").selectAll().where("id", "=", registrationId).executeTakeFirstOrThrow(),
    );
    if (current.status !== before.status || current.occurrenceId !== before.occurrenceId) {
      throw new AppError("CONFLICT", { status: "events.statusChanged" });
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
export async function cancelByToken(ctx: Services, token: string): Promise<Registration> {
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
export async function cancelRegistration(ctx: Services, actor: Actor, registrationId: string): Promise<Registration> {
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
export async function approveRegistration(ctx: Services, actor: Actor, registrationId: string): Promise<Registration> {
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

export async function declineRegistration(ctx: Services, actor: Actor, registrationId: string): Promise<Registration> {
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
  ctx: Services,
  registration: Registration,
  targetId: string,
  alsoInTransaction?: (trx: Db) => Promise<void>,
): Promise<Registration> {
  if (targetId === registration.occurrenceId) return registration;
  const target = await loadOccurrence(ctx.db, targetId);
  if (target.event.id !== registration.eventId) throw new AppError("VALIDATION_FAILED", { occurrenceId: "form.invalid" });
  if (target.occurrence.isCancelled) throw new AppError("CONFLICT", { occurrenceId: "events.window.cancelled" });
  const sourceId = registration.occurrenceId;
  await ctx.db.transaction().execute(async (trx) => {
    // Both occurrences are locked in one fixed order, so two opposite moves cannot deadlock.
    for (const id of [sourceId, targetId].sort()) await lockOccurrence(trx, id);
    const current = toRegistration(
      await trx.selectFrom("registrations").selectAll().where("id", "=", registration.id).executeTakeFirstOrThrow(),
    );
    if (current.occurrenceId !== sourceId || !["confirmed", "waitlisted", "pending"].includes(current.status)) {
      throw new AppError("CONFLICT", { status: "events.statusChanged" });
    }
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
  ctx: Services,
  actor: Actor,
  registrationId: string,
  targetOccurrenceId: string,
): Promise<Registration> {
  const registration = await registrationToManage(ctx, actor, registrationId);
  return moveTo(ctx, registration, targetOccurrenceId, audit(ctx, actor, "registration.moved", registrationId));
}

/** The registrant changes their details or moves to another time through their private link. */
export async function updateByToken(
  ctx: Services,
  token: string,
  input: RegistrationInput & { occurrenceId: string },
): Promise<Registration> {
  const found = await findByToken(ctx.db, token);
  if (!found) throw new AppError("NOT_FOUND");
  const { registration, event } = found;
  if (!["confirmed", "waitlisted", "pending"].includes(registration.status))
    throw new AppError("CONFLICT", { status: "events.statusChanged" });
  const questions = await listQuestionsOf(ctx.db, event.id);
  const errors = validateRegistration(event, questions, input);
  if (Object.keys(errors).length > 0) throw new AppError("VALIDATION_FAILED", errors);
  const writeDetails = async (db: Db) => {
    await db
      .updateTable("registrations")
      .set({
        name: input.name.trim(),
        email: input.email.trim().toLowerCase(),
        locale: input.locale,
        is_pseudonymous: input.isPseudonymous ? 1 : 0,
        answers: JSON.stringify(cleanAnswers(questions, input.answers)),
        updated_at: ctx.clock.now().toISOString(),
      })
      .where("id", "=", registration.id)
      .execute();
  };
  if (input.occurrenceId !== registration.occurrenceId) {
    // Every check comes before any write: a refused move keeps the old details too.
    const target = await loadOccurrence(ctx.db, input.occurrenceId);
    if (registrationWindow(target.occurrence, ctx.clock.now()) !== "open") {
      throw new AppError("CONFLICT", {
        occurrenceId: `events.window.${registrationWindow(target.occurrence, ctx.clock.now())}` as MessageKey,
      });
    }
    return moveTo(ctx, { ...registration }, input.occurrenceId, writeDetails);
  }
  await writeDetails(ctx.db);
  return findRegistration(ctx.db, registration.id);
}

/**
 * Mails a further private link to a registration, in the registrant's language. The earlier links
 * keep working: whoever asked for this mail cannot take the registrant's link away from them.
 */
export async function mailAnotherLink(ctx: Services, registrationId: string): Promise<void> {
  const token = newToken();
  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .insertInto("registration_links")
      .values({ token_hash: hashToken(token), registration_id: registrationId, created_at: ctx.clock.now().toISOString() })
      .execute();
    await mailStatus({ ...ctx, db: trx }, registrationId, "link", token);
  });
}

// ---- Listing, for organisers ----

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
  ctx: Services,
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

// ---- Mail and calendar ----

/** Every mail that tells a registrant where they stand; each has an `events.mail.<kind>.*` text. */
export const STATUS_MAILS = [
  "confirmed",
  "waitlisted",
  "pending",
  "promoted",
  "approved",
  "declined",
  "cancelled",
  "moved",
  "link",
  "reminder",
  "join",
] as const;
export type StatusMail = (typeof STATUS_MAILS)[number];

/** The texts of an event in one language, with the usual fallbacks. */
export async function eventTexts(
  db: Db,
  event: Pick<Event, "id" | "sourceLocale">,
  locale: Locale,
  options: Pick<SiteInfo, "fallbacks" | "defaultLocale">,
): Promise<{ title: string; summary: string; locale: Locale } | undefined> {
  const rows = await db
    .selectFrom("event_translations")
    .select(["locale", "status", "title", "summary"])
    .where("event_id", "=", event.id)
    .where("status", "in", ["published", "outdated"])
    .execute();
  const chain = fallbackChain(locale, {
    fallbacks: options.fallbacks,
    defaultLocale: options.defaultLocale,
    sourceLocale: event.sourceLocale,
  });
  const chosen = chooseTranslation(rows, chain);
  return chosen ? { title: chosen.translation.title, summary: chosen.translation.summary, locale: chosen.locale } : undefined;
}

export function eventUrl(config: Pick<SiteInfo, "baseUrl">, event: Pick<Event, "slug">, locale: Locale): string {
  return new URL(`/${LOCALE_INFO[locale].segment}/events/${event.slug}`, config.baseUrl).toString();
}

export function registrationUrl(config: Pick<SiteInfo, "baseUrl">, locale: Locale, token: string): string {
  return new URL(`/${LOCALE_INFO[locale].segment}/registrations/${token}`, config.baseUrl).toString();
}

const timeFormats = new Map<string, Intl.DateTimeFormat>();

function timeFormat(locale: Locale, timeZone: string): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone}`;
  let format = timeFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { timeStyle: "short", timeZone });
    timeFormats.set(key, format);
  }
  return format;
}

/** "7 Dec 2026, 09:00 – 10:30 (Europe/Paris, UTC+01:00)" in the reader's language and the event's zone. */
export function formatOccurrenceTime(locale: Locale, occurrence: Pick<Occurrence, "startsAt" | "endsAt">, zone: string): string {
  const sameDay = formatDateTime(locale, occurrence.startsAt, "date", zone) === formatDateTime(locale, occurrence.endsAt, "date", zone);
  const end = sameDay
    ? timeFormat(locale, zone).format(new Date(occurrence.endsAt))
    : formatDateTime(locale, occurrence.endsAt, "datetime", zone);
  return `${formatDateTime(locale, occurrence.startsAt, "datetime", zone)} – ${end} (${zoneName(locale, zone)}, ${zoneOffsetLabel(occurrence.startsAt, zone)})`;
}

export function locationText(
  event: Event,
  locale: Locale,
  config: Pick<SiteInfo, "fallbacks" | "defaultLocale">,
  onlineLabel: string,
): string {
  if (event.isOnline) return onlineLabel;
  const chain = fallbackChain(locale, { ...config, sourceLocale: event.sourceLocale });
  return [event.venue, event.address, pickText(event.city, chain), event.country ?? ""].filter((p) => p).join(", ");
}

/** The .ics of one occurrence in a language; the join link only for a confirmed registrant. */
export async function occurrenceCalendar(
  ctx: Pick<Services, "db" | "config">,
  event: Event,
  occurrence: Occurrence,
  locale: Locale,
  options: { joinUrl?: string; onlineLabel: string },
): Promise<string> {
  const texts = (await eventTexts(ctx.db, event, locale, ctx.config)) ?? { title: event.slug, summary: "" };
  const url = eventUrl(ctx.config, event, locale);
  const entry: CalendarEntry = {
    uid: occurrence.id,
    title: texts.title,
    description: [texts.summary, options.joinUrl ?? "", url].filter((p) => p).join("\n\n"),
    url: options.joinUrl || url,
    location: event.isOnline ? options.joinUrl || options.onlineLabel : locationText(event, locale, ctx.config, options.onlineLabel),
    startsAt: occurrence.startsAt,
    endsAt: occurrence.endsAt,
    timeZone: event.timeZone,
    isCancelled: occurrence.isCancelled,
    updatedAt: [event.updatedAt, occurrence.updatedAt].sort().at(-1) ?? event.updatedAt,
  };
  return calendarFile([entry], { name: texts.title, host: ctx.config.baseUrl.host });
}

/**
 * Queues the mail that tells a registrant where they stand, in their language, with the .ics when
 * they hold a seat and the join link when the event is online. Called inside the transaction that
 * made the change, so the mail goes if and only if the change was saved.
 */
export async function mailStatus(
  ctx: Services,
  registrationId: string,
  kind: StatusMail,
  token?: string,
  uniqueKey?: string,
): Promise<void> {
  const row = await ctx.db.selectFrom("registrations").selectAll().where("id", "=", registrationId).executeTakeFirstOrThrow();
  const registration = toRegistration(row);
  if (!registration.email) return;
  const { event, occurrence } = await loadOccurrence(ctx.db, registration.occurrenceId);
  const locale = registration.locale;
  const texts = (await eventTexts(ctx.db, event, locale, ctx.config)) ?? { title: event.slug, summary: "" };
  const holdsSeat = registration.status === "confirmed";
  const values: Record<string, string> = {
    name: registration.name,
    event: texts.title,
    when: formatOccurrenceTime(locale, occurrence, event.timeZone),
    eventUrl: eventUrl(ctx.config, event, locale),
    status: registration.status,
  };
  if (token) values.manageUrl = registrationUrl(ctx.config, locale, token);
  if (holdsSeat && event.isOnline && occurrence.joinUrl) values.joinUrl = occurrence.joinUrl;
  const payload: SendEmailPayload & { attachments?: { filename: string; content: string; contentType: string }[] } = {
    to: registration.email,
    locale,
    template: `event.${kind}`,
    values,
  };
  if (holdsSeat && kind !== "link") {
    const ics = await occurrenceCalendar(ctx, event, occurrence, locale, {
      ...(values.joinUrl ? { joinUrl: values.joinUrl } : {}),
      onlineLabel: translate(locale, "events.online"),
    });
    payload.attachments = [{ filename: `${event.slug}.ics`, content: ics, contentType: "text/calendar; charset=utf-8; method=PUBLISH" }];
  }
  await enqueue(ctx.db, ctx.clock, SEND_EMAIL, payload, uniqueKey ? { uniqueKey } : {});
}

/** Sends the join link to everyone holding a seat, when the organiser adds or changes it after they registered. */
export async function mailJoinLink(ctx: Services, occurrenceId: string, joinUrl: string): Promise<number> {
  const holders = await ctx.db
    .selectFrom("registrations")
    .select("id")
    .where("occurrence_id", "=", occurrenceId)
    .where("status", "=", "confirmed")
    .where("email", "!=", "")
    .execute();
  for (const r of holders) await mailStatus(ctx, r.id, "join", undefined, `join:${r.id}:${joinUrl}`);
  return holders.length;
}

// ---- Reminders ----

export const REMIND = "event.remind";

/** Queues one reminder job per configured reminder, keyed by the start so a moved occurrence gets new ones. */
export async function scheduleReminders(ctx: Ctx, occurrence: Occurrence): Promise<void> {
  const now = ctx.clock.now().getTime();
  for (const minutes of occurrence.reminders) {
    const runAt = Date.parse(occurrence.startsAt) - minutes * 60_000;
    if (runAt <= now) continue;
    await enqueue(
      ctx.db,
      ctx.clock,
      REMIND,
      { occurrenceId: occurrence.id, minutes, startsAt: occurrence.startsAt },
      { runAt: new Date(runAt), uniqueKey: `remind:${occurrence.id}:${minutes}:${occurrence.startsAt}` },
    );
  }
}

/** Runs a reminder: one mail to each confirmed registrant, unless the occurrence moved or was cancelled since. */
export async function sendReminders(ctx: Services, payload: { occurrenceId: string; minutes: number; startsAt: string }): Promise<number> {
  const row = await ctx.db.selectFrom("occurrences").selectAll().where("id", "=", payload.occurrenceId).executeTakeFirst();
  if (!row) return 0;
  const occurrence = toOccurrence(row);
  if (occurrence.isCancelled || occurrence.startsAt !== payload.startsAt || !occurrence.reminders.includes(payload.minutes)) return 0;
  const registrations = await ctx.db
    .selectFrom("registrations")
    .select("id")
    .where("occurrence_id", "=", occurrence.id)
    .where("status", "=", "confirmed")
    .where("email", "!=", "")
    .execute();
  for (const r of registrations) {
    // The unique key keeps a re-run of this job from queueing a second reminder that is still waiting.
    await mailStatus(ctx, r.id, "reminder", undefined, `reminder:${r.id}:${payload.minutes}:${payload.startsAt}`);
  }
  return registrations.length;
}

// ---- Privacy ----

/** How long after an occurrence ends its registrants' names, emails and free-text answers are kept. */
export const REGISTRATION_RETENTION_MS = 90 * DAY;

/**
 * Removes the personal data of registrations whose occurrence ended more than the retention period
 * ago. Status and the answers to choice, country and organisation questions stay for statistics.
 */
export async function purgeRegistrations(ctx: Ctx): Promise<number> {
  const cutoff = new Date(ctx.clock.now().getTime() - REGISTRATION_RETENTION_MS).toISOString();
  const rows = await ctx.db
    .selectFrom("registrations")
    .innerJoin("occurrences", "occurrences.id", "registrations.occurrence_id")
    .select(["registrations.id", "registrations.answers", "registrations.event_id"])
    .where("occurrences.ends_at", "<", cutoff)
    .where("registrations.email", "!=", "")
    .limit(5000)
    .execute();
  if (rows.length === 0) return 0;
  const kinds = new Map<string, string>();
  const eventIds = [...new Set(rows.map((r) => r.event_id))];
  const questions = await ctx.db.selectFrom("registration_questions").select(["id", "kind"]).where("event_id", "in", eventIds).execute();
  for (const q of questions) kinds.set(q.id, q.kind);
  const KEPT = new Set(["choice", "multi", "country", "organisation"]);
  await ctx.db.transaction().execute(async (trx) => {
    for (const row of rows) {
      const answers = JSON.parse(row.answers) as Record<string, unknown>;
      const kept = Object.fromEntries(Object.entries(answers).filter(([id]) => KEPT.has(kinds.get(id) ?? "")));
      await trx
        .updateTable("registrations")
        .set({ name: "", email: "", answers: JSON.stringify(kept), token_hash: hashToken(newToken()) })
        .where("id", "=", row.id)
        .execute();
      await trx.deleteFrom("registration_links").where("registration_id", "=", row.id).execute();
    }
  });
  return rows.length;
}

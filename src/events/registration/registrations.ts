import { announceContentChange } from "../../changes.ts";
import { DAY } from "../../clock.ts";
import type { Config } from "../../config.ts";
import { hashToken, newId, newToken } from "../../db/ids.ts";
import { type Ctx, type Db, isUniqueViolation } from "../../db/index.ts";
import type { RegistrationRow } from "../../db/schema.ts";
import { AppError, windowCode } from "../../errors.ts";
import type { Locale } from "../../i18n/locales.ts";
import type { MessageKey } from "../../i18n/messages.ts";
import { enqueue } from "../../jobs/queue.ts";
import { countLimit, type LimitRule } from "../../web/rate-limit.ts";
import { type Event, type Occurrence, type Question, type Registration, registrationWindow, toQuestion, toRegistration } from "../model.ts";
import { fillSeats, loadOccurrence, lockOccurrence, takeSeat } from "./seats.ts";
import { mailAnotherLink, mailStatus } from "./status-mails.ts";

/**
 * Taking a registration: the public request (which tells no one who is registered), the job that
 * settles it, and register() itself, which takes a seat, a waitlist place or an approval pending.
 * Seats and the waitlist are in seats.ts; later changes in changes.ts; the mails in status-mails.ts.
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

/** What registration needs of the app: the database, the clock and the site facts its mails name. */
export type RegistrationCtx = Ctx & { config: SiteInfo };

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
export function cleanAnswers(
  questions: readonly Question[],
  answers: Record<string, string | string[]>,
): Record<string, string | string[]> {
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

/** Checks that an occurrence takes registrations now and that the answers fit its questions. */
async function openOccurrence(
  ctx: RegistrationCtx,
  occurrenceId: string,
  input: RegistrationInput,
  at: Date = ctx.clock.now(),
): Promise<{ event: Event; questions: Question[]; email: string }> {
  const { event, occurrence } = await loadOccurrence(ctx.db, occurrenceId);
  if (!event.isPublished) throw new AppError("NOT_FOUND", {}, "OCCURRENCE_NOT_FOUND");
  const window = registrationWindow(occurrence, at);
  if (window !== "open") throw new AppError("CONFLICT", { occurrence: `events.window.${window}` as MessageKey }, windowCode(window));
  const questions = await listQuestionsOf(ctx.db, event.id);
  const errors = validateRegistration(event, questions, input);
  if (Object.keys(errors).length > 0) throw new AppError("VALIDATION_FAILED", errors);
  return { event, questions, email: input.email.trim().toLowerCase() };
}

const ALREADY_REGISTERED = () => new AppError("CONFLICT", { email: "events.alreadyRegistered" });

/** The address's active registration for an occurrence; purged rows (email '') never match. */
export async function findActiveRegistration(db: Db, occurrenceId: string, email: string): Promise<{ id: string } | undefined> {
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
export async function requestRegistration(ctx: RegistrationCtx, occurrenceId: string, input: RegistrationInput): Promise<void> {
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
export async function settleRegistration(ctx: RegistrationCtx & { secret: string }, request: RegistrationRequest): Promise<void> {
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
  await mailHolder(ctx, existing ?? (await findActiveRegistration(ctx.db, occurrenceId, email)), email);
}

/**
 * Registers someone for an occurrence: confirmed while seats last, then waitlisted; pending when the
 * organiser approves each person. Returns the registration and the token of its private link, which
 * exists nowhere else but in the mail. Refuses an address already registered for the occurrence;
 * public callers go through `requestRegistration`, which never tells a stranger so.
 */
export async function register(
  ctx: RegistrationCtx,
  occurrenceId: string,
  input: RegistrationInput,
  id: string = newId(),
  acceptedAt?: Date,
): Promise<{ registration: Registration; token: string }> {
  const { event, questions, email } = await openOccurrence(ctx, occurrenceId, input, acceptedAt);

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
  try {
    await ctx.db.transaction().execute(async (trx) => {
      // The lock comes first, so the check below sees every registration committed before it.
      await lockOccurrence(trx, occurrenceId);
      if (await findActiveRegistration(trx, occurrenceId, email)) throw ALREADY_REGISTERED();
      if (!event.requiresApproval) row.status = (await takeSeat(trx, occurrenceId)) ? "confirmed" : "waitlisted";
      await trx.insertInto("registrations").values(row).execute();
      await mailStatus({ ...ctx, db: trx }, row.id, row.status === "confirmed" ? "confirmed" : row.status, token);
    });
  } catch (error) {
    // The unique index of active registrations per address is the last word, should two get past the check.
    if (isUniqueViolation(error)) throw ALREADY_REGISTERED();
    throw error;
  }
  // A seat freed while this one was being written goes to the waitlist at once.
  if (row.status === "waitlisted") await fillSeats(ctx, occurrenceId);
  announceContentChange();
  const current = await findRegistration(ctx.db, row.id);
  return { registration: current, token };
}

export async function listQuestionsOf(db: Db, eventId: string): Promise<Question[]> {
  const rows = await db.selectFrom("registration_questions").selectAll().where("event_id", "=", eventId).orderBy("position").execute();
  return rows.map(toQuestion);
}

export async function findRegistration(db: Db, id: string): Promise<Registration> {
  const row = await db.selectFrom("registrations").selectAll().where("id", "=", id).executeTakeFirst();
  if (!row) throw new AppError("NOT_FOUND", {}, "REGISTRATION_NOT_FOUND");
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

/** Mails a further link to the registration an address already holds, at most `REGISTERED_AGAIN_MAILS` a day. */
export async function mailHolder(
  ctx: RegistrationCtx & { secret: string },
  holder: { id: string } | undefined,
  email: string,
): Promise<void> {
  if (!holder) return;
  const limit = await countLimit(ctx, REGISTERED_AGAIN_MAILS, email);
  if (limit.isAllowed) await mailAnotherLink(ctx, holder.id);
}

import { createCipheriv, createDecipheriv, createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { DAY } from "../../clock.ts";
import { type Db, isUniqueViolation } from "../../db/index.ts";
import { SEND_EMAIL, type SendEmailPayload } from "../../email/templates.ts";
import { AppError } from "../../errors.ts";
import { LOCALE_INFO } from "../../i18n/locales.ts";
import { enqueue } from "../../jobs/queue.ts";
import { countLimit } from "../../web/rate-limit.ts";
import { toRegistration } from "../model.ts";
import { findActiveRegistration, mailHolder, REGISTERED_AGAIN_MAILS, type RegistrationCtx } from "./registrations.ts";
import { loadOccurrence, lockOccurrence } from "./seats.ts";
import { eventTexts, formatOccurrenceTime } from "./status-mails.ts";

/**
 * A registrant's new address is confirmed from that address before it is written (as pretix does),
 * so the private page answers alike whether or not the new address is already registered: saving
 * a new address only queues `events.address-change`, whose mail goes to the new address. That mail
 * carries a confirmation link, or, where the address already holds a registration for the
 * occurrence, a further link to that one instead. The new address is kept nowhere but in the job,
 * the mail and the link: the link is the address itself, encrypted and signed with the site secret.
 */

export type AddressChangeCtx = RegistrationCtx & { secret: string };

/** The job that mails the new address; it carries the registration's id and the address. */
export const ADDRESS_CHANGE = "events.address-change";

/** The template of the mail with the confirmation link. */
export const ADDRESS_CHANGE_MAIL = "event.address-change";

/** How long a confirmation link works. */
export const ADDRESS_LINK_LIFETIME_MS = 2 * DAY;

const ACTIVE = ["confirmed", "waitlisted", "pending"];

function keysOf(secret: string): { cipher: Buffer; mac: Buffer } {
  const derive = (use: string) => createHmac("sha256", secret).update(`events.address-change.${use}`).digest();
  return { cipher: derive("cipher"), mac: derive("mac") };
}

/**
 * The token of a confirmation link: registration id, new address and expiry, encrypted (so the
 * address is not readable in a URL, a history or a proxy's log) and then signed with HMAC-SHA256
 * over the whole of it, so no part can be changed.
 */
export function createAddressToken(secret: string, registrationId: string, email: string, expiresAt: Date): string {
  const keys = keysOf(secret);
  const iv = randomBytes(16);
  const cipher = createCipheriv("aes-256-ctr", keys.cipher, iv);
  const plain = Buffer.from(JSON.stringify([registrationId, email, expiresAt.getTime()]));
  const body = Buffer.concat([iv, cipher.update(plain), cipher.final()]);
  const mac = createHmac("sha256", keys.mac).update(body).digest();
  return Buffer.concat([body, mac]).toString("base64url");
}

/** What a confirmation token says, or undefined when it is malformed, tampered with or expired. */
export function readAddressToken(secret: string, token: unknown, now: Date): { registrationId: string; email: string } | undefined {
  if (typeof token !== "string" || token.length > 1000 || !/^[\w-]+$/.test(token)) return undefined;
  const raw = Buffer.from(token, "base64url");
  if (raw.length < 16 + 32 + 1) return undefined;
  const keys = keysOf(secret);
  const body = raw.subarray(0, raw.length - 32);
  const expected = createHmac("sha256", keys.mac).update(body).digest();
  if (!timingSafeEqual(expected, raw.subarray(raw.length - 32))) return undefined;
  const decipher = createDecipheriv("aes-256-ctr", keys.cipher, body.subarray(0, 16));
  const plain = Buffer.concat([decipher.update(body.subarray(16)), decipher.final()]).toString("utf8");
  let fields: unknown;
  try {
    fields = JSON.parse(plain);
  } catch {
    return undefined;
  }
  if (!Array.isArray(fields) || fields.length !== 3) return undefined;
  const [registrationId, email, expiresAt] = fields as unknown[];
  if (typeof registrationId !== "string" || typeof email !== "string" || typeof expiresAt !== "number") return undefined;
  if (now.getTime() > expiresAt) return undefined;
  return { registrationId, email };
}

export function addressConfirmationUrl(config: RegistrationCtx["config"], locale: keyof typeof LOCALE_INFO, token: string): string {
  const url = new URL(`/${LOCALE_INFO[locale].segment}/confirm-address`, config.baseUrl);
  url.searchParams.set("t", token);
  return url.toString();
}

/**
 * Queues the mail to a registrant's new address; called in the transaction that saves the other
 * details, so it goes if and only if they are saved. The same one insert for any address, so
 * neither the answer nor its timing tells whether the address is registered.
 */
export async function requestAddressChange(
  db: Db,
  ctx: Pick<RegistrationCtx, "clock">,
  registrationId: string,
  email: string,
): Promise<void> {
  await enqueue(db, ctx.clock, ADDRESS_CHANGE, { registrationId, email });
}

/**
 * Runs `events.address-change`: one mail to the new address, in the registrant's language. It
 * carries the confirmation link; or, where the address already holds an active registration for
 * the occurrence, a further link to that registration instead (as when someone registers an
 * address again). Either kind counts towards `REGISTERED_AGAIN_MAILS`, so the private page cannot
 * fill someone's mailbox. Nothing is written to the registration.
 */
export async function mailAddressChange(ctx: AddressChangeCtx, payload: { registrationId: string; email: string }): Promise<void> {
  const row = await ctx.db.selectFrom("registrations").selectAll().where("id", "=", payload.registrationId).executeTakeFirst();
  if (!row || row.email === "" || !ACTIVE.includes(row.status) || row.email === payload.email) return;
  const registration = toRegistration(row);
  const holder = await findActiveRegistration(ctx.db, registration.occurrenceId, payload.email);
  if (holder) return mailHolder(ctx, holder, payload.email);
  const limit = await countLimit(ctx, REGISTERED_AGAIN_MAILS, payload.email);
  if (!limit.isAllowed) return;
  const { event, occurrence } = await loadOccurrence(ctx.db, registration.occurrenceId);
  const locale = registration.locale;
  const texts = (await eventTexts(ctx.db, event, locale, ctx.config)) ?? { title: event.slug };
  const expiresAt = new Date(ctx.clock.now().getTime() + ADDRESS_LINK_LIFETIME_MS);
  const token = createAddressToken(ctx.secret, registration.id, payload.email, expiresAt);
  const mail: SendEmailPayload = {
    to: payload.email,
    locale,
    template: ADDRESS_CHANGE_MAIL,
    values: {
      name: registration.name,
      event: texts.title,
      when: formatOccurrenceTime(locale, occurrence, event.timeZone),
      confirmUrl: addressConfirmationUrl(ctx.config, locale, token),
    },
  };
  await enqueue(ctx.db, ctx.clock, SEND_EMAIL, mail);
}

/** Checks a confirmation link before its page is shown; a bad, tampered or expired one is TOKEN_INVALID (410). */
export function checkAddressToken(ctx: Pick<AddressChangeCtx, "secret" | "clock">, token: unknown): void {
  if (!readAddressToken(ctx.secret, token, ctx.clock.now())) throw new AppError("TOKEN_INVALID");
}

/**
 * Applies a confirmed address, in one transaction under the occurrence's lock: only while the
 * registration is active and no other active registration for the occurrence holds the address.
 * Otherwise nothing is written, and the caller shows the same page either way; a second
 * confirmation finds the address already in place and changes nothing.
 */
export async function confirmAddressChange(ctx: AddressChangeCtx, token: unknown): Promise<void> {
  const change = readAddressToken(ctx.secret, token, ctx.clock.now());
  if (!change) throw new AppError("TOKEN_INVALID");
  const before = await ctx.db
    .selectFrom("registrations")
    .select(["occurrence_id", "email"])
    .where("id", "=", change.registrationId)
    .executeTakeFirst();
  if (!before || before.email === "") throw new AppError("TOKEN_INVALID");
  try {
    await ctx.db.transaction().execute(async (trx) => {
      await lockOccurrence(trx, before.occurrence_id);
      const current = await trx.selectFrom("registrations").selectAll().where("id", "=", change.registrationId).executeTakeFirstOrThrow();
      if (current.occurrence_id !== before.occurrence_id || !ACTIVE.includes(current.status) || current.email === change.email) return;
      if (current.email === "" || (await findActiveRegistration(trx, current.occurrence_id, change.email))) return;
      await trx
        .updateTable("registrations")
        .set({ email: change.email, updated_at: ctx.clock.now().toISOString() })
        .where("id", "=", current.id)
        .execute();
    });
  } catch (error) {
    // Registered between the check and the write: the unique index refuses it, and nothing is written.
    if (!isUniqueViolation(error)) throw error;
  }
}

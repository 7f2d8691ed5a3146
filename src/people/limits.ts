import { DAY, HOUR, MINUTE } from "../clock.ts";
import type { Services } from "../web/context.ts";
import { clearLimit, countLimit, type LimitRule, peekLimit } from "../web/rate-limit.ts";

/**
 * Brute-force limits for the account forms. Each action has its own buckets, so that one form's
 * failures never block another, and nothing here shares a bucket with registrations or comments.
 * Only failures are counted: twenty colleagues behind one office address all sign in.
 *
 * Per address: 5 failures in 15 minutes. Per account, whatever the address: a short lock after a
 * burst and a longer one after a day of failures; both expire, and a password reset (which proves
 * the mailbox) lifts the sign-in lock, so an attacker cannot keep the owner out for good.
 */
export const LIMITS = {
  signInAddress: { bucket: "people.sign-in.address", max: 5, windowMs: 15 * MINUTE },
  signInAccount: { bucket: "people.sign-in.account", max: 10, windowMs: 15 * MINUTE },
  signInAccountDay: { bucket: "people.sign-in.account-day", max: 50, windowMs: DAY },
  twoFactorAddress: { bucket: "people.two-factor.address", max: 5, windowMs: 15 * MINUTE },
  twoFactorAccount: { bucket: "people.two-factor.account", max: 5, windowMs: 15 * MINUTE },
  twoFactorAccountDay: { bucket: "people.two-factor.account-day", max: 20, windowMs: DAY },
  resetRequestAddress: { bucket: "people.reset-request.address", max: 5, windowMs: 15 * MINUTE },
  resetRequestEmail: { bucket: "people.reset-request.email", max: 3, windowMs: HOUR },
  resetLinkAddress: { bucket: "people.reset-link.address", max: 5, windowMs: 15 * MINUTE },
  invitationAddress: { bucket: "people.invitation.address", max: 5, windowMs: 15 * MINUTE },
  passwordChangeAddress: { bucket: "people.password-change.address", max: 5, windowMs: 15 * MINUTE },
  passwordChangeAccount: { bucket: "people.password-change.account", max: 5, windowMs: 15 * MINUTE },
} as const satisfies Record<string, LimitRule>;

/** A rule and the key it is counted under (an address, an account id, a normalised email). */
export type LimitCheck = readonly [LimitRule, string];

type LimitServices = Pick<Services, "db" | "secret" | "clock">;

/** Seconds to wait before the next try, 0 when every rule still allows one. Counts nothing. */
export async function secondsUntilAllowed(services: LimitServices, checks: readonly LimitCheck[]): Promise<number> {
  let wait = 0;
  for (const [rule, key] of checks) {
    const state = await peekLimit(services, rule, key);
    if (!state.isAllowed) wait = Math.max(wait, state.retryAfterSeconds, 1);
  }
  return wait;
}

/** Counts one failure against every rule. */
export async function countFailure(services: LimitServices, checks: readonly LimitCheck[]): Promise<void> {
  for (const [rule, key] of checks) await countLimit(services, rule, key);
}

/** Forgets the failures under these rules (an account's, once its owner proved who they are). */
export async function forgetFailures(services: Pick<Services, "db" | "secret">, checks: readonly LimitCheck[]): Promise<void> {
  for (const [rule, key] of checks) await clearLimit(services, rule, key);
}

/** The sign-in checks for an address and a typed email: keyed by the email so unknown addresses behave the same. */
export function signInChecks(address: string, email: string): LimitCheck[] {
  return [
    [LIMITS.signInAddress, address],
    [LIMITS.signInAccount, email],
    [LIMITS.signInAccountDay, email],
  ];
}

export function signInAccountChecks(email: string): LimitCheck[] {
  return [
    [LIMITS.signInAccount, email],
    [LIMITS.signInAccountDay, email],
  ];
}

export function twoFactorChecks(address: string, userId: string): LimitCheck[] {
  return [
    [LIMITS.twoFactorAddress, address],
    [LIMITS.twoFactorAccount, userId],
    [LIMITS.twoFactorAccountDay, userId],
  ];
}

export function passwordChangeChecks(address: string, userId: string): LimitCheck[] {
  return [
    [LIMITS.passwordChangeAddress, address],
    [LIMITS.passwordChangeAccount, userId],
  ];
}

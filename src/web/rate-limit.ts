import { createHmac } from "node:crypto";
import type { FastifyRateLimitStoreCtor } from "@fastify/rate-limit";
import { sql } from "kysely";
import type { Services } from "./context.ts";

/**
 * A store for @fastify/rate-limit in our own database, so that limits hold across every instance.
 * Keys are keyed hashes of the client address and route: no address is ever stored.
 */
export function dbRateLimitStore(services: Pick<Services, "db" | "secret" | "clock">): FastifyRateLimitStoreCtor {
  const { db, secret, clock } = services;
  class Store {
    constructor(private readonly scope = "global") {}
    incr(key: string, callback: (error: Error | null, result?: { current: number; ttl: number }) => void, timeWindow: number): void {
      const now = clock.now().getTime();
      const id = createHmac("sha256", secret).update(`${this.scope}|${key}`).digest("base64url").slice(0, 32);
      db.insertInto("rate_limits")
        .values({ key: id, window_start: now, hits: 1 })
        .onConflict((oc) =>
          oc.column("key").doUpdateSet({
            hits: sql`case when rate_limits.window_start + ${timeWindow} <= ${now} then 1 else rate_limits.hits + 1 end`,
            window_start: sql`case when rate_limits.window_start + ${timeWindow} <= ${now} then ${now} else rate_limits.window_start end`,
          }),
        )
        .returning(["hits", "window_start"])
        .executeTakeFirstOrThrow()
        .then((row) => callback(null, { current: Number(row.hits), ttl: Number(row.window_start) + timeWindow - now }))
        .catch((error: Error) => callback(error));
    }
    child(routeOptions: { path: string; method: string | string[] }) {
      return new Store(`${String(routeOptions.method)} ${routeOptions.path}`);
    }
  }
  return Store as unknown as FastifyRateLimitStoreCtor;
}

/** Removes counters whose window ended long ago. */
export async function purgeRateLimits(db: Services["db"], now: Date): Promise<void> {
  await db
    .deleteFrom("rate_limits")
    .where("window_start", "<", now.getTime() - 86_400_000)
    .execute();
}

/** A named limit: at most `max` counted events per `windowMs`, per key. Each purpose has its own bucket. */
export type LimitRule = { bucket: string; max: number; windowMs: number };

/** Where a key stands against a rule: whether one more is allowed, and when to retry if not. */
export type LimitState = { isAllowed: boolean; count: number; retryAfterSeconds: number };

function limitKey(services: Pick<Services, "secret">, rule: LimitRule, key: string): string {
  return createHmac("sha256", services.secret).update(`limit|${rule.bucket}|${key}`).digest("base64url").slice(0, 32);
}

/**
 * Counts one event against a rule for a key (an address, an account id, an email) and says whether
 * it was within the limit. The key is stored only as a keyed hash. Works across instances: the count
 * lives in the database, updated in one statement.
 */
export async function countLimit(services: Pick<Services, "db" | "secret" | "clock">, rule: LimitRule, key: string): Promise<LimitState> {
  const now = services.clock.now().getTime();
  const id = limitKey(services, rule, key);
  const row = await services.db
    .insertInto("rate_limits")
    .values({ key: id, window_start: now, hits: 1 })
    .onConflict((oc) =>
      oc.column("key").doUpdateSet({
        hits: sql`case when rate_limits.window_start + ${rule.windowMs} <= ${now} then 1 else rate_limits.hits + 1 end`,
        window_start: sql`case when rate_limits.window_start + ${rule.windowMs} <= ${now} then ${now} else rate_limits.window_start end`,
      }),
    )
    .returning(["hits", "window_start"])
    .executeTakeFirstOrThrow();
  const count = Number(row.hits);
  const retryAfterMs = Math.max(0, Number(row.window_start) + rule.windowMs - now);
  return { isAllowed: count <= rule.max, count, retryAfterSeconds: Math.ceil(retryAfterMs / 1000) };
}

/** Where a key stands against a rule, without counting anything (to refuse before trying). */
export async function peekLimit(services: Pick<Services, "db" | "secret" | "clock">, rule: LimitRule, key: string): Promise<LimitState> {
  const now = services.clock.now().getTime();
  const row = await services.db
    .selectFrom("rate_limits")
    .select(["hits", "window_start"])
    .where("key", "=", limitKey(services, rule, key))
    .executeTakeFirst();
  if (!row || Number(row.window_start) + rule.windowMs <= now) return { isAllowed: true, count: 0, retryAfterSeconds: 0 };
  const count = Number(row.hits);
  const retryAfterMs = Math.max(0, Number(row.window_start) + rule.windowMs - now);
  return { isAllowed: count < rule.max, count, retryAfterSeconds: count < rule.max ? 0 : Math.ceil(retryAfterMs / 1000) };
}

/** Forgets a key's count under a rule (after a successful sign-in, for example). */
export async function clearLimit(services: Pick<Services, "db" | "secret">, rule: LimitRule, key: string): Promise<void> {
  await services.db
    .deleteFrom("rate_limits")
    .where("key", "=", limitKey(services, rule, key))
    .execute();
}

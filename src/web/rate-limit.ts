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

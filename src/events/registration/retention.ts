import { DAY } from "../../clock.ts";
import { hashToken, newToken } from "../../db/ids.ts";
import type { Ctx } from "../../db/index.ts";

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

import { newId } from "../db/ids.ts";
import type { Ctx } from "../db/index.ts";

/** Records a staff action. Never put personal data in detail: ids and locales only. */
export async function recordAudit(
  { db, clock }: Ctx,
  entry: { actorId: string | null; action: string; subjectType: string; subjectId?: string | null; detail?: string },
): Promise<void> {
  await db
    .insertInto("audit_log")
    .values({
      id: newId(),
      at: clock.now().toISOString(),
      actor_id: entry.actorId,
      action: entry.action,
      subject_type: entry.subjectType,
      subject_id: entry.subjectId ?? null,
      detail: entry.detail ?? null,
    })
    .execute();
}

export async function listAudit({ db }: Pick<Ctx, "db">, limit = 200) {
  return db
    .selectFrom("audit_log")
    .leftJoin("users", "users.id", "audit_log.actor_id")
    .select([
      "audit_log.id",
      "audit_log.at",
      "audit_log.action",
      "audit_log.subject_type",
      "audit_log.subject_id",
      "audit_log.detail",
      "users.name as actor_name",
    ])
    .orderBy("audit_log.at", "desc")
    .limit(limit)
    .execute();
}

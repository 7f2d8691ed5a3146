import type { Actor } from "../access/policy.ts";
import { announceContentChange } from "../changes.ts";
import { newId } from "../db/ids.ts";
import type { Ctx, Db } from "../db/index.ts";
import { AppError } from "../errors.ts";
import type { LocalizedText } from "../i18n/content.ts";
import { forgetFieldStates, recordDirectEdits } from "../i18n/field-translations.ts";
import { eventToManage, findEvent } from "./events.ts";
import { eventFieldTexts } from "./field-texts.ts";
import { type AgendaSession, SESSION_KINDS, SESSION_ROLES, type SessionKind, type SessionRole, toSession } from "./model.ts";

/** The agenda of an event: its sessions, by day and time, with their speakers. */

export type SessionInput = {
  kind: SessionKind;
  day: number;
  starts: string;
  ends: string;
  title: LocalizedText;
  description: LocalizedText;
  room: string;
  people: { profileId: string; role: SessionRole }[];
};

const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;

export async function listSessions(db: Db, eventId: string): Promise<AgendaSession[]> {
  const rows = await db
    .selectFrom("event_sessions")
    .selectAll()
    .where("event_id", "=", eventId)
    .orderBy("day")
    .orderBy("starts")
    .orderBy("position")
    .execute();
  return rows.map(toSession);
}

export async function listSessionPeople(db: Db, sessionIds: readonly string[]) {
  if (sessionIds.length === 0) return [];
  return db
    .selectFrom("session_people")
    .select(["session_id", "profile_id", "role", "position"])
    .where("session_id", "in", sessionIds)
    .orderBy("position")
    .execute();
}

/** Adds (sessionId null) or changes a session of the agenda, with its speakers and facilitators. */
export async function saveSession(ctx: Ctx, actor: Actor, eventId: string, sessionId: string | null, input: SessionInput): Promise<string> {
  await eventToManage(ctx.db, actor, eventId);
  const errors: Record<string, "form.invalid" | "events.endsBeforeStart" | "pages.titleRequired"> = {};
  if (!(SESSION_KINDS as readonly string[]).includes(input.kind)) errors.kind = "form.invalid";
  if (!Number.isInteger(input.day) || input.day < 1 || input.day > 60) errors.day = "form.invalid";
  if (!HHMM.test(input.starts)) errors.starts = "form.invalid";
  if (!HHMM.test(input.ends)) errors.ends = "form.invalid";
  else if (HHMM.test(input.starts) && input.ends <= input.starts) errors.ends = "events.endsBeforeStart";
  if (Object.values(input.title).every((t) => !t?.trim())) errors.title = "pages.titleRequired";
  if (input.people.some((p) => !(SESSION_ROLES as readonly string[]).includes(p.role))) errors.people = "form.invalid";
  if (Object.keys(errors).length > 0) throw new AppError("VALIDATION_FAILED", errors);
  const id = sessionId ?? newId();
  const values = {
    kind: input.kind,
    day: input.day,
    starts: input.starts,
    ends: input.ends,
    title: JSON.stringify(input.title),
    description: JSON.stringify(input.description),
    room: input.room,
  };
  const event = await findEvent(ctx.db, eventId);
  await ctx.db.transaction().execute(async (trx) => {
    const before = sessionId ? (await listSessions(trx, eventId)).filter((s) => s.id === sessionId) : [];
    if (sessionId) {
      const result = await trx
        .updateTable("event_sessions")
        .set(values)
        .where("id", "=", sessionId)
        .where("event_id", "=", eventId)
        .executeTakeFirst();
      if (Number(result.numUpdatedRows) === 0) throw new AppError("NOT_FOUND");
    } else {
      const count = await trx
        .selectFrom("event_sessions")
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .where("event_id", "=", eventId)
        .executeTakeFirstOrThrow();
      await trx
        .insertInto("event_sessions")
        .values({ id, event_id: eventId, ...values, position: Number(count.n) })
        .execute();
    }
    await trx.deleteFrom("session_people").where("session_id", "=", id).execute();
    const seen = new Set<string>();
    const people = input.people.filter((p) => !seen.has(p.profileId) && seen.add(p.profileId));
    if (people.length > 0) {
      await trx
        .insertInto("session_people")
        .values(people.map((p, i) => ({ session_id: id, profile_id: p.profileId, role: p.role, position: i })))
        .execute();
    }
    const now = ctx.clock.now().toISOString();
    const after = [{ ...input, id, eventId, position: 0 }];
    await recordDirectEdits(trx, eventFieldTexts(event.sourceLocale, before, []), eventFieldTexts(event.sourceLocale, after, []), {
      actorId: actor.id,
      now,
    });
    await trx.updateTable("events").set({ updated_at: now }).where("id", "=", eventId).execute();
  });
  announceContentChange();
  return id;
}

export async function deleteSession(ctx: Ctx, actor: Actor, eventId: string, sessionId: string): Promise<void> {
  await eventToManage(ctx.db, actor, eventId);
  const deleted = await ctx.db.deleteFrom("event_sessions").where("id", "=", sessionId).where("event_id", "=", eventId).executeTakeFirst();
  if (Number(deleted.numDeletedRows) > 0) await forgetFieldStates(ctx.db, "session", [sessionId]);
  announceContentChange();
}

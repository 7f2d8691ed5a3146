import type { Actor } from "../access/policy.ts";
import { announceContentChange } from "../changes.ts";
import { newId } from "../db/ids.ts";
import type { Ctx, Db } from "../db/index.ts";
import { AppError } from "../errors.ts";
import type { LocalizedText } from "../i18n/content.ts";
import { forgetFieldStates, recordDirectEdits } from "../i18n/field-translations.ts";
import { eventToManage, findEvent } from "./events.ts";
import { eventFieldTexts } from "./field-texts.ts";
import { QUESTION_KINDS, type Question, type QuestionKind, toQuestion } from "./model.ts";

/** The questions of an event's registration form, in their order. */

export type QuestionInput = {
  kind: QuestionKind;
  label: LocalizedText;
  help: LocalizedText;
  options: { value: string; label: LocalizedText }[];
  isRequired: boolean;
};

export async function listQuestions(db: Db, eventId: string): Promise<Question[]> {
  const rows = await db.selectFrom("registration_questions").selectAll().where("event_id", "=", eventId).orderBy("position").execute();
  return rows.map(toQuestion);
}

export async function saveQuestion(
  ctx: Ctx,
  actor: Actor,
  eventId: string,
  questionId: string | null,
  input: QuestionInput,
): Promise<string> {
  await eventToManage(ctx.db, actor, eventId);
  const errors: Record<string, "form.invalid" | "events.labelRequired" | "events.optionsRequired"> = {};
  if (!(QUESTION_KINDS as readonly string[]).includes(input.kind)) errors.kind = "form.invalid";
  if (Object.values(input.label).every((t) => !t?.trim())) errors.label = "events.labelRequired";
  if ((input.kind === "choice" || input.kind === "multi") && input.options.length < 2) errors.options = "events.optionsRequired";
  if (Object.keys(errors).length > 0) throw new AppError("VALIDATION_FAILED", errors);
  const values = {
    kind: input.kind,
    label: JSON.stringify(input.label),
    help: JSON.stringify(input.help),
    options: JSON.stringify(input.kind === "choice" || input.kind === "multi" ? input.options : []),
    is_required: input.isRequired || input.kind === "consent" ? 1 : 0,
  };
  const id = questionId ?? newId();
  const event = await findEvent(ctx.db, eventId);
  const before = questionId ? (await listQuestions(ctx.db, eventId)).filter((q) => q.id === questionId) : [];
  if (questionId) {
    const result = await ctx.db
      .updateTable("registration_questions")
      .set(values)
      .where("id", "=", questionId)
      .where("event_id", "=", eventId)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) === 0) throw new AppError("NOT_FOUND");
  } else {
    const count = await ctx.db
      .selectFrom("registration_questions")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("event_id", "=", eventId)
      .executeTakeFirstOrThrow();
    await ctx.db
      .insertInto("registration_questions")
      .values({ id, event_id: eventId, ...values, position: Number(count.n) })
      .execute();
  }
  const after = [{ ...input, options: values.options === "[]" ? [] : input.options, id, eventId, position: 0 }];
  await recordDirectEdits(ctx.db, eventFieldTexts(event.sourceLocale, [], before), eventFieldTexts(event.sourceLocale, [], after), {
    actorId: actor.id,
    now: ctx.clock.now().toISOString(),
  });
  announceContentChange();
  return id;
}

export async function deleteQuestion(ctx: Ctx, actor: Actor, eventId: string, questionId: string): Promise<void> {
  await eventToManage(ctx.db, actor, eventId);
  const deleted = await ctx.db
    .deleteFrom("registration_questions")
    .where("id", "=", questionId)
    .where("event_id", "=", eventId)
    .executeTakeFirst();
  if (Number(deleted.numDeletedRows) > 0) await forgetFieldStates(ctx.db, "question", [questionId]);
  announceContentChange();
}

/** Moves a question one place up or down in the form. */
export async function moveQuestion(ctx: Ctx, actor: Actor, eventId: string, questionId: string, direction: "up" | "down"): Promise<void> {
  await eventToManage(ctx.db, actor, eventId);
  const questions = await listQuestions(ctx.db, eventId);
  const index = questions.findIndex((q) => q.id === questionId);
  const other = questions[direction === "up" ? index - 1 : index + 1];
  if (index < 0 || !other) return;
  const ordered = [...questions];
  ordered[index] = other;
  ordered[direction === "up" ? index - 1 : index + 1] = questions[index] as Question;
  await ctx.db.transaction().execute(async (trx) => {
    for (const [i, q] of ordered.entries())
      await trx.updateTable("registration_questions").set({ position: i }).where("id", "=", q.id).execute();
  });
  announceContentChange();
}

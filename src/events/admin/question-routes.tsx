import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { Actor } from "../../access/policy.ts";
import { AppError } from "../../errors.ts";
import type { Services } from "../../web/context.ts";
import type { FieldErrors } from "../../web/forms.ts";
import { type FormBody, one } from "../../web/forms.ts";
import { seeOther, sendPage, viewOf, withForm } from "../../web/render.ts";
import { deleteQuestion, listQuestions, moveQuestion, saveQuestion } from "../questions.ts";
import { textLocales } from "./forms.ts";
import { parseQuestion, questionValues } from "./question-forms.ts";
import { FormBuilderView, QuestionEditView } from "./question-views.tsx";
import { bodyOf, managedEvent } from "./routes.tsx";
import type { EventHead } from "./views.tsx";

type Id = { id: string };
type QuestionParams = { id: string; questionId: string };

/** The registration form of an event: its questions, for its organisers. */
export function registerQuestionAdminRoutes(app: FastifyInstance, services: Services): void {
  const { config, db } = services;
  const actorOf = (req: FastifyRequest): Actor => req.actor as Actor;
  const managed = (req: FastifyRequest, id: string) => managedEvent(services, req, id);
  const localesOf = (head: EventHead) => textLocales(head.event.sourceLocale, config.locales);

  async function formPage(req: FastifyRequest, head: EventHead, values: FormBody | undefined, errors?: FieldErrors) {
    const questions = await listQuestions(db, head.event.id);
    return (
      <FormBuilderView
        v={viewOf(req, services)}
        head={head}
        questions={questions}
        locales={localesOf(head)}
        values={values ?? questionValues(undefined, localesOf(head))}
        errors={errors}
      />
    );
  }

  async function findQuestion(head: EventHead, questionId: string) {
    const question = (await listQuestions(db, head.event.id)).find((q) => q.id === questionId);
    if (!question) throw new AppError("NOT_FOUND");
    return question;
  }

  app.get<{ Params: Id }>("/admin/events/:id/form", { config: { access: "events.manage" } }, async (req, reply) => {
    return sendPage(reply, await formPage(req, await managed(req, req.params.id), undefined));
  });

  async function saveQuestionForm(req: FastifyRequest, reply: FastifyReply, head: EventHead, questionId: string | null) {
    const body = bodyOf(req);
    const existing = questionId ? await findQuestion(head, questionId) : undefined;
    const source = head.event.sourceLocale;
    const { input, errors } = parseQuestion(body, source, localesOf(head), existing);
    return withForm(
      reply,
      errors,
      async () => {
        await saveQuestion(services, actorOf(req), head.event.id, questionId, input);
        return seeOther(reply, `/admin/events/${head.event.id}/form?done=${questionId ? "saved" : "created"}`);
      },
      (fields) =>
        questionId
          ? QuestionEditView({ v: viewOf(req, services), head, questionId, locales: localesOf(head), values: body, errors: fields })
          : formPage(req, head, body, fields),
      { label: `label_${source}`, options: `options_${source}` },
    );
  }

  app.post<{ Params: Id }>("/admin/events/:id/form", { config: { access: "events.manage" } }, async (req, reply) => {
    return saveQuestionForm(req, reply, await managed(req, req.params.id), null);
  });

  app.get<{ Params: QuestionParams }>("/admin/events/:id/form/:questionId", { config: { access: "events.manage" } }, async (req, reply) => {
    const head = await managed(req, req.params.id);
    const question = await findQuestion(head, req.params.questionId);
    return sendPage(
      reply,
      <QuestionEditView
        v={viewOf(req, services)}
        head={head}
        questionId={question.id}
        locales={localesOf(head)}
        values={questionValues(question, localesOf(head))}
      />,
    );
  });

  app.post<{ Params: QuestionParams }>(
    "/admin/events/:id/form/:questionId",
    { config: { access: "events.manage" } },
    async (req, reply) => {
      return saveQuestionForm(req, reply, await managed(req, req.params.id), req.params.questionId);
    },
  );

  app.post<{ Params: QuestionParams }>(
    "/admin/events/:id/form/:questionId/move",
    { config: { access: "events.manage" } },
    async (req, reply) => {
      const direction = one(bodyOf(req), "direction");
      await findQuestion(await managed(req, req.params.id), req.params.questionId);
      if (direction !== "up" && direction !== "down") throw new AppError("BAD_REQUEST");
      await moveQuestion(services, actorOf(req), req.params.id, req.params.questionId, direction);
      return seeOther(reply, `/admin/events/${req.params.id}/form?done=questionMoved`);
    },
  );

  app.post<{ Params: QuestionParams }>(
    "/admin/events/:id/form/:questionId/delete",
    { config: { access: "events.manage" } },
    async (req, reply) => {
      await findQuestion(await managed(req, req.params.id), req.params.questionId);
      await deleteQuestion(services, actorOf(req), req.params.id, req.params.questionId);
      return seeOther(reply, `/admin/events/${req.params.id}/form?done=eventItemDeleted`);
    },
  );
}

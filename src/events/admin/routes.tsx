import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { listOrganisations, listProfiles, listProgrammes, listSeries, listTopics } from "../../catalogue/catalogue.ts";
import { AppError } from "../../errors.ts";
import { LOCALE_INFO, type Locale, localeFromSegment } from "../../i18n/locales.ts";
import { type Actor, can, canManageEvent, canTranslateEvent } from "../../people/policy.ts";
import type { Services } from "../../web/context.ts";
import { type FieldErrors, type FormBody, formValues, trimmed } from "../../web/forms.ts";
import { seeOther, sendPage, viewOf, withForm } from "../../web/render.ts";
import {
  createEvent,
  deleteQuestion,
  deleteSession,
  eventToManage,
  findEvent,
  findOccurrence,
  listOccurrences,
  listQuestions,
  listSessionPeople,
  listSessions,
  moveQuestion,
  saveEventTranslation,
  saveOccurrence,
  saveQuestion,
  saveSession,
  setEventOwner,
  setEventPublished,
  setOccurrenceCancelled,
  updateEventSettings,
} from "../events.ts";
import { countRegistrations } from "../registration/registrations.ts";
import { NewEventView, type SettingsCatalogue, SettingsView } from "./event-form-views.tsx";
import { registerEventFieldTextRoutes } from "./field-text-routes.tsx";
import { initialSettings, parseNewEvent, parseSettings, parseText, settingsValues, textLocales } from "./forms.ts";
import { OccurrenceEditView, OccurrencesView } from "./occurrence-views.tsx";
import { parseQuestion, questionValues } from "./question-forms.ts";
import { FormBuilderView, QuestionEditView } from "./question-views.tsx";
import { eventTitle, getEventTextEditor, listEventOwners, listEventsForAdmin, readEventLinks } from "./read.ts";
import { occurrenceValues, parseOccurrence, parseSession, sessionValues } from "./schedule-forms.ts";
import { AgendaView, SessionEditView } from "./schedule-views.tsx";
import { TextEditorView } from "./text-views.tsx";
import { type EventHead, EventListView } from "./views.tsx";

type Id = { id: string };
type TextParams = { id: string; lang: string };
type SessionParams = { id: string; sessionId: string };
type OccurrenceParams = { id: string; occurrenceId: string };
type QuestionParams = { id: string; questionId: string };

function bodyOf(req: FastifyRequest): FormBody {
  return formValues(req.body);
}

/** The organiser's admin: events, their settings and texts, agenda, occurrences and registration form. */
export function registerEventAdminRoutes(app: FastifyInstance, services: Services): void {
  const { config, db } = services;
  const actorOf = (req: FastifyRequest): Actor => req.actor as Actor;

  /** The event, if this person manages it, with its title for the headings. */
  async function managed(req: FastifyRequest, id: string): Promise<EventHead> {
    const event = await eventToManage(db, actorOf(req), id);
    return { event, title: await eventTitle(db, event) };
  }

  const localesOf = (head: EventHead) => textLocales(head.event.sourceLocale, config.locales);
  registerEventFieldTextRoutes(app, services);

  // ---- List and creation ----

  app.get<{ Querystring: { page?: string } }>("/admin/events", { config: { access: "events.translate" } }, async (req, reply) => {
    const actor = actorOf(req);
    const page = Math.min(Math.max(1, Number.parseInt(String(req.query.page ?? "1"), 10) || 1), 10_000);
    const { events, hasMore } = await listEventsForAdmin(db, actor, config.locales, page);
    return sendPage(
      reply,
      <EventListView
        v={viewOf(req, services)}
        events={events}
        page={page}
        hasMore={hasMore}
        canCreate={can(actor, "events.create")}
        canManage={(e) => canManageEvent(actor, e)}
        editable={(e, l) => canTranslateEvent(actor, e, l) && (l !== e.sourceLocale || canManageEvent(actor, e))}
      />,
    );
  });

  app.get("/admin/events/new", { config: { access: "events.create" } }, async (req, reply) => {
    return sendPage(reply, <NewEventView v={viewOf(req, services)} values={{}} />);
  });

  app.post("/admin/events/new", { config: { access: "events.create" } }, async (req, reply) => {
    const body = bodyOf(req);
    const { input, errors } = parseNewEvent(body);
    return withForm(
      reply,
      errors,
      async () => {
        if (!input) throw new AppError("VALIDATION_FAILED", { title: "form.invalid" });
        const event = await createEvent(services, actorOf(req), {
          ...initialSettings(input),
          sourceLocale: input.sourceLocale,
          fields: { title: input.title, summary: input.summary, body: "", objectives: "" },
        });
        return seeOther(reply, `/admin/events/${event.id}?done=created`);
      },
      (fields) => <NewEventView v={viewOf(req, services)} values={body} errors={fields} />,
    );
  });

  // ---- Settings, publication, owner ----

  async function settingsCatalogue(req: FastifyRequest): Promise<SettingsCatalogue> {
    const [programmes, series, organisations, topics, owners] = await Promise.all([
      listProgrammes(db),
      listSeries(db),
      listOrganisations(db),
      listTopics(db),
      actorOf(req).role === "admin" ? listEventOwners(db) : Promise.resolve([]),
    ]);
    return { programmes, series, organisations, topics, owners };
  }

  app.get<{ Params: Id }>("/admin/events/:id", { config: { access: "events.manage" } }, async (req, reply) => {
    const head = await managed(req, req.params.id);
    const [catalogue, links] = await Promise.all([settingsCatalogue(req), readEventLinks(db, head.event.id)]);
    return sendPage(
      reply,
      <SettingsView
        v={viewOf(req, services)}
        head={head}
        values={settingsValues(head.event, links, config.locales)}
        catalogue={catalogue}
        isAdmin={actorOf(req).role === "admin"}
      />,
    );
  });

  app.post<{ Params: Id }>("/admin/events/:id", { config: { access: "events.manage" } }, async (req, reply) => {
    const head = await managed(req, req.params.id);
    const catalogue = await settingsCatalogue(req);
    const body = bodyOf(req);
    const { input, errors } = parseSettings(body, head.event, config.locales, {
      programmes: new Set(catalogue.programmes.map((p) => p.id)),
      series: new Map(catalogue.series.map((s) => [s.id, s.programmeId])),
      organisations: new Set(catalogue.organisations.map((o) => o.id)),
      topics: new Set(catalogue.topics.map((t) => t.id)),
    });
    return withForm(
      reply,
      errors,
      async () => {
        await updateEventSettings(services, actorOf(req), head.event.id, input);
        return seeOther(reply, `/admin/events/${head.event.id}?done=saved`);
      },
      (fields) => (
        <SettingsView
          v={viewOf(req, services)}
          head={head}
          values={body}
          errors={fields}
          catalogue={catalogue}
          isAdmin={actorOf(req).role === "admin"}
        />
      ),
    );
  });

  for (const [action, isPublished] of [
    ["publish", true],
    ["unpublish", false],
  ] as const) {
    app.post<{ Params: Id }>(`/admin/events/:id/${action}`, { config: { access: "events.manage" } }, async (req, reply) => {
      const event = await setEventPublished(services, actorOf(req), req.params.id, isPublished);
      return seeOther(reply, `/admin/events/${event.id}?done=${isPublished ? "eventPublished" : "eventUnpublished"}`);
    });
  }

  app.post<{ Params: Id }>("/admin/events/:id/owner", { config: { access: "events.manage" } }, async (req, reply) => {
    const actor = actorOf(req);
    if (actor.role !== "admin") throw new AppError("FORBIDDEN");
    const event = await findEvent(db, req.params.id);
    const ownerId = trimmed(bodyOf(req), "ownerId") || null;
    if (ownerId && !(await listEventOwners(db)).some((o) => o.id === ownerId)) throw new AppError("BAD_REQUEST");
    await setEventOwner(services, actor, event.id, ownerId);
    return seeOther(reply, `/admin/events/${event.id}?done=eventOwnerChanged`);
  });

  // ---- Texts and translations ----

  /** The event and the language in the address, if this person may edit the event's texts in it. */
  async function textTarget(req: FastifyRequest<{ Params: TextParams }>) {
    const actor = actorOf(req);
    const event = await findEvent(db, req.params.id);
    const locale = localeFromSegment(req.params.lang);
    if (!locale || !config.locales.includes(locale)) throw new AppError("NOT_FOUND");
    const isManager = canManageEvent(actor, event);
    if (!canTranslateEvent(actor, event, locale)) throw new AppError("FORBIDDEN");
    if (locale === event.sourceLocale && !isManager) throw new AppError("FORBIDDEN");
    const head: EventHead = { event, title: await eventTitle(db, event) };
    const editable = (l: Locale) => canTranslateEvent(actor, event, l) && (l !== event.sourceLocale || isManager);
    return { head, locale, isManager, editable };
  }

  app.get<{ Params: TextParams }>("/admin/events/:id/text/:lang", { config: { access: "events.translate" } }, async (req, reply) => {
    const { head, locale, isManager, editable } = await textTarget(req);
    const editor = await getEventTextEditor(db, head.event, locale);
    const base = editor.translation ?? (locale === head.event.sourceLocale ? editor.source : undefined);
    const values: FormBody = base
      ? { title: base.title, summary: base.summary, body: base.body, objectives: base.objectives, status: base.status }
      : {};
    return sendPage(
      reply,
      <TextEditorView v={viewOf(req, services)} head={head} editor={editor} values={values} canManage={isManager} editable={editable} />,
    );
  });

  app.post<{ Params: TextParams }>("/admin/events/:id/text/:lang", { config: { access: "events.translate" } }, async (req, reply) => {
    const { head, locale, isManager, editable } = await textTarget(req);
    const body = bodyOf(req);
    const { input, errors } = parseText(body);
    return withForm(
      reply,
      errors,
      async () => {
        if (!input) throw new AppError("VALIDATION_FAILED", { title: "form.invalid" });
        await saveEventTranslation(services, actorOf(req), head.event.id, locale, input);
        return seeOther(reply, `/admin/events/${head.event.id}/text/${LOCALE_INFO[locale].segment}?done=saved`);
      },
      async (fields) => (
        <TextEditorView
          v={viewOf(req, services)}
          head={head}
          editor={await getEventTextEditor(db, head.event, locale)}
          values={body}
          errors={fields}
          canManage={isManager}
          editable={editable}
        />
      ),
    );
  });

  // ---- Agenda ----

  async function agendaPage(req: FastifyRequest, head: EventHead, values: FormBody | undefined, errors?: FieldErrors) {
    const [sessions, profiles] = await Promise.all([listSessions(db, head.event.id), listProfiles(db)]);
    const names = new Map(profiles.map((p) => [p.id, p.name]));
    const people = new Map<string, { name: string; role: string }[]>();
    for (const p of await listSessionPeople(
      db,
      sessions.map((s) => s.id),
    )) {
      const list = people.get(p.session_id) ?? [];
      list.push({ name: names.get(p.profile_id) ?? "", role: p.role });
      people.set(p.session_id, list);
    }
    const lastDay = sessions.at(-1)?.day ?? 1;
    return (
      <AgendaView
        v={viewOf(req, services)}
        head={head}
        sessions={sessions}
        people={people}
        profiles={profiles}
        locales={localesOf(head)}
        values={values ?? sessionValues(undefined, [], lastDay)}
        errors={errors}
      />
    );
  }

  app.get<{ Params: Id }>("/admin/events/:id/agenda", { config: { access: "events.manage" } }, async (req, reply) => {
    const head = await managed(req, req.params.id);
    return sendPage(reply, await agendaPage(req, head, undefined));
  });

  async function saveSessionForm(req: FastifyRequest, reply: FastifyReply, head: EventHead, sessionId: string | null) {
    const body = bodyOf(req);
    const profiles = await listProfiles(db);
    const { input, errors } = parseSession(body, head.event.sourceLocale, localesOf(head), new Set(profiles.map((p) => p.id)));
    return withForm(
      reply,
      errors,
      async () => {
        await saveSession(services, actorOf(req), head.event.id, sessionId, input);
        return seeOther(reply, `/admin/events/${head.event.id}/agenda?done=${sessionId ? "saved" : "created"}`);
      },
      (fields) =>
        sessionId
          ? SessionEditView({ v: viewOf(req, services), head, sessionId, profiles, locales: localesOf(head), values: body, errors: fields })
          : agendaPage(req, head, body, fields),
      { title: `title_${head.event.sourceLocale}` },
    );
  }

  app.post<{ Params: Id }>("/admin/events/:id/agenda", { config: { access: "events.manage" } }, async (req, reply) => {
    return saveSessionForm(req, reply, await managed(req, req.params.id), null);
  });

  async function findSession(head: EventHead, sessionId: string) {
    const session = (await listSessions(db, head.event.id)).find((s) => s.id === sessionId);
    if (!session) throw new AppError("NOT_FOUND");
    return session;
  }

  app.get<{ Params: SessionParams }>("/admin/events/:id/agenda/:sessionId", { config: { access: "events.manage" } }, async (req, reply) => {
    const head = await managed(req, req.params.id);
    const session = await findSession(head, req.params.sessionId);
    const [profiles, people] = await Promise.all([listProfiles(db), listSessionPeople(db, [session.id])]);
    return sendPage(
      reply,
      <SessionEditView
        v={viewOf(req, services)}
        head={head}
        sessionId={session.id}
        profiles={profiles}
        locales={localesOf(head)}
        values={sessionValues(session, people)}
      />,
    );
  });

  app.post<{ Params: SessionParams }>(
    "/admin/events/:id/agenda/:sessionId",
    { config: { access: "events.manage" } },
    async (req, reply) => {
      const head = await managed(req, req.params.id);
      await findSession(head, req.params.sessionId);
      return saveSessionForm(req, reply, head, req.params.sessionId);
    },
  );

  app.post<{ Params: SessionParams }>(
    "/admin/events/:id/agenda/:sessionId/delete",
    { config: { access: "events.manage" } },
    async (req, reply) => {
      await findSession(await managed(req, req.params.id), req.params.sessionId);
      await deleteSession(services, actorOf(req), req.params.id, req.params.sessionId);
      return seeOther(reply, `/admin/events/${req.params.id}/agenda?done=eventItemDeleted`);
    },
  );

  // ---- Occurrences ----

  async function occurrencesPage(req: FastifyRequest, head: EventHead, values: FormBody | undefined, errors?: FieldErrors) {
    const [occurrences, counts] = await Promise.all([listOccurrences(db, head.event.id), countRegistrations(db, head.event.id)]);
    return (
      <OccurrencesView
        v={viewOf(req, services)}
        head={head}
        occurrences={occurrences}
        counts={counts}
        now={services.clock.now()}
        values={values ?? occurrenceValues(undefined, head.event.timeZone)}
        errors={errors}
      />
    );
  }

  async function occurrenceOf(head: EventHead, occurrenceId: string) {
    const occurrence = await findOccurrence(db, occurrenceId);
    if (occurrence.eventId !== head.event.id) throw new AppError("NOT_FOUND");
    return occurrence;
  }

  app.get<{ Params: Id }>("/admin/events/:id/occurrences", { config: { access: "events.manage" } }, async (req, reply) => {
    return sendPage(reply, await occurrencesPage(req, await managed(req, req.params.id), undefined));
  });

  app.post<{ Params: Id }>("/admin/events/:id/occurrences", { config: { access: "events.manage" } }, async (req, reply) => {
    const head = await managed(req, req.params.id);
    const body = bodyOf(req);
    const { input, errors } = parseOccurrence(body, head.event.timeZone);
    return withForm(
      reply,
      errors,
      async () => {
        await saveOccurrence(services, actorOf(req), head.event.id, null, input);
        return seeOther(reply, `/admin/events/${head.event.id}/occurrences?done=created`);
      },
      (fields) => occurrencesPage(req, head, body, fields),
    );
  });

  app.get<{ Params: OccurrenceParams }>(
    "/admin/events/:id/occurrences/:occurrenceId",
    { config: { access: "events.manage" } },
    async (req, reply) => {
      const head = await managed(req, req.params.id);
      const occurrence = await occurrenceOf(head, req.params.occurrenceId);
      return sendPage(
        reply,
        <OccurrenceEditView
          v={viewOf(req, services)}
          head={head}
          occurrence={occurrence}
          values={occurrenceValues(occurrence, head.event.timeZone)}
        />,
      );
    },
  );

  app.post<{ Params: OccurrenceParams }>(
    "/admin/events/:id/occurrences/:occurrenceId",
    { config: { access: "events.manage" } },
    async (req, reply) => {
      const head = await managed(req, req.params.id);
      const occurrence = await occurrenceOf(head, req.params.occurrenceId);
      const body = bodyOf(req);
      const { input, errors } = parseOccurrence(body, head.event.timeZone);
      return withForm(
        reply,
        errors,
        async () => {
          await saveOccurrence(services, actorOf(req), head.event.id, occurrence.id, input);
          return seeOther(reply, `/admin/events/${head.event.id}/occurrences?done=saved`);
        },
        (fields) => <OccurrenceEditView v={viewOf(req, services)} head={head} occurrence={occurrence} values={body} errors={fields} />,
      );
    },
  );

  for (const [action, isCancelled] of [
    ["cancel", true],
    ["restore", false],
  ] as const) {
    app.post<{ Params: OccurrenceParams }>(
      `/admin/events/:id/occurrences/:occurrenceId/${action}`,
      { config: { access: "events.manage" } },
      async (req, reply) => {
        const head = await managed(req, req.params.id);
        const occurrence = await occurrenceOf(head, req.params.occurrenceId);
        await setOccurrenceCancelled(services, actorOf(req), occurrence.id, isCancelled);
        return seeOther(
          reply,
          `/admin/events/${head.event.id}/occurrences?done=${isCancelled ? "occurrenceCancelled" : "occurrenceRestored"}`,
        );
      },
    );
  }

  // ---- Registration form ----

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
      const direction = trimmed(bodyOf(req), "direction");
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

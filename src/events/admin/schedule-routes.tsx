import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { Actor } from "../../access/policy.ts";
import { listProfiles } from "../../catalogue/index.ts";
import { AppError } from "../../errors.ts";
import type { Services } from "../../web/context.ts";
import type { FieldErrors, FormBody } from "../../web/forms.ts";
import { seeOther, sendPage, viewOf, withForm } from "../../web/render.ts";
import { findOccurrence, listOccurrences, saveOccurrence, setOccurrenceCancelled } from "../occurrences.ts";
import { countRegistrations } from "../registration/organiser-list.ts";
import { deleteSession, listSessionPeople, listSessions, saveSession } from "../sessions.ts";
import { textLocales } from "./forms.ts";
import { OccurrenceEditView, OccurrencesView } from "./occurrence-views.tsx";
import { bodyOf, managedEvent } from "./routes.tsx";
import { occurrenceValues, parseOccurrence, parseSession, sessionValues } from "./schedule-forms.ts";
import { AgendaView, SessionEditView } from "./schedule-views.tsx";
import type { EventHead } from "./views.tsx";

type Id = { id: string };
type SessionParams = { id: string; sessionId: string };
type OccurrenceParams = { id: string; occurrenceId: string };

/** The agenda and the occurrences of an event, for its organisers. */
export function registerScheduleAdminRoutes(app: FastifyInstance, services: Services): void {
  const { config, db } = services;
  const actorOf = (req: FastifyRequest): Actor => req.actor as Actor;
  const managed = (req: FastifyRequest, id: string) => managedEvent(services, req, id);
  const localesOf = (head: EventHead) => textLocales(head.event.sourceLocale, config.locales);

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
}

import type { FastifyInstance, FastifyRequest } from "fastify";
import { type Actor, can, canManageEvent, canTranslateEvent } from "../../access/policy.ts";
import { listOrganisations, listProgrammes, listSeries, listTopics } from "../../catalogue/index.ts";
import { AppError } from "../../errors.ts";
import { LOCALE_INFO, type Locale, localeFromSegment } from "../../i18n/locales.ts";
import type { Services } from "../../web/context.ts";
import { type FormBody, formValues, trimmed } from "../../web/forms.ts";
import { seeOther, sendPage, viewOf, withForm } from "../../web/render.ts";
import {
  createEvent,
  eventToManage,
  findEvent,
  saveEventTranslation,
  setEventOwner,
  setEventPublished,
  updateEventSettings,
} from "../events.ts";
import { NewEventView, type SettingsCatalogue, SettingsView } from "./event-form-views.tsx";
import { registerEventFieldTextRoutes } from "./field-text-routes.tsx";
import { initialSettings, parseNewEvent, parseSettings, parseText, settingsValues } from "./forms.ts";
import { registerQuestionAdminRoutes } from "./question-routes.tsx";
import { eventTitle, getEventTextEditor, listEventOwners, listEventsForAdmin, readEventLinks } from "./read.ts";
import { registerScheduleAdminRoutes } from "./schedule-routes.tsx";
import { TextEditorView } from "./text-views.tsx";
import { type EventHead, EventListView } from "./views.tsx";

type Id = { id: string };
type TextParams = { id: string; lang: string };

/** The event, if this person manages it, with its title for the headings. */
export async function managedEvent(services: Services, req: FastifyRequest, id: string): Promise<EventHead> {
  const event = await eventToManage(services.db, req.actor as Actor, id);
  return { event, title: await eventTitle(services.db, event) };
}

export function bodyOf(req: FastifyRequest): FormBody {
  return formValues(req.body);
}

/** The organiser's admin: events, their settings and texts; the agenda and occurrences and the registration form register beside them. */
export function registerEventAdminRoutes(app: FastifyInstance, services: Services): void {
  const { config, db } = services;
  const actorOf = (req: FastifyRequest): Actor => req.actor as Actor;

  const managed = (req: FastifyRequest, id: string) => managedEvent(services, req, id);

  registerEventFieldTextRoutes(app, services);
  registerScheduleAdminRoutes(app, services);
  registerQuestionAdminRoutes(app, services);

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
}

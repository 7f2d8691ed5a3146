import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { Actor } from "../../access/policy.ts";
import { AppError, isFieldError } from "../../errors.ts";
import { chooseTranslation, fallbackChain, pickText } from "../../i18n/content.ts";
import { LOCALE_INFO } from "../../i18n/locales.ts";
import type { MessageKey } from "../../i18n/messages.ts";
import { utcToLocal } from "../../i18n/zones.ts";
import type { Services } from "../../web/context.ts";
import { sendCsv } from "../../web/csv.ts";
import { asList, type FieldErrors, formValues } from "../../web/forms.ts";
import { seeOther, sendPage, viewOf } from "../../web/render.ts";
import { eventToManage, listEventTranslations } from "../events.ts";
import { type Occurrence, REGISTRATION_STATUSES, type RegistrationStatus } from "../model.ts";
import { listOccurrences } from "../occurrences.ts";
import { listQuestions } from "../questions.ts";
import { answerText, ConfirmView, type EventHeader, occurrenceLabel, RegistrationsView, STATUS_KEYS } from "./admin-views.tsx";
import { approveRegistration, cancelRegistration, declineRegistration, moveRegistration } from "./changes.ts";
import { type MessageValues, MessageView } from "./message-views.tsx";
import { countRegistrations, listRegistrations, messageRegistrants, type RegistrationFilter } from "./organiser-list.ts";
import { findRegistration } from "./registrations.ts";

/** How many registrations the page shows at once; the CSV always has all of them. */
const PAGE_ROWS = 500;

/** Notices after an action, from ?done=…; `count` fills in numbers. */
const DONE: Record<string, MessageKey> = {
  approved: "regAdmin.done.approved",
  declined: "regAdmin.done.declined",
  cancelled: "regAdmin.done.cancelled",
  moved: "regAdmin.done.moved",
  messaged: "regAdmin.done.messaged",
};

type IdParams = { id: string };
type RegistrationParams = { id: string; registrationId: string };

function text(value: unknown): string {
  return typeof value === "string" ? value : "";
}

/** The filters of the list, from a query string; anything unknown is dropped. */
function parseFilter(query: unknown, occurrences: readonly Occurrence[]): RegistrationFilter {
  const q = (query ?? {}) as Record<string, unknown>;
  const filter: RegistrationFilter = {};
  const occurrenceId = text(q.occurrence);
  if (occurrences.some((o) => o.id === occurrenceId)) filter.occurrenceId = occurrenceId;
  const status = text(q.status);
  if ((REGISTRATION_STATUSES as readonly string[]).includes(status)) filter.status = status as RegistrationStatus;
  const search = text(q.q).trim().slice(0, 200);
  if (search) filter.q = search;
  return filter;
}

function filterQuery(filter: RegistrationFilter): string {
  const params = new URLSearchParams();
  if (filter.occurrenceId) params.set("occurrence", filter.occurrenceId);
  if (filter.status) params.set("status", filter.status);
  if (filter.q) params.set("q", filter.q);
  return params.toString();
}

/** The event an organiser works on, with its title in their language: the head of every page of the event's admin. */
export async function eventHeader(services: Services, req: FastifyRequest, id: string): Promise<EventHeader> {
  const { config, db } = services;
  const event = await eventToManage(db, req.actor, id);
  const chain = fallbackChain(req.locale, {
    fallbacks: config.fallbacks,
    defaultLocale: config.defaultLocale,
    sourceLocale: event.sourceLocale,
  });
  const chosen = chooseTranslation(await listEventTranslations(db, id), chain);
  return { event, title: chosen?.translation.title ?? event.slug, chain };
}

/** Registrations of an event for its organisers: filters, approval, moves, cancellation, CSV, messages. */
export function registerRegistrationAdminRoutes(app: FastifyInstance, services: Services): void {
  const { db } = services;

  const headerFor = (req: FastifyRequest, id: string) => eventHeader(services, req, id);

  // ---- The list ----

  async function renderRegistrations(
    req: FastifyRequest,
    reply: FastifyReply,
    header: EventHeader,
    filter: RegistrationFilter,
    errors?: FieldErrors,
    status = 200,
  ) {
    const eventId = header.event.id;
    const [occurrences, counts, questions, registrations] = await Promise.all([
      listOccurrences(db, eventId),
      countRegistrations(db, eventId),
      listQuestions(db, eventId),
      listRegistrations(db, eventId, filter),
    ]);
    return sendPage(
      reply,
      <RegistrationsView
        v={viewOf(req, services, { notices: DONE })}
        header={header}
        occurrences={occurrences}
        counts={counts}
        questions={questions}
        registrations={registrations.slice(0, PAGE_ROWS)}
        total={registrations.length}
        filter={filter}
        errors={errors}
      />,
      status,
    );
  }

  app.get<{ Params: IdParams }>("/admin/events/:id/registrations", { config: { access: "events.manage" } }, async (req, reply) => {
    const header = await headerFor(req, req.params.id);
    const occurrences = await listOccurrences(db, header.event.id);
    return renderRegistrations(req, reply, header, parseFilter(req.query, occurrences));
  });

  const ACTIONS: Record<string, { done: string; run: (actor: Actor, id: string, target: string) => Promise<unknown> }> = {
    approve: { done: "approved", run: (actor: Actor, id: string) => approveRegistration(services, actor, id) },
    decline: { done: "declined", run: (actor: Actor, id: string) => declineRegistration(services, actor, id) },
    cancel: { done: "cancelled", run: (actor: Actor, id: string) => cancelRegistration(services, actor, id) },
    move: { done: "moved", run: (actor: Actor, id: string, target: string) => moveRegistration(services, actor, id, target) },
  };

  for (const [name, action] of Object.entries(ACTIONS)) {
    app.post<{ Params: RegistrationParams }>(
      `/admin/events/:id/registrations/:registrationId/${name}`,
      { config: { access: "events.manage" } },
      async (req, reply) => {
        const header = await headerFor(req, req.params.id);
        const { event } = header;
        const values = formValues(req.body);
        const occurrences = await listOccurrences(db, event.id);
        const back = filterQuery(parseFilter(Object.fromEntries(new URLSearchParams(text(values.back))), occurrences));
        const filter = parseFilter(Object.fromEntries(new URLSearchParams(back)), occurrences);
        const registration = await findRegistration(db, req.params.registrationId);
        if (registration.eventId !== event.id) throw new AppError("NOT_FOUND");
        const list = `/admin/events/${event.id}/registrations`;

        if (name === "cancel" && values.confirm !== "yes") {
          const occurrence = occurrences.find((o) => o.id === registration.occurrenceId);
          const v = viewOf(req, services);
          return sendPage(
            reply,
            <ConfirmView
              v={v}
              header={header}
              tab="registrations"
              title={v.t("regAdmin.cancelConfirm.title")}
              lines={[
                v.t("regAdmin.cancelConfirm.who", {
                  name: registration.name,
                  email: registration.email,
                  when: occurrence ? occurrenceLabel(v, event, occurrence) : "",
                  status: v.t(STATUS_KEYS[registration.status]),
                }),
                v.t("regAdmin.cancelConfirm.effect"),
              ]}
              action={`${list}/${registration.id}/cancel`}
              hidden={{ back }}
              confirmLabel={v.t("regAdmin.cancelConfirm.confirm")}
              backHref={`${list}${back ? `?${back}` : ""}#r-${registration.id}`}
              backLabel={v.t("regAdmin.cancelConfirm.keep")}
            />,
          );
        }
        try {
          const target = text(values.occurrenceId);
          if (name === "move" && !occurrences.some((o) => o.id === target)) {
            throw new AppError("VALIDATION_FAILED", { occurrenceId: "regAdmin.moveTargetInvalid" });
          }
          await action.run(req.actor!, registration.id, target);
        } catch (error) {
          if (!isFieldError(error)) throw error;
          return renderRegistrations(req, reply, header, filter, error.fields, error.status);
        }
        return seeOther(reply, `${list}?${back ? `${back}&` : ""}done=${action.done}`);
      },
    );
  }

  // ---- CSV ----

  app.get<{ Params: IdParams }>("/admin/events/:id/registrations.csv", { config: { access: "events.manage" } }, async (req, reply) => {
    const header = await headerFor(req, req.params.id);
    const { event, chain } = header;
    const v = viewOf(req, services);
    const [occurrences, questions] = await Promise.all([listOccurrences(db, event.id), listQuestions(db, event.id)]);
    const registrations = await listRegistrations(db, event.id, parseFilter(req.query, occurrences));
    const byId = new Map(occurrences.map((o) => [o.id, o]));
    const local = (iso: string) => utcToLocal(iso, event.timeZone).replace("T", " ");
    const rows: string[][] = [
      [
        v.t("regAdmin.col.status"),
        v.t("regAdmin.col.name"),
        v.t("regAdmin.csv.pseudonymous"),
        v.t("regAdmin.col.email"),
        v.t("regAdmin.col.language"),
        v.t("regAdmin.csv.startsUtc"),
        v.t("regAdmin.csv.startsLocal", { zone: event.timeZone }),
        v.t("regAdmin.csv.registeredAt", { zone: event.timeZone }),
        ...questions.map((q) => pickText(q.label, chain)),
      ],
      ...registrations.map((r) => {
        const occurrence = byId.get(r.occurrenceId);
        return [
          v.t(STATUS_KEYS[r.status]),
          r.name,
          r.isPseudonymous ? v.t("regAdmin.yes") : v.t("regAdmin.no"),
          r.email,
          LOCALE_INFO[r.locale].name,
          occurrence?.startsAt ?? "",
          occurrence ? local(occurrence.startsAt) : "",
          local(r.createdAt),
          ...questions.map((q) => answerText(v, q, r.answers[q.id], chain)),
        ];
      }),
    ];
    return sendCsv(reply, `registrations-${event.slug}.csv`, rows);
  });

  // ---- Messages ----

  async function renderMessage(req: FastifyRequest, reply: FastifyReply, header: EventHeader, values: MessageValues, errors?: FieldErrors) {
    const [occurrences, counts] = await Promise.all([listOccurrences(db, header.event.id), countRegistrations(db, header.event.id)]);
    const chosen = occurrences.find((o) => o.id === values.occurrenceId) ?? occurrences.find((o) => !o.isCancelled) ?? occurrences[0];
    const filled = { ...values, occurrenceId: chosen?.id ?? "" };
    const perStatus = chosen ? counts.get(chosen.id) : undefined;
    const recipients = perStatus ? filled.statuses.reduce((n, s) => n + (perStatus[s as RegistrationStatus] ?? 0), 0) : 0;
    return sendPage(
      reply,
      <MessageView
        v={viewOf(req, services, { notices: DONE })}
        header={header}
        occurrences={occurrences}
        values={filled}
        recipients={recipients}
        errors={errors}
      />,
      errors ? 422 : 200,
    );
  }

  function statusesFrom(value: string | string[] | undefined): string[] {
    return asList(value).filter((s) => (REGISTRATION_STATUSES as readonly string[]).includes(s));
  }

  app.get<{ Params: IdParams }>("/admin/events/:id/registrations/message", { config: { access: "events.manage" } }, async (req, reply) => {
    const header = await headerFor(req, req.params.id);
    const q = formValues(req.query);
    // The recipients form says it was sent (step), so that unticking every status means none, not the default.
    const statuses = q.step === "count" ? statusesFrom(q.status) : ["confirmed"];
    return renderMessage(req, reply, header, { occurrenceId: text(q.occurrence), statuses, subject: "", body: "" });
  });

  app.post<{ Params: IdParams }>("/admin/events/:id/registrations/message", { config: { access: "events.manage" } }, async (req, reply) => {
    const header = await headerFor(req, req.params.id);
    const body = formValues(req.body);
    const values: MessageValues = {
      occurrenceId: text(body.occurrenceId),
      statuses: statusesFrom(body.status),
      subject: text(body.subject),
      body: text(body.body),
    };
    const occurrences = await listOccurrences(db, header.event.id);
    try {
      const errors: FieldErrors = {};
      if (!occurrences.some((o) => o.id === values.occurrenceId)) errors.occurrence = "form.invalid";
      if (values.subject.length > 200) errors.subject = "form.tooLong";
      if (values.body.length > 20_000) errors.body = "form.tooLong";
      if (Object.keys(errors).length > 0) throw new AppError("VALIDATION_FAILED", errors);
      const count = await messageRegistrants(services, req.actor!, values.occurrenceId, {
        subject: values.subject,
        body: values.body,
        statuses: values.statuses as RegistrationStatus[],
      });
      const params = new URLSearchParams({ occurrence: values.occurrenceId, step: "count" });
      for (const s of values.statuses) params.append("status", s);
      params.set("done", "messaged");
      params.set("count", String(count));
      return seeOther(reply, `/admin/events/${header.event.id}/registrations/message?${params}`);
    } catch (error) {
      if (!isFieldError(error)) throw error;
      return renderMessage(req, reply, header, values, error.fields);
    }
  });
}

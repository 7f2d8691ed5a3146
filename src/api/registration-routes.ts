import type { Actor } from "../access/policy.ts";
import { AppError } from "../errors.ts";
import {
  approveRegistration,
  cancelRegistration,
  declineRegistration,
  eventToManage,
  findOccurrence,
  findRegistration,
  listRegistrations,
  moveRegistration,
  type Registration,
  registrationRule,
  requestRegistration,
} from "../events/index.ts";

import type { Services } from "../web/context.ts";
import { countLimit } from "../web/rate-limit.ts";
import { type ApiRoute, apiRoute, requestedLocale } from "./define.ts";
import { eventToManageBy, registrationJson } from "./read.ts";
import {
  IdParams,
  Me,
  MoveInput,
  RegistrationInput,
  RegistrationList,
  RegistrationListQuery,
  RegistrationReceived,
  Registration as RegistrationSchema,
} from "./schemas.ts";

/** Registering (public, as the web form), and the organiser's work on registrations with a token. */

type Decision = (ctx: Services, actor: Actor, registrationId: string) => Promise<Registration>;

const DECISIONS: { action: "approve" | "decline" | "cancel"; decide: Decision; summary: string }[] = [
  { action: "approve", decide: approveRegistration, summary: "Approve a pending registration: a seat if one is free, else the waitlist" },
  { action: "decline", decide: declineRegistration, summary: "Decline a pending or waitlisted registration" },
  { action: "cancel", decide: cancelRegistration, summary: "Cancel a registration; its seat goes to the waitlist" },
];

/** A registration the actor may manage: FORBIDDEN for someone else's event, as in the admin. */
async function registrationToManage(services: Services, actor: Actor | null, id: string): Promise<Registration> {
  const registration = await findRegistration(services.db, id);
  await eventToManage(services.db, actor, registration.eventId);
  return registration;
}

export function registrationRoutes(services: Services): ApiRoute[] {
  const { db, config } = services;
  const actorOf = (req: { actor: Actor | null }): Actor => req.actor as Actor;

  return [
    apiRoute({
      method: "POST",
      path: "/occurrences/:id/registrations",
      access: "public",
      operationId: "register",
      summary: "Register for an occurrence",
      description:
        "Confirmed while seats last, then waitlisted; pending where the organiser approves each person. " +
        "The answer is the same whether or not the address was already registered for the occurrence: where the person " +
        "stands and their private link go only to their mail (an address already registered is mailed a further link, " +
        "at most 3 a day). " +
        `At most ${config.registrationLimit} requests per client address in 10 minutes; then 429 with Retry-After.`,
      tag: "registrations",
      params: IdParams,
      body: RegistrationInput,
      status: 202,
      response: RegistrationReceived,
      errors: ["NOT_FOUND", "VALIDATION_FAILED", "CONFLICT", "RATE_LIMITED"],
      reasons: [
        "OCCURRENCE_NOT_FOUND",
        "REGISTRATION_WINDOW_NOT_OPEN",
        "REGISTRATION_CLOSED",
        "OCCURRENCE_STARTED",
        "OCCURRENCE_CANCELLED",
      ],
      handle: async ({ req, reply, params, body }) => {
        const limit = await countLimit(services, registrationRule(config), req.ip);
        if (!limit.isAllowed) {
          reply.header("Retry-After", String(limit.retryAfterSeconds));
          throw new AppError("RATE_LIMITED");
        }
        const locale = requestedLocale(req, services, body.locale);
        await requestRegistration(services, params.id, {
          name: body.name,
          email: body.email,
          locale,
          isPseudonymous: body.pseudonymous,
          answers: body.answers,
        });
        return { next_step: "check_email" as const, message: req.t("site.register.sent.body") };
      },
    }),

    apiRoute({
      method: "GET",
      path: "/events/:id/registrations",
      access: "events.manage",
      operationId: "listRegistrations",
      summary: "The registrations of an event, oldest first",
      tag: "registrations",
      params: IdParams,
      query: RegistrationListQuery,
      status: 200,
      response: RegistrationList,
      errors: ["NOT_SIGNED_IN", "FORBIDDEN", "NOT_FOUND", "VALIDATION_FAILED"],
      reasons: ["EVENT_NOT_FOUND"],
      handle: async ({ req, params, query }) => {
        const event = await eventToManageBy(db, req.actor, params.id);
        const all = await listRegistrations(db, event.id, {
          ...(query.occurrence ? { occurrenceId: query.occurrence } : {}),
          ...(query.status ? { status: query.status } : {}),
        });
        const start = (query.page - 1) * query.per_page;
        return {
          data: all.slice(start, start + query.per_page).map(registrationJson),
          pagination: {
            page: query.page,
            per_page: query.per_page,
            total: all.length,
            total_pages: Math.ceil(all.length / query.per_page),
          },
        };
      },
    }),

    apiRoute({
      method: "GET",
      path: "/registrations/:id",
      access: "events.manage",
      operationId: "getRegistration",
      summary: "One registration",
      tag: "registrations",
      params: IdParams,
      status: 200,
      response: RegistrationSchema,
      errors: ["NOT_SIGNED_IN", "FORBIDDEN", "NOT_FOUND"],
      reasons: ["REGISTRATION_NOT_FOUND"],
      handle: async ({ req, params }) => registrationJson(await registrationToManage(services, req.actor, params.id)),
    }),

    ...DECISIONS.map(({ action, decide, summary }) =>
      apiRoute({
        method: "POST",
        path: `/registrations/:id/${action}`,
        access: "events.manage",
        operationId: `${action}Registration`,
        summary,
        description: "The registrant is told by mail, in their language.",
        tag: "registrations",
        params: IdParams,
        status: 200,
        response: RegistrationSchema,
        errors: ["NOT_SIGNED_IN", "FORBIDDEN", "NOT_FOUND", "CONFLICT"],
        reasons: ["REGISTRATION_NOT_FOUND", "REGISTRATION_STATUS_CHANGED"],
        handle: async ({ req, params }) => {
          await registrationToManage(services, req.actor, params.id);
          return registrationJson(await decide(services, actorOf(req), params.id));
        },
      }),
    ),

    apiRoute({
      method: "POST",
      path: "/registrations/:id/move",
      access: "events.manage",
      authorise: async ({ req, params }) => void (await registrationToManage(services, req.actor, params.id)),
      operationId: "moveRegistration",
      summary: "Move a registration to another occurrence of the same event",
      description: "Confirmed there if a seat is free, else waitlisted there; the seat it leaves goes to the waitlist.",
      tag: "registrations",
      params: IdParams,
      body: MoveInput,
      status: 200,
      response: RegistrationSchema,
      errors: ["NOT_SIGNED_IN", "FORBIDDEN", "NOT_FOUND", "VALIDATION_FAILED", "CONFLICT"],
      reasons: [
        "REGISTRATION_NOT_FOUND",
        "OCCURRENCE_NOT_FOUND",
        "OCCURRENCE_CANCELLED",
        "REGISTRATION_STATUS_CHANGED",
        "ALREADY_REGISTERED_THERE",
      ],
      handle: async ({ req, params, body }) => {
        await registrationToManage(services, req.actor, params.id);
        await findOccurrence(db, body.occurrence_id).catch(() => {
          throw new AppError("VALIDATION_FAILED", { occurrence_id: "api.unknownReference" });
        });
        return registrationJson(await moveRegistration(services, actorOf(req), params.id, body.occurrence_id));
      },
    }),

    apiRoute({
      method: "GET",
      path: "/me",
      access: "signed-in",
      operationId: "getMe",
      summary: "The account the token belongs to",
      tag: "account",
      status: 200,
      response: Me,
      errors: ["NOT_SIGNED_IN"],
      handle: async ({ req }) => {
        const user = req.user;
        if (!user) throw new AppError("NOT_SIGNED_IN");
        return { id: user.id, name: user.name, email: user.email, role: user.role, locales: user.locales };
      },
    }),
  ];
}

import { AppError } from "../errors.ts";
import { eventToManage, findOccurrence } from "../events/events.ts";
import type { Registration } from "../events/model.ts";
import {
  approveRegistration,
  cancelRegistration,
  declineRegistration,
  findRegistration,
  listRegistrations,
  moveRegistration,
  register,
  registrationUrl,
} from "../events/registrations.ts";
import type { Actor } from "../people/policy.ts";
import type { Services } from "../web/context.ts";
import { type ApiRoute, apiRoute, requestedLocale } from "./define.ts";
import { eventToManageBy, registrationJson } from "./read.ts";
import {
  IdParams,
  Me,
  MoveInput,
  RegistrationCreated,
  RegistrationInput,
  RegistrationList,
  RegistrationListQuery,
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
  // As many registrations from one address as the web form allows.
  const registrationLimit = { max: config.registrationLimit, timeWindow: 10 * 60_000 };

  return [
    apiRoute({
      method: "POST",
      path: "/occurrences/:id/registrations",
      access: "public",
      operationId: "register",
      summary: "Register for an occurrence",
      description:
        "Confirmed while seats last, then waitlisted; pending where the organiser approves each person. " +
        "The answer holds the private token of the registration, which no other answer ever shows. " +
        `At most ${registrationLimit.max} requests per address in 10 minutes.`,
      tag: "registrations",
      params: IdParams,
      body: RegistrationInput,
      status: 201,
      response: RegistrationCreated,
      errors: ["NOT_FOUND", "VALIDATION_FAILED", "CONFLICT", "RATE_LIMITED"],
      rateLimit: registrationLimit,
      handle: async ({ req, params, body }) => {
        const locale = requestedLocale(req, services, body.locale);
        const { registration, token } = await register(services, params.id, {
          name: body.name,
          email: body.email,
          locale,
          isPseudonymous: body.pseudonymous,
          answers: body.answers,
        });
        return {
          id: registration.id,
          status: registration.status,
          manage_token: token,
          manage_url: registrationUrl(config, locale, token),
        };
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

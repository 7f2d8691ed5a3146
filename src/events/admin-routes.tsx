import type { FastifyInstance } from "fastify";
import type { Services } from "../web/context.ts";

/** The organiser's admin: events, translations, agenda, occurrences, questions, registrations. */
export function registerEventAdminRoutes(_app: FastifyInstance, _services: Services): void {}

import type { FastifyInstance } from "fastify";
import type { Services } from "../web/context.ts";

/** Registrations of an event for its organisers: filters, approval, moves, cancellation, CSV, messages; and materials. */
export function registerRegistrationAdminRoutes(_app: FastifyInstance, _services: Services): void {}

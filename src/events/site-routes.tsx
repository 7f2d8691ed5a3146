import type { FastifyInstance } from "fastify";
import type { Services } from "../web/context.ts";

/** Public event pages, registration and the registrant's private page. */
export function registerEventSiteRoutes(_app: FastifyInstance, _services: Services): void {}

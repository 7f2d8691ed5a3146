import type { FastifyInstance } from "fastify";
import type { Services } from "../web/context.ts";

/** The JSON API under /api/v1/, described at /api/v1/openapi.json. */
export function registerApiRoutes(_app: FastifyInstance, _services: Services): void {}

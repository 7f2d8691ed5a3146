import type { FastifyInstance } from "fastify";
import type { Services } from "../web/context.ts";

/** Admin pages for organisations, speaker profiles, programmes, series and topics. */
export function registerCatalogueRoutes(_app: FastifyInstance, _services: Services): void {}

import type { FastifyInstance } from "fastify";
import type { Services } from "../web/context.ts";

export function registerDiscoveryRoutes(_app: FastifyInstance, _services: Services): void {}

import type { FastifyInstance } from "fastify";
import type { Services } from "../web/context.ts";

export function registerPostRoutes(_app: FastifyInstance, _services: Services): void {}

import type { FastifyInstance } from "fastify";
import type { Services } from "../web/context.ts";

export function registerCommentRoutes(_app: FastifyInstance, _services: Services): void {}

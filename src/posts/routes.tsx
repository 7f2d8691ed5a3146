import type { FastifyInstance } from "fastify";
import { registerUploadRoutes } from "../files/index.ts";
import type { Services } from "../web/context.ts";
import { registerPostAdminRoutes } from "./admin-routes.tsx";
import { registerPostSiteRoutes } from "./site-routes.tsx";

/** Posts on the site and in the admin, topic pages, and the files of uploads (cover images, imported attachments). */
export function registerPostRoutes(app: FastifyInstance, services: Services): void {
  registerPostSiteRoutes(app, services);
  registerPostAdminRoutes(app, services);
  registerUploadRoutes(app, services);
}

import type { FastifyInstance } from "fastify";
import { AppError } from "../errors.ts";
import type { Services } from "../web/context.ts";
import { decodeUtf8 } from "../web/input.ts";
import { type ApiRoute, apiRoute, mountApiRoute } from "./define.ts";
import { eventRoutes } from "./event-routes.ts";
import { API_PREFIX, openApiDocument } from "./openapi.ts";
import { registrationRoutes } from "./registration-routes.ts";
import { OpenApiDocument } from "./schemas.ts";

/** Every route of the API, in the order the OpenAPI document lists them. */
export function apiRoutes(services: Services): ApiRoute[] {
  const routes: ApiRoute[] = [...eventRoutes(services), ...registrationRoutes(services)];
  let document: Record<string, unknown> | undefined;
  routes.push(
    apiRoute({
      method: "GET",
      path: "/openapi.json",
      access: "public",
      operationId: "getOpenApi",
      summary: "This API described in OpenAPI 3.1",
      tag: "meta",
      status: 200,
      response: OpenApiDocument,
      errors: [],
      isPublicCacheable: true,
      handle: async () => {
        document ??= openApiDocument(routes, services.config);
        return document;
      },
    }),
  );
  return routes;
}

/**
 * The JSON API under /api/v1/, described at /api/v1/openapi.json. It reads only JSON bodies: a form
 * post from a browser is refused, and a body that is not JSON gets a 400 with a clear error.
 */
export function registerApiRoutes(app: FastifyInstance, services: Services): void {
  const routes = apiRoutes(services);
  app.register(
    async (api) => {
      const parseJson = api.getDefaultJsonParser("error", "error");
      api.removeAllContentTypeParsers();
      api.addContentTypeParser("application/json", { parseAs: "buffer", bodyLimit: 1024 * 1024 }, (req, raw, done) => {
        const body = decodeUtf8(raw as Buffer);
        if (body === undefined) return done(new AppError("BAD_REQUEST", { body: "api.jsonInvalid" }), undefined);
        if (body.trim() === "") return done(null, undefined);
        parseJson(req, body, (error, value) =>
          error ? done(new AppError("BAD_REQUEST", { body: "api.jsonInvalid" }), undefined) : done(null, value),
        );
      });
      api.addContentTypeParser("*", (_req, _payload, done) => done(new AppError("BAD_REQUEST", { body: "api.jsonOnly" }), undefined));
      for (const route of routes) mountApiRoute(api, services, route);
    },
    { prefix: API_PREFIX },
  );
}

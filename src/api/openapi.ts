import { z } from "zod";
import type { Config } from "../config.ts";
import { DOMAIN_CODES, ERROR_CODES, type ErrorCode } from "../errors.ts";
import { translate } from "../i18n/messages.ts";
import type { ApiRoute } from "./define.ts";
import { requestComponents, responseComponents } from "./schemas.ts";

/**
 * The OpenAPI 3.1 document of the API, written from the route table and the zod schemas that
 * validate requests, so it describes exactly what the code accepts and answers.
 */

export const API_PREFIX = "/api/v1";

type JsonSchema = Record<string, unknown>;

const componentUri = (id: string) => `#/components/schemas/${id}`;

/** Drops zod's long date-time pattern (the format says it) and the per-schema $schema and $id keys. */
function tidy({ jsonSchema }: { jsonSchema: JsonSchema }): void {
  if (jsonSchema.format === "date-time") delete jsonSchema.pattern;
}

function withoutRootKeys(schema: JsonSchema): JsonSchema {
  const { $schema: _schema, $id: _id, ...rest } = schema;
  return rest;
}

function components(): Record<string, JsonSchema> {
  const options = { uri: componentUri, override: tidy, unrepresentable: "any" } as const;
  const requests = z.toJSONSchema(requestComponents, { ...options, io: "input" }).schemas;
  const responses = z.toJSONSchema(responseComponents, { ...options, io: "output" }).schemas;
  return Object.fromEntries(Object.entries({ ...requests, ...responses }).map(([id, s]) => [id, withoutRootKeys(s as JsonSchema)]));
}

function schemaOf(schema: z.ZodType, io: "input" | "output"): JsonSchema {
  const registry = io === "input" ? requestComponents : responseComponents;
  const id = registry.get(schema)?.id;
  if (id) return { $ref: componentUri(id) };
  return withoutRootKeys(z.toJSONSchema(schema, { io, override: tidy, unrepresentable: "any" }) as JsonSchema);
}

function parameters(schema: z.ZodObject | undefined, where: "path" | "query"): JsonSchema[] {
  if (!schema) return [];
  const json = z.toJSONSchema(schema, { io: "input", override: tidy, unrepresentable: "any" }) as {
    properties?: Record<string, JsonSchema>;
    required?: string[];
  };
  return Object.entries(json.properties ?? {}).map(([name, property]) => {
    const { description, ...rest } = property;
    return {
      name,
      in: where,
      required: where === "path" || (json.required ?? []).includes(name),
      ...(description ? { description } : {}),
      schema: rest,
    };
  });
}

function errorResponse(code: ErrorCode): JsonSchema {
  return {
    description: `${code}: ${translate("en", ERROR_CODES[code].message)}`,
    content: { "application/json": { schema: { $ref: componentUri("Error") } } },
  };
}

/**
 * What the app around a route may answer before the route's own code runs: a token route without
 * a (valid) token or permission, a body over the size limit, a rate limit, input that fails its schema.
 */
function answeredByEveryRoute(route: ApiRoute): ErrorCode[] {
  // Any request with an Authorization header that names no valid token is answered 401, on public routes too.
  const codes: ErrorCode[] = ["NOT_SIGNED_IN"];
  if (route.access !== "public") codes.push("FORBIDDEN");
  if (route.body) codes.push("PAYLOAD_TOO_LARGE");
  if (route.body || route.params || route.query) codes.push("VALIDATION_FAILED");
  if (route.rateLimit) codes.push("RATE_LIMITED");
  return codes;
}

function operation(route: ApiRoute): JsonSchema {
  const responses: Record<string, JsonSchema> = {
    [String(route.status)]: {
      description: route.status === 201 ? "Created" : route.status === 202 ? "Accepted" : "OK",
      content: { "application/json": { schema: schemaOf(route.response, "output") } },
    },
  };
  const isToken = route.access !== "public";
  const codes: ErrorCode[] = [
    ...new Set<ErrorCode>(["BAD_REQUEST", ...answeredByEveryRoute(route), ...route.errors, "INTERNAL", "UNAVAILABLE"]),
  ];
  for (const code of codes) {
    const status = String(ERROR_CODES[code].status);
    const reasons = (route.reasons ?? []).filter((reason) => DOMAIN_CODES[reason].code === code);
    if (status in responses) continue;
    // A status whose domain codes this route may answer names them, so a client knows which to expect here.
    responses[status] =
      reasons.length > 0
        ? {
            description: `${errorResponse(code).description} With \`reason\`: ${reasons.map((r) => `${r} (${DOMAIN_CODES[r].description})`).join("; ")}.`,
            "x-reasons": reasons,
            content: { "application/json": { schema: { $ref: componentUri("Error") } } },
          }
        : { $ref: `#/components/responses/${code}` };
  }
  return {
    operationId: route.operationId,
    summary: route.summary,
    ...(route.description ? { description: route.description } : {}),
    tags: [route.tag],
    // `security: []` says outright that a public operation needs no token, whatever a document-wide default.
    security: isToken ? [{ bearerAuth: [] }] : route.isTokenOptional ? [{}, { bearerAuth: [] }] : [],
    parameters: [...parameters(route.params, "path"), ...parameters(route.query, "query")],
    ...(route.body ? { requestBody: { required: true, content: { "application/json": { schema: schemaOf(route.body, "input") } } } } : {}),
    responses,
  };
}

/** The path of a route in OpenAPI's spelling: /api/v1/events/{id}. */
export function openApiPath(fastifyPath: string): string {
  return fastifyPath.replace(/:(\w+)/g, "{$1}");
}

export function openApiDocument(routes: readonly ApiRoute[], config: Pick<Config, "baseUrl" | "siteName">): JsonSchema {
  const paths: Record<string, Record<string, JsonSchema>> = {};
  for (const route of routes) {
    const path = openApiPath(`${API_PREFIX}${route.path}`);
    paths[path] = { ...paths[path], [route.method.toLowerCase()]: operation(route) };
  }
  return {
    openapi: "3.1.0",
    info: {
      title: `${config.siteName} API`,
      version: "1.0.0",
      description:
        "Events, occurrences and registrations of this Outreach site. Public reads and registering need no token; " +
        "everything else takes `Authorization: Bearer <token>` from `outreach token create --email <address>` and " +
        "follows the same rules as the admin. Times are ISO 8601 in UTC; errors have one shape (Error) with a stable code.",
      license: { name: "AGPL-3.0-or-later", identifier: "AGPL-3.0-or-later" },
    },
    servers: [{ url: config.baseUrl.origin }],
    tags: [
      { name: "events", description: "Events: what takes place, with its texts in several languages." },
      { name: "occurrences", description: "The times an event takes place, each with its own seats and registration." },
      { name: "registrations", description: "Registering, and the organiser's decisions on registrations." },
      { name: "account", description: "The account behind a token." },
      { name: "meta", description: "This description." },
    ],
    paths,
    components: {
      schemas: components(),
      responses: Object.fromEntries((Object.keys(ERROR_CODES) as ErrorCode[]).map((code) => [code, errorResponse(code)])),
      securitySchemes: {
        bearerAuth: {
          type: "http",
          scheme: "bearer",
          description: "A token made on the server with `outreach token create --email <staff address>`.",
        },
      },
    },
  };
}

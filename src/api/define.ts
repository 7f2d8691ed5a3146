import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { z } from "zod";
import { AppError, type DomainCode, type ErrorCode } from "../errors.ts";
import { isLocale, type Locale } from "../i18n/locales.ts";
import { type MessageKey, SOURCE_CATALOG, translator } from "../i18n/messages.ts";
import type { Access, Services } from "../web/context.ts";

/**
 * One table describes each API route: what it reads (zod schemas), who may call it, what it answers.
 * The same table registers the Fastify route and writes the OpenAPI document.
 */
export type ApiRoute = {
  method: "GET" | "POST" | "PATCH";
  /** Under /api/v1, with Fastify's :params. */
  path: string;
  access: Access;
  operationId: string;
  summary: string;
  description?: string;
  tag: "events" | "occurrences" | "registrations" | "account" | "meta";
  params?: z.ZodObject;
  query?: z.ZodObject;
  body?: z.ZodType;
  status: 200 | 201 | 202;
  response: z.ZodType;
  /** The error codes this route may answer, besides the ones every route may (400, 404 on no route, 429, 500). */
  errors: readonly ErrorCode[];
  /** The domain codes (`error.reason`) this route may answer, each under its general code. */
  reasons?: readonly DomainCode[];
  /** Anonymous answers may be kept a minute by any cache; everything else is no-store. */
  isPublicCacheable?: boolean;
  /** A public route that shows more to the organisers of an event when called with their token. */
  isTokenOptional?: boolean;
  rateLimit?: { max: number; timeWindow: number };
  /**
   * Whether this caller may act on what the path names (an organiser on their own event), decided
   * before the query and body are read: someone who may not gets 403 or 404, never a list of field
   * errors about a body they were never allowed to send.
   */
  authorise?(input: { req: FastifyRequest; params: unknown }): Promise<void>;
  handle(input: { req: FastifyRequest; reply: FastifyReply; params: unknown; query: unknown; body: unknown }): Promise<unknown>;
};

/** Declares a route; the handler's arguments and answer are typed from its schemas. */
export function apiRoute<
  P extends z.ZodObject = z.ZodObject<Record<never, never>>,
  Q extends z.ZodObject = z.ZodObject<Record<never, never>>,
  B extends z.ZodType = z.ZodUnknown,
  R extends z.ZodType = z.ZodUnknown,
>(
  route: Omit<ApiRoute, "params" | "query" | "body" | "response" | "authorise" | "handle"> & {
    params?: P;
    query?: Q;
    body?: B;
    response: R;
    authorise?(input: { req: FastifyRequest; params: z.output<P> }): Promise<void>;
    handle(input: {
      req: FastifyRequest;
      reply: FastifyReply;
      params: z.output<P>;
      query: z.output<Q>;
      body: z.output<B>;
    }): Promise<z.input<R>>;
  },
): ApiRoute {
  return route as unknown as ApiRoute;
}

const PUBLIC_MAX_AGE = "public, max-age=60";

/**
 * Field names in the API are snake_case, while the domain names fields as its forms do; errors from
 * the domain are renamed so a client can match them to what it sent.
 */
export function apiFieldName(field: string): string {
  const answer = /^q_(.+)$/.exec(field);
  if (answer) return `answers.${answer[1]}`;
  if (field === "isPseudonymous") return "pseudonymous";
  if (field === "isOnline") return "online";
  if (field === "reminders") return "reminders_minutes";
  return field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}

function withApiFields(error: AppError): AppError {
  const fields = Object.fromEntries(Object.entries(error.fields).map(([field, key]) => [apiFieldName(field), key]));
  return new AppError(error.code, fields, error.reason);
}

function isMessageKey(message: string): message is MessageKey {
  return Object.hasOwn(SOURCE_CATALOG, message);
}

/** The message key for one zod issue: the schema's own key if it gave one, else one by kind of issue. */
function issueKey(issue: z.core.$ZodIssue): MessageKey {
  if (isMessageKey(issue.message)) return issue.message;
  switch (issue.code) {
    case "invalid_type":
      return issue.input === undefined ? "api.required" : "api.wrongType";
    case "invalid_value":
      return "api.notAllowed";
    case "invalid_format":
      return issue.format === "datetime" ? "api.dateTimeInvalid" : "form.invalid";
    case "too_big":
      return issue.origin === "string" ? "form.tooLong" : "api.outOfRange";
    case "too_small":
      return issue.origin === "string" ? "api.required" : "api.outOfRange";
    case "invalid_union":
      return "api.wrongType";
    default:
      return "form.invalid";
  }
}

/** Maps zod issues to one message key per field, with dotted paths: "answers.<id>", "organisations.0.role". */
export function issueFields(error: z.ZodError): Record<string, MessageKey> {
  const fields: Record<string, MessageKey> = {};
  const add = (path: readonly PropertyKey[], key: MessageKey) => {
    const name = path.length === 0 ? "body" : path.map(String).join(".");
    if (!(name in fields)) fields[name] = key;
  };
  for (const issue of error.issues) {
    if (issue.code === "unrecognized_keys") for (const k of issue.keys) add([...issue.path, k], "api.unknownField");
    else add(issue.path, issueKey(issue));
  }
  return fields;
}

function parse<S extends z.ZodType>(schema: S | undefined, value: unknown): z.output<S> | undefined {
  if (!schema) return undefined;
  const result = schema.safeParse(value, { reportInput: true });
  if (!result.success) throw new AppError("VALIDATION_FAILED", issueFields(result.error));
  return result.data;
}

/**
 * Answers error messages in the language the request names (`locale` in the body or the query) when
 * it names one the site offers; otherwise the language negotiated from Accept-Language stays.
 */
function useRequestedLocale(req: FastifyRequest, services: Services, body: unknown): void {
  const named = (body as { locale?: unknown } | undefined)?.locale ?? (req.query as { locale?: unknown } | undefined)?.locale;
  if (typeof named === "string" && isLocale(named) && services.config.locales.includes(named)) {
    req.locale = named;
    req.t = translator(named);
  }
}

/** The language a request asks for, if the site offers it; else the one negotiated for the request. */
export function requestedLocale(req: FastifyRequest, services: Services, asked: Locale | undefined): Locale {
  if (asked === undefined) return req.locale;
  if (!services.config.locales.includes(asked)) throw new AppError("VALIDATION_FAILED", { locale: "api.notAllowed" });
  return asked;
}

/** Registers one route: parse → handler (which authorises and calls the domain) → JSON with the right status and caching. */
export function mountApiRoute(app: FastifyInstance, services: Services, route: ApiRoute): void {
  app.route({
    method: route.method,
    url: route.path,
    config: { access: route.access, ...(route.rateLimit ? { rateLimit: route.rateLimit } : {}) },
    handler: async (req, reply) => {
      // A body-less request is read as an empty object, so each missing field is named in the error.
      const body = route.body ? (req.body ?? {}) : undefined;
      useRequestedLocale(req, services, body);
      // Authorise first: the path names what is acted on; only someone allowed to act learns what the body lacks.
      const params = parse(route.params, req.params);
      await route.authorise?.({ req, params });
      const input = { req, reply, params, query: parse(route.query, req.query), body: parse(route.body, body) };
      try {
        const result = await route.handle(input);
        const isShared = route.isPublicCacheable && req.method === "GET" && !req.user;
        return reply
          .code(route.status)
          .header("Cache-Control", isShared ? PUBLIC_MAX_AGE : "no-store")
          .header("Vary", "Accept-Language, Authorization, Cookie")
          .type("application/json; charset=utf-8")
          .send(result);
      } catch (error) {
        // Only the domain's field names need renaming; the schemas already name fields as the request did.
        throw error instanceof AppError ? withApiFields(error) : error;
      }
    },
  });
}

import { WHO } from "../testing/matrix.ts";

/**
 * Rows of the role matrix for these routes: "METHOD /pattern" → who gets through (with a browser session).
 * The API ignores the session cookie, so routes that need an account are reached by nobody from a browser:
 * they take a bearer token (tested in src/api/api.test.ts).
 */
export const ROUTES: Record<string, string> = {
  "GET /api/v1/events": WHO.everyone,
  "GET /api/v1/events/:id": WHO.everyone,
  "GET /api/v1/events/:id/occurrences": WHO.everyone,
  "GET /api/v1/occurrences/:id": WHO.everyone,
  "POST /api/v1/occurrences/:id/registrations": WHO.everyone,
  "GET /api/v1/openapi.json": WHO.everyone,
  "POST /api/v1/events": WHO.nobody,
  "PATCH /api/v1/events/:id": WHO.nobody,
  "POST /api/v1/events/:id/publish": WHO.nobody,
  "POST /api/v1/events/:id/unpublish": WHO.nobody,
  "POST /api/v1/events/:id/occurrences": WHO.nobody,
  "PATCH /api/v1/occurrences/:id": WHO.nobody,
  "GET /api/v1/events/:id/registrations": WHO.nobody,
  "GET /api/v1/registrations/:id": WHO.nobody,
  "POST /api/v1/registrations/:id/approve": WHO.nobody,
  "POST /api/v1/registrations/:id/decline": WHO.nobody,
  "POST /api/v1/registrations/:id/cancel": WHO.nobody,
  "POST /api/v1/registrations/:id/move": WHO.nobody,
  "GET /api/v1/me": WHO.nobody,
};

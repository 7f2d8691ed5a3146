import { WHO } from "../testing/matrix.ts";

/** Rows of the role matrix for these routes: "METHOD /pattern" → who gets through. */
export const ROUTES: Record<string, string> = {
  "GET /:locale/topics/:slug": WHO.everyone,
  "GET /:locale/series/:slug": WHO.everyone,
  "GET /:locale/programmes/:slug": WHO.everyone,
  "GET /:locale/organisations/:slug": WHO.everyone,
  "GET /:locale/people/:slug": WHO.everyone,
};

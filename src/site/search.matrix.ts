import { WHO } from "../testing/matrix.ts";

/** Rows of the role matrix for these routes: "METHOD /pattern" → who gets through. */
export const ROUTES: Record<string, string> = {
  "GET /:locale/search": WHO.everyone,
};

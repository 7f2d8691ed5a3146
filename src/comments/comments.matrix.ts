import { WHO } from "../testing/matrix.ts";

/** Rows of the role matrix for these routes: "METHOD /pattern" → who gets through. */
export const ROUTES: Record<string, string> = {
  "POST /:locale/news/:slug/comments": WHO.everyone,
  "POST /:locale/events/:slug/comments": WHO.everyone,
  "GET /admin/comments": WHO.editors,
  "POST /admin/comments": WHO.editors,
  "GET /admin/comments/:id/block": WHO.editors,
  "POST /admin/comments/:id/block": WHO.editors,
};

import { WHO } from "../testing/matrix.ts";

/** Rows of the role matrix for these routes: "METHOD /pattern" → who gets through. */
export const ROUTES: Record<string, string> = {
  "GET /:locale/news": WHO.everyone,
  "GET /:locale/news/:slug": WHO.everyone,
  "GET /:locale/topics": WHO.everyone,
  "GET /files/:id/:name": WHO.everyone,
  "GET /admin/posts": WHO.translators,
  "GET /admin/posts/new": WHO.editors,
  "POST /admin/posts/new": WHO.editors,
  "GET /admin/posts/:id": WHO.editors,
  "POST /admin/posts/:id": WHO.editors,
  "POST /admin/posts/:id/cover": WHO.editors,
  "POST /admin/posts/:id/cover/remove": WHO.editors,
  "POST /admin/posts/:id/unpublish": WHO.editors,
  "GET /admin/posts/:id/:lang (ru)": WHO.translators,
  "POST /admin/posts/:id/:lang (ru)": WHO.translators,
  "GET /admin/posts/:id/:lang (en)": WHO.editors,
  "POST /admin/posts/:id/:lang (en)": WHO.editors,
  "POST /admin/posts/:id/:lang/publish": WHO.editors,
  "POST /admin/posts/:id/:lang/unpublish": WHO.editors,
  "POST /admin/posts/:id/:lang/schedule": WHO.editors,
  "POST /admin/posts/:id/:lang/restore": WHO.editors,
};

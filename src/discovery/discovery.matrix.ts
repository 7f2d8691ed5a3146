import { WHO } from "../testing/matrix.ts";

/** Rows of the role matrix for these routes: "METHOD /pattern" → who gets through. */
export const ROUTES: Record<string, string> = {
  "GET /:locale/library/:slug/poster.pdf": WHO.everyone,
  "GET /:locale/pages/:slug/poster.pdf": WHO.everyone,
  "GET /:locale/events/:slug/poster.pdf": WHO.everyone,
  "GET /:locale/news/:slug/poster.pdf": WHO.everyone,
  "GET /:locale/feed.xml": WHO.everyone,
  "GET /:locale/feed.atom": WHO.everyone,
  "GET /:locale/topics/:slug/feed.xml": WHO.everyone,
  "GET /:locale/topics/:slug/feed.atom": WHO.everyone,
  "GET /sitemap.xml": WHO.everyone,
  "GET /sitemap-:n.xml": WHO.everyone,
  "GET /robots.txt": WHO.everyone,
  "GET /favicon.ico": WHO.everyone,
};

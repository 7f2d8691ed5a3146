import { WHO } from "../testing/matrix.ts";

/** Rows of the role matrix for these routes: "METHOD /pattern" → who gets through. */
export const ROUTES: Record<string, string> = {
  "GET /:locale/library": WHO.everyone,
  "GET /:locale/library/:slug": WHO.everyone,
  "GET /:locale/library/:slug/files/:fileLocale": WHO.everyone,
  "GET /admin/library": WHO.translators,
  "GET /admin/library/new": WHO.editors,
  "POST /admin/library/new": WHO.editors,
  "GET /admin/library/:id": WHO.editors,
  "POST /admin/library/:id": WHO.editors,
  "POST /admin/library/:id/publish": WHO.editors,
  "POST /admin/library/:id/unpublish": WHO.editors,
  "POST /admin/library/:id/files": WHO.editors,
  "GET /admin/library/:id/files/:fileLocale": WHO.editors,
  "POST /admin/library/:id/files/:fileLocale/delete": WHO.editors,
  "GET /admin/library/:id/:lang (ru)": WHO.translators,
  "POST /admin/library/:id/:lang (ru)": WHO.translators,
  "GET /admin/library/:id/:lang (en)": WHO.editors,
  "POST /admin/library/:id/:lang (en)": WHO.editors,
  "GET /admin/library/:id/dissemination": WHO.editors,
  "POST /admin/library/:id/dissemination": WHO.editors,
  "GET /admin/library/:id/dissemination.csv": WHO.editors,
  "GET /admin/library/:id/dissemination/:entryId": WHO.editors,
  "POST /admin/library/:id/dissemination/:entryId": WHO.editors,
  "POST /admin/library/:id/dissemination/:entryId/delete": WHO.editors,
};

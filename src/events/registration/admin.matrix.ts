import { WHO } from "../../testing/matrix.ts";

/** Rows of the role matrix for these routes: "METHOD /pattern" → who gets through. */
export const ROUTES: Record<string, string> = {
  "GET /admin/events/:id/registrations": WHO.organisers,
  "GET /admin/events/:id/registrations.csv": WHO.organisers,
  "POST /admin/events/:id/registrations/:registrationId/approve": WHO.organisers,
  "POST /admin/events/:id/registrations/:registrationId/decline": WHO.organisers,
  "POST /admin/events/:id/registrations/:registrationId/cancel": WHO.organisers,
  "POST /admin/events/:id/registrations/:registrationId/move": WHO.organisers,
  "GET /admin/events/:id/registrations/message": WHO.organisers,
  "POST /admin/events/:id/registrations/message": WHO.organisers,
  "GET /admin/events/:id/materials": WHO.organisers,
  "POST /admin/events/:id/materials": WHO.organisers,
  "POST /admin/events/:id/materials/:materialId/files": WHO.organisers,
  "GET /admin/events/:id/materials/:materialId/files/:fileId": WHO.organisers,
  "POST /admin/events/:id/materials/:materialId/files/:fileId/delete": WHO.organisers,
  "POST /admin/events/:id/materials/:materialId/delete": WHO.organisers,
};

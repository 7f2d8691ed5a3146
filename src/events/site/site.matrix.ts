import { WHO } from "../../testing/matrix.ts";

/** Rows of the role matrix for these routes: "METHOD /pattern" → who gets through. */
export const ROUTES: Record<string, string> = {
  "GET /:locale/events": WHO.everyone,
  "GET /:locale/events.ics": WHO.everyone,
  "GET /:locale/events/:slug": WHO.everyone,
  "GET /:locale/events/:slug/calendar/:occurrenceId.ics": WHO.everyone,
  "GET /:locale/events/:slug/materials/:fileId": WHO.everyone,
  "GET /:locale/events/:slug/register/:occurrenceId": WHO.everyone,
  "POST /:locale/events/:slug/register/:occurrenceId": WHO.everyone,
  "GET /:locale/events/:slug/register/:occurrenceId/sent": WHO.everyone,
  "GET /:locale/registrations/:token": WHO.everyone,
  "POST /:locale/registrations/:token": WHO.everyone,
  "POST /:locale/registrations/:token/cancel": WHO.everyone,
  "GET /:locale/confirm-address": WHO.everyone,
  "POST /:locale/confirm-address": WHO.everyone,
  "GET /:locale/confirm-address/done": WHO.everyone,
  "GET /:locale/registrations/:token/calendar.ics": WHO.everyone,
  "GET /:locale/registrations/:token/materials/:fileId": WHO.everyone,
};

import type { FastifyReply, FastifyRequest } from "fastify";
import type { JSX } from "hono/jsx/jsx-runtime";
import type { Locale } from "../i18n/locales.ts";
import type { MessageKey } from "../i18n/messages.ts";
import type { Services, View } from "./context.ts";

/** Sends a rendered page as HTML with the given status. */
export async function sendPage(reply: FastifyReply, node: JSX.Element, status = 200): Promise<FastifyReply> {
  const html = await node;
  return reply.code(status).type("text/html; charset=utf-8").send(`<!doctype html>${html}`);
}

const NOTICES: Record<string, MessageKey> = {
  saved: "notice.saved",
  published: "notice.published",
  unpublished: "notice.unpublished",
  invited: "notice.invited",
  created: "notice.created",
  signedOutElsewhere: "notice.signedOutElsewhere",
  passwordChanged: "notice.passwordChanged",
  eventPublished: "eventsAdmin.notice.published",
  eventUnpublished: "eventsAdmin.notice.unpublished",
  eventOwnerChanged: "eventsAdmin.notice.ownerChanged",
  eventItemDeleted: "eventsAdmin.notice.deleted",
  occurrenceCancelled: "eventsAdmin.notice.occurrenceCancelled",
  occurrenceRestored: "eventsAdmin.notice.occurrenceRestored",
  questionMoved: "eventsAdmin.notice.questionMoved",
};

/** The view context for a request; alternates default to every enabled language. */
export function viewOf(req: FastifyRequest, services: Services, options: { alternates?: readonly Locale[] } = {}): View {
  const done = (req.query as Record<string, unknown> | undefined)?.done;
  const notice = typeof done === "string" && NOTICES[done] ? req.t(NOTICES[done]) : undefined;
  return {
    locale: req.locale,
    t: req.t,
    user: req.user,
    // Computed only when a form on the page asks for it: most public pages have none.
    get csrf() {
      return req.csrfToken();
    },
    path: req.sitePath,
    alternates: options.alternates ?? services.config.locales,
    siteName: services.config.siteName,
    locales: services.config.locales,
    baseUrl: services.config.baseUrl,
    notice,
  };
}

/** Redirects after a successful form post (303, so the browser follows with GET). */
export function seeOther(reply: FastifyReply, url: string): FastifyReply {
  return reply.redirect(url, 303);
}

import type { FastifyReply, FastifyRequest } from "fastify";
import type { JSX } from "hono/jsx/jsx-runtime";
import { AppError, isFieldError } from "../errors.ts";
import type { Locale } from "../i18n/locales.ts";
import type { MessageKey } from "../i18n/messages.ts";
import type { Services, View } from "./context.ts";
import type { FieldErrors } from "./forms.ts";

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
  postScheduled: "posts.notice.scheduled",
  postRestored: "posts.notice.restored",
  "comments.received": "comments.notice.received",
  "comments.moderated": "comments.notice.moderated",
  "comments.blocked": "comments.notice.blocked",
};

/**
 * The view context for a request; alternates default to every enabled language. `?done=` names the
 * notice shown, from the shared NOTICES or an area's own `notices`; `?count=` fills its {count}.
 */
export function viewOf(
  req: FastifyRequest,
  services: Services,
  options: { alternates?: readonly Locale[]; contentLocale?: Locale; notices?: Record<string, MessageKey> } = {},
): View {
  const query = (req.query ?? {}) as Record<string, unknown>;
  const done = typeof query.done === "string" ? query.done : "";
  const key = options.notices?.[done] ?? NOTICES[done];
  const notice = key ? req.t(key, { count: Number(query.count) || 0 }) : undefined;
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
    contentLocale: options.contentLocale,
    siteName: services.config.siteName,
    locales: services.config.locales,
    baseUrl: services.config.baseUrl,
    notice,
  };
}

/**
 * Runs a form's domain call; when the form's own errors or the call's field errors stop it, renders
 * the form again with what was typed and the errors (409 for a conflict such as a taken address,
 * else 422). `rename` maps a domain field to the form field it is shown next to.
 */
export async function withForm(
  reply: FastifyReply,
  errors: FieldErrors,
  save: () => Promise<FastifyReply>,
  form: (errors: FieldErrors) => Promise<JSX.Element> | JSX.Element,
  rename: Record<string, string> = {},
): Promise<FastifyReply> {
  try {
    if (Object.keys(errors).length > 0) throw new AppError("VALIDATION_FAILED", errors);
    return await save();
  } catch (error) {
    if (!isFieldError(error)) throw error;
    const fields: FieldErrors = {};
    for (const [field, key] of Object.entries(error.fields)) fields[rename[field] ?? field] = key;
    return sendPage(reply, await form(fields), error.code === "CONFLICT" ? 409 : 422);
  }
}

/** Redirects after a successful form post (303, so the browser follows with GET). */
export function seeOther(reply: FastifyReply, url: string): FastifyReply {
  return reply.redirect(url, 303);
}

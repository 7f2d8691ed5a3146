import type { FastifyInstance } from "fastify";
import { z } from "zod";
import { AppError } from "../errors.ts";
import { pageNumber } from "../i18n/formats.ts";
import { localeFromSegment, localePath } from "../i18n/locales.ts";
import type { Services } from "../web/context.ts";
import { fieldErrors, firstValue, formValues } from "../web/forms.ts";
import { seeOther, sendPage, viewOf } from "../web/render.ts";
import { BlockView, QueueView } from "./admin-views.tsx";
import { COMMENT_STATUSES, CommentForm, findCommentSubject, freshStamp, SUBJECT_TYPES, subjectPath, submitComment } from "./comments.ts";
import { blockSender, findQueueItem, listQueue, MODERATIONS, type Moderation, moderateComments, type QueueFilter } from "./moderation.ts";
import { CommentFormPage } from "./views.tsx";

type Query = Record<string, unknown>;
type Values = Record<string, string | string[]>;

/** The queue's filters from a query (or the hidden copies a moderation form carries); anything unknown is ignored. */
function queueFilter(source: Record<string, unknown>): QueueFilter {
  const status = z.enum(COMMENT_STATUSES).optional().catch(undefined).parse(source.status);
  const segment = typeof source.locale === "string" ? source.locale : undefined;
  return { status, locale: localeFromSegment(segment), page: pageNumber(source.page) };
}

/** What a moderation form asks: one comment's button ("approve:<id>"), or a bulk button over the checked ones. */
function moderationOf(values: Values): { action: Moderation; ids: string[] } | undefined {
  const isModeration = (a: string): a is Moderation => a in MODERATIONS;
  const [action = "", id = ""] = firstValue(values.one).split(":");
  if (isModeration(action) && id) return { action, ids: [id] };
  const bulk = firstValue(values.bulk);
  const ids = (Array.isArray(values.ids) ? values.ids : values.ids ? [values.ids] : []).filter((i) => i.length <= 64);
  return (bulk === "approve" || bulk === "reject") && ids.length > 0 ? { action: bulk, ids } : undefined;
}

/** Comments: visitors write them on post and event pages; moderators approve, reject, mark spam and block. */
export function registerCommentRoutes(app: FastifyInstance, services: Services): void {
  const { config, db, clock } = services;
  // A flood guard per address on top of the per-address count the domain keeps; far above a person's pace.
  const floodGuard = { rateLimit: { max: 30, timeWindow: 10 * 60_000 } };

  for (const type of SUBJECT_TYPES) {
    app.post<{ Params: { locale: string; slug: string } }>(
      `/:locale${subjectPath(type, ":slug")}/comments`,
      { config: { access: "public", ...floodGuard } },
      async (req, reply) => {
        const subject = await findCommentSubject(db, type, req.params.slug, req.locale, { ...config, now: clock.now() });
        if (!subject) throw new AppError("NOT_FOUND");
        const values = formValues(req.body);
        const typed = { name: firstValue(values.name), email: firstValue(values.email), body: firstValue(values.body) };
        const pageHref = localePath(req.locale, subjectPath(type, subject.slug));
        try {
          const parsed = CommentForm.safeParse({ ...typed, website: firstValue(values.website), stamp: firstValue(values.stamp) });
          if (!parsed.success) throw new AppError("VALIDATION_FAILED", fieldErrors(parsed.error));
          await submitComment(services, subject, req.locale, parsed.data, req.ip);
          return seeOther(reply, `${pageHref}?done=comments.received#comments`);
        } catch (error) {
          if (!(error instanceof AppError) || Object.keys(error.fields).length === 0) throw error;
          return sendPage(
            reply,
            <CommentFormPage
              v={viewOf(req, services, { alternates: [req.locale] })}
              title={subject.title}
              pageHref={pageHref}
              action={`${pageHref}/comments`}
              stamp={freshStamp(services, subject)}
              values={typed}
              errors={error.fields}
            />,
            error.status,
          );
        }
      },
    );
  }

  // ---- Moderation ----

  app.get<{ Querystring: Query }>("/admin/comments", { config: { access: "comments.moderate" } }, async (req, reply) => {
    const filter = queueFilter(req.query ?? {});
    const list = await listQueue(db, filter);
    return sendPage(reply, <QueueView v={viewOf(req, services)} filter={filter} list={list} />);
  });

  app.post("/admin/comments", { config: { access: "comments.moderate" } }, async (req, reply) => {
    const values = formValues(req.body);
    const filter = queueFilter({
      status: firstValue(values.keep_status),
      locale: firstValue(values.keep_locale),
      page: firstValue(values.keep_page),
    });
    const moderation = moderationOf(values);
    if (moderation) await moderateComments(services, req.actor!, moderation.ids, moderation.action);
    const params = new URLSearchParams();
    if (filter.status) params.set("status", filter.status);
    if (filter.locale) params.set("locale", firstValue(values.keep_locale).toLowerCase());
    if (filter.page > 1) params.set("page", String(filter.page));
    if (moderation) params.set("done", "comments.moderated");
    const search = params.toString();
    return seeOther(reply, `/admin/comments${search ? `?${search}` : ""}`);
  });

  app.get<{ Params: { id: string } }>("/admin/comments/:id/block", { config: { access: "comments.moderate" } }, async (req, reply) => {
    const comment = await findQueueItem(db, req.params.id);
    return sendPage(reply, <BlockView v={viewOf(req, services)} comment={comment} />);
  });

  app.post<{ Params: { id: string } }>("/admin/comments/:id/block", { config: { access: "comments.moderate" } }, async (req, reply) => {
    const comment = await findQueueItem(db, req.params.id);
    try {
      await blockSender(services, req.actor!, comment.id, firstValue(formValues(req.body).reason));
      return seeOther(reply, "/admin/comments?done=comments.blocked");
    } catch (error) {
      if (!(error instanceof AppError) || Object.keys(error.fields).length === 0) throw error;
      return sendPage(reply, <BlockView v={viewOf(req, services)} comment={comment} errors={error.fields} />, error.status);
    }
  });
}

import type { FastifyInstance, FastifyRequest } from "fastify";
import { type Actor, can } from "../access/policy.ts";
import { listTopics } from "../catalogue/index.ts";
import { AppError } from "../errors.ts";
import { csrfFromQuery, IMAGE_KINDS, IMAGE_MAX_BYTES, receiveFileForm, saveUpload } from "../files/index.ts";

import { fallbackChain, pickText } from "../i18n/content.ts";
import { LOCALE_INFO, type Locale, localeFromSegment } from "../i18n/locales.ts";
import type { Services } from "../web/context.ts";
import { type FieldErrors, type FormBody, formValues, one } from "../web/forms.ts";
import { seeOther, sendPage, viewOf, withForm } from "../web/render.ts";
import { type AdminFilter, getPostForSettings, getTextEditor, listPostsForAdmin, settingsChoices } from "./admin-read.ts";
import { PostSettingsView, settingsValues } from "./admin-settings-views.tsx";
import { TextEditorView, textValues } from "./admin-text-views.tsx";
import { AdminPostList, NewPostForm } from "./admin-views.tsx";
import { parseNewPost, parseSchedule, parseSettings, parseText } from "./forms.ts";
import { isPostKind, LANGUAGE_STATES, type LanguageState } from "./model.ts";
import { createPost, findPost, removePostCover, savePostText, setPostCover, updatePostSettings } from "./posts.ts";
import { publishPostLanguage, schedulePostLanguage, unpublishPost, unpublishPostLanguage } from "./publishing.ts";
import { restoreRevision } from "./revisions.ts";

type Id = { id: string };
type TextParams = { id: string; lang: string };

/** The editors' and translators' pages of posts. */
export function registerPostAdminRoutes(app: FastifyInstance, services: Services): void {
  const { config, db, clock } = services;
  /** Names of topics and the like in the editor's language: the readers' fallbacks (sr-Latn ↔ sr-Cyrl), then any enabled language. */
  const adminChain = (locale: Locale) => [
    ...new Set([...fallbackChain(locale, { ...config, sourceLocale: config.defaultLocale }), ...config.locales]),
  ];
  const actorOf = (req: FastifyRequest): Actor => req.actor as Actor;
  const bodyOf = (req: FastifyRequest): FormBody => formValues(req.body);
  const editableFor = (actor: Actor) => (l: Locale) => can(actor, "posts.translate", { locale: l });

  // ---- List and creation ----

  app.get<{ Querystring: Record<string, unknown> }>("/admin/posts", { config: { access: "posts.translate" } }, async (req, reply) => {
    const actor = actorOf(req);
    const q = req.query;
    const text = (key: string) => (typeof q[key] === "string" ? (q[key] as string) : "");
    const locale = localeFromSegment(text("lang"));
    const state = text("state");
    const filter: AdminFilter = {
      kind: isPostKind(text("kind")) ? (text("kind") as AdminFilter["kind"]) : undefined,
      topicId: /^[\w-]{1,100}$/.test(text("topic")) ? text("topic") : undefined,
      locale: locale && config.locales.includes(locale) ? locale : undefined,
      state: (LANGUAGE_STATES as readonly string[]).includes(state) ? (state as LanguageState) : undefined,
    };
    const page = /^\d{1,4}$/.test(text("page")) ? Math.max(1, Number(text("page"))) : 1;
    const v = viewOf(req, services);
    const [list, choices] = await Promise.all([listPostsForAdmin(db, filter, page, config.locales, clock.now()), listTopics(db)]);
    const chain = adminChain(v.locale);
    const topics = choices.map((t) => ({ id: t.id, label: pickText(t.name, chain) || t.slug }));
    return sendPage(
      reply,
      <AdminPostList
        v={v}
        list={list}
        filter={filter}
        topics={topics}
        canManage={can(actor, "posts.manage")}
        editable={editableFor(actor)}
      />,
    );
  });

  app.get("/admin/posts/new", { config: { access: "posts.manage" } }, async (req, reply) => {
    return sendPage(reply, <NewPostForm v={viewOf(req, services)} values={{}} />);
  });

  app.post("/admin/posts/new", { config: { access: "posts.manage" } }, async (req, reply) => {
    const body = bodyOf(req);
    const { input, errors } = parseNewPost(body);
    return withForm(
      reply,
      errors,
      async () => {
        if (!input) throw new AppError("VALIDATION_FAILED", { title: "form.invalid" });
        if (!config.locales.includes(input.sourceLocale)) throw new AppError("VALIDATION_FAILED", { sourceLocale: "form.invalid" });
        const { title, summary, body: text, cover_alt, sourceLocale, slug, kind } = input;
        const post = await createPost(services, actorOf(req), {
          slug,
          kind,
          sourceLocale,
          authorProfileId: null,
          programmeId: null,
          topicIds: [],
          organisationIds: [],
          eventIds: [],
          resourceIds: [],
          fields: { title, summary, body: text, cover_alt },
        });
        return seeOther(reply, `/admin/posts/${post.id}?done=created`);
      },
      async (fields) => <NewPostForm v={viewOf(req, services)} values={body} errors={fields} />,
    );
  });

  // ---- Settings and cover ----

  async function settingsPage(
    req: FastifyRequest,
    id: string,
    form: { values?: FormBody; errors?: FieldErrors; coverErrors?: FieldErrors; coverAlt?: string },
  ) {
    const v = viewOf(req, services);
    const data = await getPostForSettings(db, id, config.locales, clock.now());
    const chain = adminChain(v.locale);
    const choices = await settingsChoices(db, (text) => pickText(text, chain));
    return (
      <PostSettingsView
        v={v}
        data={data}
        choices={choices}
        values={form.values ?? settingsValues(data)}
        errors={form.errors}
        coverErrors={form.coverErrors}
        coverAlt={form.coverAlt}
        editable={editableFor(actorOf(req))}
      />
    );
  }

  app.get<{ Params: Id }>("/admin/posts/:id", { config: { access: "posts.manage" } }, async (req, reply) => {
    return sendPage(reply, await settingsPage(req, req.params.id, {}));
  });

  app.post<{ Params: Id }>("/admin/posts/:id", { config: { access: "posts.manage" } }, async (req, reply) => {
    const body = bodyOf(req);
    const { input, errors } = parseSettings(body);
    return withForm(
      reply,
      errors,
      async () => {
        if (!input) throw new AppError("VALIDATION_FAILED", { slug: "form.invalid" });
        await updatePostSettings(services, actorOf(req), req.params.id, input);
        return seeOther(reply, `/admin/posts/${req.params.id}?done=saved`);
      },
      (fields) => settingsPage(req, req.params.id, { values: body, errors: fields }),
    );
  });

  app.post<{ Params: Id }>(
    "/admin/posts/:id/cover",
    { config: { access: "posts.manage" }, onRequest: csrfFromQuery },
    async (req, reply) => {
      const actor = actorOf(req);
      const post = await findPost(db, req.params.id);
      let uploadId = "";
      const { fields, errors } = await receiveFileForm(
        req,
        { maxBytes: IMAGE_MAX_BYTES, tooLarge: "posts.upload.fileTooLarge", required: "posts.upload.fileRequired" },
        async (sent, file) => {
          // The description comes before the file in the form, so nothing is stored without one.
          if (!sent.cover_alt?.trim()) throw new AppError("VALIDATION_FAILED", { cover_alt: "posts.cover.altRequired" });
          uploadId = (await saveUpload(services, actor, { ...file, kinds: IMAGE_KINDS })).id;
        },
      );
      const alt = fields.cover_alt?.trim() ?? "";
      return withForm(
        reply,
        errors ?? {},
        async () => {
          await setPostCover(services, actor, post.id, { uploadId, alt });
          return seeOther(reply, `/admin/posts/${post.id}?done=saved#cover-title`);
        },
        (fields) => settingsPage(req, post.id, { coverErrors: fields, coverAlt: alt }),
      );
    },
  );

  app.post<{ Params: Id }>("/admin/posts/:id/cover/remove", { config: { access: "posts.manage" } }, async (req, reply) => {
    await removePostCover(services, actorOf(req), req.params.id);
    return seeOther(reply, `/admin/posts/${req.params.id}?done=saved`);
  });

  app.post<{ Params: Id }>("/admin/posts/:id/unpublish", { config: { access: "posts.manage" } }, async (req, reply) => {
    await unpublishPost(services, actorOf(req), req.params.id);
    return seeOther(reply, `/admin/posts/${req.params.id}?done=unpublished`);
  });

  // ---- The text of one language ----

  /** The language in the address, if this account may edit it; checked before anything is read. */
  function textLocale(req: FastifyRequest<{ Params: TextParams }>): Locale {
    const locale = localeFromSegment(req.params.lang);
    if (!locale || !config.locales.includes(locale)) throw new AppError("NOT_FOUND");
    if (!can(actorOf(req), "posts.translate", { locale })) throw new AppError("FORBIDDEN");
    return locale;
  }

  async function textPage(
    req: FastifyRequest<{ Params: TextParams }>,
    locale: Locale,
    form: { values?: FormBody; errors?: FieldErrors; schedule?: FormBody; scheduleErrors?: FieldErrors },
  ) {
    const actor = actorOf(req);
    const editor = await getTextEditor(db, req.params.id, locale, config.locales, clock.now());
    if (locale === editor.post.sourceLocale && !can(actor, "posts.manage")) throw new AppError("FORBIDDEN");
    const isManager = can(actor, "posts.manage");
    const editable = (l: Locale) => can(actor, "posts.translate", { locale: l }) && (l !== editor.post.sourceLocale || isManager);
    const values = form.values ?? (editor.translation ? textValues(editor) : { cover_alt: "" });
    return (
      <TextEditorView
        v={viewOf(req, services)}
        editor={editor}
        values={values}
        errors={form.errors}
        schedule={form.schedule}
        scheduleErrors={form.scheduleErrors}
        canManage={isManager}
        editable={editable}
      />
    );
  }

  const textUrl = (id: string, locale: Locale, done: string) => `/admin/posts/${id}/${LOCALE_INFO[locale].segment}?done=${done}`;

  app.get<{ Params: TextParams }>("/admin/posts/:id/:lang", { config: { access: "posts.translate" } }, async (req, reply) => {
    const locale = textLocale(req);
    return sendPage(reply, await textPage(req, locale, {}));
  });

  app.post<{ Params: TextParams }>("/admin/posts/:id/:lang", { config: { access: "posts.translate" } }, async (req, reply) => {
    const locale = textLocale(req);
    const body = bodyOf(req);
    const { input, errors } = parseText(body);
    return withForm(
      reply,
      errors,
      async () => {
        if (!input) throw new AppError("VALIDATION_FAILED", { title: "form.invalid" });
        await savePostText(services, actorOf(req), req.params.id, locale, input);
        return seeOther(reply, textUrl(req.params.id, locale, "saved"));
      },
      (fields) => textPage(req, locale, { values: body, errors: fields }),
    );
  });

  app.post<{ Params: TextParams }>("/admin/posts/:id/:lang/publish", { config: { access: "posts.manage" } }, async (req, reply) => {
    const locale = textLocale(req);
    await publishPostLanguage(services, actorOf(req), req.params.id, locale);
    return seeOther(reply, textUrl(req.params.id, locale, "published"));
  });

  app.post<{ Params: TextParams }>("/admin/posts/:id/:lang/unpublish", { config: { access: "posts.manage" } }, async (req, reply) => {
    const locale = textLocale(req);
    await unpublishPostLanguage(services, actorOf(req), req.params.id, locale);
    return seeOther(reply, textUrl(req.params.id, locale, "unpublished"));
  });

  app.post<{ Params: TextParams }>("/admin/posts/:id/:lang/schedule", { config: { access: "posts.manage" } }, async (req, reply) => {
    const locale = textLocale(req);
    const body = bodyOf(req);
    const { input, errors } = parseSchedule(body);
    return withForm(
      reply,
      errors,
      async () => {
        if (!input) throw new AppError("VALIDATION_FAILED", { publishAt: "posts.schedule.invalid" });
        await schedulePostLanguage(services, actorOf(req), req.params.id, locale, input.publishAt);
        return seeOther(reply, textUrl(req.params.id, locale, "postScheduled"));
      },
      (fields) => textPage(req, locale, { schedule: body, scheduleErrors: fields }),
    );
  });

  app.post<{ Params: TextParams }>("/admin/posts/:id/:lang/restore", { config: { access: "posts.manage" } }, async (req, reply) => {
    textLocale(req);
    const restored = await restoreRevision(services, actorOf(req), req.params.id, one(bodyOf(req), "revisionId"));
    return seeOther(reply, textUrl(req.params.id, restored, "postRestored"));
  });
}

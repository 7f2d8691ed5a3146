import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { z } from "zod";
import { type Actor, can } from "../access/policy.ts";
import { listOrganisations, listProgrammes, listTopics } from "../catalogue/index.ts";
import { AppError, isFieldError } from "../errors.ts";
import { csrfFromQuery, receiveFileForm, sendStoredFile } from "../files/index.ts";

import { LOCALE_INFO, type Locale, localeFromSegment } from "../i18n/locales.ts";
import type { MessageKey } from "../i18n/messages.ts";
import type { Services } from "../web/context.ts";
import { asList, type FieldErrors, type FormBody, fieldErrors, formValues, SLUG_PATTERN } from "../web/forms.ts";
import { seeOther, sendPage, viewOf } from "../web/render.ts";
import { AdminLibraryList, type LibraryCatalogue, NewResourceForm } from "./admin-views.tsx";
import { listDisseminations } from "./dissemination.ts";
import {
  countDownloads,
  deleteResourceFile,
  findResourceFile,
  listResourceFiles,
  RESOURCE_FILE_MAX_BYTES,
  resourceFilePath,
  saveResourceFile,
} from "./files.ts";
import { ResourceAdminView, ResourceTextView, type UploadState } from "./resource-admin-views.tsx";
import {
  createResource,
  findResource,
  getResourceTextEditor,
  listResourcesForAdmin,
  listResourceTranslations,
  type Resource,
  resourceTopicIds,
  saveResourceSettings,
  saveResourceTranslation,
  setResourcePublished,
} from "./resources.ts";

const textFields = {
  title: z.string().trim().min(1, "library.error.titleRequired").max(300, "form.tooLong"),
  summary: z.string().trim().max(1000, "form.tooLong").default(""),
  body: z.string().max(200_000, "form.tooLong").default(""),
};

const settingsFields = {
  slug: z.string().trim().toLowerCase().max(100, "form.tooLong").regex(SLUG_PATTERN, "pages.slugInvalid"),
  kind: z.string().default(""),
  organisationId: z.string().default(""),
  programmeId: z.string().default(""),
  topics: z.array(z.string()).default([]),
};

const settingsForm = z.object(settingsFields);
const newResourceForm = z.object({ ...settingsFields, ...textFields, sourceLocale: z.string().default("") });
const textForm = z.object({ ...textFields, status: z.enum(["draft", "published"]).catch("draft") });

/** Notices after an action, from ?done=… */
const DONE: Record<string, MessageKey> = {
  created: "library.done.created",
  saved: "notice.saved",
  published: "library.done.published",
  unpublished: "library.done.unpublished",
  fileSaved: "library.done.fileSaved",
  fileDeleted: "library.done.fileDeleted",
};

type IdParams = { id: string };
type LangParams = { id: string; lang: string };
type FileParams = { id: string; fileLocale: string };

/** A form body with its lists as lists (topics), as the views read it. */
function bodyOf(req: FastifyRequest): FormBody {
  const values = formValues(req.body);
  return { ...values, topics: asList(values.topics) };
}

function settingsOf(data: z.infer<typeof settingsForm>) {
  return {
    slug: data.slug,
    kind: data.kind,
    organisationId: data.organisationId || null,
    programmeId: data.programmeId || null,
    topicIds: data.topics,
  };
}

/** The library admin: the list, a new resource, a resource's page (publication, files, downloads, settings) and its texts. */
export function registerLibraryAdminRoutes(app: FastifyInstance, services: Services): void {
  const { config, db } = services;

  const adminView = (req: FastifyRequest) => viewOf(req, services, { notices: DONE });

  async function catalogue(): Promise<LibraryCatalogue> {
    const [organisations, programmes, topics] = await Promise.all([listOrganisations(db), listProgrammes(db), listTopics(db)]);
    return { organisations, programmes, topics };
  }

  /** The resource page; `values` are the settings form as typed, or as stored when undefined. */
  async function renderResource(
    req: FastifyRequest,
    reply: FastifyReply,
    resource: Resource,
    state: { values?: FormBody; errors?: FieldErrors; upload?: UploadState } = {},
    status = 200,
  ): Promise<FastifyReply> {
    const ctx = { db, clock: services.clock };
    const [translations, files, downloads, entries, topicIds, choices] = await Promise.all([
      listResourceTranslations(db, resource.id),
      listResourceFiles(db, resource.id),
      countDownloads(ctx, resource.id),
      listDisseminations(db, resource.id),
      resourceTopicIds(db, resource.id),
      catalogue(),
    ]);
    const statuses: Record<string, string> = {};
    for (const t of translations) statuses[t.locale] = t.status;
    const values = state.values ?? {
      slug: resource.slug,
      kind: resource.kind,
      organisationId: resource.organisationId ?? "",
      programmeId: resource.programmeId ?? "",
      topics: topicIds,
    };
    return sendPage(
      reply,
      <ResourceAdminView
        v={adminView(req)}
        resource={resource}
        title={translations.find((t) => t.locale === resource.sourceLocale)?.title ?? resource.slug}
        statuses={statuses}
        files={files}
        downloads={downloads}
        copies={entries.reduce((sum, e) => sum + e.copies, 0)}
        catalogue={choices}
        values={values}
        errors={state.errors}
        upload={state.upload}
      />,
      status,
    );
  }

  app.get("/admin/library", { config: { access: "library.translate" } }, async (req, reply) => {
    const resources = await listResourcesForAdmin(db, config.locales);
    return sendPage(
      reply,
      <AdminLibraryList
        v={adminView(req)}
        resources={resources}
        canManage={can(req.actor, "library.manage")}
        editable={(l: Locale) => can(req.actor, "library.translate", { locale: l })}
      />,
    );
  });

  app.get("/admin/library/new", { config: { access: "library.manage" } }, async (req, reply) => {
    const values: FormBody = { sourceLocale: req.locale, kind: "guide" };
    return sendPage(reply, <NewResourceForm v={adminView(req)} values={values} catalogue={await catalogue()} />);
  });

  app.post("/admin/library/new", { config: { access: "library.manage" } }, async (req, reply) => {
    const values = bodyOf(req);
    try {
      const parsed = newResourceForm.safeParse(values);
      const sourceLocale = localeFromSegment(typeof values.sourceLocale === "string" ? values.sourceLocale : "");
      const errors: FieldErrors = parsed.success ? {} : fieldErrors(parsed.error);
      if (!sourceLocale || !config.locales.includes(sourceLocale)) errors.sourceLocale = "form.invalid";
      if (!parsed.success || !sourceLocale || Object.keys(errors).length > 0) throw new AppError("VALIDATION_FAILED", errors);
      const { title, summary, body } = parsed.data;
      const resource = await createResource(services, req.actor!, {
        ...settingsOf(parsed.data),
        sourceLocale,
        title,
        summary,
        body,
      });
      return seeOther(reply, `/admin/library/${resource.id}?done=created`);
    } catch (error) {
      if (!isFieldError(error)) throw error;
      return sendPage(
        reply,
        <NewResourceForm v={adminView(req)} values={values} errors={error.fields} catalogue={await catalogue()} />,
        error.status === 409 ? 409 : 422,
      );
    }
  });

  app.get<{ Params: IdParams }>("/admin/library/:id", { config: { access: "library.manage" } }, async (req, reply) => {
    return renderResource(req, reply, await findResource(db, req.params.id));
  });

  app.post<{ Params: IdParams }>("/admin/library/:id", { config: { access: "library.manage" } }, async (req, reply) => {
    const resource = await findResource(db, req.params.id);
    const values = bodyOf(req);
    try {
      const parsed = settingsForm.safeParse(values);
      if (!parsed.success) throw new AppError("VALIDATION_FAILED", fieldErrors(parsed.error));
      await saveResourceSettings(services, req.actor!, resource.id, settingsOf(parsed.data));
      return seeOther(reply, `/admin/library/${resource.id}?done=saved`);
    } catch (error) {
      if (!isFieldError(error)) throw error;
      return renderResource(req, reply, resource, { values, errors: error.fields }, error.status === 409 ? 409 : 422);
    }
  });

  for (const [action, isPublished] of [
    ["publish", true],
    ["unpublish", false],
  ] as const) {
    app.post<{ Params: IdParams }>(`/admin/library/:id/${action}`, { config: { access: "library.manage" } }, async (req, reply) => {
      const resource = await setResourcePublished(services, req.actor!, req.params.id, isPublished);
      return seeOther(reply, `/admin/library/${resource.id}?done=${isPublished ? "published" : "unpublished"}`);
    });
  }

  // ---- Files ----

  app.post<{ Params: IdParams }>(
    "/admin/library/:id/files",
    { config: { access: "library.manage" }, onRequest: csrfFromQuery },
    async (req, reply) => {
      const resource = await findResource(db, req.params.id);
      const form = await receiveFileForm(
        req,
        { maxBytes: RESOURCE_FILE_MAX_BYTES, tooLarge: "library.file.tooLarge", required: "library.file.required" },
        async (fields, file) => {
          await saveResourceFile(services, req.actor!, resource.id, {
            locale: fields.locale ?? "",
            fileName: file.fileName,
            content: file.content,
          });
        },
      );
      if (form.errors) {
        return renderResource(req, reply, resource, { upload: { locale: form.fields.locale ?? "", errors: form.errors } }, 422);
      }
      return seeOther(reply, `/admin/library/${resource.id}?done=fileSaved#files-title`);
    },
  );

  app.get<{ Params: FileParams }>("/admin/library/:id/files/:fileLocale", { config: { access: "library.manage" } }, async (req, reply) => {
    const resource = await findResource(db, req.params.id);
    const locale = localeFromSegment(req.params.fileLocale);
    const file = locale ? await findResourceFile(db, resource.id, locale) : undefined;
    if (!file) throw new AppError("NOT_FOUND");
    return sendStoredFile(reply, resourceFilePath(config.dataDir, file.id), file);
  });

  app.post<{ Params: FileParams }>(
    "/admin/library/:id/files/:fileLocale/delete",
    { config: { access: "library.manage" } },
    async (req, reply) => {
      const resource = await findResource(db, req.params.id);
      const locale = localeFromSegment(req.params.fileLocale);
      if (!locale) throw new AppError("NOT_FOUND");
      await deleteResourceFile(services, req.actor!, resource.id, locale);
      return seeOther(reply, `/admin/library/${resource.id}?done=fileDeleted#files-title`);
    },
  );

  // ---- Texts ----

  app.get<{ Params: LangParams }>("/admin/library/:id/:lang", { config: { access: "library.translate" } }, async (req, reply) => {
    const locale = editableLocale(req.params.lang, req.actor, config.locales);
    const editor = await getResourceTextEditor(db, req.params.id, locale);
    const base = editor.translation ?? (locale === editor.resource.sourceLocale ? editor.source : undefined);
    const values: FormBody = base ? { title: base.title, summary: base.summary, body: base.body, status: base.status } : {};
    return sendPage(
      reply,
      <ResourceTextView
        v={adminView(req)}
        editor={editor}
        values={values}
        canManage={can(req.actor, "library.manage")}
        editable={(l: Locale) => can(req.actor, "library.translate", { locale: l })}
      />,
    );
  });

  app.post<{ Params: LangParams }>("/admin/library/:id/:lang", { config: { access: "library.translate" } }, async (req, reply) => {
    const locale = editableLocale(req.params.lang, req.actor, config.locales);
    const values = formValues(req.body);
    const parsed = textForm.safeParse(values);
    if (!parsed.success) {
      const editor = await getResourceTextEditor(db, req.params.id, locale);
      return sendPage(
        reply,
        <ResourceTextView
          v={adminView(req)}
          editor={editor}
          values={values}
          errors={fieldErrors(parsed.error)}
          canManage={can(req.actor, "library.manage")}
          editable={(l: Locale) => can(req.actor, "library.translate", { locale: l })}
        />,
        422,
      );
    }
    await saveResourceTranslation(services, req.actor!, req.params.id, locale, parsed.data);
    return seeOther(reply, `/admin/library/${req.params.id}/${LOCALE_INFO[locale].segment}?done=saved`);
  });
}

/** The locale in an admin address, if this account may edit it. */
function editableLocale(segment: string, actor: Actor | null, enabled: readonly Locale[]): Locale {
  const locale = localeFromSegment(segment);
  if (!locale || !enabled.includes(locale)) throw new AppError("NOT_FOUND");
  if (!can(actor, "library.translate", { locale })) throw new AppError("FORBIDDEN");
  return locale;
}

import type { FastifyInstance } from "fastify";
import { z } from "zod";
import { can } from "../access/policy.ts";
import { AppError } from "../errors.ts";
import { LOCALE_INFO, type Locale, localeFromSegment } from "../i18n/locales.ts";
import type { Services } from "../web/context.ts";
import { fieldErrors, formFields, SLUG_PATTERN } from "../web/forms.ts";
import { seeOther, sendPage, viewOf } from "../web/render.ts";
import { createPage, getTranslationEditor, listPagesWithStatus, readPage, saveTranslation, setPagePublished } from "./pages.ts";
import { AdminPageList, NewPageForm, PublicPageView, TranslationEditorView } from "./views.tsx";

const pageFields = {
  title: z.string().trim().min(1, "pages.titleRequired").max(200, "form.tooLong"),
  summary: z.string().trim().max(500, "form.tooLong").default(""),
  body: z.string().max(200_000, "form.tooLong").default(""),
};

const newPageForm = z.object({
  slug: z.string().trim().toLowerCase().regex(SLUG_PATTERN, "pages.slugInvalid").max(80, "form.tooLong"),
  sourceLocale: z.string(),
  ...pageFields,
});

const translationForm = z.object({ ...pageFields, status: z.enum(["draft", "published"]).default("draft") });

type IdParams = { id: string };
type EditParams = { id: string; lang: string };

/** Public page reading, and the admin's page list, editor and translation workflow. */
export function registerPageRoutes(app: FastifyInstance, services: Services): void {
  const { config } = services;

  app.get<{ Params: { locale: string; slug: string } }>(
    "/:locale/pages/:slug",
    { config: { access: "public", isCached: true } },
    async (req, reply) => {
      const read = await readPage(services.db, req.params.slug, req.locale, config);
      if (!read) throw new AppError("NOT_FOUND");
      const v = viewOf(req, services, {
        alternates: read.availableIn.filter((l) => config.locales.includes(l)),
        contentLocale: read.locale,
      });
      return sendPage(reply, <PublicPageView v={v} read={read} />);
    },
  );

  app.get("/admin/pages", { config: { access: "pages.translate" } }, async (req, reply) => {
    const pages = await listPagesWithStatus(services.db, config.locales);
    const v = viewOf(req, services);
    return sendPage(
      reply,
      <AdminPageList
        v={v}
        pages={pages}
        canManage={can(req.actor, "pages.manage")}
        editable={(l: Locale) => can(req.actor, "pages.translate", { locale: l })}
      />,
    );
  });

  app.get("/admin/pages/new", { config: { access: "pages.manage" } }, async (req, reply) => {
    return sendPage(reply, <NewPageForm v={viewOf(req, services)} values={{}} />);
  });

  app.post("/admin/pages/new", { config: { access: "pages.manage" } }, async (req, reply) => {
    const values = formFields(req.body);
    const parsed = newPageForm.safeParse(values);
    const sourceLocale = localeFromSegment(values.sourceLocale?.toLowerCase() ?? "");
    try {
      if (!parsed.success) throw new AppError("VALIDATION_FAILED", fieldErrors(parsed.error));
      if (!sourceLocale) throw new AppError("VALIDATION_FAILED", { sourceLocale: "form.invalid" });
      const page = await createPage(services, req.actor!, { ...parsed.data, sourceLocale });
      return seeOther(reply, `/admin/pages/${page.id}/${LOCALE_INFO[sourceLocale].segment}?done=created`);
    } catch (error) {
      if (!(error instanceof AppError) || Object.keys(error.fields).length === 0) throw error;
      return sendPage(
        reply,
        <NewPageForm v={viewOf(req, services)} values={values} errors={error.fields} />,
        error.status === 409 ? 409 : 422,
      );
    }
  });

  app.get<{ Params: EditParams }>("/admin/pages/:id/:lang", { config: { access: "pages.translate" } }, async (req, reply) => {
    const locale = editableLocale(req.params.lang, req.actor, config.locales);
    const editor = await getTranslationEditor(services.db, req.params.id, locale);
    const base = editor.translation ?? (locale === editor.page.sourceLocale ? editor.source : undefined);
    const values = base ? { title: base.title, summary: base.summary, body: base.body, status: base.status } : {};
    return sendPage(
      reply,
      <TranslationEditorView v={viewOf(req, services)} editor={editor} values={values} canManage={can(req.actor, "pages.manage")} />,
    );
  });

  app.post<{ Params: EditParams }>("/admin/pages/:id/:lang", { config: { access: "pages.translate" } }, async (req, reply) => {
    const locale = editableLocale(req.params.lang, req.actor, config.locales);
    const values = formFields(req.body);
    const parsed = translationForm.safeParse(values);
    if (!parsed.success) {
      const editor = await getTranslationEditor(services.db, req.params.id, locale);
      return sendPage(
        reply,
        <TranslationEditorView
          v={viewOf(req, services)}
          editor={editor}
          values={values}
          errors={fieldErrors(parsed.error)}
          canManage={can(req.actor, "pages.manage")}
        />,
        422,
      );
    }
    await saveTranslation(services, req.actor!, req.params.id, locale, parsed.data);
    return seeOther(reply, `/admin/pages/${req.params.id}/${req.params.lang}?done=saved`);
  });

  for (const [action, isPublished] of [
    ["publish", true],
    ["unpublish", false],
  ] as const) {
    app.post<{ Params: IdParams }>(`/admin/pages/:id/${action}`, { config: { access: "pages.manage" } }, async (req, reply) => {
      const page = await setPagePublished(services, req.actor!, req.params.id, isPublished);
      const segment = LOCALE_INFO[page.sourceLocale].segment;
      return seeOther(reply, `/admin/pages/${page.id}/${segment}?done=${isPublished ? "published" : "unpublished"}`);
    });
  }
}

/** The locale in an admin address, if this account may edit it. */
function editableLocale(segment: string, actor: Parameters<typeof can>[0], enabled: readonly Locale[]): Locale {
  const locale = localeFromSegment(segment);
  if (!locale || !enabled.includes(locale)) throw new AppError("NOT_FOUND");
  if (!can(actor, "pages.translate", { locale })) throw new AppError("FORBIDDEN");
  return locale;
}

import type { FastifyInstance, FastifyRequest } from "fastify";
import { type Actor, can } from "../access/policy.ts";
import { AppError } from "../errors.ts";
import { type Locale, localeFromSegment } from "../i18n/locales.ts";
import type { Services } from "../web/context.ts";
import { type FieldErrors, formValues } from "../web/forms.ts";
import { seeOther, sendPage, viewOf, withForm } from "../web/render.ts";
import { CatalogueTextEditorView, CatalogueTextsList, catalogueTextHref } from "./admin-text-views.tsx";
import { CATALOGUE_KINDS } from "./model.ts";
import { getCatalogueTextEditor, listCatalogueTextStatuses, saveCatalogueTexts } from "./texts.ts";

type Params = { id: string; lang: string };

/** Longest text a translator may save in one field. */
const MAX_TEXT = 5000;

/** Translators' pages for the texts of the catalogue: the list with each language's status, and one entry's texts in one language. */
export function registerCatalogueTextRoutes(app: FastifyInstance, services: Services): void {
  const { config, db } = services;
  const access = { config: { access: "catalogue.translate" as const } };
  const editableFor = (actor: Actor) => (l: Locale) => can(actor, "catalogue.translate", { locale: l });

  app.get("/admin/catalogue-texts", access, async (req, reply) => {
    const actor = req.actor as Actor;
    const rows = await listCatalogueTextStatuses(db, config.locales, config, req.locale);
    return sendPage(reply, <CatalogueTextsList v={viewOf(req, services)} rows={rows} editable={editableFor(actor)} />);
  });

  for (const kind of CATALOGUE_KINDS) {
    const target = (req: FastifyRequest<{ Params: Params }>) => {
      const locale = localeFromSegment(req.params.lang);
      if (!locale || !config.locales.includes(locale)) throw new AppError("NOT_FOUND");
      const actor = req.actor as Actor;
      if (!can(actor, "catalogue.translate", { locale })) throw new AppError("FORBIDDEN");
      return { actor, locale };
    };

    app.get<{ Params: Params }>(`/admin/${kind}/:id/translate/:lang`, access, async (req, reply) => {
      const { actor, locale } = target(req);
      const editor = await getCatalogueTextEditor(db, kind, req.params.id, locale, config);
      const values: Record<string, string> = Object.fromEntries(editor.items.map((i) => [i.key, i.value]));
      values.status = editor.items.some((i) => i.status === "draft") ? "draft" : "published";
      return sendPage(
        reply,
        <CatalogueTextEditorView v={viewOf(req, services)} editor={editor} values={values} editable={editableFor(actor)} />,
      );
    });

    app.post<{ Params: Params }>(`/admin/${kind}/:id/translate/:lang`, access, async (req, reply) => {
      const { actor, locale } = target(req);
      const body = formValues(req.body);
      const given = (key: string) => {
        const value = body[key];
        return Array.isArray(value) ? value[0] : value;
      };
      const status = given("status");
      const errors: FieldErrors = {};
      if (status !== "draft" && status !== "published") errors.status = "form.invalid";
      for (const [key, value] of Object.entries(body)) if (String(value).length > MAX_TEXT) errors[key] = "form.tooLong";
      return withForm(
        reply,
        errors,
        async () => {
          await saveCatalogueTexts(services, actor, kind, req.params.id, locale, given, status === "draft" ? "draft" : "published", config);
          return seeOther(reply, `${catalogueTextHref(kind, req.params.id, locale)}?done=saved`);
        },
        async (fields) => (
          <CatalogueTextEditorView
            v={viewOf(req, services)}
            editor={await getCatalogueTextEditor(db, kind, req.params.id, locale, config)}
            values={body}
            errors={fields}
            editable={editableFor(actor)}
          />
        ),
      );
    });
  }
}

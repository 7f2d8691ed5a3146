import type { FastifyInstance, FastifyRequest } from "fastify";
import { type Actor, canManageEvent, canTranslateEvent } from "../../access/policy.ts";
import { AppError } from "../../errors.ts";
import { LOCALE_INFO, type Locale, localeFromSegment } from "../../i18n/locales.ts";
import type { Services } from "../../web/context.ts";
import { type FieldErrors, type FormBody, formValues } from "../../web/forms.ts";
import { seeOther, sendPage, viewOf, withForm } from "../../web/render.ts";
import { findEvent } from "../events.ts";
import { getEventFieldEditor, saveEventFieldTexts } from "../field-texts.ts";
import { EventFieldTextsView } from "./field-text-views.tsx";
import { eventTitle } from "./read.ts";
import type { EventHead } from "./views.tsx";

type Params = { id: string; lang: string };

/** A translator's page for the agenda's and the registration form's texts of an event, in one language. */
export function registerEventFieldTextRoutes(app: FastifyInstance, services: Services): void {
  const { config, db } = services;

  /** The event and language in the address, if this person may translate the event into it; never its source language. */
  async function target(req: FastifyRequest<{ Params: Params }>) {
    const actor = req.actor as Actor;
    const event = await findEvent(db, req.params.id);
    const locale = localeFromSegment(req.params.lang);
    if (!locale || !config.locales.includes(locale) || locale === event.sourceLocale) throw new AppError("NOT_FOUND");
    if (!canTranslateEvent(actor, event, locale)) throw new AppError("FORBIDDEN");
    const head: EventHead = { event, title: await eventTitle(db, event) };
    const editable = (l: Locale) => l !== event.sourceLocale && canTranslateEvent(actor, event, l);
    return { actor, head, locale, editable, canManage: canManageEvent(actor, event) };
  }

  app.get<{ Params: Params }>("/admin/events/:id/translate/:lang", { config: { access: "events.translate" } }, async (req, reply) => {
    const { head, locale, editable, canManage } = await target(req);
    const editor = await getEventFieldEditor(db, head.event, locale, config.locales);
    const values: FormBody = Object.fromEntries(editor.items.map((i) => [i.key, i.value]));
    values.status = editor.items.some((i) => i.status === "draft") ? "draft" : "published";
    return sendPage(
      reply,
      <EventFieldTextsView
        v={viewOf(req, services)}
        head={head}
        editor={editor}
        values={values}
        canManage={canManage}
        editable={editable}
      />,
    );
  });

  app.post<{ Params: Params }>("/admin/events/:id/translate/:lang", { config: { access: "events.translate" } }, async (req, reply) => {
    const { actor, head, locale, editable, canManage } = await target(req);
    const body = formValues(req.body);
    const given = (key: string) => {
      const value = body[key];
      return Array.isArray(value) ? value[0] : value;
    };
    const status = given("status");
    const errors: FieldErrors = {};
    if (status !== "draft" && status !== "published") errors.status = "form.invalid";
    for (const [key, value] of Object.entries(body)) if (String(value).length > 5000) errors[key] = "form.tooLong";
    return withForm(
      reply,
      errors,
      async () => {
        await saveEventFieldTexts(services, actor, head.event.id, locale, given, status === "draft" ? "draft" : "published");
        return seeOther(reply, `/admin/events/${head.event.id}/translate/${LOCALE_INFO[locale].segment}?done=saved`);
      },
      async (errors) => (
        <EventFieldTextsView
          v={viewOf(req, services)}
          head={head}
          editor={await getEventFieldEditor(db, head.event, locale, config.locales)}
          values={body}
          errors={errors}
          canManage={canManage}
          editable={editable}
        />
      ),
    );
  });
}

import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { z } from "zod";
import { listOrganisations } from "../catalogue/index.ts";
import { AppError, isFieldError } from "../errors.ts";
import { isLocale } from "../i18n/locales.ts";
import type { MessageKey } from "../i18n/messages.ts";
import type { Services } from "../web/context.ts";
import { sendCsv } from "../web/csv.ts";
import { type FormBody, fieldErrors, formValues } from "../web/forms.ts";
import { seeOther, sendPage, viewOf } from "../web/render.ts";
import {
  addDissemination,
  type DisseminationInput,
  deleteDissemination,
  findDissemination,
  isCalendarDate,
  listDisseminations,
  totalDisseminations,
  updateDissemination,
} from "./dissemination.ts";
import { DisseminationEditView, DisseminationView, languageLabel, partnerName } from "./dissemination-views.tsx";
import { findResource, listResourceTranslations, type Resource } from "./resources.ts";

const entryForm = z.object({
  organisationId: z.string().default(""),
  partner: z.string().trim().max(300, "form.tooLong").default(""),
  locale: z.string().default(""),
  copies: z
    .string()
    .trim()
    .regex(/^\d{1,8}$/, "library.dissemination.copiesInvalid")
    .transform(Number)
    .refine((n) => n >= 1, "library.dissemination.copiesInvalid"),
  places: z.string().trim().max(500, "form.tooLong").default(""),
  distributedOn: z.string().trim().refine(isCalendarDate, "library.dissemination.dateInvalid"),
  note: z.string().trim().max(2000, "form.tooLong").default(""),
});

const DONE: Record<string, MessageKey> = {
  added: "library.done.entryAdded",
  saved: "library.done.entrySaved",
  deleted: "library.done.entryDeleted",
};

type IdParams = { id: string };
type EntryParams = { id: string; entryId: string };

/** A form body read as an entry, or the field errors of what does not read. */
function parseEntry(values: FormBody): DisseminationInput {
  const parsed = entryForm.safeParse(values);
  if (!parsed.success) throw new AppError("VALIDATION_FAILED", fieldErrors(parsed.error));
  const { locale, organisationId, ...rest } = parsed.data;
  if (locale && !isLocale(locale)) throw new AppError("VALIDATION_FAILED", { locale: "form.invalid" });
  return { ...rest, organisationId: organisationId || null, locale: locale && isLocale(locale) ? locale : null };
}

/** The dissemination log of a resource, for those who keep the library: entries, totals, CSV. */
export function registerDisseminationRoutes(app: FastifyInstance, services: Services): void {
  const { config, db } = services;

  const adminView = (req: FastifyRequest) => viewOf(req, services, { notices: DONE });

  async function titleOf(resource: Resource): Promise<string> {
    const translations = await listResourceTranslations(db, resource.id);
    return translations.find((t) => t.locale === resource.sourceLocale)?.title ?? resource.slug;
  }

  async function renderLog(
    req: FastifyRequest,
    reply: FastifyReply,
    resource: Resource,
    state: { values?: FormBody; errors?: Record<string, MessageKey> } = {},
    status = 200,
  ): Promise<FastifyReply> {
    const v = adminView(req);
    const [entries, organisations, title] = await Promise.all([
      listDisseminations(db, resource.id),
      listOrganisations(db),
      titleOf(resource),
    ]);
    const values = state.values ?? { distributedOn: services.clock.now().toISOString().slice(0, 10) };
    return sendPage(
      reply,
      <DisseminationView
        v={v}
        resource={resource}
        title={title}
        entries={entries}
        totals={totalDisseminations(entries, (e) => partnerName(v, e))}
        organisations={organisations}
        values={values}
        errors={state.errors}
      />,
      status,
    );
  }

  /** The form of one entry, as stored or as typed with its errors. */
  async function entryPage(
    req: FastifyRequest,
    resource: Resource,
    entryId: string,
    values: FormBody,
    errors?: Record<string, MessageKey>,
  ) {
    const [organisations, title] = await Promise.all([listOrganisations(db), titleOf(resource)]);
    return (
      <DisseminationEditView
        v={adminView(req)}
        resource={resource}
        title={title}
        entryId={entryId}
        organisations={organisations}
        values={values}
        errors={errors}
      />
    );
  }

  app.get<{ Params: IdParams }>("/admin/library/:id/dissemination", { config: { access: "library.manage" } }, async (req, reply) => {
    return renderLog(req, reply, await findResource(db, req.params.id));
  });

  app.post<{ Params: IdParams }>("/admin/library/:id/dissemination", { config: { access: "library.manage" } }, async (req, reply) => {
    const resource = await findResource(db, req.params.id);
    const values = formValues(req.body);
    try {
      await addDissemination(services, req.actor!, resource.id, parseEntry(values), config.locales);
      return seeOther(reply, `/admin/library/${resource.id}/dissemination?done=added`);
    } catch (error) {
      if (!isFieldError(error)) throw error;
      return renderLog(req, reply, resource, { values, errors: error.fields }, 422);
    }
  });

  app.get<{ Params: IdParams }>("/admin/library/:id/dissemination.csv", { config: { access: "library.manage" } }, async (req, reply) => {
    const resource = await findResource(db, req.params.id);
    const v = viewOf(req, services);
    const entries = await listDisseminations(db, resource.id);
    const rows: string[][] = [
      [
        v.t("library.dissemination.date"),
        v.t("library.dissemination.partner"),
        v.t("library.dissemination.copies"),
        v.t("library.dissemination.language"),
        v.t("library.dissemination.places"),
        v.t("library.dissemination.note"),
      ],
      ...entries.map((e) => [e.distributedOn, partnerName(v, e), String(e.copies), languageLabel(v, e.locale), e.places, e.note]),
    ];
    return sendCsv(reply, `dissemination-${resource.slug}.csv`, rows);
  });

  app.get<{ Params: EntryParams }>(
    "/admin/library/:id/dissemination/:entryId",
    { config: { access: "library.manage" } },
    async (req, reply) => {
      const resource = await findResource(db, req.params.id);
      const entry = await findDissemination(db, resource.id, req.params.entryId);
      const values: FormBody = {
        organisationId: entry.organisationId ?? "",
        partner: entry.partner,
        locale: entry.locale ?? "",
        copies: String(entry.copies),
        places: entry.places,
        distributedOn: entry.distributedOn,
        note: entry.note,
      };
      return sendPage(reply, await entryPage(req, resource, entry.id, values));
    },
  );

  app.post<{ Params: EntryParams }>(
    "/admin/library/:id/dissemination/:entryId",
    { config: { access: "library.manage" } },
    async (req, reply) => {
      const resource = await findResource(db, req.params.id);
      const entry = await findDissemination(db, resource.id, req.params.entryId);
      const values = formValues(req.body);
      try {
        await updateDissemination(services, req.actor!, resource.id, entry.id, parseEntry(values), config.locales);
        return seeOther(reply, `/admin/library/${resource.id}/dissemination?done=saved`);
      } catch (error) {
        if (!isFieldError(error)) throw error;
        return sendPage(reply, await entryPage(req, resource, entry.id, values, error.fields), 422);
      }
    },
  );

  app.post<{ Params: EntryParams }>(
    "/admin/library/:id/dissemination/:entryId/delete",
    { config: { access: "library.manage" } },
    async (req, reply) => {
      const resource = await findResource(db, req.params.id);
      await deleteDissemination(services, req.actor!, resource.id, req.params.entryId);
      return seeOther(reply, `/admin/library/${resource.id}/dissemination?done=deleted`);
    },
  );
}

import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { AppError } from "../errors.ts";
import { fallbackChain } from "../i18n/content.ts";
import type { Locale } from "../i18n/locales.ts";
import type { Services } from "../web/context.ts";
import { type FieldErrors, formValues } from "../web/forms.ts";
import { seeOther, sendPage, viewOf } from "../web/render.ts";
import { type KindDef, type Lookups, organisations, profiles, programmes, series, topics, type Values } from "./admin-kinds.tsx";
import { registerCatalogueTextRoutes } from "./admin-text-routes.tsx";
import { CatalogueForm, CatalogueList } from "./admin-views.tsx";
import { listOrganisations, listProgrammes } from "./catalogue.ts";

/** The domain's messages, moved onto the field that shows them: a per-language text's onto its main language. */
function formErrors(fields: FieldErrors, localized: readonly string[], source: Locale): FieldErrors {
  return Object.fromEntries(Object.entries(fields).map(([field, key]) => [localized.includes(field) ? `${field}_${source}` : field, key]));
}

/** Admin pages for organisations, speaker profiles, programmes, series and topics. */
export function registerCatalogueRoutes(app: FastifyInstance, services: Services): void {
  const { config, db } = services;
  const source = config.defaultLocale;

  function chainFor(req: FastifyRequest): Locale[] {
    return fallbackChain(req.locale, {
      fallbacks: config.fallbacks,
      defaultLocale: config.defaultLocale,
      sourceLocale: config.defaultLocale,
    });
  }

  async function lookups(): Promise<Lookups> {
    const [o, p] = await Promise.all([listOrganisations(db), listProgrammes(db)]);
    return { organisations: o, programmes: p };
  }

  function register<T extends { id: string; slug: string }>(def: KindDef<T>): void {
    const base = `/admin/${def.kind}`;
    const access = { config: { access: "catalogue.manage" as const } };

    async function renderForm(
      req: FastifyRequest,
      reply: FastifyReply,
      id: string | undefined,
      name: string,
      values: Values,
      errors?: FieldErrors,
      status = 200,
    ) {
      const v = viewOf(req, services);
      const chain = chainFor(req);
      const found = await lookups();
      return sendPage(
        reply,
        <CatalogueForm v={v} kind={def.kind} id={id} name={name} values={values} errors={errors}>
          {def.fields({ v, values, errors, source, lookups: found, chain })}
        </CatalogueForm>,
        status,
      );
    }

    async function submit(req: FastifyRequest, reply: FastifyReply, existing: T | undefined) {
      const values = Object.fromEntries(
        Object.entries(formValues(req.body)).map(([k, x]) => [k, typeof x === "string" ? x : (x[0] ?? "")]),
      ) as Values;
      try {
        const saved = await def.save(services, req.actor!, existing?.id ?? null, values, await lookups(), config.locales);
        return seeOther(reply, existing ? `${base}/${saved.id}?done=saved` : `${base}?done=created`);
      } catch (error) {
        if (!(error instanceof AppError) || Object.keys(error.fields).length === 0) throw error;
        const name = existing ? def.nameOf(existing, chainFor(req)) : "";
        return renderForm(req, reply, existing?.id, name, values, formErrors(error.fields, def.localized, source), error.status);
      }
    }

    app.get(base, access, async (req, reply) => {
      const v = viewOf(req, services);
      const chain = chainFor(req);
      const [entries, found] = await Promise.all([def.list(db), lookups()]);
      const rows = entries
        .map((e) => ({ id: e.id, slug: e.slug, name: def.nameOf(e, chain), cells: def.cells(v, e, found, chain) }))
        .sort((a, b) => a.name.localeCompare(b.name, v.locale));
      return sendPage(reply, <CatalogueList v={v} kind={def.kind} columns={def.columns(v)} rows={rows} />);
    });

    app.get(`${base}/new`, access, async (req, reply) => renderForm(req, reply, undefined, "", {}));

    app.post(`${base}/new`, access, async (req, reply) => submit(req, reply, undefined));

    app.get<{ Params: { id: string } }>(`${base}/:id`, access, async (req, reply) => {
      const entry = await def.find(db, req.params.id);
      if (!entry) throw new AppError("NOT_FOUND");
      return renderForm(req, reply, entry.id, def.nameOf(entry, chainFor(req)), def.toValues(entry));
    });

    app.post<{ Params: { id: string } }>(`${base}/:id`, access, async (req, reply) => {
      const entry = await def.find(db, req.params.id);
      if (!entry) throw new AppError("NOT_FOUND");
      return submit(req, reply, entry);
    });
  }

  register(organisations);
  register(profiles);
  register(programmes);
  register(series);
  register(topics);
  registerCatalogueTextRoutes(app, services);
}

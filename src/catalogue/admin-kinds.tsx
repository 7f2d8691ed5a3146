import type { JSX } from "hono/jsx/jsx-runtime";
import type { Actor } from "../access/policy.ts";
import type { Db } from "../db/index.ts";
import { AppError } from "../errors.ts";
import { type LocalizedText, pickText } from "../i18n/content.ts";
import { countryOptions } from "../i18n/formats.ts";
import type { Locale } from "../i18n/locales.ts";
import { type Option, SelectField } from "../ui/fields.tsx";
import { TextInput } from "../ui/forms.tsx";
import type { Services, View } from "../web/context.ts";
import type { FieldErrors } from "../web/forms.ts";
import { CatalogueTextField, type Column, type FormState, type LocalizedField, ORGANISATION_KIND_KEYS } from "./admin-views.tsx";
import {
  findOrganisation,
  findProfile,
  findProgramme,
  findSeries,
  findTopic,
  listOrganisations,
  listProfiles,
  listProgrammes,
  listSeries,
  listTopics,
  saveOrganisation,
  saveProfile,
  saveProgramme,
  saveSeries,
  saveTopic,
} from "./catalogue.ts";
import { type CatalogueKind, ORGANISATION_KINDS, type Organisation, type Programme } from "./model.ts";

/**
 * The five kinds of catalogue entry as the admin pages see them: for each, its list columns, its
 * form fields, how a form's values are read back, checked and saved. admin-routes.tsx gives every
 * kind the same five routes.
 */

export type Values = Record<string, string>;

/** Lists other entries refer to: organisations for profiles, programmes for series. */
export type Lookups = { organisations: Organisation[]; programmes: Programme[] };

/** What a kind's inputs are drawn from: the form's values and errors, and the lists to choose from. */
type FormProps = FormState & { lookups: Lookups; chain: readonly Locale[] };

/** One kind of catalogue entry: how it is listed, shown in a form, read back from the form and saved. */
export type KindDef<T extends { id: string; slug: string }> = {
  kind: CatalogueKind;
  list(db: Db): Promise<T[]>;
  find(db: Db, id: string): Promise<T | undefined>;
  /** Fields whose texts are kept per language; their errors sit on the field of the main language. */
  localized: readonly LocalizedField[];
  nameOf(entry: T, chain: readonly Locale[]): string;
  columns(v: View): Column[];
  cells(v: View, entry: T, lookups: Lookups, chain: readonly Locale[]): string[];
  toValues(entry: T): Values;
  fields(form: FormProps): JSX.Element;
  /** Route-level checks (lengths, choices) and the domain call. */
  save(
    services: Services,
    actor: Actor,
    id: string | null,
    values: Values,
    lookups: Lookups,
    locales: readonly Locale[],
  ): Promise<{ id: string }>;
};

function localizedFrom(values: Values, field: string, locales: readonly Locale[]): LocalizedText {
  const out: LocalizedText = {};
  for (const l of locales) {
    const text = values[`${field}_${l}`]?.trim();
    if (text) out[l] = text;
  }
  return out;
}

function localizedValues(field: string, text: LocalizedText): Values {
  return Object.fromEntries(Object.entries(text).map(([l, value]) => [`${field}_${l}`, value ?? ""]));
}

/** Adds form.tooLong for every text longer than allowed; throws when anything was found. */
function checkLengths(values: Values, limits: Record<string, number>, locales: readonly Locale[], errors: FieldErrors = {}): void {
  for (const [field, max] of Object.entries(limits)) {
    const names = field.endsWith("_*") ? locales.map((l) => `${field.slice(0, -2)}_${l}`) : [field];
    for (const name of names) if ((values[name]?.trim().length ?? 0) > max && !errors[name]) errors[name] = "form.tooLong";
  }
  if (Object.keys(errors).length > 0) throw new AppError("VALIDATION_FAILED", errors);
}

const slugOf = (values: Values) => (values.slug ?? "").trim().toLowerCase();

export const organisations: KindDef<Organisation> = {
  kind: "organisations",
  list: listOrganisations,
  find: (db, id) => findOrganisation(db, { id }),
  localized: ["name", "description"],
  nameOf: (o, chain) => pickText(o.name, chain) || o.slug,
  columns: (v) => [
    { label: v.t("catalogue.field.shortName") },
    { label: v.t("catalogue.field.kind") },
    { label: v.t("catalogue.field.country") },
  ],
  cells: (v, o) => [
    o.shortName,
    v.t(ORGANISATION_KIND_KEYS[o.kind as keyof typeof ORGANISATION_KIND_KEYS] ?? "catalogue.kind.other"),
    o.country ? (countryOptions(v.locale).find((c) => c.code === o.country)?.name ?? o.country) : "",
  ],
  toValues: (o) => ({
    slug: o.slug,
    shortName: o.shortName,
    kind: o.kind,
    country: o.country ?? "",
    website: o.website ?? "",
    ...localizedValues("name", o.name),
    ...localizedValues("description", o.description),
  }),
  fields: (form) => {
    const { v, values, errors } = form;
    return (
      <>
        <CatalogueTextField form={form} name="name" />
        <TextInput
          v={v}
          name="shortName"
          label={v.t("catalogue.field.shortName")}
          hint={v.t("catalogue.field.shortNameHint")}
          value={values.shortName}
          errors={errors}
        />
        <SelectField
          v={v}
          name="kind"
          label={v.t("catalogue.field.kind")}
          value={values.kind || "ngo"}
          errors={errors}
          options={ORGANISATION_KINDS.map((k) => ({ value: k, label: v.t(ORGANISATION_KIND_KEYS[k]) }))}
        />
        <SelectField
          v={v}
          name="country"
          label={v.t("catalogue.field.country")}
          hint={v.t("catalogue.field.countryHint")}
          value={values.country}
          errors={errors}
          options={[
            { value: "", label: v.t("catalogue.field.noCountry") },
            ...countryOptions(v.locale).map((c) => ({ value: c.code, label: c.name })),
          ]}
        />
        <TextInput
          v={v}
          name="website"
          type="url"
          label={v.t("catalogue.field.website")}
          hint={v.t("catalogue.field.websiteHint")}
          value={values.website}
          errors={errors}
          inputmode="url"
        />
        <CatalogueTextField form={form} name="description" />
      </>
    );
  },
  save: (services, actor, id, values, _lookups, locales) => {
    checkLengths(values, { shortName: 50, website: 300, "name_*": 200, "description_*": 5000 }, locales);
    return saveOrganisation(services, actor, id, {
      slug: slugOf(values),
      name: localizedFrom(values, "name", locales),
      shortName: (values.shortName ?? "").trim(),
      kind: values.kind ?? "",
      country: (values.country ?? "").trim().toUpperCase() || null,
      website: (values.website ?? "").trim() || null,
      description: localizedFrom(values, "description", locales),
    });
  },
};

export const profiles: KindDef<Awaited<ReturnType<typeof listProfiles>>[number]> = {
  kind: "profiles",
  list: listProfiles,
  find: (db, id) => findProfile(db, { id }),
  localized: ["position", "bio"],
  nameOf: (p) => p.name,
  columns: (v) => [{ label: v.t("catalogue.field.organisation") }, { label: v.t("catalogue.field.position") }],
  cells: (_v, p, lookups, chain) => {
    const organisation = lookups.organisations.find((o) => o.id === p.organisationId);
    return [organisation ? pickText(organisation.name, chain) : "", pickText(p.position, chain)];
  },
  toValues: (p) => ({
    slug: p.slug,
    name: p.name,
    organisationId: p.organisationId ?? "",
    ...localizedValues("position", p.position),
    ...localizedValues("bio", p.bio),
  }),
  fields: (form) => {
    const { v, values, errors, lookups, chain } = form;
    return (
      <>
        <TextInput
          v={v}
          name="name"
          label={v.t("catalogue.field.name")}
          hint={v.t("catalogue.field.personNameHint")}
          value={values.name}
          errors={errors}
          required
        />
        <SelectField
          v={v}
          name="organisationId"
          label={v.t("catalogue.field.organisation")}
          value={values.organisationId}
          errors={errors}
          options={[
            { value: "", label: v.t("catalogue.field.noOrganisation") },
            ...lookups.organisations.map((o): Option => ({ value: o.id, label: pickText(o.name, chain) || o.slug })),
          ]}
        />
        <CatalogueTextField form={form} name="position" />
        <CatalogueTextField form={form} name="bio" />
      </>
    );
  },
  save: (services, actor, id, values, lookups, locales) => {
    const errors: FieldErrors = {};
    const organisationId = values.organisationId ?? "";
    if (organisationId && !lookups.organisations.some((o) => o.id === organisationId)) errors.organisationId = "form.invalid";
    checkLengths(values, { name: 200, "position_*": 300, "bio_*": 5000 }, locales, errors);
    return saveProfile(services, actor, id, {
      slug: slugOf(values),
      name: (values.name ?? "").trim(),
      organisationId: organisationId || null,
      position: localizedFrom(values, "position", locales),
      bio: localizedFrom(values, "bio", locales),
    });
  },
};

function titledFields(form: FormProps) {
  return (
    <>
      <CatalogueTextField form={form} name="title" />
      <CatalogueTextField form={form} name="description" />
    </>
  );
}

export const programmes: KindDef<Programme> = {
  kind: "programmes",
  list: listProgrammes,
  find: (db, id) => findProgramme(db, { id }),
  localized: ["title", "description"],
  nameOf: (p, chain) => pickText(p.title, chain) || p.slug,
  columns: () => [],
  cells: () => [],
  toValues: (p) => ({ slug: p.slug, ...localizedValues("title", p.title), ...localizedValues("description", p.description) }),
  fields: titledFields,
  save: (services, actor, id, values, _lookups, locales) => {
    checkLengths(values, { "title_*": 200, "description_*": 5000 }, locales);
    return saveProgramme(services, actor, id, {
      slug: slugOf(values),
      title: localizedFrom(values, "title", locales),
      description: localizedFrom(values, "description", locales),
    });
  },
};

export const series: KindDef<Awaited<ReturnType<typeof listSeries>>[number]> = {
  kind: "series",
  list: listSeries,
  find: (db, id) => findSeries(db, { id }),
  localized: ["title", "description"],
  nameOf: (s, chain) => pickText(s.title, chain) || s.slug,
  columns: (v) => [{ label: v.t("catalogue.field.programme") }],
  cells: (_v, s, lookups, chain) => {
    const programme = lookups.programmes.find((p) => p.id === s.programmeId);
    return [programme ? pickText(programme.title, chain) || programme.slug : ""];
  },
  toValues: (s) => ({
    slug: s.slug,
    programmeId: s.programmeId ?? "",
    ...localizedValues("title", s.title),
    ...localizedValues("description", s.description),
  }),
  fields: (form) => {
    const { v, values, errors, lookups, chain } = form;
    return (
      <>
        <SelectField
          v={v}
          name="programmeId"
          label={v.t("catalogue.field.programme")}
          value={values.programmeId}
          errors={errors}
          options={[
            { value: "", label: v.t("catalogue.field.noProgramme") },
            ...lookups.programmes.map((p): Option => ({ value: p.id, label: pickText(p.title, chain) || p.slug })),
          ]}
        />
        {titledFields(form)}
      </>
    );
  },
  save: (services, actor, id, values, lookups, locales) => {
    const errors: FieldErrors = {};
    const programmeId = values.programmeId ?? "";
    if (programmeId && !lookups.programmes.some((p) => p.id === programmeId)) errors.programmeId = "form.invalid";
    checkLengths(values, { "title_*": 200, "description_*": 5000 }, locales, errors);
    return saveSeries(services, actor, id, {
      slug: slugOf(values),
      programmeId: programmeId || null,
      title: localizedFrom(values, "title", locales),
      description: localizedFrom(values, "description", locales),
    });
  },
};

export const topics: KindDef<Awaited<ReturnType<typeof listTopics>>[number]> = {
  kind: "topics",
  list: listTopics,
  find: (db, id) => findTopic(db, { id }),
  localized: ["name"],
  nameOf: (t, chain) => pickText(t.name, chain) || t.slug,
  columns: () => [],
  cells: () => [],
  toValues: (t) => ({ slug: t.slug, ...localizedValues("name", t.name) }),
  fields: (form) => <CatalogueTextField form={form} name="name" />,
  save: (services, actor, id, values, _lookups, locales) => {
    checkLengths(values, { "name_*": 200 }, locales);
    return saveTopic(services, actor, id, { slug: slugOf(values), name: localizedFrom(values, "name", locales) });
  },
};

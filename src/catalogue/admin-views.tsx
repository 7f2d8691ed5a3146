import type { Child } from "hono/jsx";
import type { Locale } from "../i18n/locales.ts";
import type { MessageKey } from "../i18n/messages.ts";
import { LocalizedFields } from "../ui/fields.tsx";
import { Csrf, ErrorSummary, TextInput } from "../ui/forms.tsx";
import { AdminLayout } from "../ui/layout.tsx";
import type { View } from "../web/context.ts";
import type { FieldErrors } from "../web/forms.ts";
import type { CatalogueKind, ORGANISATION_KINDS } from "./model.ts";

/** Admin pages for the catalogue: one list and one form per kind of entry. */

export const KIND_TEXTS: Record<CatalogueKind, { title: MessageKey; new: MessageKey; edit: MessageKey; none: MessageKey }> = {
  organisations: {
    title: "catalogue.organisations.title",
    new: "catalogue.organisations.new",
    edit: "catalogue.organisations.edit",
    none: "catalogue.organisations.none",
  },
  profiles: {
    title: "catalogue.profiles.title",
    new: "catalogue.profiles.new",
    edit: "catalogue.profiles.edit",
    none: "catalogue.profiles.none",
  },
  programmes: {
    title: "catalogue.programmes.title",
    new: "catalogue.programmes.new",
    edit: "catalogue.programmes.edit",
    none: "catalogue.programmes.none",
  },
  series: { title: "catalogue.series.title", new: "catalogue.series.new", edit: "catalogue.series.edit", none: "catalogue.series.none" },
  topics: { title: "catalogue.topics.title", new: "catalogue.topics.new", edit: "catalogue.topics.edit", none: "catalogue.topics.none" },
};

export const ORGANISATION_KIND_KEYS: Record<(typeof ORGANISATION_KINDS)[number], MessageKey> = {
  ngo: "catalogue.kind.ngo",
  community: "catalogue.kind.community",
  "un-agency": "catalogue.kind.un-agency",
  government: "catalogue.kind.government",
  donor: "catalogue.kind.donor",
  academic: "catalogue.kind.academic",
  network: "catalogue.kind.network",
  other: "catalogue.kind.other",
};

export type Column = { label: string };
export type Row = { id: string; name: string; slug: string; cells: string[] };

export function CatalogueList({ v, kind, columns, rows }: { v: View; kind: CatalogueKind; columns: Column[]; rows: Row[] }) {
  const texts = KIND_TEXTS[kind];
  return (
    <AdminLayout v={v} title={v.t(texts.title)}>
      <h1>{v.t(texts.title)}</h1>
      <p>
        <a class="button" href={`/admin/${kind}/new`}>
          {v.t(texts.new)}
        </a>
      </p>
      {rows.length === 0 ? (
        <p>{v.t(texts.none)}</p>
      ) : (
        <div class="table-scroll">
          <table class="catalogue">
            <caption class="visually-hidden">{v.t(texts.title)}</caption>
            <thead>
              <tr>
                <th scope="col">
                  {kind === "programmes" || kind === "series" ? v.t("catalogue.field.title") : v.t("catalogue.field.name")}
                </th>
                {columns.map((c) => (
                  <th scope="col">{c.label}</th>
                ))}
                <th scope="col">{v.t("catalogue.field.slug")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr>
                  <th scope="row">
                    <a href={`/admin/${kind}/${r.id}`}>{r.name}</a>
                  </th>
                  {r.cells.map((cell) => (
                    <td>{cell}</td>
                  ))}
                  <td>
                    <code>{r.slug}</code>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </AdminLayout>
  );
}

/** The frame of every catalogue form: heading, errors, the form with its token, slug first and the save button last. */
export function CatalogueForm({
  v,
  kind,
  id,
  name,
  values,
  errors,
  children,
}: {
  v: View;
  kind: CatalogueKind;
  /** Undefined for a new entry. */
  id: string | undefined;
  /** The entry's name as stored, for the heading of its page. */
  name: string;
  values: Record<string, string>;
  errors?: FieldErrors | undefined;
  children: Child;
}) {
  const texts = KIND_TEXTS[kind];
  const title = id ? v.t(texts.edit, { name }) : v.t(texts.new);
  return (
    <AdminLayout v={v} title={title}>
      <p class="back">
        <a href={`/admin/${kind}`}>{v.t(texts.title)}</a>
      </p>
      <h1>{title}</h1>
      <ErrorSummary v={v} errors={errors} />
      <form method="post" action={id ? `/admin/${kind}/${id}` : `/admin/${kind}/new`} class="stack catalogue-form">
        <Csrf v={v} />
        <TextInput
          v={v}
          name="slug"
          label={v.t("catalogue.field.slug")}
          hint={v.t("catalogue.field.slugHint")}
          value={values.slug}
          errors={errors}
          required
        />
        {children}
        <button type="submit">{id ? v.t("catalogue.save") : v.t("catalogue.create")}</button>
      </form>
    </AdminLayout>
  );
}

/** The fields whose texts are kept per language. */
export type LocalizedField = "name" | "title" | "description" | "position" | "bio";

/** How each is asked for, the same in every kind of entry that has it. */
const LOCALIZED_FIELDS: Record<
  LocalizedField,
  {
    /** The label for one language, such as "Name (English)". */
    label: MessageKey;
    /** What the folded languages are called, such as "Name in other languages". */
    summary: MessageKey;
    isMultiline?: boolean;
    isRequired?: boolean;
  }
> = {
  name: { label: "catalogue.field.nameIn", summary: "catalogue.field.nameOther", isRequired: true },
  title: { label: "catalogue.field.titleIn", summary: "catalogue.field.titleOther", isRequired: true },
  description: { label: "catalogue.field.descriptionIn", summary: "catalogue.field.descriptionOther", isMultiline: true },
  position: { label: "catalogue.field.positionIn", summary: "catalogue.field.positionOther" },
  bio: { label: "catalogue.field.bioIn", summary: "catalogue.field.bioOther", isMultiline: true },
};

/** What the inputs of a catalogue form are drawn from. */
export type FormState = {
  v: View;
  values: Record<string, string>;
  errors: FieldErrors | undefined;
  /** The site's main language: its input is shown, the others are folded away. */
  source: Locale;
};

/**
 * One of the catalogue form's per-language texts, bound to its form state: ui/fields.tsx's LocalizedFields
 * with the label, summary and rules of that field. The site's main language shown, the others folded away in a
 * <details> that opens by itself when one of them holds text or an error.
 */
export function CatalogueTextField({ form, name }: { form: FormState; name: LocalizedField }) {
  const { v, values, errors, source } = form;
  const { label, summary, isMultiline, isRequired } = LOCALIZED_FIELDS[name];
  return (
    <LocalizedFields
      v={v}
      name={name}
      label={name}
      sourceLocale={source}
      locales={v.locales}
      values={values}
      errors={errors}
      multiline={isMultiline === true}
      required={isRequired === true}
      labelIn={(language) => v.t(label, { language })}
      othersLabel={v.t(summary)}
      rows={5}
      detailsClass="other-languages"
      boxClass="localized"
    />
  );
}

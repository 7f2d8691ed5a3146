import type { OrganisationRow, ProfileRow, ProgrammeRow, SeriesRow, TopicRow } from "../db/schema.ts";
import { type LocalizedText, parseLocalized } from "../i18n/content.ts";

/** The types, constants and row mappings of the catalogue; no database access here. */

/** The kinds of catalogue entry: each is a table of that name and the admin pages under `/admin/{kind}`. */
export const CATALOGUE_KINDS = ["organisations", "profiles", "programmes", "series", "topics"] as const;
export type CatalogueKind = (typeof CATALOGUE_KINDS)[number];

export const ORGANISATION_KINDS = ["ngo", "community", "un-agency", "government", "donor", "academic", "network", "other"] as const;

export type Organisation = {
  id: string;
  slug: string;
  name: LocalizedText;
  shortName: string;
  kind: string;
  country: string | null;
  website: string | null;
  description: LocalizedText;
};

export type Profile = {
  id: string;
  slug: string;
  name: string;
  organisationId: string | null;
  position: LocalizedText;
  bio: LocalizedText;
};

export type Programme = { id: string; slug: string; title: LocalizedText; description: LocalizedText };
export type Series = { id: string; slug: string; programmeId: string | null; title: LocalizedText; description: LocalizedText };
export type Topic = { id: string; slug: string; name: LocalizedText };

export function toOrganisation(row: OrganisationRow): Organisation {
  return {
    id: row.id,
    slug: row.slug,
    name: parseLocalized(row.name),
    shortName: row.short_name,
    kind: row.kind,
    country: row.country,
    website: row.website,
    description: parseLocalized(row.description),
  };
}

export function toProfile(row: ProfileRow): Profile {
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    organisationId: row.organisation_id,
    position: parseLocalized(row.position),
    bio: parseLocalized(row.bio),
  };
}

export function toProgramme(row: ProgrammeRow): Programme {
  return { id: row.id, slug: row.slug, title: parseLocalized(row.title), description: parseLocalized(row.description) };
}

export function toSeries(row: SeriesRow): Series {
  return {
    id: row.id,
    slug: row.slug,
    programmeId: row.programme_id,
    title: parseLocalized(row.title),
    description: parseLocalized(row.description),
  };
}

export function toTopic(row: TopicRow): Topic {
  return { id: row.id, slug: row.slug, name: parseLocalized(row.name) };
}

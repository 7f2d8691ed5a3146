import { findOrganisation, findProfile, findProgramme, findSeries, findTopic, listSeriesOfProgramme } from "../catalogue/index.ts";
import type { Db } from "../db/index.ts";
import { type EventPage, type EventSummary, listEventsOf, organisationRoles, sessionsOf } from "../events/index.ts";
import { fallbackChain, type LocalizedText, type PickedText, pickTextDetailed, type ReadOptions } from "../i18n/content.ts";
import type { Locale } from "../i18n/locales.ts";
import { type LibraryPage, listPublicResources } from "../library/index.ts";
import { type ListPage, listPublicPosts, type PostSummary } from "../posts/index.ts";

/**
 * What a visitor reads on a hub page: the topic, programme, series, organisation or person, its
 * own texts already in the reader's language (along the configured fallbacks, Serbian in the
 * reader's script), and the events, posts and resources linked to it, each list on its own page.
 * Each reader is one call for one page; `undefined` when there is no such hub.
 */

/** The page of each list on a hub: `page` for events, `newsPage` for posts, `libraryPage` for resources. */
export type HubPages = { page: number; newsPage: number; libraryPage: number };

/**
 * Where a hub page's own texts came from, when not from the reader's language: the language shown,
 * and whether it is Serbian transliterated into the reader's script.
 */
export type TextOrigin = { shownIn: Locale | undefined; isTransliterated: boolean };

/** The origin of the texts picked for a page: of the first that fell back, if any. */
export function originOf(...picked: PickedText[]): TextOrigin {
  const fallen = picked.find((p) => p.text && (p.isFallback || p.isTransliterated));
  return { shownIn: fallen?.locale, isTransliterated: fallen?.isTransliterated ?? false };
}

/** The lists of a hub page besides its events; people have posts only. */
export type Linked = { posts: ListPage<PostSummary>; resources?: LibraryPage };

export type TopicHub = { topic: { slug: string; name: string }; list: EventPage<EventSummary>; linked: Linked };

export type SeriesHub = {
  series: { slug: string; title: string; description: string; origin: TextOrigin };
  programme: { slug: string; title: string } | null;
  list: EventPage<EventSummary>;
};

export type ProgrammeHub = {
  programme: { slug: string; title: string; description: string; origin: TextOrigin };
  series: { slug: string; title: string }[];
  list: EventPage<EventSummary>;
  linked: Linked;
};

export type OrganisationHub = {
  organisation: {
    slug: string;
    name: string;
    shortName: string;
    country: string | null;
    website: string | null;
    description: string;
    origin: TextOrigin;
  };
  list: EventPage<EventSummary>;
  roles: Map<string, string>;
  linked: Linked;
};

export type PersonHub = {
  person: {
    slug: string;
    name: string;
    position: string;
    bio: string;
    organisation: { slug: string; name: string } | null;
    origin: TextOrigin;
  };
  list: EventPage<EventSummary>;
  sessions: Map<string, { title: string; role: string; kind: string }[]>;
  linked: Pick<Linked, "posts">;
};

/** Picks catalogue texts for one reader: the catalogue has no source language, so the site default stands in. */
function textsFor(requested: Locale, options: ReadOptions) {
  const chain = fallbackChain(requested, { ...options, sourceLocale: options.defaultLocale });
  return (text: LocalizedText) => pickTextDetailed(text, chain);
}

/** A topic's page: its events, posts and resources. */
export async function readTopicHub(
  db: Db,
  slug: string,
  pages: HubPages,
  now: Date,
  requested: Locale,
  options: ReadOptions,
): Promise<TopicHub | undefined> {
  const topic = await findTopic(db, { slug });
  if (!topic) return undefined;
  const scope = { topicId: topic.id };
  const [list, posts, resources] = await Promise.all([
    listEventsOf(db, scope, pages.page, now, requested, options),
    listPublicPosts(db, { scope }, pages.newsPage, now, requested, options),
    listPublicResources(db, scope, pages.libraryPage, requested, options),
  ]);
  const pick = textsFor(requested, options);
  return { topic: { slug: topic.slug, name: pick(topic.name).text || topic.slug }, list, linked: { posts, resources } };
}

/** A series' page: its events and the programme it belongs to. */
export async function readSeriesHub(
  db: Db,
  slug: string,
  pages: Pick<HubPages, "page">,
  now: Date,
  requested: Locale,
  options: ReadOptions,
): Promise<SeriesHub | undefined> {
  const series = await findSeries(db, { slug });
  if (!series) return undefined;
  const pick = textsFor(requested, options);
  const title = pick(series.title);
  const description = pick(series.description);
  const [list, programme] = await Promise.all([
    listEventsOf(db, { seriesId: series.id }, pages.page, now, requested, options),
    series.programmeId ? findProgramme(db, { id: series.programmeId }) : undefined,
  ]);
  return {
    series: { slug: series.slug, title: title.text || series.slug, description: description.text, origin: originOf(title, description) },
    programme: programme ? { slug: programme.slug, title: pick(programme.title).text || programme.slug } : null,
    list,
  };
}

/** A programme's page: its series, events, posts and resources. */
export async function readProgrammeHub(
  db: Db,
  slug: string,
  pages: HubPages,
  now: Date,
  requested: Locale,
  options: ReadOptions,
): Promise<ProgrammeHub | undefined> {
  const programme = await findProgramme(db, { slug });
  if (!programme) return undefined;
  const pick = textsFor(requested, options);
  const title = pick(programme.title);
  const description = pick(programme.description);
  const [list, series, posts, resources] = await Promise.all([
    listEventsOf(db, { programmeId: programme.id }, pages.page, now, requested, options),
    listSeriesOfProgramme(db, programme.id),
    listPublicPosts(db, { scope: { programmeId: programme.id } }, pages.newsPage, now, requested, options),
    listPublicResources(db, { programmeId: programme.id }, pages.libraryPage, requested, options),
  ]);
  return {
    programme: {
      slug: programme.slug,
      title: title.text || programme.slug,
      description: description.text,
      origin: originOf(title, description),
    },
    series: series.map((s) => ({ slug: s.slug, title: pick(s.title).text || s.slug })),
    list,
    linked: { posts, resources },
  };
}

/** An organisation's page: its events with its role in each, its posts and resources. Only a web address is linked. */
export async function readOrganisationHub(
  db: Db,
  slug: string,
  pages: HubPages,
  now: Date,
  requested: Locale,
  options: ReadOptions,
): Promise<OrganisationHub | undefined> {
  const organisation = await findOrganisation(db, { slug });
  if (!organisation) return undefined;
  const [list, posts, resources] = await Promise.all([
    listEventsOf(db, { organisationId: organisation.id }, pages.page, now, requested, options),
    listPublicPosts(db, { scope: { organisationId: organisation.id } }, pages.newsPage, now, requested, options),
    listPublicResources(db, { organisationId: organisation.id }, pages.libraryPage, requested, options),
  ]);
  const roles = await organisationRoles(
    db,
    organisation.id,
    list.items.map((i) => i.id),
  );
  const pick = textsFor(requested, options);
  const name = pick(organisation.name);
  const description = pick(organisation.description);
  const website = organisation.website;
  return {
    organisation: {
      slug: organisation.slug,
      name: name.text || organisation.shortName || organisation.slug,
      shortName: organisation.shortName,
      country: organisation.country,
      website: website && /^https?:\/\//.test(website) ? website : null,
      description: description.text,
      origin: originOf(name, description),
    },
    list,
    roles,
    linked: { posts, resources },
  };
}

/** A person's page: the events they spoke at with their sessions, their organisation, and the posts they wrote. */
export async function readPersonHub(
  db: Db,
  slug: string,
  pages: Pick<HubPages, "page" | "newsPage">,
  now: Date,
  requested: Locale,
  options: ReadOptions,
): Promise<PersonHub | undefined> {
  const person = await findProfile(db, { slug });
  if (!person) return undefined;
  const [list, organisation, posts] = await Promise.all([
    listEventsOf(db, { profileId: person.id }, pages.page, now, requested, options),
    person.organisationId ? findOrganisation(db, { id: person.organisationId }) : undefined,
    listPublicPosts(db, { scope: { authorProfileId: person.id } }, pages.newsPage, now, requested, options),
  ]);
  const sessions = await sessionsOf(
    db,
    person.id,
    list.items.map((i) => i.id),
    requested,
    options,
  );
  const pick = textsFor(requested, options);
  const position = pick(person.position);
  const bio = pick(person.bio);
  return {
    person: {
      slug: person.slug,
      name: person.name,
      position: position.text,
      bio: bio.text,
      origin: originOf(position, bio),
      organisation: organisation
        ? { slug: organisation.slug, name: pick(organisation.name).text || organisation.shortName || organisation.slug }
        : null,
    },
    list,
    sessions,
    linked: { posts },
  };
}

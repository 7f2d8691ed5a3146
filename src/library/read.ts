import { findOrganisation, findProgramme } from "../catalogue/index.ts";
import type { Db } from "../db/index.ts";
import {
  chooseTranslation,
  fallbackChain,
  parseLocalized,
  pickText,
  type ReadOptions,
  readableLocales,
  type StoredStatus,
} from "../i18n/content.ts";
import { LOCALES, type Locale } from "../i18n/locales.ts";
import { type ResourceFile, toResourceFile } from "./files.ts";
import { type Resource, type ResourceKind, toResource } from "./resources.ts";

/** What visitors read of the library: the filtered list, a resource's page, and its files. */

export const PAGE_SIZE = 20;

export type LibraryFilter = {
  kind?: ResourceKind | undefined;
  /** A topic's slug. */
  topic?: string | undefined;
  /** For a topic's page: the topic's id. */
  topicId?: string | undefined;
  /** A language with a file. */
  language?: Locale | undefined;
  /** For the pages of an organisation or a programme: what it published. */
  organisationId?: string | undefined;
  programmeId?: string | undefined;
};

export type FileSummary = Pick<ResourceFile, "locale" | "fileName" | "contentType" | "size">;

export type ResourceSummary = {
  id: string;
  slug: string;
  kind: ResourceKind;
  title: string;
  summary: string;
  /** The language the text is in; differs from the reader's when a fallback was used. */
  locale: Locale;
  isFallback: boolean;
  /** The files, the reader's language first. */
  files: FileSummary[];
};

export type LibraryPage = { items: ResourceSummary[]; page: number; hasNext: boolean };

/**
 * Files in the order a reader wants them: their own language, then the other script or variety of
 * it (Serbian Latin for a reader of Serbian Cyrillic), then the rest in the order of the site.
 */
export function readerFirst<T extends { locale: Locale }>(files: readonly T[], reader: Locale): T[] {
  const base = (l: Locale) => l.split("-")[0];
  const rank = (l: Locale) => (l === reader ? 0 : base(l) === base(reader) ? 1 : 2);
  return [...files].sort((a, b) => rank(a.locale) - rank(b.locale) || LOCALES.indexOf(a.locale) - LOCALES.indexOf(b.locale));
}

/** Published resources, newest first, 20 a page, with their text in the reader's language or along the fallback chain. */
export async function listPublicResources(
  db: Db,
  filter: LibraryFilter,
  page: number,
  requested: Locale,
  options: ReadOptions,
): Promise<LibraryPage> {
  let query = db.selectFrom("resources").selectAll().where("is_published", "=", 1);
  if (filter.kind) query = query.where("kind", "=", filter.kind);
  if (filter.organisationId) query = query.where("organisation_id", "=", filter.organisationId);
  if (filter.programmeId) query = query.where("programme_id", "=", filter.programmeId);
  if (filter.topicId) {
    const topicId = filter.topicId;
    query = query.where("id", "in", (eb) => eb.selectFrom("resource_topics").select("resource_id").where("topic_id", "=", topicId));
  }
  if (filter.topic) {
    const slug = filter.topic;
    query = query.where(({ exists, selectFrom }) =>
      exists(
        selectFrom("resource_topics")
          .innerJoin("topics", "topics.id", "resource_topics.topic_id")
          .select("resource_topics.topic_id")
          .whereRef("resource_topics.resource_id", "=", "resources.id")
          .where("topics.slug", "=", slug),
      ),
    );
  }
  if (filter.language) {
    const locale = filter.language;
    query = query.where(({ exists, selectFrom }) =>
      exists(
        selectFrom("resource_files")
          .select("resource_files.id")
          .whereRef("resource_files.resource_id", "=", "resources.id")
          .where("resource_files.locale", "=", locale),
      ),
    );
  }
  const rows = await query
    .orderBy("published_at", "desc")
    .orderBy("id", "desc")
    .limit(PAGE_SIZE + 1)
    .offset((page - 1) * PAGE_SIZE)
    .execute();
  const resources = rows.slice(0, PAGE_SIZE).map(toResource);
  if (resources.length === 0) return { items: [], page, hasNext: false };
  const ids = resources.map((r) => r.id);
  const [translations, files] = await Promise.all([
    db
      .selectFrom("resource_translations")
      .select(["resource_id", "locale", "status", "title", "summary"])
      .where("resource_id", "in", ids)
      .where("status", "in", ["published", "outdated"])
      .execute(),
    db
      .selectFrom("resource_files")
      .select(["resource_id", "locale", "file_name", "content_type", "size"])
      .where("resource_id", "in", ids)
      .execute(),
  ]);
  const items = resources.flatMap((resource): ResourceSummary[] => {
    const chain = fallbackChain(requested, { ...options, sourceLocale: resource.sourceLocale });
    const chosen = chooseTranslation(
      translations.filter((t) => t.resource_id === resource.id),
      chain,
    );
    if (!chosen) return [];
    const own = files
      .filter((f) => f.resource_id === resource.id)
      .map((f) => ({ locale: f.locale as Locale, fileName: f.file_name, contentType: f.content_type, size: Number(f.size) }))
      .filter((f) => LOCALES.includes(f.locale));
    return [
      {
        id: resource.id,
        slug: resource.slug,
        kind: resource.kind,
        title: chosen.translation.title,
        summary: chosen.translation.summary,
        locale: chosen.locale,
        isFallback: chosen.isFallback,
        files: readerFirst(own, requested),
      },
    ];
  });
  return { items, page, hasNext: rows.length > PAGE_SIZE };
}

export type LibraryChoices = { topics: { slug: string; name: string }[]; languages: Locale[] };

/** The topics and file languages that published resources have, for the list's filters. */
export async function libraryChoices(db: Db, requested: Locale, options: ReadOptions, enabled: readonly Locale[]): Promise<LibraryChoices> {
  const [topics, languages] = await Promise.all([
    db
      .selectFrom("topics")
      .select(["topics.slug", "topics.name"])
      .where(({ exists, selectFrom }) =>
        exists(
          selectFrom("resource_topics")
            .innerJoin("resources", "resources.id", "resource_topics.resource_id")
            .select("resource_topics.topic_id")
            .whereRef("resource_topics.topic_id", "=", "topics.id")
            .where("resources.is_published", "=", 1),
        ),
      )
      .execute(),
    db
      .selectFrom("resource_files")
      .innerJoin("resources", "resources.id", "resource_files.resource_id")
      .select("resource_files.locale")
      .distinct()
      .where("resources.is_published", "=", 1)
      .execute(),
  ]);
  const chain = fallbackChain(requested, { ...options, sourceLocale: options.defaultLocale });
  const collator = new Intl.Collator(requested);
  const found = new Set(languages.map((l) => l.locale));
  return {
    topics: topics
      .map((t) => ({ slug: t.slug, name: pickText(parseLocalized(t.name), chain) || t.slug }))
      .sort((a, b) => collator.compare(a.name, b.name)),
    languages: readerFirst(
      enabled.filter((l) => found.has(l)).map((locale) => ({ locale })),
      requested,
    ).map((l) => l.locale),
  };
}

export type Link = { slug: string; name: string };

export type ResourceForReader = {
  resource: Resource;
  title: string;
  summary: string;
  bodyHtml: string;
  /** The language the text is in; differs from the reader's when a fallback was used. */
  locale: Locale;
  isFallback: boolean;
  isOutdated: boolean;
  /** Serbian in the other script, shown transliterated into the reader's. */
  isTransliterated: boolean;
  /** Languages the text can be read in. */
  availableIn: Locale[];
  /** The files, the reader's language first. */
  files: ResourceFile[];
  topics: Link[];
  organisation: Link | null;
  programme: Link | null;
  /** Posts that link to this resource and are published in the reader's language, newest first. */
  posts: { slug: string; title: string; publishedAt: string }[];
};

/**
 * A published resource in the reader's language, or along the fallback chain, with everything its
 * page shows; undefined when there is no such published resource. Nothing is written.
 */
export async function readResource(
  db: Db,
  slug: string,
  requested: Locale,
  options: ReadOptions,
  now: Date,
): Promise<ResourceForReader | undefined> {
  const rows = await db
    .selectFrom("resources")
    .innerJoin("resource_translations as t", "t.resource_id", "resources.id")
    .selectAll("resources")
    .select(["t.locale", "t.status", "t.title", "t.summary", "t.body_html"])
    .where("resources.slug", "=", slug)
    .where("resources.is_published", "=", 1)
    .where("t.status", "in", ["published", "outdated"])
    .execute();
  const first = rows[0];
  if (!first) return undefined;
  const resource = toResource(first);
  const translations = rows.map((r) => ({
    locale: r.locale,
    status: r.status as StoredStatus,
    title: r.title,
    summary: r.summary,
    bodyHtml: r.body_html,
  }));
  const chain = fallbackChain(requested, { ...options, sourceLocale: resource.sourceLocale });
  const chosen = chooseTranslation(translations, chain);
  if (!chosen) return undefined;
  const [files, topics, organisation, programme, posts] = await Promise.all([
    db.selectFrom("resource_files").selectAll().where("resource_id", "=", resource.id).execute(),
    db
      .selectFrom("resource_topics")
      .innerJoin("topics", "topics.id", "resource_topics.topic_id")
      .select(["topics.slug", "topics.name"])
      .where("resource_topics.resource_id", "=", resource.id)
      .execute(),
    resource.organisationId ? findOrganisation(db, { id: resource.organisationId }) : undefined,
    resource.programmeId ? findProgramme(db, { id: resource.programmeId }) : undefined,
    db
      .selectFrom("post_resources")
      .innerJoin("post_translations as pt", "pt.post_id", "post_resources.post_id")
      .innerJoin("posts", "posts.id", "post_resources.post_id")
      .select(["posts.slug", "pt.title", "pt.published_at"])
      .where("post_resources.resource_id", "=", resource.id)
      .where("pt.locale", "=", requested)
      .where("pt.status", "in", ["published", "outdated"])
      .where("pt.published_at", "is not", null)
      .where("pt.published_at", "<=", now.toISOString())
      .orderBy("pt.published_at", "desc")
      .limit(20)
      .execute(),
  ]);
  const nameChain = fallbackChain(requested, { ...options, sourceLocale: options.defaultLocale });
  return {
    resource,
    title: chosen.translation.title,
    summary: chosen.translation.summary,
    bodyHtml: chosen.translation.bodyHtml,
    locale: chosen.locale,
    isFallback: chosen.isFallback,
    isOutdated: chosen.translation.status === "outdated",
    isTransliterated: chosen.isTransliterated,
    availableIn: readableLocales(translations),
    files: readerFirst(
      files.map(toResourceFile).filter((f) => LOCALES.includes(f.locale)),
      requested,
    ),
    topics: topics
      .map((t) => ({ slug: t.slug, name: pickText(parseLocalized(t.name), nameChain) || t.slug }))
      .sort((a, b) => a.name.localeCompare(b.name, requested)),
    organisation: organisation
      ? {
          slug: organisation.slug,
          name: pickText(organisation.name, nameChain) || organisation.shortName || organisation.slug,
        }
      : null,
    programme: programme ? { slug: programme.slug, name: pickText(programme.title, nameChain) || programme.slug } : null,
    posts: posts.map((p) => ({ slug: p.slug, title: p.title, publishedAt: p.published_at ?? "" })),
  };
}

/** The file of a language of a published resource, for a visitor's download; undefined when there is none. */
export async function findPublicFile(db: Db, slug: string, locale: Locale): Promise<ResourceFile | undefined> {
  const row = await db
    .selectFrom("resource_files")
    .innerJoin("resources", "resources.id", "resource_files.resource_id")
    .selectAll("resource_files")
    .where("resources.slug", "=", slug)
    .where("resources.is_published", "=", 1)
    .where("resource_files.locale", "=", locale)
    .executeTakeFirst();
  return row ? toResourceFile(row) : undefined;
}

import { findProfile, findProgramme, listTopics } from "../catalogue/index.ts";
import type { Db } from "../db/index.ts";
import { uploadUrl } from "../files/index.ts";
import { chooseTranslation, fallbackChain, parseLocalized, pickText, type ReadOptions } from "../i18n/content.ts";
import { isLocale, type Locale } from "../i18n/locales.ts";
import { publicTranslation } from "../i18n/translations.ts";
import { type Post, type PostKind, toPost } from "./model.ts";

/**
 * What visitors read of posts: one post, the news list, and the posts and resources listed on the
 * pages of a topic, programme, organisation or person. Only public languages; a post shows in the
 * reader's language or the first along the fallback chain, and says so.
 */

export const PAGE_SIZE = 20;

export type Linked = { slug: string; name: string };

export type Cover = { url: string; alt: string; altLocale: Locale };

export type PostForReader = {
  post: Post;
  title: string;
  summary: string;
  bodyHtml: string;
  /** The language the text is in; differs from the requested one when a fallback was used. */
  locale: Locale;
  isFallback: boolean;
  isOutdated: boolean;
  /** Serbian in the other script, shown transliterated into the reader's. */
  isTransliterated: boolean;
  /** When this post first went public. */
  publishedAt: string;
  availableIn: Locale[];
  cover: Cover | null;
  author: Linked | null;
  programme: Linked | null;
  topics: Linked[];
  organisations: Linked[];
  events: (Linked & { startsAt: string | null; locale: Locale })[];
  resources: (Linked & { locale: Locale })[];
};

type TextRow = { locale: string; status: "draft" | "published" | "outdated"; title: string; summary: string };

/** Picks a title (and summary) for each thing in the reader's language or along the fallback chain. */
function chooseFor<T extends TextRow & { owner: string }>(
  rows: readonly T[],
  owner: string,
  requested: Locale,
  options: ReadOptions,
  sourceLocale: string,
) {
  return chooseTranslation(
    rows.filter((r) => r.owner === owner),
    fallbackChain(requested, { ...options, sourceLocale }),
  );
}

/** A public post with everything its page shows, in the reader's language; undefined when there is none. */
export async function readPost(
  db: Db,
  slug: string,
  requested: Locale,
  now: Date,
  options: ReadOptions,
): Promise<PostForReader | undefined> {
  const row = await db.selectFrom("posts").selectAll().where("slug", "=", slug).executeTakeFirst();
  if (!row?.published_at) return undefined;
  const post = toPost(row);
  const translations = await db
    .selectFrom("post_translations as t")
    .select(["t.locale", "t.status", "t.title", "t.summary", "t.body_html", "t.cover_alt"])
    .where("t.post_id", "=", post.id)
    .where(publicTranslation("t", now))
    .execute();
  const chain = fallbackChain(requested, { ...options, sourceLocale: post.sourceLocale });
  const chosen = chooseTranslation(translations, chain);
  if (!chosen) return undefined;
  const [cover, author, programme, topics, organisations, events, resources] = await Promise.all([
    post.coverUploadId
      ? db.selectFrom("uploads").select(["id", "file_name"]).where("id", "=", post.coverUploadId).executeTakeFirst()
      : undefined,
    post.authorProfileId ? findProfile(db, { id: post.authorProfileId }) : undefined,
    post.programmeId ? findProgramme(db, { id: post.programmeId }) : undefined,
    db
      .selectFrom("post_topics")
      .innerJoin("topics", "topics.id", "post_topics.topic_id")
      .select(["topics.slug", "topics.name"])
      .where("post_topics.post_id", "=", post.id)
      .orderBy("topics.slug")
      .execute(),
    db
      .selectFrom("post_organisations")
      .innerJoin("organisations", "organisations.id", "post_organisations.organisation_id")
      .select(["organisations.slug", "organisations.name", "organisations.short_name"])
      .where("post_organisations.post_id", "=", post.id)
      .orderBy("organisations.slug")
      .execute(),
    relatedEvents(db, post.id, requested, options),
    relatedResources(db, post.id, requested, options),
  ]);
  // Alt text in the language of the text, else in the original's.
  const sourceAlt = chosen.translation.cover_alt ? undefined : translations.find((t) => t.locale === post.sourceLocale);
  const alt = chosen.translation.cover_alt || sourceAlt?.cover_alt || "";
  return {
    post,
    title: chosen.translation.title,
    summary: chosen.translation.summary,
    bodyHtml: chosen.translation.body_html,
    locale: chosen.locale,
    isFallback: chosen.isFallback,
    isOutdated: chosen.translation.status === "outdated",
    isTransliterated: chosen.isTransliterated,
    publishedAt: row.published_at,
    availableIn: translations.flatMap((t) => (isLocale(t.locale) ? [t.locale] : [])),
    cover: cover
      ? { url: uploadUrl(cover.id, cover.file_name), alt, altLocale: chosen.translation.cover_alt ? chosen.locale : post.sourceLocale }
      : null,
    author: author ? { slug: author.slug, name: author.name } : null,
    programme: programme ? { slug: programme.slug, name: pickText(programme.title, chain) || programme.slug } : null,
    topics: topics.map((t) => ({ slug: t.slug, name: pickText(parseLocalized(t.name), chain) || t.slug })),
    organisations: organisations.map((o) => ({ slug: o.slug, name: pickText(parseLocalized(o.name), chain) || o.short_name || o.slug })),
    events,
    resources,
  };
}

async function relatedEvents(db: Db, postId: string, requested: Locale, options: ReadOptions) {
  const rows = await db
    .selectFrom("post_events")
    .innerJoin("events", "events.id", "post_events.event_id")
    .select(["events.id", "events.slug", "events.source_locale", "events.starts_at"])
    .where("post_events.post_id", "=", postId)
    .where("events.is_published", "=", 1)
    .orderBy("events.starts_at", "desc")
    .execute();
  if (rows.length === 0) return [];
  const texts = await db
    .selectFrom("event_translations")
    .select(["event_id as owner", "locale", "status", "title", "summary"])
    .where(
      "event_id",
      "in",
      rows.map((r) => r.id),
    )
    .where("status", "in", ["published", "outdated"])
    .execute();
  return rows.flatMap((r) => {
    const chosen = chooseFor(texts, r.id, requested, options, r.source_locale);
    return chosen ? [{ slug: r.slug, name: chosen.translation.title, startsAt: r.starts_at, locale: chosen.locale }] : [];
  });
}

async function relatedResources(db: Db, postId: string, requested: Locale, options: ReadOptions) {
  const rows = await db
    .selectFrom("post_resources")
    .innerJoin("resources", "resources.id", "post_resources.resource_id")
    .select(["resources.id", "resources.slug", "resources.source_locale"])
    .where("post_resources.post_id", "=", postId)
    .where("resources.is_published", "=", 1)
    .orderBy("resources.slug")
    .execute();
  const texts = await resourceTexts(
    db,
    rows.map((r) => r.id),
  );
  return rows.flatMap((r) => {
    const chosen = chooseFor(texts, r.id, requested, options, r.source_locale);
    return chosen ? [{ slug: r.slug, name: chosen.translation.title, locale: chosen.locale }] : [];
  });
}

async function resourceTexts(db: Db, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .selectFrom("resource_translations")
    .select(["resource_id as owner", "locale", "status", "title", "summary"])
    .where("resource_id", "in", ids)
    .where("status", "in", ["published", "outdated"])
    .execute();
}

// ---- Lists ----

export type ListPage<T> = { items: T[]; page: number; hasNext: boolean };

export type PostSummary = {
  id: string;
  slug: string;
  kind: PostKind;
  publishedAt: string;
  title: string;
  summary: string;
  locale: Locale;
  isFallback: boolean;
  cover: Cover | null;
  topics: Linked[];
};

/** Whose posts a list shows: all of them, or those of one topic, programme, organisation or author. */
export type PostScope = { topicId: string } | { programmeId: string } | { organisationId: string } | { authorProfileId: string } | null;

/**
 * A page of public posts, newest first: those with a public text in the reader's language, along
 * its fallbacks, in their source language or the site's default (and then shown with a note).
 * The posts are picked and ordered in SQL on the `published_at` index; their texts, topics and
 * covers come in three more queries for the whole page.
 */
export async function listPublicPosts(
  db: Db,
  filter: { kind?: PostKind | undefined; scope?: PostScope },
  page: number,
  now: Date,
  requested: Locale,
  options: ReadOptions,
  pageSize = PAGE_SIZE,
): Promise<ListPage<PostSummary>> {
  const at = now.toISOString();
  const readable = [...new Set([requested, ...(options.fallbacks.get(requested) ?? []), options.defaultLocale])];
  let query = db
    .selectFrom("posts")
    .select(["posts.id", "posts.slug", "posts.kind", "posts.source_locale", "posts.cover_upload_id", "posts.published_at"])
    .where("posts.published_at", "is not", null)
    .where("posts.published_at", "<=", at)
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom("post_translations as t")
          .select("t.post_id")
          .whereRef("t.post_id", "=", "posts.id")
          .where(publicTranslation("t", now))
          .where((w) => w.or([w("t.locale", "in", readable), w("t.locale", "=", w.ref("posts.source_locale"))])),
      ),
    );
  if (filter.kind) query = query.where("posts.kind", "=", filter.kind);
  const scope = filter.scope;
  if (scope && "topicId" in scope) {
    query = query.where("posts.id", "in", (eb) => eb.selectFrom("post_topics").select("post_id").where("topic_id", "=", scope.topicId));
  } else if (scope && "organisationId" in scope) {
    query = query.where("posts.id", "in", (eb) =>
      eb.selectFrom("post_organisations").select("post_id").where("organisation_id", "=", scope.organisationId),
    );
  } else if (scope && "programmeId" in scope) {
    query = query.where("posts.programme_id", "=", scope.programmeId);
  } else if (scope && "authorProfileId" in scope) {
    query = query.where("posts.author_profile_id", "=", scope.authorProfileId);
  }
  const rows = await query
    .orderBy("posts.published_at", "desc")
    .orderBy("posts.id", "desc")
    .limit(pageSize + 1)
    .offset((page - 1) * pageSize)
    .execute();
  const shown = rows.slice(0, pageSize);
  if (shown.length === 0) return { items: [], page, hasNext: false };
  const ids = shown.map((r) => r.id);
  const coverIds = shown.flatMap((r) => (r.cover_upload_id ? [r.cover_upload_id] : []));
  const [texts, topics, covers] = await Promise.all([
    db
      .selectFrom("post_translations as t")
      .select(["t.post_id as owner", "t.locale", "t.status", "t.title", "t.summary", "t.cover_alt"])
      .where("t.post_id", "in", ids)
      .where(publicTranslation("t", now))
      .execute(),
    db
      .selectFrom("post_topics")
      .innerJoin("topics", "topics.id", "post_topics.topic_id")
      .select(["post_topics.post_id", "topics.slug", "topics.name"])
      .where("post_topics.post_id", "in", ids)
      .orderBy("topics.slug")
      .execute(),
    coverIds.length > 0 ? db.selectFrom("uploads").select(["id", "file_name"]).where("id", "in", coverIds).execute() : [],
  ]);
  const topicChain = fallbackChain(requested, { ...options, sourceLocale: options.defaultLocale });
  const items = shown.flatMap((r): PostSummary[] => {
    const chosen = chooseFor(texts, r.id, requested, options, r.source_locale);
    if (!chosen || !r.published_at) return [];
    const cover = r.cover_upload_id ? covers.find((c) => c.id === r.cover_upload_id) : undefined;
    const sourceAlt = texts.find((t) => t.owner === r.id && t.locale === r.source_locale)?.cover_alt ?? "";
    return [
      {
        id: r.id,
        slug: r.slug,
        kind: r.kind as PostKind,
        publishedAt: r.published_at,
        title: chosen.translation.title,
        summary: chosen.translation.summary,
        locale: chosen.locale,
        isFallback: chosen.isFallback,
        cover: cover
          ? {
              url: uploadUrl(cover.id, cover.file_name),
              alt: chosen.translation.cover_alt || sourceAlt,
              altLocale: chosen.translation.cover_alt ? chosen.locale : (r.source_locale as Locale),
            }
          : null,
        topics: topics
          .filter((t) => t.post_id === r.id)
          .map((t) => ({ slug: t.slug, name: pickText(parseLocalized(t.name), topicChain) || t.slug })),
      },
    ];
  });
  return { items, page, hasNext: rows.length > pageSize };
}

export type TopicWithCounts = Linked & { posts: number; events: number; resources: number };

/** Every topic with how many public posts, published events and published resources it has. */
export async function listTopicsWithCounts(db: Db, requested: Locale, now: Date, options: ReadOptions): Promise<TopicWithCounts[]> {
  const [topics, posts, events, resources] = await Promise.all([
    listTopics(db),
    db
      .selectFrom("post_topics")
      .innerJoin("posts", "posts.id", "post_topics.post_id")
      .select((eb) => ["post_topics.topic_id", eb.fn.countAll<number>().as("n")])
      .where("posts.published_at", "is not", null)
      .where((eb) =>
        eb.exists(
          eb
            .selectFrom("post_translations as t")
            .select("t.post_id")
            .whereRef("t.post_id", "=", "posts.id")
            .where(publicTranslation("t", now)),
        ),
      )
      .groupBy("post_topics.topic_id")
      .execute(),
    db
      .selectFrom("event_topics")
      .innerJoin("events", "events.id", "event_topics.event_id")
      .select((eb) => ["event_topics.topic_id", eb.fn.countAll<number>().as("n")])
      .where("events.is_published", "=", 1)
      .groupBy("event_topics.topic_id")
      .execute(),
    db
      .selectFrom("resource_topics")
      .innerJoin("resources", "resources.id", "resource_topics.resource_id")
      .select((eb) => ["resource_topics.topic_id", eb.fn.countAll<number>().as("n")])
      .where("resources.is_published", "=", 1)
      .groupBy("resource_topics.topic_id")
      .execute(),
  ]);
  const chain = fallbackChain(requested, { ...options, sourceLocale: options.defaultLocale });
  const count = (rows: { topic_id: string; n: number }[], id: string) => Number(rows.find((r) => r.topic_id === id)?.n ?? 0);
  const collator = new Intl.Collator(requested);
  return topics
    .map((t) => ({
      slug: t.slug,
      name: pickText(t.name, chain) || t.slug,
      posts: count(posts, t.id),
      events: count(events, t.id),
      resources: count(resources, t.id),
    }))
    .sort((a, b) => collator.compare(a.name, b.name));
}

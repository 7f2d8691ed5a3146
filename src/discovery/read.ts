import type { Db } from "../db/index.ts";
import { fallbackChain, parseLocalized, pickText, type ReadOptions } from "../i18n/content.ts";
import type { Locale } from "../i18n/locales.ts";
import { publicTranslation } from "../i18n/translations.ts";

/** One entry of a feed: a post public in the feed's language. */
export type FeedPost = {
  slug: string;
  title: string;
  summary: string;
  publishedAt: string;
  updatedAt: string;
  authorName: string | null;
  topics: { slug: string; name: string }[];
};

/**
 * The newest posts public in exactly this language (no fallback: a feed in Russian lists Russian
 * texts), newest first by the date the post was first published, optionally only those of a topic.
 */
export async function listFeedPosts(
  db: Db,
  locale: Locale,
  options: ReadOptions & { topicId?: string | undefined; limit: number },
  now: Date,
): Promise<FeedPost[]> {
  let query = db
    .selectFrom("posts as p")
    .innerJoin("post_translations as t", (join) => join.onRef("t.post_id", "=", "p.id").on("t.locale", "=", locale))
    .leftJoin("profiles as a", "a.id", "p.author_profile_id")
    .select([
      "p.id",
      "p.slug",
      "p.published_at as post_published_at",
      "p.updated_at as post_updated_at",
      "t.title",
      "t.summary",
      "t.published_at",
      "t.updated_at",
      "a.name as author_name",
    ])
    .where(publicTranslation("t", now));
  const { topicId } = options;
  if (topicId) {
    query = query.where((eb) =>
      eb.exists(
        eb.selectFrom("post_topics as pt").select("pt.post_id").whereRef("pt.post_id", "=", "p.id").where("pt.topic_id", "=", topicId),
      ),
    );
  }
  const rows = await query
    .orderBy((eb) => eb.fn.coalesce("p.published_at", "t.published_at"), "desc")
    .orderBy("p.id", "desc")
    .limit(options.limit)
    .execute();
  if (rows.length === 0) return [];
  const topicRows = await db
    .selectFrom("post_topics as pt")
    .innerJoin("topics", "topics.id", "pt.topic_id")
    .select(["pt.post_id", "topics.slug", "topics.name"])
    .where(
      "pt.post_id",
      "in",
      rows.map((r) => r.id),
    )
    .orderBy("topics.slug")
    .execute();
  const chain = fallbackChain(locale, { ...options, sourceLocale: options.defaultLocale });
  return rows.map((r) => ({
    slug: r.slug,
    title: r.title,
    summary: r.summary,
    publishedAt: r.post_published_at ?? r.published_at ?? r.updated_at,
    updatedAt: later(r.post_updated_at, r.updated_at),
    authorName: r.author_name,
    topics: topicRows
      .filter((t) => t.post_id === r.id)
      .map((t) => ({ slug: t.slug, name: pickText(parseLocalized(t.name), chain) || t.slug })),
  }));
}

function later(a: string, b: string): string {
  return a > b ? a : b;
}

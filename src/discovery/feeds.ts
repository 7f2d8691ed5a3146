import { Feed, type Item } from "feed";
import { type Locale, localePath } from "../i18n/locales.ts";
import type { FeedPost } from "./read.ts";

export type FeedFormat = "rss" | "atom";

export const FEED_CONTENT_TYPES: Record<FeedFormat, string> = {
  rss: "application/rss+xml; charset=utf-8",
  atom: "application/atom+xml; charset=utf-8",
};

/** The address of a feed without its locale: "/feed.xml", "/topics/drug-policy/feed.atom". */
export function feedPath(format: FeedFormat, topicSlug?: string): string {
  return `${topicSlug ? `/topics/${topicSlug}` : ""}/feed.${format === "rss" ? "xml" : "atom"}`;
}

/** Plain text made safe inside an element whose content is HTML (RSS description, Atom type="html"). */
function asHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** The feed library writes attribute values almost raw: keep markup characters out of topic names there. */
function asAttribute(text: string): string {
  return text.replace(/[<>"]/g, "");
}

/**
 * RSS 2.0 or Atom 1.0 of posts in one language. Every address is absolute; an item's guid (RSS)
 * and id (Atom) are its page's address. `updated` is the newest change among the items, so the same posts give the
 * same bytes.
 */
export function writeFeed(
  format: FeedFormat,
  input: {
    locale: Locale;
    baseUrl: URL;
    siteName: string;
    title: string;
    description: string;
    /** The page the feed mirrors, without the locale: "/news" or "/topics/<slug>". */
    pagePath: string;
    topicSlug?: string | undefined;
    posts: readonly FeedPost[];
    /** Used as the feed's date when it has no items. */
    now: Date;
  },
): string {
  const absolute = (path: string) => new URL(localePath(input.locale, path), input.baseUrl).href;
  const newest = input.posts.reduce<string | undefined>(
    (max, p) => (max === undefined || p.updatedAt > max ? p.updatedAt : max),
    undefined,
  );
  const feed = new Feed({
    id: absolute(input.pagePath),
    title: input.title,
    // RSS readers take a channel's description, like an item's, as HTML (it carries a topic's name); Atom's subtitle is text.
    description: format === "rss" ? asHtml(input.description) : input.description,
    link: absolute(input.pagePath),
    language: input.locale,
    updated: newest ? new Date(newest) : input.now,
    generator: "Outreach",
    author: { name: input.siteName },
    feedLinks: { [format]: absolute(feedPath(format, input.topicSlug)) },
  });
  for (const post of input.posts) {
    const link = absolute(`/news/${post.slug}`);
    const item: Item = {
      title: format === "atom" ? asHtml(post.title) : post.title,
      link,
      date: new Date(post.updatedAt),
      published: new Date(post.publishedAt),
      category: post.topics.map((t) => ({ name: format === "atom" ? asAttribute(t.name) : t.name, term: t.slug })),
    };
    if (post.summary) item.description = asHtml(post.summary);
    if (post.authorName) item.author = [{ name: post.authorName }];
    feed.addItem(item);
  }
  return format === "rss" ? feed.rss2() : feed.atom1();
}

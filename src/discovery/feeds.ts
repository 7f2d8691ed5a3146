import { XMLBuilder } from "fast-xml-parser";
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

/** Plain text as HTML, for an element whose content is HTML (an RSS description, an Atom summary of type="html"). */
function asHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/**
 * The XML writer escapes every text and attribute value itself (`&`, `<`, `>`, quotes), so a
 * title can hold `]]>`, markup or line breaks and stays one title: nothing is concatenated.
 */
const builder = new XMLBuilder({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  format: true,
  indentBy: "  ",
  suppressEmptyNode: true,
  processEntities: true,
  suppressBooleanAttributes: false,
});

type FeedInput = {
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
};

/**
 * RSS 2.0 or Atom 1.0 of posts in one language. Every address is absolute; an item's guid (RSS)
 * and id (Atom) are its page's address. `updated` is the newest change among the items, so the
 * same posts give the same bytes. An author is a name, so RSS gives it as `dc:creator` (its own
 * `<author>` must be an email address); the Atom feed says its language with `xml:lang`.
 */
export function writeFeed(format: FeedFormat, input: FeedInput): string {
  const absolute = (path: string) => new URL(localePath(input.locale, path), input.baseUrl).href;
  const newest = input.posts.reduce<string | undefined>(
    (max, p) => (max === undefined || p.updatedAt > max ? p.updatedAt : max),
    undefined,
  );
  const updated = newest ? new Date(newest) : input.now;
  const page = absolute(input.pagePath);
  const self = absolute(feedPath(format, input.topicSlug));
  const head = { "?xml": { "@version": "1.0", "@encoding": "utf-8" } };
  if (format === "rss") {
    const channel = {
      title: input.title,
      link: page,
      description: asHtml(input.description),
      language: input.locale,
      lastBuildDate: updated.toUTCString(),
      generator: "Outreach",
      "atom:link": { "@href": self, "@rel": "self", "@type": "application/rss+xml" },
      item: input.posts.map((post) => {
        const link = absolute(`/news/${post.slug}`);
        return {
          title: post.title,
          link,
          guid: { "@isPermaLink": "true", "#text": link },
          pubDate: new Date(post.publishedAt).toUTCString(),
          ...(post.summary ? { description: asHtml(post.summary) } : {}),
          ...(post.authorName ? { "dc:creator": post.authorName } : {}),
          category: post.topics.map((t) => t.name),
        };
      }),
    };
    return builder.build({
      ...head,
      rss: {
        "@version": "2.0",
        "@xmlns:atom": "http://www.w3.org/2005/Atom",
        "@xmlns:dc": "http://purl.org/dc/elements/1.1/",
        channel,
      },
    });
  }
  const feed = {
    "@xmlns": "http://www.w3.org/2005/Atom",
    "@xml:lang": input.locale,
    id: page,
    title: input.title,
    subtitle: input.description,
    updated: updated.toISOString(),
    generator: "Outreach",
    author: { name: input.siteName },
    link: [
      { "@rel": "alternate", "@type": "text/html", "@href": page },
      { "@rel": "self", "@type": "application/atom+xml", "@href": self },
    ],
    entry: input.posts.map((post) => {
      const link = absolute(`/news/${post.slug}`);
      return {
        title: { "@type": "text", "#text": post.title },
        id: link,
        link: { "@rel": "alternate", "@type": "text/html", "@href": link },
        published: new Date(post.publishedAt).toISOString(),
        updated: new Date(post.updatedAt).toISOString(),
        ...(post.summary ? { summary: { "@type": "text", "#text": post.summary } } : {}),
        ...(post.authorName ? { author: { name: post.authorName } } : {}),
        category: post.topics.map((t) => ({ "@term": t.slug, "@label": t.name })),
      };
    }),
  };
  return builder.build({ ...head, feed });
}

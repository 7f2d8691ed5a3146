import { localePath } from "../i18n/locales.ts";
import type { View } from "../web/context.ts";
import { feedPath } from "./feeds.ts";

/**
 * `<link rel="alternate">` tags that let browsers and feed readers find the RSS and Atom feeds of
 * the news in this language, or of one topic. Goes in a page's head: the news list, a topic page.
 */
export function FeedLinks({ v, topicSlug, topicName }: { v: View; topicSlug?: string | undefined; topicName?: string | undefined }) {
  const title = topicSlug
    ? v.t("discovery.feed.topicTitle", { site: v.siteName, topic: topicName ?? topicSlug })
    : v.t("discovery.feed.title", { site: v.siteName });
  return (
    <>
      <link
        rel="alternate"
        type="application/rss+xml"
        title={v.t("discovery.feed.rssLink", { title })}
        href={localePath(v.locale, feedPath("rss", topicSlug))}
      />
      <link
        rel="alternate"
        type="application/atom+xml"
        title={v.t("discovery.feed.atomLink", { title })}
        href={localePath(v.locale, feedPath("atom", topicSlug))}
      />
    </>
  );
}

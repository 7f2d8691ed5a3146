import type { Child } from "hono/jsx";
import { jsonForScript } from "../i18n/formats.ts";
import { LOCALE_INFO, type Locale, localePath } from "../i18n/locales.ts";
import { formatDateTime, type MessageKey } from "../i18n/messages.ts";
import { FallbackNotice } from "../ui/fallback-notice.tsx";
import { langOf } from "../ui/language.ts";
import { PageMeta, SiteLayout } from "../ui/layout.tsx";
import { Pager } from "../ui/pager.tsx";
import { PosterLink } from "../ui/poster-link.tsx";
import type { View } from "../web/context.ts";
import { POST_KINDS, type PostKind } from "./model.ts";
import type { ListPage, PostForReader, PostSummary, TopicWithCounts } from "./read.ts";

/** The public pages of posts: the news list, one post and the list of topics; one post in a list, which hub pages show too. */

export const KIND_KEYS: Record<PostKind, MessageKey> = {
  news: "posts.kind.news",
  blog: "posts.kind.blog",
  statement: "posts.kind.statement",
};

const KIND_LIST_KEYS: Record<PostKind, MessageKey> = {
  news: "posts.list.kind.news",
  blog: "posts.list.kind.blog",
  statement: "posts.list.kind.statement",
};

/** A query string from the parameters that have a value; page 1 is left out. */
export function withParams(path: string, params: Record<string, string | number | undefined>): string {
  const search = new URLSearchParams();
  for (const [k, value] of Object.entries(params)) {
    if (value === undefined || value === "" || (k.toLowerCase().endsWith("page") && value === 1)) continue;
    search.set(k, String(value));
  }
  const text = search.toString();
  return text ? `${path}?${text}` : path;
}

function TopicTags({ v, topics }: { v: View; topics: { slug: string; name: string }[] }) {
  if (topics.length === 0) return null;
  return (
    <ul class="topic-tags" aria-label={v.t("posts.topics")}>
      {topics.map((t) => (
        <li>
          <a href={localePath(v.locale, `/topics/${t.slug}`)}>{t.name}</a>
        </li>
      ))}
    </ul>
  );
}

/** One post in a list: date and kind, title, summary, cover thumbnail and topics. */
export function PostItem({ v, item, level = 2 }: { v: View; item: PostSummary; level?: 2 | 3 }) {
  const Heading = level === 2 ? "h2" : "h3";
  return (
    <li class={item.cover ? "post-item has-cover" : "post-item"}>
      {item.cover ? (
        <img
          class="post-thumb"
          src={item.cover.url}
          alt={item.cover.alt}
          lang={langOf(v, item.cover.altLocale)}
          loading="lazy"
          decoding="async"
        />
      ) : null}
      <div class="post-item-text">
        <p class="meta">
          <span class="post-kind">{v.t(KIND_KEYS[item.kind])}</span>
          {" · "}
          <time datetime={item.publishedAt}>{formatDateTime(v.locale, item.publishedAt, "date")}</time>
        </p>
        <Heading lang={langOf(v, item.locale)}>
          <a href={localePath(v.locale, `/news/${item.slug}`)}>{item.title}</a>
        </Heading>
        {item.summary ? <p lang={langOf(v, item.locale)}>{item.summary}</p> : null}
        {item.isFallback ? <p class="meta">{v.t("content.fallbackShort", { language: LOCALE_INFO[item.locale].name })}</p> : null}
        <TopicTags v={v} topics={item.topics} />
      </div>
    </li>
  );
}

// ---- The news list ----

export function NewsListView({ v, kind, list }: { v: View; kind: PostKind | undefined; list: ListPage<PostSummary> }) {
  const title = kind ? v.t(KIND_LIST_KEYS[kind]) : v.t("posts.list.title");
  const path = "/news";
  const href = (k: PostKind | undefined, page?: number) => localePath(v.locale, withParams(path, { kind: k, page }));
  return (
    <SiteLayout
      v={v}
      title={list.page > 1 ? v.t("posts.list.titlePage", { title, page: list.page }) : title}
      description={v.t("posts.list.description", { site: v.siteName })}
      head={
        <>
          <PageMeta v={v} title={title} description={v.t("posts.list.description", { site: v.siteName })} />
          <link rel="alternate" type="application/rss+xml" href={localePath(v.locale, "/feed.xml")} title={v.t("posts.list.feed")} />
          <link rel="alternate" type="application/atom+xml" href={localePath(v.locale, "/feed.atom")} title={v.t("posts.list.feed")} />
        </>
      }
    >
      <h1>{title}</h1>
      <nav class="tabs" aria-label={v.t("posts.list.kinds")}>
        <a href={href(undefined)} aria-current={kind === undefined ? "page" : undefined}>
          {v.t("posts.list.all")}
        </a>
        {POST_KINDS.map((k) => (
          <a href={href(k)} aria-current={kind === k ? "page" : undefined}>
            {v.t(KIND_LIST_KEYS[k])}
          </a>
        ))}
      </nav>
      {list.items.length === 0 ? (
        <p>{v.t("posts.list.none")}</p>
      ) : (
        <ol class="post-list">
          {list.items.map((item) => (
            <PostItem v={v} item={item} />
          ))}
        </ol>
      )}
      <Pager v={v} page={list.page} hasNext={list.hasNext} href={(page) => href(kind, page)} label={v.t("site.pager.label")} />
      <p class="feed">
        <a href={localePath(v.locale, "/feed.xml")}>{v.t("posts.list.feed")}</a>
      </p>
    </SiteLayout>
  );
}

// ---- One post ----

function postJsonLd(read: PostForReader, v: View): object {
  const url = new URL(localePath(v.locale, `/news/${read.post.slug}`), v.baseUrl).href;
  return {
    "@context": "https://schema.org",
    "@type": read.post.kind === "blog" ? "BlogPosting" : "NewsArticle",
    headline: read.title,
    description: read.summary || undefined,
    datePublished: read.publishedAt,
    dateModified: read.post.updatedAt,
    inLanguage: read.locale,
    url,
    mainEntityOfPage: url,
    image: read.cover ? new URL(read.cover.url, v.baseUrl).href : undefined,
    author: read.author
      ? { "@type": "Person", name: read.author.name, url: new URL(localePath(v.locale, `/people/${read.author.slug}`), v.baseUrl).href }
      : { "@type": "Organization", name: v.siteName },
    publisher: { "@type": "Organization", name: v.siteName },
    about: read.topics.map((t) => t.name),
  };
}

function LinkList({ v, items, path }: { v: View; items: { slug: string; name: string; locale?: Locale }[]; path: string }) {
  return (
    <ul>
      {items.map((i) => (
        <li lang={i.locale ? langOf(v, i.locale) : undefined}>
          <a href={localePath(v.locale, `${path}/${i.slug}`)}>{i.name}</a>
        </li>
      ))}
    </ul>
  );
}

export function PostView({ v, read, comments }: { v: View; read: PostForReader; comments?: Child }) {
  const { post } = read;
  const hasRelated =
    read.topics.length + read.organisations.length + read.events.length + read.resources.length > 0 || read.programme !== null;
  return (
    <SiteLayout
      v={v}
      title={read.title}
      description={read.summary}
      head={
        <>
          <PageMeta
            v={v}
            title={read.title}
            description={read.summary}
            type="article"
            image={read.cover?.url}
            imageAlt={read.cover?.alt}
            publishedAt={read.publishedAt}
          />
          <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonForScript(postJsonLd(read, v)) }} />
        </>
      }
    >
      <article class="post" lang={read.isTransliterated ? v.locale : read.locale} dir={LOCALE_INFO[read.locale].dir}>
        <FallbackNotice v={v} shownIn={read.locale} isOutdated={read.isOutdated} isTransliterated={read.isTransliterated} />
        <p class="eyebrow">
          <a href={localePath(v.locale, withParams("/news", { kind: post.kind }))}>{v.t(KIND_KEYS[post.kind])}</a>
        </p>
        <h1>{read.title}</h1>
        <p class="meta">
          <time datetime={read.publishedAt}>{formatDateTime(v.locale, read.publishedAt, "date")}</time>
          {read.author ? (
            <>
              {" · "}
              {v.t("posts.post.by")} <a href={localePath(v.locale, `/people/${read.author.slug}`)}>{read.author.name}</a>
            </>
          ) : null}
        </p>
        {read.summary ? <p class="lead">{read.summary}</p> : null}
        {read.cover ? (
          <figure class="post-cover">
            <img
              src={read.cover.url}
              alt={read.cover.alt}
              lang={read.cover.altLocale === read.locale ? undefined : read.cover.altLocale}
              decoding="async"
            />
          </figure>
        ) : null}
        <div class="prose" dangerouslySetInnerHTML={{ __html: read.bodyHtml }} />
        <PosterLink v={v} path={`/news/${post.slug}`} />
      </article>
      {hasRelated ? (
        <aside class="post-related" aria-labelledby="related-title">
          <h2 id="related-title">{v.t("posts.post.related")}</h2>
          {read.topics.length > 0 ? (
            <>
              <h3>{v.t("posts.post.relatedIssues")}</h3>
              <TopicTags v={v} topics={read.topics} />
            </>
          ) : null}
          {read.programme ? (
            <>
              <h3>{v.t("posts.post.programme")}</h3>
              <p>
                <a href={localePath(v.locale, `/programmes/${read.programme.slug}`)}>{read.programme.name}</a>
              </p>
            </>
          ) : null}
          {read.organisations.length > 0 ? (
            <>
              <h3>{v.t("posts.post.organisations")}</h3>
              <LinkList v={v} items={read.organisations} path="/organisations" />
            </>
          ) : null}
          {read.events.length > 0 ? (
            <>
              <h3>{v.t("posts.post.events")}</h3>
              <LinkList v={v} items={read.events} path="/events" />
            </>
          ) : null}
          {read.resources.length > 0 ? (
            <>
              <h3>{v.t("posts.post.resources")}</h3>
              <LinkList v={v} items={read.resources} path="/library" />
            </>
          ) : null}
        </aside>
      ) : null}
      {/* Comments on this language version of the post (src/comments). */}
      {comments ?? null}
    </SiteLayout>
  );
}

// ---- Topics ----

export function TopicsView({ v, topics }: { v: View; topics: TopicWithCounts[] }) {
  const listed = topics.filter((t) => t.posts + t.events + t.resources > 0);
  return (
    <SiteLayout v={v} title={v.t("posts.topics.title")} head={<PageMeta v={v} title={v.t("posts.topics.title")} />}>
      <h1>{v.t("posts.topics.title")}</h1>
      {listed.length === 0 ? (
        <p>{v.t("posts.topics.none")}</p>
      ) : (
        <ul class="topic-index">
          {listed.map((t) => (
            <li>
              <a href={localePath(v.locale, `/topics/${t.slug}`)}>{t.name}</a>{" "}
              <span class="meta">{v.t("posts.topics.counts", { posts: t.posts, events: t.events, resources: t.resources })}</span>
            </li>
          ))}
        </ul>
      )}
    </SiteLayout>
  );
}

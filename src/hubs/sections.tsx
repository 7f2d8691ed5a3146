import type { Child } from "hono/jsx";
import { EventItem, type EventPage, type EventSummary } from "../events/index.ts";

import { localePath } from "../i18n/locales.ts";
import { type LibraryPage, ResourceItem } from "../library/index.ts";

import { type ListPage, PostItem, type PostSummary, withParams } from "../posts/index.ts";

import { FallbackNotice } from "../ui/fallback-notice.tsx";
import { Pager } from "../ui/pager.tsx";
import type { View } from "../web/context.ts";
import type { Linked, TextOrigin } from "./read.ts";

/** The pieces hub pages share: the list of events, of posts and of resources, each with its own pager, and the fallback note. */

/** The address of a hub page with the page of each list. */
export function hubHref(v: View, path: string, pages: { page?: number; newsPage?: number; libraryPage?: number }): string {
  return localePath(v.locale, withParams(path, pages));
}

/** The posts and resources sections of a hub page, with pagers that keep the other lists where they are. */
export function LinkedSections({ v, path, events, linked }: { v: View; path: string; events: EventPage<EventSummary>; linked: Linked }) {
  const pages = { page: events.page, newsPage: linked.posts.page, libraryPage: linked.resources?.page };
  return (
    <>
      <PostSection v={v} list={linked.posts} href={(newsPage) => hubHref(v, path, { ...pages, newsPage })} />
      {linked.resources ? (
        <ResourceSection v={v} list={linked.resources} href={(libraryPage) => hubHref(v, path, { ...pages, libraryPage })} />
      ) : null}
    </>
  );
}

/** Whether a hub lists nothing at all: no events, posts or resources on this page. */
export function isHubEmpty(events: EventPage<EventSummary>, linked: Linked): boolean {
  return events.items.length === 0 && linked.posts.items.length === 0 && (linked.resources?.items.length ?? 0) === 0;
}

export function ScopedEvents({
  v,
  list,
  href,
  extra,
  isQuiet,
}: {
  v: View;
  list: EventPage<EventSummary>;
  href: (page: number) => string;
  extra?: (item: EventSummary) => Child;
  /** Leave out the line saying there are no events, when the page lists other things. */
  isQuiet?: boolean;
}) {
  const upcoming = list.items.filter((i) => i.isUpcoming);
  const past = list.items.filter((i) => !i.isUpcoming);
  return (
    <>
      {list.items.length === 0 && !isQuiet ? <p>{v.t("site.list.noneHere")}</p> : null}
      {upcoming.length > 0 ? (
        <section aria-labelledby="upcoming-title">
          <h2 id="upcoming-title">{v.t("site.list.upcoming")}</h2>
          <ol class="event-list">
            {upcoming.map((item) => (
              <EventItem v={v} item={item} level={3} extra={extra?.(item)} />
            ))}
          </ol>
        </section>
      ) : null}
      {past.length > 0 ? (
        <section aria-labelledby="past-title">
          <h2 id="past-title">{v.t("site.list.past")}</h2>
          <ol class="event-list">
            {past.map((item) => (
              <EventItem v={v} item={item} level={3} extra={extra?.(item)} />
            ))}
          </ol>
        </section>
      ) : null}
      <Pager v={v} page={list.page} hasNext={list.hasNext} href={href} />
    </>
  );
}

/** "Not yet in your language" (or "automatically transliterated") above a hub page's own texts. */
export function HubNotice({ v, origin }: { v: View; origin: TextOrigin | undefined }) {
  if (!origin?.shownIn) return null;
  return <FallbackNotice v={v} shownIn={origin.shownIn} isOutdated={false} isTransliterated={origin.isTransliterated} />;
}

/** A section of posts on a hub page, with its own pager. */
export function PostSection({
  v,
  list,
  href,
  title = v.t("posts.hub.posts"),
}: {
  v: View;
  list: ListPage<PostSummary>;
  href: (page: number) => string;
  title?: string;
}) {
  if (list.items.length === 0 && list.page === 1) return null;
  return (
    <section aria-labelledby="posts-title">
      <h2 id="posts-title">{title}</h2>
      <ol class="post-list">
        {list.items.map((item) => (
          <PostItem v={v} item={item} level={3} />
        ))}
      </ol>
      <Pager v={v} page={list.page} hasNext={list.hasNext} href={href} label={v.t("posts.hub.postsPages")} />
    </section>
  );
}

/** A section of resources on a hub page, with its own pager. */
export function ResourceSection({ v, list, href }: { v: View; list: LibraryPage; href: (page: number) => string }) {
  if (list.items.length === 0 && list.page === 1) return null;
  return (
    <section aria-labelledby="resources-title">
      <h2 id="resources-title">{v.t("posts.hub.resources")}</h2>
      <ul class="resource-list">
        {list.items.map((item) => (
          <ResourceItem v={v} item={item} level={3} />
        ))}
      </ul>
      <Pager v={v} page={list.page} hasNext={list.hasNext} href={href} label={v.t("posts.hub.resourcesPages")} />
    </section>
  );
}

/** Says so when a hub has nothing to list at all. */
export function EmptyHub({ v, isEmpty }: { v: View; isEmpty: boolean }) {
  return isEmpty ? <p>{v.t("posts.hub.empty")}</p> : null;
}

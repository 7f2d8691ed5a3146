import { countryName } from "../i18n/formats.ts";
import { localePath } from "../i18n/locales.ts";
import type { MessageKey } from "../i18n/messages.ts";
import { PageMeta, SiteLayout } from "../ui/layout.tsx";
import { query } from "../ui/pager.tsx";
import type { View } from "../web/context.ts";
import type { OrganisationHub, PersonHub, ProgrammeHub, SeriesHub, TopicHub } from "./read.ts";
import { EmptyHub, HubNotice, hubHref, isHubEmpty, LinkedSections, PostSection, ResourceSection, ScopedEvents } from "./sections.tsx";

/**
 * The pages of series, programmes, organisations, people and topics: each lists its events, and
 * (but series) its posts and resources, every list with its own pager: `page` for events,
 * `newsPage` for posts, `libraryPage` for resources.
 */

export function SeriesView({ v, series, programme, list }: { v: View } & SeriesHub) {
  return (
    <SiteLayout
      v={v}
      title={series.title}
      description={series.description}
      head={<PageMeta v={v} title={series.title} description={series.description} />}
    >
      <p class="eyebrow">{v.t("site.series.label")}</p>
      <HubNotice v={v} origin={series.origin} />
      <h1>{series.title}</h1>
      {programme ? (
        <p class="meta">
          {v.t("site.event.programme")}: <a href={localePath(v.locale, `/programmes/${programme.slug}`)}>{programme.title}</a>
        </p>
      ) : null}
      {series.description ? <p class="lead prose">{series.description}</p> : null}
      <ScopedEvents v={v} list={list} href={(page) => localePath(v.locale, `/series/${series.slug}${query({ page })}`)} />
    </SiteLayout>
  );
}

export function ProgrammeView({ v, programme, series, list, linked }: { v: View } & ProgrammeHub) {
  const path = `/programmes/${programme.slug}`;
  const quiet = linked.posts.items.length > 0 || (linked.resources?.items.length ?? 0) > 0;
  return (
    <SiteLayout
      v={v}
      title={programme.title}
      description={programme.description}
      head={<PageMeta v={v} title={programme.title} description={programme.description} />}
    >
      <p class="eyebrow">{v.t("site.programme.label")}</p>
      <HubNotice v={v} origin={programme.origin} />
      <h1>{programme.title}</h1>
      {programme.description ? <p class="lead prose">{programme.description}</p> : null}
      {series.length > 0 ? (
        <section aria-labelledby="series-title">
          <h2 id="series-title">{v.t("site.programme.series")}</h2>
          <ul>
            {series.map((s) => (
              <li>
                <a href={localePath(v.locale, `/series/${s.slug}`)}>{s.title}</a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <ScopedEvents
        v={v}
        list={list}
        isQuiet={quiet}
        href={(page) => hubHref(v, path, { page, newsPage: linked.posts.page, libraryPage: linked.resources?.page })}
      />
      <LinkedSections v={v} path={path} events={list} linked={linked} />
    </SiteLayout>
  );
}

export function OrganisationView({ v, organisation, list, roles, linked }: { v: View } & OrganisationHub) {
  const path = `/organisations/${organisation.slug}`;
  const quiet = linked.posts.items.length > 0 || (linked.resources?.items.length ?? 0) > 0;
  return (
    <SiteLayout
      v={v}
      title={organisation.name}
      description={organisation.description}
      head={<PageMeta v={v} title={organisation.name} description={organisation.description} />}
    >
      <p class="eyebrow">{v.t("site.organisation.label")}</p>
      <HubNotice v={v} origin={organisation.origin} />
      <h1>
        {organisation.name}
        {organisation.shortName && organisation.shortName !== organisation.name ? (
          <span class="short"> ({organisation.shortName})</span>
        ) : null}
      </h1>
      {organisation.country || organisation.website ? (
        <p class="meta">
          {organisation.country ? countryName(v.locale, organisation.country) : null}
          {organisation.country && organisation.website ? " · " : null}
          {organisation.website ? (
            <a href={organisation.website} rel="noopener nofollow">
              {organisation.website.replace(/^https?:\/\/(www\.)?/, "").replace(/\/$/, "")}
            </a>
          ) : null}
        </p>
      ) : null}
      {organisation.description ? <p class="lead prose">{organisation.description}</p> : null}
      <ScopedEvents
        v={v}
        list={list}
        isQuiet={quiet}
        href={(page) => hubHref(v, path, { page, newsPage: linked.posts.page, libraryPage: linked.resources?.page })}
        extra={(item) => {
          const role = roles.get(item.id);
          return role ? <p class="meta">{v.t("site.organisation.role", { role: v.t(`events.orgRole.${role}` as MessageKey) })}</p> : null;
        }}
      />
      <LinkedSections v={v} path={path} events={list} linked={linked} />
    </SiteLayout>
  );
}

export function PersonView({ v, person, list, sessions, linked }: { v: View } & PersonHub) {
  const path = `/people/${person.slug}`;
  const quiet = linked.posts.items.length > 0;
  return (
    <SiteLayout
      v={v}
      title={person.name}
      description={person.position}
      head={<PageMeta v={v} title={person.name} description={person.position} />}
    >
      <p class="eyebrow">{list.items.length === 0 && quiet ? v.t("posts.hub.author") : v.t("site.person.label")}</p>
      <HubNotice v={v} origin={person.origin} />
      <h1>{person.name}</h1>
      {person.position || person.organisation ? (
        <p class="lead">
          {person.position}
          {person.position && person.organisation ? ", " : null}
          {person.organisation ? (
            <a href={localePath(v.locale, `/organisations/${person.organisation.slug}`)}>{person.organisation.name}</a>
          ) : null}
        </p>
      ) : null}
      {person.bio ? <p class="prose bio">{person.bio}</p> : null}
      <ScopedEvents
        v={v}
        list={list}
        isQuiet={quiet}
        href={(page) => hubHref(v, path, { page, newsPage: linked.posts.page })}
        extra={(item) => {
          const own = sessions.get(item.id) ?? [];
          return own.length > 0 ? (
            <ul class="own-sessions">
              {own.map((s) => (
                <li>
                  {s.title || v.t(`events.session.${s.kind}` as MessageKey)}{" "}
                  <span class="meta">({v.t(`events.role.${s.role}` as MessageKey)})</span>
                </li>
              ))}
            </ul>
          ) : null;
        }}
      />
      <PostSection
        v={v}
        list={linked.posts}
        title={v.t("posts.hub.authored")}
        href={(newsPage) => hubHref(v, path, { page: list.page, newsPage })}
      />
    </SiteLayout>
  );
}

/** A topic ("related issue"): its posts first, then its events and resources. */
export function TopicView({ v, topic, list, linked }: { v: View } & TopicHub) {
  const path = `/topics/${topic.slug}`;
  const pages = { page: list.page, newsPage: linked.posts.page, libraryPage: linked.resources?.page };
  const description = v.t("posts.topic.description", { topic: topic.name });
  return (
    <SiteLayout
      v={v}
      title={topic.name}
      description={description}
      head={
        <>
          <PageMeta v={v} title={topic.name} description={description} />
          <link
            rel="alternate"
            type="application/rss+xml"
            href={localePath(v.locale, `${path}/feed.xml`)}
            title={v.t("posts.topic.feed", { topic: topic.name })}
          />
          <link
            rel="alternate"
            type="application/atom+xml"
            href={localePath(v.locale, `${path}/feed.atom`)}
            title={v.t("posts.topic.feed", { topic: topic.name })}
          />
        </>
      }
    >
      <p class="eyebrow">
        <a href={localePath(v.locale, "/topics")}>{v.t("posts.topic.label")}</a>
      </p>
      <h1>{topic.name}</h1>
      <EmptyHub v={v} isEmpty={isHubEmpty(list, linked)} />
      <PostSection v={v} list={linked.posts} href={(newsPage) => hubHref(v, path, { ...pages, newsPage })} />
      <ScopedEvents v={v} list={list} isQuiet href={(page) => hubHref(v, path, { ...pages, page })} />
      {linked.resources ? (
        <ResourceSection v={v} list={linked.resources} href={(libraryPage) => hubHref(v, path, { ...pages, libraryPage })} />
      ) : null}
      <p class="feed">
        <a href={localePath(v.locale, `${path}/feed.xml`)}>{v.t("posts.topic.feed", { topic: topic.name })}</a>
      </p>
    </SiteLayout>
  );
}

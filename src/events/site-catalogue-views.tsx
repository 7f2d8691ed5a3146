import type { Child } from "hono/jsx";
import { localePath } from "../i18n/locales.ts";
import type { MessageKey } from "../i18n/messages.ts";
import { LanguageAlternates, SiteLayout } from "../ui/layout.tsx";
import type { View } from "../web/context.ts";
import type { EventPage, EventSummary } from "./read.ts";
import { countryName } from "./site-format.ts";
import { EventItem, Pager, query } from "./site-views.tsx";

/** The pages of series, programmes, organisations and speakers, each with its events. */

function ScopedEvents({
  v,
  list,
  href,
  extra,
}: {
  v: View;
  list: EventPage<EventSummary>;
  href: (page: number) => string;
  extra?: (item: EventSummary) => Child;
}) {
  const upcoming = list.items.filter((i) => i.isUpcoming);
  const past = list.items.filter((i) => !i.isUpcoming);
  return (
    <>
      {list.items.length === 0 ? <p>{v.t("site.list.noneHere")}</p> : null}
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

type Described = { title: string; description: string };

export function SeriesView({
  v,
  series,
  programme,
  list,
}: {
  v: View;
  series: Described & { slug: string };
  programme: { slug: string; title: string } | null;
  list: EventPage<EventSummary>;
}) {
  return (
    <SiteLayout v={v} title={series.title} description={series.description} head={<LanguageAlternates v={v} />}>
      <p class="eyebrow">{v.t("site.series.label")}</p>
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

export function ProgrammeView({
  v,
  programme,
  series,
  list,
}: {
  v: View;
  programme: Described & { slug: string };
  series: { slug: string; title: string }[];
  list: EventPage<EventSummary>;
}) {
  return (
    <SiteLayout v={v} title={programme.title} description={programme.description} head={<LanguageAlternates v={v} />}>
      <p class="eyebrow">{v.t("site.programme.label")}</p>
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
      <ScopedEvents v={v} list={list} href={(page) => localePath(v.locale, `/programmes/${programme.slug}${query({ page })}`)} />
    </SiteLayout>
  );
}

export function OrganisationView({
  v,
  organisation,
  list,
  roles,
}: {
  v: View;
  organisation: { slug: string; name: string; shortName: string; country: string | null; website: string | null; description: string };
  list: EventPage<EventSummary>;
  roles: Map<string, string>;
}) {
  return (
    <SiteLayout v={v} title={organisation.name} description={organisation.description} head={<LanguageAlternates v={v} />}>
      <p class="eyebrow">{v.t("site.organisation.label")}</p>
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
        href={(page) => localePath(v.locale, `/organisations/${organisation.slug}${query({ page })}`)}
        extra={(item) => {
          const role = roles.get(item.id);
          return role ? <p class="meta">{v.t("site.organisation.role", { role: v.t(`events.orgRole.${role}` as MessageKey) })}</p> : null;
        }}
      />
    </SiteLayout>
  );
}

export function PersonView({
  v,
  person,
  list,
  sessions,
}: {
  v: View;
  person: { slug: string; name: string; position: string; bio: string; organisation: { slug: string; name: string } | null };
  list: EventPage<EventSummary>;
  sessions: Map<string, { title: string; role: string; kind: string }[]>;
}) {
  return (
    <SiteLayout v={v} title={person.name} description={person.position} head={<LanguageAlternates v={v} />}>
      <p class="eyebrow">{v.t("site.person.label")}</p>
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
        href={(page) => localePath(v.locale, `/people/${person.slug}${query({ page })}`)}
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
    </SiteLayout>
  );
}

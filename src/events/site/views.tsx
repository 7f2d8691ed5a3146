import type { Child } from "hono/jsx";
import { countryName, dateRange, fileSize, languageName, zoneOptionsHtml } from "../../i18n/formats.ts";
import { LOCALE_INFO, localePath } from "../../i18n/locales.ts";
import type { MessageKey } from "../../i18n/messages.ts";
import { FilterSelect } from "../../ui/forms.tsx";
import { langOf } from "../../ui/language.ts";
import { PageMeta, SiteLayout } from "../../ui/layout.tsx";
import { Pager, query } from "../../ui/pager.tsx";
import type { View } from "../../web/context.ts";
import { EVENT_KINDS, type Occurrence } from "../model.ts";
import type { EventFilter, EventPage, EventSummary, FilterChoices } from "../read.ts";
import type { EventForReader } from "../read-event.ts";
import { occurrenceTime } from "./format.ts";

/** Pieces of the public event pages, and the events list with its filters. */

export const kindLabel = (v: View, kind: string) => v.t(`events.kind.${kind}` as MessageKey);

export function placeText(v: View, item: { isOnline: boolean; city: string; country: string | null }): string {
  if (item.isOnline) return v.t("events.online");
  return [item.city, item.country ? countryName(v.locale, item.country) : ""].filter((p) => p).join(", ");
}

// ---- Pieces ----

/** An occurrence's time in the event's zone, with the chosen zone beside it; app.js adds the browser's own. */
export function OccurrenceWhen({ v, occurrence, zone, tz }: { v: View; occurrence: Occurrence; zone: string; tz: string | undefined }) {
  const zones = [zone, tz].filter((z) => z).join(" ");
  return (
    <>
      <p class="when">
        <time
          datetime={occurrence.startsAt}
          data-ends={occurrence.endsAt}
          data-zones={zones}
          data-local={v.t("site.time.yours", { time: "%s" })}
        >
          {occurrenceTime(v.locale, occurrence, zone)}
        </time>
      </p>
      {tz && tz !== zone ? <p class="when-reader">{v.t("site.time.chosen", { time: occurrenceTime(v.locale, occurrence, tz) })}</p> : null}
    </>
  );
}

/** A GET form to choose the zone times are also shown in; works without JavaScript. */
export function ZoneForm({
  v,
  action,
  tz,
  keep,
  eventZone,
}: {
  v: View;
  action: string;
  tz: string | undefined;
  keep?: Record<string, string>;
  eventZone?: string;
}) {
  return (
    <form method="get" action={action} class="zone-form" data-zone-form={tz ? undefined : ""}>
      {Object.entries(keep ?? {}).map(([name, value]) => (
        <input type="hidden" name={name} value={value} />
      ))}
      <label for="tz">{v.t("site.time.zoneLabel")}</label>
      <div class="zone-row">
        <select
          id="tz"
          name="tz"
          dangerouslySetInnerHTML={{ __html: zoneOptionsHtml(v.locale, tz, v.t("site.time.zoneChoose"), eventZone) }}
        />
        <button type="submit" class="secondary">
          {v.t("site.time.zoneSubmit")}
        </button>
      </div>
    </form>
  );
}

/** One event in a list. */
export function EventItem({ v, item, level = 2, extra }: { v: View; item: EventSummary; level?: 2 | 3; extra?: Child }) {
  const Heading = level === 2 ? "h2" : "h3";
  return (
    <li class="event-item">
      <p class="event-date">
        <time datetime={item.startsAt}>{dateRange(v.locale, item.startsAt, item.endsAt, item.timeZone)}</time>
      </p>
      <Heading lang={langOf(v, item.locale)}>
        <a href={localePath(v.locale, `/events/${item.slug}`)}>{item.title}</a>
      </Heading>
      <p class="meta">
        {kindLabel(v, item.kind)} · {placeText(v, item)}
      </p>
      {item.summary ? <p lang={langOf(v, item.locale)}>{item.summary}</p> : null}
      {item.isFallback ? <p class="meta">{v.t("content.fallbackShort", { language: LOCALE_INFO[item.locale].name })}</p> : null}
      {extra}
    </li>
  );
}

/** Events of a series, programme, organisation or speaker, upcoming ones first under their own heading. */
function fileLabel(name: string): string {
  const ext = /\.([A-Za-z0-9]{1,5})$/.exec(name)?.[1];
  return ext ? ext.toUpperCase() : "";
}

/** Materials with a link per language they are available in. */
export function MaterialList({
  v,
  materials,
  href,
}: {
  v: View;
  materials: EventForReader["materials"];
  href: (fileId: string) => string;
}) {
  return (
    <ul class="materials">
      {materials.map((m) => (
        <li>
          <span class="material-title">{m.title || m.files[0]?.fileName}</span>
          <span class="meta"> {v.t("site.materials.availableIn")} </span>
          <span class="badges">
            {m.files.map((f) => (
              <a class="badge" href={href(f.id)} hreflang={f.locale} download={f.fileName}>
                {languageName(v.locale, f.locale)}
                <span class="visually-hidden">
                  {" "}
                  — {m.title}, {[fileLabel(f.fileName), fileSize(v.locale, f.size)].filter((p) => p).join(", ")}
                </span>
              </a>
            ))}
          </span>
        </li>
      ))}
    </ul>
  );
}

// ---- The list ----

export function EventListView({
  v,
  filter,
  list,
  choices,
}: {
  v: View;
  filter: EventFilter;
  list: EventPage<EventSummary>;
  choices: FilterChoices;
}) {
  const base = localePath(v.locale, "/events");
  const filters = { kind: filter.kind, topic: filter.topic, country: filter.country, language: filter.language, mode: filter.mode };
  const isFiltered = Object.values(filters).some((f) => f);
  const when = filter.when === "past" ? "past" : undefined;
  const title = filter.when === "past" ? v.t("site.list.pastTitle") : v.t("site.list.upcomingTitle");
  const feed = localePath(v.locale, "/events.ics");
  const countries = choices.countries
    .map((code) => ({ code, name: countryName(v.locale, code) }))
    .sort((a, b) => a.name.localeCompare(b.name, v.locale));
  return (
    <SiteLayout
      v={v}
      title={title}
      description={v.t("site.list.description")}
      head={
        <>
          <PageMeta v={v} title={title} description={v.t("site.list.description")} />
          <link rel="alternate" type="text/calendar" href={feed} title={v.t("site.list.feed")} />
        </>
      }
    >
      <h1>{title}</h1>
      <nav class="tabs" aria-label={v.t("site.list.whenLabel")}>
        <a href={`${base}${query(filters)}`} aria-current={when ? undefined : "page"}>
          {v.t("site.list.upcoming")}
        </a>
        <a href={`${base}${query({ when: "past", ...filters })}`} aria-current={when ? "page" : undefined}>
          {v.t("site.list.past")}
        </a>
      </nav>
      <form method="get" action={base} class="event-filters" aria-label={v.t("site.filter.label")}>
        {when ? <input type="hidden" name="when" value={when} /> : null}
        <div class="event-filter-grid">
          <FilterSelect
            id="kind"
            label={v.t("site.filter.kind")}
            anyLabel={v.t("site.filter.anyKind")}
            options={EVENT_KINDS.map((k) => ({ value: k, label: kindLabel(v, k) }))}
            selected={filter.kind}
          />
          {choices.topics.length > 0 ? (
            <FilterSelect
              id="topic"
              label={v.t("site.filter.topic")}
              anyLabel={v.t("site.filter.anyTopic")}
              options={choices.topics.map((t) => ({ value: t.slug, label: t.name }))}
              selected={filter.topic}
            />
          ) : null}
          <FilterSelect
            id="country"
            label={v.t("site.filter.country")}
            anyLabel={v.t("site.filter.anyCountry")}
            options={countries.map((c) => ({ value: c.code, label: c.name }))}
            selected={filter.country}
          />
          <FilterSelect
            id="language"
            label={v.t("site.filter.language")}
            anyLabel={v.t("site.filter.anyLanguage")}
            options={choices.languages.map((code) => ({ value: code, label: languageName(v.locale, code) }))}
            selected={filter.language}
          />
          <FilterSelect
            id="mode"
            label={v.t("site.filter.mode")}
            anyLabel={v.t("site.filter.anyMode")}
            options={[
              { value: "online", label: v.t("site.filter.online") },
              { value: "in-person", label: v.t("site.filter.inPerson") },
            ]}
            selected={filter.mode}
          />
        </div>
        <p class="event-filter-actions">
          <button type="submit">{v.t("site.filter.submit")}</button>
          {isFiltered ? <a href={`${base}${query({ when })}`}>{v.t("site.filter.clear")}</a> : null}
        </p>
      </form>
      {list.items.length === 0 ? (
        <p class="empty">{isFiltered ? v.t("site.list.noneFiltered") : v.t("site.list.none")}</p>
      ) : (
        <ol class="event-list">
          {list.items.map((item) => (
            <EventItem v={v} item={item} />
          ))}
        </ol>
      )}
      <Pager v={v} page={list.page} hasNext={list.hasNext} href={(page) => `${base}${query({ when, ...filters, page })}`} />
      <p class="feed">
        <a href={feed}>{v.t("site.list.feed")}</a> <span class="meta">{v.t("site.list.feedHint")}</span>
      </p>
    </SiteLayout>
  );
}

import type { Child } from "hono/jsx";
import { LOCALE_INFO, type Locale, localePath } from "../../i18n/locales.ts";
import { formatDateTime, type MessageKey } from "../../i18n/messages.ts";
import { AdminLayout } from "../../ui/layout.tsx";
import { Pager } from "../../ui/pager.tsx";
import { LanguageCells, LanguageHeaders, StatusBadge } from "../../ui/translation-editor.tsx";
import type { View } from "../../web/context.ts";
import type { FormBody } from "../../web/forms.ts";
import type { Event } from "../model.ts";
import type { EventOverview } from "./read.ts";

/** The organiser's admin: the list of events, a new event, its settings and the translation of its texts. */

// ---- Shared pieces ----

/** How many numbered rows (`org_0`, `org_1`, …) hold a value: one past the last filled one. */
export function filledRows(values: FormBody, prefix: string): number {
  let count = 0;
  for (const [key, value] of Object.entries(values)) {
    const match = new RegExp(`^${prefix}_(\\d+)$`).exec(key);
    if (match && (Array.isArray(value) ? value.some((x) => x !== "") : value !== "")) count = Math.max(count, Number(match[1]) + 1);
  }
  return count;
}

export type EventHead = { event: Event; title: string };

/** The tabs of an event; registrations and materials are pages of another area that show the same tabs. */
export type Tab = "settings" | "texts" | "agenda" | "occurrences" | "form" | "registrations" | "materials";

/** The tabs of one event; pages of other areas (registrations, materials) are linked, not built here. */
export function EventTabs({ v, event, current }: { v: View; event: Event; current: Tab | undefined }) {
  const base = `/admin/events/${event.id}`;
  const tabs: { key: Tab | "view"; href: string; label: MessageKey }[] = [
    { key: "settings", href: base, label: "eventsAdmin.tabs.settings" },
    { key: "texts", href: `${base}/text/${LOCALE_INFO[event.sourceLocale].segment}`, label: "eventsAdmin.tabs.texts" },
    { key: "agenda", href: `${base}/agenda`, label: "eventsAdmin.tabs.agenda" },
    { key: "occurrences", href: `${base}/occurrences`, label: "eventsAdmin.tabs.occurrences" },
    { key: "form", href: `${base}/form`, label: "eventsAdmin.tabs.form" },
    { key: "registrations", href: `${base}/registrations`, label: "eventsAdmin.tabs.registrations" },
    { key: "materials", href: `${base}/materials`, label: "eventsAdmin.tabs.materials" },
    { key: "view", href: localePath(v.locale, `/events/${event.slug}`), label: "eventsAdmin.tabs.view" },
  ];
  return (
    <nav class="event-tabs" aria-label={v.t("eventsAdmin.tabs.label")}>
      <ul>
        {tabs.map((tab) => (
          <li>
            <a href={tab.href} aria-current={tab.key === current ? "page" : undefined}>
              {v.t(tab.label)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/**
 * The frame of every page about one event: its title as the main heading, what the page is, and
 * the tabs for those who manage the event (a translator sees only the way back to the list).
 */
export function EventPage({
  v,
  head,
  section,
  current,
  canManage,
  children,
}: {
  v: View;
  head: EventHead;
  section: string;
  current: Tab | undefined;
  canManage: boolean;
  children: Child;
}) {
  const { event } = head;
  return (
    <AdminLayout v={v} title={`${section} · ${head.title}`}>
      <p class="event-overline">
        <a href="/admin/events">{v.t("eventsAdmin.list.title")}</a>
        {" › "}
        {v.t(`events.kind.${event.kind}`)}
        {" · "}
        {event.isPublished ? v.t("eventsAdmin.published") : v.t("eventsAdmin.unpublished")}
      </p>
      <h1>
        <span lang={event.sourceLocale}>{head.title}</span>
        <span class="visually-hidden">{" — "}</span>
        <small class="event-section">{section}</small>
      </h1>
      {canManage ? <EventTabs v={v} event={event} current={current} /> : null}
      {children}
    </AdminLayout>
  );
}

// ---- List ----

export function EventListView({
  v,
  events,
  page,
  hasMore,
  canCreate,
  canManage,
  editable,
}: {
  v: View;
  events: EventOverview[];
  page: number;
  hasMore: boolean;
  canCreate: boolean;
  canManage: (event: EventOverview) => boolean;
  editable: (event: EventOverview, locale: Locale) => boolean;
}) {
  return (
    <AdminLayout v={v} title={v.t("eventsAdmin.list.title")}>
      <h1>{v.t("eventsAdmin.list.title")}</h1>
      {canCreate ? (
        <p>
          <a class="button" href="/admin/events/new">
            {v.t("eventsAdmin.list.new")}
          </a>
        </p>
      ) : null}
      {events.length === 0 ? (
        <p>{v.t("eventsAdmin.list.none")}</p>
      ) : (
        <div class="table-scroll event-table">
          <table class="events-admin-list">
            <caption class="visually-hidden">{v.t("eventsAdmin.list.caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{v.t("eventsAdmin.col.event")}</th>
                <th scope="col">{v.t("eventsAdmin.col.kind")}</th>
                <th scope="col">{v.t("eventsAdmin.col.date")}</th>
                <th scope="col">{v.t("eventsAdmin.col.visibility")}</th>
                <LanguageHeaders v={v} />
                <th scope="col">{v.t("eventsAdmin.col.registrations")}</th>
              </tr>
            </thead>
            <tbody>
              {events.map((e) => (
                <tr>
                  <th scope="row">
                    {canManage(e) ? (
                      <a href={`/admin/events/${e.id}`} lang={e.sourceLocale}>
                        {e.title}
                      </a>
                    ) : (
                      <span lang={e.sourceLocale}>{e.title}</span>
                    )}
                    <br />
                    <small>/{e.slug}</small>
                  </th>
                  <td>{v.t(`events.kind.${e.kind}`)}</td>
                  <td>{e.startsAt ? formatDateTime(v.locale, e.startsAt, "date", e.timeZone) : v.t("eventsAdmin.list.noDates")}</td>
                  <td>{e.isPublished ? v.t("eventsAdmin.published") : v.t("eventsAdmin.unpublished")}</td>
                  <LanguageCells
                    v={v}
                    badge={(l) => <StatusBadge v={v} status={e.statuses[l] ?? "missing"} />}
                    href={(l) => `/admin/events/${e.id}/text/${LOCALE_INFO[l].segment}`}
                    editable={(l) => editable(e, l)}
                    editLabel={(language) => v.t("eventsAdmin.list.editIn", { title: e.title, language })}
                  />
                  <td>{v.t("eventsAdmin.list.counts", e.counts)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pager v={v} page={page} hasNext={hasMore} href={(n) => `/admin/events?page=${n}`} label={v.t("eventsAdmin.list.pages")} />
    </AdminLayout>
  );
}

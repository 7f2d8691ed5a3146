import { listCatalogueTextStatuses } from "../catalogue/index.ts";
import type { Db } from "../db/index.ts";
import { openEventFieldCounts } from "../events/index.ts";
import { isLocale, LOCALE_INFO, type Locale } from "../i18n/locales.ts";

/**
 * A translator's to-do list: every text missing or out of date in their languages, of every kind
 * of content (pages, posts, events with their agenda and registration form, the library, the
 * catalogue), with a link to its editor. Counts are per kind, over the whole list.
 */

export const TODO_KINDS = ["page", "post", "event", "event-texts", "resource", "catalogue"] as const;
export type TodoKind = (typeof TODO_KINDS)[number];

export type TodoItem = {
  kind: TodoKind;
  title: string;
  locale: Locale;
  status: "missing" | "outdated";
  href: string;
  /** For the agenda and form of an event: how many of its texts are open. */
  count?: number;
};

type Translated = { id: string; source_locale: string; title: string | null };
type Row = { entity_id: string; locale: string; status: string };

/** Missing and outdated languages of things translated as a whole (one row per language). */
function openLanguages(
  kind: TodoKind,
  things: readonly Translated[],
  rows: readonly Row[],
  locales: readonly Locale[],
  href: (id: string, locale: Locale) => string,
): TodoItem[] {
  const byThing = new Map<string, Map<string, string>>();
  for (const r of rows) {
    const own = byThing.get(r.entity_id) ?? new Map<string, string>();
    own.set(r.locale, r.status);
    byThing.set(r.entity_id, own);
  }
  const items: TodoItem[] = [];
  for (const thing of things) {
    const statuses = byThing.get(thing.id);
    // A thing without its source text is not ready to translate.
    if (!statuses?.has(thing.source_locale)) continue;
    for (const locale of locales) {
      if (locale === thing.source_locale) continue;
      const status = statuses.get(locale);
      if (status === undefined || status === "outdated") {
        items.push({
          kind,
          title: thing.title ?? "",
          locale,
          status: status === undefined ? "missing" : "outdated",
          href: href(thing.id, locale),
        });
      }
    }
  }
  return items;
}

const segment = (locale: Locale) => LOCALE_INFO[locale].segment;

/** Everything open in these languages, by kind in the order of TODO_KINDS, outdated before missing within a kind. */
export async function listTranslationTodo(
  db: Db,
  locales: readonly Locale[],
  site: { defaultLocale: Locale; locales: readonly Locale[]; fallbacks: Map<Locale, Locale[]> },
  viewer: Locale,
): Promise<TodoItem[]> {
  if (locales.length === 0) return [];
  const [pages, pageRows, posts, postRows, events, eventRows, resources, resourceRows] = await Promise.all([
    db
      .selectFrom("pages")
      .leftJoin("page_translations as t", (j) => j.onRef("t.page_id", "=", "pages.id").onRef("t.locale", "=", "pages.source_locale"))
      .select(["pages.id", "pages.source_locale", "t.title"])
      .execute(),
    db.selectFrom("page_translations").select(["page_id as entity_id", "locale", "status"]).execute(),
    db
      .selectFrom("posts")
      .leftJoin("post_translations as t", (j) => j.onRef("t.post_id", "=", "posts.id").onRef("t.locale", "=", "posts.source_locale"))
      .select(["posts.id", "posts.source_locale", "t.title"])
      .execute(),
    db.selectFrom("post_translations").select(["post_id as entity_id", "locale", "status"]).execute(),
    db
      .selectFrom("events")
      .leftJoin("event_translations as t", (j) => j.onRef("t.event_id", "=", "events.id").onRef("t.locale", "=", "events.source_locale"))
      .select(["events.id", "events.source_locale", "t.title"])
      .execute(),
    db.selectFrom("event_translations").select(["event_id as entity_id", "locale", "status"]).execute(),
    db
      .selectFrom("resources")
      .leftJoin("resource_translations as t", (j) =>
        j.onRef("t.resource_id", "=", "resources.id").onRef("t.locale", "=", "resources.source_locale"),
      )
      .select(["resources.id", "resources.source_locale", "t.title"])
      .execute(),
    db.selectFrom("resource_translations").select(["resource_id as entity_id", "locale", "status"]).execute(),
  ]);
  const items: TodoItem[] = [
    ...openLanguages("page", pages, pageRows, locales, (id, l) => `/admin/pages/${id}/${segment(l)}`),
    ...openLanguages("post", posts, postRows, locales, (id, l) => `/admin/posts/${id}/${segment(l)}`),
    ...openLanguages("event", events, eventRows, locales, (id, l) => `/admin/events/${id}/text/${segment(l)}`),
  ];
  const eventTitles = new Map(events.map((e) => [e.id, e.title ?? ""]));
  for (const [eventId, counts] of await openEventFieldCounts(db, locales)) {
    for (const [locale, open] of counts) {
      items.push({
        kind: "event-texts",
        title: eventTitles.get(eventId) ?? "",
        locale,
        // Several texts of one event: outdated when any of them is, else missing.
        status: open.isOutdated ? "outdated" : "missing",
        href: `/admin/events/${eventId}/translate/${segment(locale)}`,
        count: open.count,
      });
    }
  }
  items.push(...openLanguages("resource", resources, resourceRows, locales, (id, l) => `/admin/library/${id}/${segment(l)}`));
  for (const row of await listCatalogueTextStatuses(db, locales, site, viewer)) {
    for (const locale of locales) {
      const status = row.statuses[locale];
      if ((status === "missing" || status === "outdated") && isLocale(locale)) {
        items.push({
          kind: "catalogue",
          title: row.name,
          locale,
          status,
          href: `/admin/${row.kind}/${row.id}/translate/${segment(locale)}`,
        });
      }
    }
  }
  const order = (i: TodoItem) => TODO_KINDS.indexOf(i.kind) * 2 + (i.status === "outdated" ? 0 : 1);
  return items.sort((a, b) => order(a) - order(b));
}

/** How many open items of each kind. */
export function countTodo(items: readonly TodoItem[]): Record<TodoKind, number> {
  const counts = Object.fromEntries(TODO_KINDS.map((k) => [k, 0])) as Record<TodoKind, number>;
  for (const i of items) counts[i.kind] += 1;
  return counts;
}

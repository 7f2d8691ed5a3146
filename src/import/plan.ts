import type { LocalizedText } from "../i18n/content.ts";
import type { Locale } from "../i18n/locales.ts";
import { htmlToText } from "./wordpress-html.ts";
import { parsePhpArray, rssDate, type WxrExport, type WxrItem, type WxrTerm, wordpressDate } from "./wxr.ts";

/**
 * What an export becomes, decided before anything is written: which items are skipped and why,
 * which language each item is in, which items are one post in several languages (Polylang and WPML
 * translation groups), and which terms are one topic. No database here.
 */

export type ImportKind = "people" | "topics" | "attachments" | "posts" | "pages" | "comments" | "redirects";

export type Skipped = { kind: ImportKind | "items"; label: string; reason: string };

export type Member = { item: WxrItem; locale: Locale; code: string };

/**
 * One post or page to be: its items, one per language, the source first. `key` names a
 * translation group ("group:pll:pll_5f2c…", "group:wpml:12"); undefined for an item on its own.
 */
export type Group = { key: string | undefined; type: "post" | "page"; members: Member[] };

export type TopicPlan = {
  key: string;
  /** Import keys of every term joined into this topic. */
  termKeys: string[];
  slug: string;
  name: LocalizedText;
  /** Old archive paths: /category/…/ and /tag/…/, with a language prefix where Polylang used one. */
  archivePaths: { path: string; locale: Locale }[];
};

export type Plan = {
  groups: Group[];
  attachments: WxrItem[];
  topics: TopicPlan[];
  /** "category:slug" or "post_tag:slug" → the topic. */
  topicByTerm: Map<string, TopicPlan>;
  skipped: Skipped[];
  /** The language of items no plugin names. */
  defaultLocale: Locale;
};

export type PlanOptions = { locales: readonly Locale[]; defaultLocale: Locale; language?: Locale | undefined };

const TOPIC_TAXONOMIES = new Set(["category", "post_tag"]);

const TYPE_NAMES: Record<string, string> = {
  nav_menu_item: "a menu item",
  revision: "a revision",
  wp_block: "a reusable block",
  wp_template: "a theme template",
  wp_template_part: "a theme template part",
  wp_global_styles: "theme styles",
  wp_navigation: "a navigation menu",
  custom_css: "custom CSS",
  customize_changeset: "a customiser change set",
  oembed_cache: "an embed cache entry",
  user_request: "a privacy request",
};

export function itemLabel(item: WxrItem): string {
  const title = htmlToText(item.title).replace(/\s+/g, " ").slice(0, 60);
  return `${item.type} #${item.id}${title ? ` "${title}"` : ""}`;
}

/** Share of Cyrillic letters among all letters. */
function cyrillicShare(text: string): number {
  const cyrillic = text.match(/[\u0400-\u04ff]/g)?.length ?? 0;
  const latin = text.match(/[a-zA-Z\u00c0-\u024f]/g)?.length ?? 0;
  return cyrillic + latin === 0 ? 0 : cyrillic / (cyrillic + latin);
}

/**
 * Our locale for a WordPress language code ("en", "en_GB", "pt-br", "sr_RS", "sr-latn"), or
 * undefined. Serbian with no script named goes by the text: Cyrillic when most letters are.
 */
export function localeFor(code: string, text: string, served: readonly Locale[]): Locale | undefined {
  const c = code.trim().toLowerCase().replace(/_/g, "-");
  let locale: Locale | undefined;
  if (c === "sr" || c.startsWith("sr-")) {
    if (/latn|lat\b|latin/.test(c)) locale = "sr-Latn";
    else if (/cyrl|rs/.test(c)) locale = "sr-Cyrl";
    else locale = cyrillicShare(text) > 0.5 ? "sr-Cyrl" : "sr-Latn";
  } else {
    const base = c === "ua" ? "uk" : c.split("-")[0];
    locale = (["en", "ru", "uk", "lt", "fr"] as const).find((l) => l === base);
  }
  return locale && served.includes(locale) ? locale : undefined;
}

/** When the item was written: the GMT date, else the local date, else the RSS date. */
export function itemDate(item: WxrItem): string | undefined {
  return wordpressDate(item.dateGmt) ?? wordpressDate(item.date) ?? rssDate(item.pubDate);
}

function termOf(item: WxrItem, taxonomy: string): string | undefined {
  return item.terms.find((t) => t.taxonomy === taxonomy)?.slug || undefined;
}

/** What the items say about each other: Polylang's group descriptions and WPML's duplicates. */
type Relations = { polylangGroupOf: Map<string, string>; wpmlGroupOf: Map<string, string>; duplicated: Set<string> };

function relationsOf(wxr: WxrExport): Relations {
  // Polylang lists each group's members in its term description; used when an item lacks the term.
  const polylangGroupOf = new Map<string, string>();
  for (const term of wxr.terms.filter((t) => t.taxonomy === "post_translations")) {
    for (const id of parsePhpArray(term.description).values()) polylangGroupOf.set(String(id), term.slug);
  }
  const wpmlGroupOf = new Map<string, string>();
  const duplicated = new Set<string>();
  for (const item of wxr.items) {
    const group = item.meta.get("_wpml_import_translation_group");
    if (group) wpmlGroupOf.set(item.id, group);
    const original = item.meta.get("_icl_lang_duplicate_of");
    if (original) duplicated.add(original);
  }
  return { polylangGroupOf, wpmlGroupOf, duplicated };
}

/** The item's WordPress language code and translation group, from Polylang or WPML, if either is there. */
function languageAndGroup(item: WxrItem, relations: Relations): { code?: string; group?: string; isSource?: boolean } {
  const pll = termOf(item, "language");
  if (pll) {
    const group = termOf(item, "post_translations") ?? relations.polylangGroupOf.get(item.id);
    return { code: pll, ...(group ? { group: `pll:${group}` } : {}) };
  }
  const code = item.meta.get("_wpml_import_language_code");
  const duplicateOf = item.meta.get("_icl_lang_duplicate_of");
  // A WPML duplicate joins the group of the item it copies.
  const group = duplicateOf
    ? (relations.wpmlGroupOf.get(duplicateOf) ?? duplicateOf)
    : (relations.wpmlGroupOf.get(item.id) ?? (relations.duplicated.has(item.id) ? item.id : undefined));
  const from = item.meta.get("_wpml_import_source_language_code");
  return {
    ...(code ? { code } : {}),
    ...(group ? { group: `wpml:${group}` } : {}),
    isSource: duplicateOf ? false : !from || from === code,
  };
}

const SKIP_STATUS: Record<string, string> = { trash: "in the trash", "auto-draft": "an automatic draft WordPress never saved" };

/** Decides what every item, term and group becomes; see `Plan`. */
export function planImport(wxr: WxrExport, options: PlanOptions): Plan {
  const skipped: Skipped[] = [];
  const channelLocale = wxr.language ? localeFor(wxr.language, "", options.locales) : undefined;
  const defaultLocale = options.language ?? channelLocale ?? options.defaultLocale;

  const relations = relationsOf(wxr);
  const byGroup = new Map<string, { type: "post" | "page"; key: string | undefined; members: (Member & { isSource: boolean })[] }>();
  const attachments: WxrItem[] = [];
  for (const item of wxr.items) {
    if (item.type === "attachment") {
      attachments.push(item);
      continue;
    }
    if (item.type !== "post" && item.type !== "page") {
      skipped.push({
        kind: "items",
        label: itemLabel(item),
        reason: `${TYPE_NAMES[item.type] ?? `content of type "${item.type}"`}: not imported`,
      });
      continue;
    }
    const type = item.type === "page" ? "page" : "post";
    const kind = type === "page" ? "pages" : "posts";
    const statusReason = SKIP_STATUS[item.status];
    if (statusReason) {
      skipped.push({ kind, label: itemLabel(item), reason: statusReason });
      continue;
    }
    const found = languageAndGroup(item, relations);
    const text = `${item.title} ${htmlToText(item.content)}`;
    const locale = found.code ? localeFor(found.code, text, options.locales) : localeFor(defaultLocale, text, options.locales);
    if (!locale) {
      skipped.push({ kind, label: itemLabel(item), reason: `language not served (${found.code ?? defaultLocale})` });
      continue;
    }
    const key = found.group ? `group:${found.group}` : `${type}:${item.id}`;
    const group = byGroup.get(`${type} ${key}`) ?? { type, key: found.group ? key : undefined, members: [] };
    group.members.push({ item, locale, code: found.code ?? locale, isSource: found.isSource ?? false });
    byGroup.set(`${type} ${key}`, group);
  }

  const groups: Group[] = [];
  for (const group of byGroup.values()) {
    const ordered = [...group.members].sort((a, b) => sourceOrder(a, b, defaultLocale));
    const members: Member[] = [];
    for (const m of ordered) {
      if (members.some((kept) => kept.locale === m.locale)) {
        skipped.push({
          kind: `${group.type}s`,
          label: itemLabel(m.item),
          reason: `a second text in ${m.locale} in its translation group; the first is kept`,
        });
      } else {
        members.push({ item: m.item, locale: m.locale, code: m.code });
      }
    }
    groups.push({ key: group.key, type: group.type, members });
  }
  groups.sort((a, b) => (itemDate(a.members[0]?.item as WxrItem) ?? "").localeCompare(itemDate(b.members[0]?.item as WxrItem) ?? ""));

  const { topics, topicByTerm } = planTopics(wxr, groups, options.locales, defaultLocale, skipped);
  return { groups, attachments, topics, topicByTerm, skipped, defaultLocale };
}

/** The original of a group first: WPML's marked source, else the earliest, else the site's language. */
function sourceOrder(a: Member & { isSource: boolean }, b: Member & { isSource: boolean }, defaultLocale: Locale): number {
  if (a.isSource !== b.isSource) return a.isSource ? -1 : 1;
  const byDate = (itemDate(a.item) ?? "9").localeCompare(itemDate(b.item) ?? "9");
  if (byDate !== 0) return byDate;
  if ((a.locale === defaultLocale) !== (b.locale === defaultLocale)) return a.locale === defaultLocale ? -1 : 1;
  return Number(a.item.id) - Number(b.item.id);
}

function termKey(term: Pick<WxrTerm, "id" | "taxonomy" | "slug">): string {
  return `term:${term.taxonomy}:${term.id || `slug:${term.slug}`}`;
}

function planTopics(
  wxr: WxrExport,
  groups: Group[],
  locales: readonly Locale[],
  defaultLocale: Locale,
  skipped: Skipped[],
): { topics: TopicPlan[]; topicByTerm: Map<string, TopicPlan> } {
  const terms = new Map<string, WxrTerm>();
  for (const t of wxr.terms.filter((t) => TOPIC_TAXONOMIES.has(t.taxonomy))) terms.set(`${t.taxonomy}:${t.slug}`, t);
  // Which languages use each term: the language of a term Polylang does not name.
  const usage = new Map<string, Map<Locale, number>>();
  for (const m of groups.flatMap((g) => g.members)) {
    for (const t of m.item.terms.filter((t) => TOPIC_TAXONOMIES.has(t.taxonomy))) {
      const id = `${t.taxonomy}:${t.slug}`;
      if (!terms.has(id))
        terms.set(id, { id: "", taxonomy: t.taxonomy, slug: t.slug, name: t.name || t.slug, parent: "", description: "" });
      const counts = usage.get(id) ?? new Map<Locale, number>();
      counts.set(m.locale, (counts.get(m.locale) ?? 0) + 1);
      usage.set(id, counts);
    }
  }
  // Polylang's term groups: { en: 5, ru: 9 } joins terms 5 and 9 into one topic.
  const termGroup = new Map<string, { group: string; code: string }>();
  for (const g of wxr.terms.filter((t) => t.taxonomy === "term_translations")) {
    for (const [code, id] of parsePhpArray(g.description)) termGroup.set(String(id), { group: g.slug, code });
  }
  const bySlug = new Map<string, WxrTerm>([...terms.values()].map((t) => [`${t.taxonomy}:${t.slug}`, t]));
  const archivePath = (t: WxrTerm): string => {
    if (t.taxonomy === "post_tag") return `/tag/${t.slug}/`;
    const chain = [t.slug];
    for (let p = t.parent, depth = 0; p && depth < 10; depth++) {
      chain.unshift(p);
      p = bySlug.get(`category:${p}`)?.parent ?? "";
    }
    return `/category/${chain.join("/")}/`;
  };

  const topics = new Map<string, TopicPlan>();
  const topicByTerm = new Map<string, TopicPlan>();
  for (const term of terms.values()) {
    if (term.taxonomy === "category" && term.slug === "uncategorized") {
      skipped.push({ kind: "topics", label: `category "${term.name}"`, reason: "WordPress's default category" });
      continue;
    }
    const joined = term.id ? termGroup.get(term.id) : undefined;
    const counts = [...(usage.get(`${term.taxonomy}:${term.slug}`) ?? new Map<Locale, number>())].sort((a, b) => b[1] - a[1]);
    const name = htmlToText(term.name) || term.slug;
    const locale = (joined ? localeFor(joined.code, name, locales) : undefined) ?? counts[0]?.[0] ?? defaultLocale;
    const key = joined ? `topic:${term.taxonomy}:${joined.group}` : termKey(term);
    const topic = topics.get(key) ?? { key, termKeys: [], slug: "", name: {}, archivePaths: [] };
    topic.termKeys.push(termKey(term));
    if (!topic.name[locale]) topic.name[locale] = name;
    // The slug of the term in the site's language, else of the first term met.
    if (!topic.slug || locale === defaultLocale) topic.slug = term.slug;
    const path = archivePath(term);
    topic.archivePaths.push({ path, locale });
    if (joined) topic.archivePaths.push({ path: `/${joined.code}${path}`, locale });
    topics.set(key, topic);
    topicByTerm.set(`${term.taxonomy}:${term.slug}`, topic);
  }
  return { topics: [...topics.values()], topicByTerm };
}

/** The old addresses of an item: its permalink, `?p=`/`?page_id=` and a `?p=` guid, as path and query. */
export function oldPaths(item: WxrItem): string[] {
  const paths = new Set<string>();
  for (const url of [item.link, item.guid]) {
    const parsed = parseUrl(url);
    if (!parsed) continue;
    if (url === item.guid && !/[?&](p|page_id|attachment_id)=\d+/.test(parsed.search)) continue;
    paths.add(parsed.pathname + parsed.search);
  }
  if (item.id) {
    paths.add(item.type === "page" ? `/?page_id=${item.id}` : item.type === "attachment" ? `/?attachment_id=${item.id}` : `/?p=${item.id}`);
  }
  return [...paths];
}

export function parseUrl(url: string): URL | undefined {
  if (!/^https?:\/\//i.test(url.trim())) return undefined;
  try {
    return new URL(url.trim());
  } catch {
    return undefined;
  }
}

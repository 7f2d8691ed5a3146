import type { Ctx, Db } from "../db/index.ts";
import type { SearchDocumentsTable } from "../db/schema.ts";
import { parseLocalized } from "../i18n/content.ts";
import { isLocale, type Locale } from "../i18n/locales.ts";
import { renderMarkdown } from "../ui/markdown.ts";
import { languageOf, termsOf } from "./analyse.ts";
import { plainText } from "./plain-text.ts";

export type SearchType = "post" | "page" | "event" | "resource" | "person";
export const SEARCH_TYPES: readonly SearchType[] = ["post", "page", "event", "resource", "person"];

/** What one language of a thing gives search. */
type Source = {
  locale: Locale;
  title: string;
  summary: string;
  /** Plain text. */
  body: string;
  path: string;
  topicIds: string[];
  publishedAt: string | null;
};

const READABLE = ["published", "outdated"] as const;
/** Weights of a term: in the title, in the summary, and per time in the body (counted up to BODY_CAP). */
const TITLE_WEIGHT = 10;
const SUMMARY_WEIGHT = 3;
const BODY_CAP = 5;
/** The stored text an excerpt is cut from; the terms come from the whole text. */
const STORED_BODY = 30_000;
const ROWS_PER_INSERT = 500;

/**
 * Brings the search index up to date for one thing, in every language: call it inside the same
 * transaction after every change to a post, page, event, resource or profile (also on delete and
 * unpublish, when it removes the documents). One document per language the thing is public in.
 */
export async function reindex(ctx: Ctx, type: SearchType, subjectId: string): Promise<void> {
  const now = ctx.clock.now().toISOString();
  const write = async (db: Db) => writeDocuments(db, type, subjectId, await SOURCES[type](db, subjectId, now), now);
  if (ctx.db.isTransaction) await write(ctx.db);
  else await ctx.db.transaction().execute(write);
}

/** Document id: "type:subjectId:locale". */
export function documentId(type: SearchType, subjectId: string, locale: string): string {
  return `${type}:${subjectId}:${locale}`;
}

async function writeDocuments(db: Db, type: SearchType, subjectId: string, sources: Source[], now: string): Promise<void> {
  const ids = sources.map((s) => documentId(type, subjectId, s.locale));
  let gone = db.deleteFrom("search_documents").where("type", "=", type).where("subject_id", "=", subjectId);
  if (ids.length > 0) gone = gone.where("id", "not in", ids);
  await gone.execute();
  // In a fixed order, so that two saves of the same thing at once wait for each other instead of deadlocking.
  for (const source of [...sources].sort((a, b) => (a.locale < b.locale ? -1 : 1))) {
    const id = documentId(type, subjectId, source.locale);
    const row: SearchDocumentsTable = {
      id,
      type,
      subject_id: subjectId,
      locale: source.locale,
      title: source.title.normalize("NFC"),
      body: storedBody(source),
      path: source.path,
      topic_ids: ` ${[...new Set(source.topicIds)].sort().join(" ")} `.replace(/^ {2}$/, " "),
      published_at: source.publishedAt,
      updated_at: now,
    };
    const { id: _id, ...changes } = row;
    // Upserting first holds the document's row, so a concurrent reindex of it waits here.
    await db
      .insertInto("search_documents")
      .values(row)
      .onConflict((oc) => oc.column("id").doUpdateSet(changes))
      .execute();
    await db.deleteFrom("search_terms").where("document_id", "=", id).execute();
    const terms = [...weighTerms(source)].map(([term, weight]) => ({ term, document_id: id, weight }));
    for (let i = 0; i < terms.length; i += ROWS_PER_INSERT) {
      await db
        .insertInto("search_terms")
        .values(terms.slice(i, i + ROWS_PER_INSERT))
        .execute();
    }
  }
}

function storedBody(source: Source): string {
  const summary = source.summary.trim();
  // A summary without a full stop (a person's position) is set apart from the text that follows.
  const joint = /[.!?…:;]$/.test(summary) ? " " : " — ";
  const text = [summary, source.body.trim()]
    .filter((s) => s !== "")
    .join(joint)
    .normalize("NFC");
  if (text.length <= STORED_BODY) return text;
  const cut = text.lastIndexOf(" ", STORED_BODY);
  return text.slice(0, cut > 0 ? cut : STORED_BODY);
}

/** Each term of a document once, weighted: the title counts most, then the summary, then each use in the body. */
export function weighTerms(source: Pick<Source, "locale" | "title" | "summary" | "body">): Map<string, number> {
  const language = languageOf(source.locale);
  const weights = new Map<string, number>();
  for (const term of new Set(termsOf(source.title.normalize("NFC"), language))) weights.set(term, TITLE_WEIGHT);
  for (const term of new Set(termsOf(source.summary.normalize("NFC"), language)))
    weights.set(term, (weights.get(term) ?? 0) + SUMMARY_WEIGHT);
  const counts = new Map<string, number>();
  for (const term of termsOf(source.body.normalize("NFC"), language)) counts.set(term, (counts.get(term) ?? 0) + 1);
  for (const [term, count] of counts) weights.set(term, (weights.get(term) ?? 0) + Math.min(count, BODY_CAP));
  return weights;
}

/** The stored HTML as plain text, or the Markdown source rendered when no HTML was stored. */
function bodyText(html: string, markdown: string): string {
  if (html.trim() !== "") return plainText(html);
  return markdown.trim() === "" ? "" : plainText(renderMarkdown(markdown));
}

function topicIds(rows: { topic_id: string }[]): string[] {
  return rows.map((r) => r.topic_id);
}

type TranslationRow = { locale: string; title: string; summary: string; body: string; body_html: string };

/** A source per readable translation in a known locale. */
function fromTranslations<R extends TranslationRow>(
  rows: R[],
  shared: (row: R) => Pick<Source, "path" | "topicIds" | "publishedAt"> & { extra?: string },
): Source[] {
  return rows.flatMap((r) => {
    if (!isLocale(r.locale)) return [];
    const { extra, ...rest } = shared(r);
    const body = [bodyText(r.body_html, r.body), extra?.replace(/\s+/g, " ").trim() ?? ""].filter(Boolean).join(" ");
    return [{ locale: r.locale, title: r.title, summary: r.summary, body, ...rest }];
  });
}

type Read = (db: Db, id: string, now: string) => Promise<Source[]>;

const SOURCES: Record<SearchType, Read> = {
  async page(db, id) {
    const page = await db.selectFrom("pages").select(["slug", "is_published"]).where("id", "=", id).executeTakeFirst();
    if (page?.is_published !== 1) return [];
    const rows = await db
      .selectFrom("page_translations")
      .select(["locale", "title", "summary", "body", "body_html"])
      .where("page_id", "=", id)
      .where("status", "in", READABLE)
      .execute();
    return fromTranslations(rows, () => ({ path: `/pages/${page.slug}`, topicIds: [], publishedAt: null }));
  },

  async event(db, id) {
    const event = await db.selectFrom("events").select(["slug", "is_published", "starts_at"]).where("id", "=", id).executeTakeFirst();
    if (event?.is_published !== 1) return [];
    const [rows, topics] = await Promise.all([
      db
        .selectFrom("event_translations")
        .select(["locale", "title", "summary", "body", "body_html", "objectives"])
        .where("event_id", "=", id)
        .where("status", "in", READABLE)
        .execute(),
      db.selectFrom("event_topics").select("topic_id").where("event_id", "=", id).execute().then(topicIds),
    ]);
    return fromTranslations(rows, (r) => ({
      path: `/events/${event.slug}`,
      topicIds: topics,
      publishedAt: event.starts_at,
      extra: r.objectives,
    }));
  },

  // A language of a post is public once its time has come; the publishing job reindexes it then.
  async post(db, id, now) {
    const post = await db.selectFrom("posts").select(["slug"]).where("id", "=", id).executeTakeFirst();
    if (!post) return [];
    const [rows, topics] = await Promise.all([
      db
        .selectFrom("post_translations")
        .select(["locale", "title", "summary", "body", "body_html", "published_at"])
        .where("post_id", "=", id)
        .where("status", "in", READABLE)
        .where("published_at", "is not", null)
        .where("published_at", "<=", now)
        .execute(),
      db.selectFrom("post_topics").select("topic_id").where("post_id", "=", id).execute().then(topicIds),
    ]);
    return fromTranslations(rows, (r) => ({ path: `/news/${post.slug}`, topicIds: topics, publishedAt: r.published_at }));
  },

  async resource(db, id) {
    const resource = await db
      .selectFrom("resources")
      .select(["slug", "is_published", "published_at"])
      .where("id", "=", id)
      .executeTakeFirst();
    if (resource?.is_published !== 1) return [];
    const [rows, topics] = await Promise.all([
      db
        .selectFrom("resource_translations")
        .select(["locale", "title", "summary", "body", "body_html"])
        .where("resource_id", "=", id)
        .where("status", "in", READABLE)
        .execute(),
      db.selectFrom("resource_topics").select("topic_id").where("resource_id", "=", id).execute().then(topicIds),
    ]);
    return fromTranslations(rows, () => ({ path: `/library/${resource.slug}`, topicIds: topics, publishedAt: resource.published_at }));
  },

  // A profile is a public page in every language; a document per language it has a position or biography in.
  async person(db, id) {
    const profile = await db.selectFrom("profiles").select(["slug", "name", "position", "bio"]).where("id", "=", id).executeTakeFirst();
    if (!profile) return [];
    const position = parseLocalized(profile.position);
    const bio = parseLocalized(profile.bio);
    const locales = [...new Set([...Object.keys(position), ...Object.keys(bio)])].filter(isLocale);
    return (locales.length > 0 ? locales : (["en"] as Locale[])).map((locale) => ({
      locale,
      title: profile.name,
      summary: position[locale] ?? "",
      body: (bio[locale] ?? "").replace(/\s+/g, " ").trim(),
      path: `/people/${profile.slug}`,
      topicIds: [],
      publishedAt: null,
    }));
  },
};

import { type Expression, type ExpressionBuilder, type SqlBool, sql } from "kysely";
import { listOrganisations, listProfiles, listProgrammes, listTopics } from "../catalogue/index.ts";
import type { Db } from "../db/index.ts";
import type { Database } from "../db/schema.ts";
import { findUpload, type Upload } from "../files/index.ts";
import { changesSinceTranslated, type LocalizedText, type SourceChange } from "../i18n/content.ts";
import type { Locale } from "../i18n/locales.ts";
import {
  type LanguageState,
  languageState,
  POST_FIELDS,
  type Post,
  type PostFields,
  type PostKind,
  type PostTranslation,
  toPost,
  toPostTranslation,
} from "./model.ts";
import { findPost, listPostTranslations, postLinks } from "./posts.ts";
import { listRevisions, type Revision } from "./revisions.ts";

/** What the admin pages of posts show: the list with its filters, a post's settings, and the editor of one language. */

export const ADMIN_PAGE_SIZE = 50;

export type AdminFilter = {
  kind?: PostKind | undefined;
  topicId?: string | undefined;
  /** With `state`: only posts whose text in this language is in that state. */
  locale?: Locale | undefined;
  state?: LanguageState | undefined;
};

export type PostOverview = { post: Post; title: string; states: Partial<Record<Locale, LanguageState>> };

type PostsQuery = ExpressionBuilder<Database, "posts">;

/** The SQL form of `languageState`, for the row of `post_translations as t` of one post and language. */
function stateCondition(eb: PostsQuery, locale: Locale, state: LanguageState, now: Date): Expression<SqlBool> {
  const at = now.toISOString();
  const row = eb
    .selectFrom("post_translations as t")
    .select("t.post_id")
    .whereRef("t.post_id", "=", "posts.id")
    .where("t.locale", "=", locale);
  const isPublic = sql<boolean>`(t.published_at is not null and t.published_at <= ${at})`;
  switch (state) {
    case "missing":
      return eb.not(eb.exists(row));
    case "outdated":
      return eb.exists(row.where("t.status", "=", "outdated"));
    case "public":
      return eb.exists(row.where("t.status", "=", "published").where(isPublic));
    case "scheduled":
      return eb.exists(row.where("t.status", "!=", "outdated").where(sql<boolean>`not ${isPublic}`).where("t.publish_at", "is not", null));
    case "ready":
      return eb.exists(
        row
          .where("t.status", "=", "published")
          .where(sql<boolean>`not ${isPublic}`)
          .where("t.publish_at", "is", null)
          .whereRef("t.locale", "!=", "posts.source_locale"),
      );
    case "draft":
      return eb.exists(
        row
          .where(sql<boolean>`not ${isPublic}`)
          .where("t.publish_at", "is", null)
          .where((w) =>
            w.or([w("t.status", "=", "draft"), w.and([w("t.status", "=", "published"), w("t.locale", "=", w.ref("posts.source_locale"))])]),
          ),
      );
  }
}

/** A page of posts, most recently changed first, with the state of every language. */
export async function listPostsForAdmin(
  db: Db,
  filter: AdminFilter,
  page: number,
  locales: readonly Locale[],
  now: Date,
): Promise<{ items: PostOverview[]; page: number; hasNext: boolean }> {
  let query = db.selectFrom("posts").selectAll("posts");
  if (filter.kind) query = query.where("posts.kind", "=", filter.kind);
  const topicId = filter.topicId;
  if (topicId)
    query = query.where("posts.id", "in", (eb) => eb.selectFrom("post_topics").select("post_id").where("topic_id", "=", topicId));
  const { locale, state } = filter;
  if (locale && state) query = query.where((eb) => stateCondition(eb, locale, state, now));
  const rows = await query
    .orderBy("posts.updated_at", "desc")
    .orderBy("posts.id", "desc")
    .limit(ADMIN_PAGE_SIZE + 1)
    .offset((page - 1) * ADMIN_PAGE_SIZE)
    .execute();
  const shown = rows.slice(0, ADMIN_PAGE_SIZE).map(toPost);
  const translations =
    shown.length === 0
      ? []
      : await db
          .selectFrom("post_translations")
          .selectAll()
          .where(
            "post_id",
            "in",
            shown.map((p) => p.id),
          )
          .execute();
  const items = shown.map((post) => {
    const own = translations.filter((t) => t.post_id === post.id).map(toPostTranslation);
    const states: Partial<Record<Locale, LanguageState>> = {};
    for (const l of locales)
      states[l] = languageState(
        post,
        own.find((t) => t.locale === l),
        now,
      );
    return { post, title: own.find((t) => t.locale === post.sourceLocale)?.title ?? post.slug, states };
  });
  return { items, page, hasNext: rows.length > ADMIN_PAGE_SIZE };
}

export type TextEditor = {
  post: Post;
  locale: Locale;
  source: PostTranslation;
  translation: PostTranslation | undefined;
  state: LanguageState;
  states: Partial<Record<Locale, LanguageState>>;
  /** Fields whose source text changed since this translation was made. */
  changes: SourceChange<keyof PostFields>[];
  revisions: Revision[];
  cover: Upload | undefined;
};

/** What the editor of one language shows: the original, this language's text and state, what changed, earlier texts. */
export async function getTextEditor(db: Db, postId: string, locale: Locale, locales: readonly Locale[], now: Date): Promise<TextEditor> {
  const post = await findPost(db, postId);
  const translations = await listPostTranslations(db, postId);
  const source = translations.find((t) => t.locale === post.sourceLocale);
  if (!source) throw new Error(`post ${postId} has no text in its source language`);
  const translation = translations.find((t) => t.locale === locale);
  const states: Partial<Record<Locale, LanguageState>> = {};
  for (const l of locales)
    states[l] = languageState(
      post,
      translations.find((t) => t.locale === l),
      now,
    );
  const [revisions, cover] = await Promise.all([
    listRevisions(db, postId, locale),
    post.coverUploadId ? findUpload(db, post.coverUploadId) : undefined,
  ]);
  return {
    post,
    locale,
    source,
    translation,
    state: states[locale] ?? languageState(post, translation, now),
    states,
    changes: changesSinceTranslated(POST_FIELDS, source, translation),
    revisions,
    cover,
  };
}

export type Choice = { id: string; label: string; lang?: string | undefined };

export type SettingsChoices = {
  profiles: Choice[];
  programmes: Choice[];
  topics: Choice[];
  organisations: Choice[];
  events: Choice[];
  resources: Choice[];
};

/** Everything a post can link to, labelled in the editor's language where there is one; events and resources by their original title. */
export async function settingsChoices(db: Db, label: (text: LocalizedText) => string): Promise<SettingsChoices> {
  const [profiles, programmes, topics, organisations, events, resources] = await Promise.all([
    listProfiles(db),
    listProgrammes(db),
    listTopics(db),
    listOrganisations(db),
    db
      .selectFrom("events")
      .innerJoin("event_translations as t", (j) => j.onRef("t.event_id", "=", "events.id").onRef("t.locale", "=", "events.source_locale"))
      .select(["events.id", "events.slug", "events.starts_at", "events.source_locale", "t.title"])
      .orderBy("events.starts_at", "desc")
      .orderBy("events.slug")
      .execute(),
    db
      .selectFrom("resources")
      .innerJoin("resource_translations as t", (j) =>
        j.onRef("t.resource_id", "=", "resources.id").onRef("t.locale", "=", "resources.source_locale"),
      )
      .select(["resources.id", "resources.slug", "resources.source_locale", "t.title"])
      .orderBy("t.title")
      .execute(),
  ]);
  return {
    profiles: profiles.map((p) => ({ id: p.id, label: p.name })),
    programmes: programmes.map((p) => ({ id: p.id, label: label(p.title) || p.slug })),
    topics: topics.map((t) => ({ id: t.id, label: label(t.name) || t.slug })),
    organisations: organisations.map((o) => ({ id: o.id, label: [label(o.name) || o.slug, o.shortName].filter(Boolean).join(" · ") })),
    events: events.map((e) => ({
      id: e.id,
      label: e.starts_at ? `${e.title} (${e.starts_at.slice(0, 10)})` : e.title,
      lang: e.source_locale,
    })),
    resources: resources.map((r) => ({ id: r.id, label: r.title, lang: r.source_locale })),
  };
}

export type PostForSettings = {
  post: Post;
  title: string;
  links: Awaited<ReturnType<typeof postLinks>>;
  states: Partial<Record<Locale, LanguageState>>;
  cover: Upload | undefined;
  coverAlt: string;
};

export async function getPostForSettings(db: Db, postId: string, locales: readonly Locale[], now: Date): Promise<PostForSettings> {
  const post = await findPost(db, postId);
  const [translations, links, cover] = await Promise.all([
    listPostTranslations(db, postId),
    postLinks(db, postId),
    post.coverUploadId ? findUpload(db, post.coverUploadId) : undefined,
  ]);
  const source = translations.find((t) => t.locale === post.sourceLocale);
  const states: Partial<Record<Locale, LanguageState>> = {};
  for (const l of locales)
    states[l] = languageState(
      post,
      translations.find((t) => t.locale === l),
      now,
    );
  return { post, title: source?.title ?? post.slug, links, states, cover, coverAlt: source?.cover_alt ?? "" };
}

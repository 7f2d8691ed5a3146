import type { PostRow, PostTranslationRow } from "../db/schema.ts";
import { isLocale, type Locale } from "../i18n/locales.ts";
import { isPublicAt, type StoredTranslation, toStoredTranslation } from "../i18n/translations.ts";

/** Posts: the words, the row types and the one rule for when a language of a post is public. */

export const POST_KINDS = ["news", "blog", "statement"] as const;
export type PostKind = (typeof POST_KINDS)[number];

/** The fields of a post a translator writes. */
export const POST_FIELDS = ["title", "summary", "body", "cover_alt"] as const;
export type PostFields = Record<(typeof POST_FIELDS)[number], string>;

export type Post = {
  id: string;
  slug: string;
  kind: PostKind;
  sourceLocale: Locale;
  authorProfileId: string | null;
  programmeId: string | null;
  coverUploadId: string | null;
  /** When the first language went public; null until then. */
  publishedAt: string | null;
  createdAt: string;
  updatedAt: string;
};

export type PostTranslation = StoredTranslation<keyof PostFields> & {
  publishAt: string | null;
  publishedAt: string | null;
  updatedBy: string | null;
};

/**
 * Where one language of a post stands, as editors see it: missing (no text), draft (not public),
 * ready (a translation marked done, waiting to be published), scheduled, public, or outdated (the
 * original changed since it was translated; still shown if it was public).
 */
export const LANGUAGE_STATES = ["missing", "draft", "ready", "scheduled", "public", "outdated"] as const;
export type LanguageState = (typeof LANGUAGE_STATES)[number];

export function isPostKind(value: string): value is PostKind {
  return (POST_KINDS as readonly string[]).includes(value);
}

export function toPost(row: PostRow): Post {
  return {
    id: row.id,
    slug: row.slug,
    kind: isPostKind(row.kind) ? row.kind : "news",
    sourceLocale: isLocale(row.source_locale) ? row.source_locale : "en",
    authorProfileId: row.author_profile_id,
    programmeId: row.programme_id,
    coverUploadId: row.cover_upload_id,
    publishedAt: row.published_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function toPostTranslation(row: PostTranslationRow): PostTranslation {
  return { ...toStoredTranslation(POST_FIELDS, row), publishAt: row.publish_at, publishedAt: row.published_at, updatedBy: row.updated_by };
}

export function languageState(post: Pick<Post, "sourceLocale">, t: PostTranslation | undefined, now: Date): LanguageState {
  if (!t) return "missing";
  if (t.status === "outdated") return "outdated";
  if (isPublicAt(t, now)) return "public";
  if (t.publishAt) return "scheduled";
  return t.status === "published" && t.locale !== post.sourceLocale ? "ready" : "draft";
}

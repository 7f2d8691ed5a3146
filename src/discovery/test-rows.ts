import { newId } from "../db/ids.ts";
import type { Db } from "../db/index.ts";
import { hashFields } from "../i18n/content.ts";

/**
 * Posts and resources written straight into their tables for the discovery tests, so that these
 * tests depend only on the schema, not on how the publishing screens save them.
 */

type Text = { title: string; summary?: string; status?: "draft" | "published" | "outdated" };

function translationColumns(text: Text, at: string) {
  const fields = { title: text.title, summary: text.summary ?? "", body: "" };
  return {
    ...fields,
    body_html: "",
    status: text.status ?? "published",
    source_hash: hashFields(fields),
    source_fields: JSON.stringify(fields),
    updated_at: at,
    updated_by: null,
  };
}

/** A resource with a text per language and file rows (no bytes) for the given languages. */
export async function insertResource(
  db: Db,
  input: { slug: string; isPublished?: boolean; sourceLocale?: string; texts: Record<string, Text>; files?: string[]; at: string },
): Promise<string> {
  const id = newId();
  await db
    .insertInto("resources")
    .values({
      id,
      slug: input.slug,
      kind: "info-sheet",
      source_locale: input.sourceLocale ?? "en",
      programme_id: null,
      organisation_id: null,
      is_published: input.isPublished === false ? 0 : 1,
      published_at: input.isPublished === false ? null : input.at,
      created_by: null,
      created_at: input.at,
      updated_at: input.at,
    })
    .execute();
  for (const [locale, text] of Object.entries(input.texts)) {
    await db
      .insertInto("resource_translations")
      .values({ resource_id: id, locale, ...translationColumns(text, input.at) })
      .execute();
  }
  for (const locale of input.files ?? []) {
    await db
      .insertInto("resource_files")
      .values({
        id: newId(),
        resource_id: id,
        locale,
        file_name: `${input.slug}-${locale}.pdf`,
        content_type: "application/pdf",
        size: 1000,
        sha256: "0".repeat(64),
        created_at: input.at,
      })
      .execute();
  }
  return id;
}

/**
 * A post with a text per language; a language is public from its `publishedAt` (none: a draft).
 * The post's own published_at is the earliest of them, as when its first language went public.
 */
export async function insertPost(
  db: Db,
  input: {
    slug: string;
    sourceLocale?: string;
    authorProfileId?: string | null;
    topicIds?: string[];
    texts: Record<string, Text & { publishedAt?: string | null }>;
    at: string;
  },
): Promise<string> {
  const id = newId();
  const dates = Object.values(input.texts)
    .map((t) => t.publishedAt)
    .filter((d): d is string => typeof d === "string")
    .sort();
  await db
    .insertInto("posts")
    .values({
      id,
      slug: input.slug,
      kind: "news",
      source_locale: input.sourceLocale ?? "en",
      author_profile_id: input.authorProfileId ?? null,
      programme_id: null,
      cover_upload_id: null,
      created_by: null,
      published_at: dates[0] ?? null,
      created_at: input.at,
      updated_at: input.at,
    })
    .execute();
  for (const [locale, text] of Object.entries(input.texts)) {
    const isPublic = text.publishedAt !== undefined && text.publishedAt !== null;
    await db
      .insertInto("post_translations")
      .values({
        post_id: id,
        locale,
        ...translationColumns({ ...text, status: text.status ?? (isPublic ? "published" : "draft") }, input.at),
        cover_alt: "",
        publish_at: null,
        published_at: text.publishedAt ?? null,
      })
      .execute();
  }
  for (const topicId of input.topicIds ?? []) await db.insertInto("post_topics").values({ post_id: id, topic_id: topicId }).execute();
  return id;
}

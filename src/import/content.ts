import { PAGE_FIELDS } from "../content/index.ts";
import { newId } from "../db/ids.ts";
import type { Db } from "../db/index.ts";
import { hashFields, pickFields } from "../i18n/content.ts";
import { type Locale, localePath } from "../i18n/locales.ts";
import { POST_FIELDS } from "../posts/index.ts";
import { reindex } from "../search/index.ts";
import { renderMarkdown } from "../ui/markdown.ts";
import { type Attachments, originalPath, uploadsPath } from "./attachments.ts";
import { importComments } from "./comments.ts";
import { contentHash, findKeys, putKey } from "./keys.ts";
import { type Group, itemDate, itemLabel, type Member, oldPaths } from "./plan.ts";
import { saveRedirect } from "./redirects.ts";
import type { ImportRun, Tally } from "./report.ts";
import { slugify, uniqueSlug } from "./slugs.ts";
import { firstParagraph, htmlToText, wordpressToMarkdown } from "./wordpress-html.ts";
import { wordpressDate } from "./wxr.ts";

/**
 * Posts and pages: each translation group becomes one post (or page) with a text per language,
 * written with WordPress's dates and states. A draft, pending, private or scheduled item is a
 * draft here; a published one is public from its WordPress date.
 */

/** What the rest of the import made that posts point to. */
export type Links = {
  /** WordPress login → profile id. */
  authors: Map<string, string>;
  /** "category:slug" → topic id. */
  topics: Map<string, string>;
  attachments: Attachments;
};

type Text = {
  locale: Locale;
  title: string;
  summary: string;
  body: string;
  coverAlt: string;
  isPublished: boolean;
  /** The WordPress date: when it went public, if it did. */
  date: string;
  updatedAt: string;
};

function mapText(run: ImportRun, tally: Tally, member: Member, links: Links, coverId: string | undefined): Text {
  const { item } = member;
  const label = itemLabel(item);
  const date = itemDate(item);
  if (!date) tally.note(`${label}: no usable date; the time of the import is used`);
  const asDraft = { future: "scheduled", private: "private", pending: "waiting for review" }[item.status];
  if (asDraft) tally.note(`${label}: ${asDraft} in WordPress; imported as a draft`);
  if (item.password && item.status === "publish") tally.note(`${label}: password-protected in WordPress; imported as a draft`);
  const rewrite = (url: string) => {
    const path = uploadsPath(url);
    return (url.includes("/wp-content/uploads/") && path && links.attachments.byPath.get(originalPath(path))) || url;
  };
  const body = wordpressToMarkdown(item.content, rewrite);
  const text = htmlToText(item.content);
  const excerpt = htmlToText(item.excerpt);
  const title = (htmlToText(item.title).replace(/\s+/g, " ") || firstParagraph(text, 80) || `${item.type} ${item.id}`).slice(0, 300);
  const thumbnail = links.attachments.byId.get(item.meta.get("_thumbnail_id") ?? "");
  return {
    locale: member.locale,
    title,
    summary: firstParagraph(excerpt || text, 300),
    body,
    coverAlt: coverId ? htmlToText(thumbnail?.alt ?? "") : "",
    isPublished: item.status === "publish" && !item.password,
    date: date ?? run.now,
    updatedAt: wordpressDate(item.modifiedGmt) ?? date ?? run.now,
  };
}

type Table = "post_translations" | "page_translations";

/** Writes one language's text with the translation workflow's columns: the source hash is of the source's fields. */
async function writeText(db: Db, table: Table, subjectId: string, text: Text, source: Text, status: "published" | "draft"): Promise<void> {
  const workflow = (sourceFields: Record<string, string>) => ({
    body_html: renderMarkdown(text.body),
    status,
    source_hash: hashFields(sourceFields),
    source_fields: JSON.stringify(sourceFields),
    updated_at: text.updatedAt,
    updated_by: null,
  });
  if (table === "post_translations") {
    const values = {
      ...postFields(text),
      ...workflow(postFields(source)),
      publish_at: null,
      published_at: text.isPublished ? text.date : null,
    };
    await db
      .insertInto("post_translations")
      .values({ post_id: subjectId, locale: text.locale, ...values })
      .onConflict((oc) => oc.columns(["post_id", "locale"]).doUpdateSet(values))
      .execute();
  } else {
    const values = { ...pageFields(text), ...workflow(pageFields(source)) };
    await db
      .insertInto("page_translations")
      .values({ page_id: subjectId, locale: text.locale, ...values })
      .onConflict((oc) => oc.columns(["page_id", "locale"]).doUpdateSet(values))
      .execute();
  }
}

function postFields(text: Text) {
  return pickFields(POST_FIELDS, { title: text.title, summary: text.summary, body: text.body, cover_alt: text.coverAlt });
}

function pageFields(text: Text) {
  return pickFields(PAGE_FIELDS, { title: text.title, summary: text.summary, body: text.body });
}

/** Marks outdated the languages not in `written` whose text was made from other source text. */
async function markOthersOutdated(db: Db, table: Table, subjectId: string, source: Text, written: Locale[]): Promise<void> {
  if (table === "post_translations") {
    await db
      .updateTable("post_translations")
      .set({ status: "outdated" })
      .where("post_id", "=", subjectId)
      .where("locale", "not in", written)
      .where("source_hash", "!=", hashFields(postFields(source)))
      .where("status", "in", ["published", "draft"])
      .execute();
  } else {
    await db
      .updateTable("page_translations")
      .set({ status: "outdated" })
      .where("page_id", "=", subjectId)
      .where("locale", "not in", written)
      .where("source_hash", "!=", hashFields(pageFields(source)))
      .where("status", "in", ["published", "draft"])
      .execute();
  }
}

async function isSlugTaken(db: Db, type: "post" | "page", slug: string): Promise<boolean> {
  const row =
    type === "post"
      ? await db.selectFrom("posts").select("id").where("slug", "=", slug).executeTakeFirst()
      : await db.selectFrom("pages").select("id").where("slug", "=", slug).executeTakeFirst();
  return row !== undefined;
}

async function existingSlug(db: Db, type: "post" | "page", id: string): Promise<string | undefined> {
  const row =
    type === "post"
      ? await db.selectFrom("posts").select("slug").where("id", "=", id).executeTakeFirst()
      : await db.selectFrom("pages").select("slug").where("id", "=", id).executeTakeFirst();
  return row?.slug;
}

/** Imports one translation group; see the module comment. */
export async function importGroup(run: ImportRun, group: Group, links: Links): Promise<void> {
  const { type } = group;
  const kind = type === "post" ? "posts" : "pages";
  const [source] = group.members;
  if (!source) return;
  const label = itemLabel(source.item);
  const memberKeys = group.members.map((m) => `${type}:${m.item.id}`);
  await run.step(label, kind, async (db, tally) => {
    const keys = await findKeys(db, run.source, group.key ? [...memberKeys, group.key] : memberKeys);
    const knownId = keys[0]?.subjectId;
    const currentSlug = knownId ? await existingSlug(db, type, knownId) : undefined;
    if (knownId && !currentSlug) {
      tally.skip({ kind, label, reason: "deleted in Outreach after an earlier import; not brought back" });
      return;
    }
    const coverId = type === "post" ? links.attachments.byId.get(source.item.meta.get("_thumbnail_id") ?? "")?.uploadId : undefined;
    const texts = group.members.map((m) => mapText(run, tally, m, links, coverId));
    const sourceText = texts[0] as Text;
    const authorId = type === "post" ? (links.authors.get(source.item.creator) ?? null) : null;
    const topicIds = [
      ...new Set(
        group.members.flatMap((m) => m.item.terms.map((t) => links.topics.get(`${t.taxonomy}:${t.slug}`)).filter((id) => id !== undefined)),
      ),
    ].sort();
    const settings = { sourceLocale: sourceText.locale, coverId: coverId ?? null, authorId, topicIds };
    const hashes = texts.map((text, i) => contentHash({ text, settings, isSource: i === 0 }));
    const known = new Map(keys.map((k) => [k.externalId, k.contentHash]));
    const changed = texts.filter((_, i) => known.get(memberKeys[i] as string) !== hashes[i]);

    const published = texts
      .filter((t) => t.isPublished)
      .map((t) => t.date)
      .sort();
    const updatedAt =
      texts
        .map((t) => t.updatedAt)
        .sort()
        .at(-1) ?? run.now;
    const id = knownId ?? newId();
    let slug = currentSlug;
    if (!slug) {
      const wanted = slugify(source.item.name) || slugify(sourceText.title) || `${type}-${source.item.id}`;
      slug = await uniqueSlug(wanted, (s) => isSlugTaken(db, type, s));
      if (slug !== wanted) tally.note(`${label}: the address "${wanted}" was taken; it is "${slug}"`);
    }
    if (changed.length > 0) {
      if (type === "post") {
        const values = {
          author_profile_id: authorId,
          cover_upload_id: coverId ?? null,
          published_at: published[0] ?? null,
          updated_at: updatedAt,
        };
        if (knownId) await db.updateTable("posts").set(values).where("id", "=", id).execute();
        else {
          await db
            .insertInto("posts")
            .values({
              id,
              slug,
              kind: "news",
              source_locale: sourceText.locale,
              programme_id: null,
              created_by: null,
              created_at: sourceText.date,
              ...values,
            })
            .execute();
        }
        for (const topicId of topicIds) {
          await db
            .insertInto("post_topics")
            .values({ post_id: id, topic_id: topicId })
            .onConflict((oc) => oc.doNothing())
            .execute();
        }
      } else {
        const values = { is_published: published.length > 0 ? 1 : 0, updated_at: updatedAt };
        if (knownId) await db.updateTable("pages").set(values).where("id", "=", id).execute();
        else
          await db
            .insertInto("pages")
            .values({ id, slug, source_locale: sourceText.locale, created_at: sourceText.date, ...values })
            .execute();
      }
      const table: Table = type === "post" ? "post_translations" : "page_translations";
      for (const text of changed) {
        const isSource = text === sourceText;
        // The source text of a post is "published" in the workflow; whether it is public is its date.
        // A page is public as a whole, so its unpublished texts stay drafts.
        const status = text.isPublished || (isSource && (type === "post" || published.length === 0)) ? "published" : "draft";
        await writeText(db, table, id, text, sourceText, status);
      }
      // Languages not rewritten now (added here, or unchanged in WordPress) were made from the older source.
      if (changed.includes(sourceText))
        await markOthersOutdated(
          db,
          table,
          id,
          sourceText,
          changed.map((t) => t.locale),
        );
      for (const [i, externalId] of memberKeys.entries()) {
        await putKey(db, run.source, { externalId, subjectType: type, subjectId: id, contentHash: hashes[i] as string }, run.now);
      }
      if (group.key) {
        await putKey(
          db,
          run.source,
          { externalId: group.key, subjectType: type, subjectId: id, contentHash: contentHash(memberKeys) },
          run.now,
        );
      }
      await reindex({ db, clock: run.clock }, type, id);
    }
    tally.count(kind, !knownId ? "created" : changed.length > 0 ? "updated" : "unchanged");

    for (const member of group.members) {
      const to = localePath(member.locale, `/${type === "post" ? "news" : "pages"}/${slug}`);
      for (const from of oldPaths(member.item))
        tally.count("redirects", await saveRedirect(db, { from, to, source: run.source, now: run.now }));
      if (type === "post") await importComments(run, db, tally, id, member);
      else {
        for (const c of member.item.comments) {
          tally.skip({
            kind: "comments",
            label: `comment #${c.id} on ${itemLabel(member.item)}`,
            reason: "on a page: Outreach takes comments on posts and events only",
          });
        }
      }
    }
  });
}

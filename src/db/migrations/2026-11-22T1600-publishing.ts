import type { Kysely } from "kysely";

// Migrations never import app code: the schema here is frozen as it was on the day it landed.
// Posts and resources use the same translation workflow as pages and events (one row per language
// with status, source hash and source fields). Search is an inverted index of our own, the same
// tables and queries on both engines, so that both return the same results in the same order.
export async function up(db: Kysely<unknown>): Promise<void> {
  // Files that are not materials of an event: cover images, imported attachments.
  await db.schema
    .createTable("uploads")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("file_name", "text", (c) => c.notNull())
    .addColumn("content_type", "text", (c) => c.notNull())
    .addColumn("size", "integer", (c) => c.notNull())
    .addColumn("sha256", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("created_by", "text", (c) => c.references("users.id").onDelete("set null"))
    .execute();
  await db.schema.createIndex("uploads_sha256").on("uploads").column("sha256").execute();

  await db.schema
    .createTable("posts")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("slug", "text", (c) => c.notNull().unique())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("source_locale", "text", (c) => c.notNull())
    .addColumn("author_profile_id", "text", (c) => c.references("profiles.id").onDelete("set null"))
    .addColumn("programme_id", "text", (c) => c.references("programmes.id").onDelete("set null"))
    .addColumn("cover_upload_id", "text", (c) => c.references("uploads.id").onDelete("set null"))
    .addColumn("created_by", "text", (c) => c.references("users.id").onDelete("set null"))
    // Set when the first language goes public; the order of news lists.
    .addColumn("published_at", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("posts_published").on("posts").columns(["published_at"]).execute();
  await db.schema.createIndex("posts_programme").on("posts").column("programme_id").execute();
  await db.schema.createIndex("posts_author").on("posts").column("author_profile_id").execute();

  await db.schema
    .createTable("post_translations")
    .addColumn("post_id", "text", (c) => c.notNull().references("posts.id").onDelete("cascade"))
    .addColumn("locale", "text", (c) => c.notNull())
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("summary", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("body", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("body_html", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("cover_alt", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("source_hash", "text", (c) => c.notNull())
    .addColumn("source_fields", "text", (c) => c.notNull())
    // When this language is to go public (a job publishes it then), and when it did.
    .addColumn("publish_at", "text")
    .addColumn("published_at", "text")
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addColumn("updated_by", "text")
    .addPrimaryKeyConstraint("post_translations_pk", ["post_id", "locale"])
    .execute();
  await db.schema.createIndex("post_translations_listing").on("post_translations").columns(["locale", "published_at"]).execute();

  await db.schema
    .createTable("post_topics")
    .addColumn("post_id", "text", (c) => c.notNull().references("posts.id").onDelete("cascade"))
    .addColumn("topic_id", "text", (c) => c.notNull().references("topics.id").onDelete("cascade"))
    .addPrimaryKeyConstraint("post_topics_pk", ["post_id", "topic_id"])
    .execute();
  await db.schema.createIndex("post_topics_topic").on("post_topics").column("topic_id").execute();

  await db.schema
    .createTable("post_organisations")
    .addColumn("post_id", "text", (c) => c.notNull().references("posts.id").onDelete("cascade"))
    .addColumn("organisation_id", "text", (c) => c.notNull().references("organisations.id").onDelete("cascade"))
    .addPrimaryKeyConstraint("post_organisations_pk", ["post_id", "organisation_id"])
    .execute();
  await db.schema.createIndex("post_organisations_org").on("post_organisations").column("organisation_id").execute();

  await db.schema
    .createTable("post_events")
    .addColumn("post_id", "text", (c) => c.notNull().references("posts.id").onDelete("cascade"))
    .addColumn("event_id", "text", (c) => c.notNull().references("events.id").onDelete("cascade"))
    .addPrimaryKeyConstraint("post_events_pk", ["post_id", "event_id"])
    .execute();
  await db.schema.createIndex("post_events_event").on("post_events").column("event_id").execute();

  // Earlier texts of a thing in one language, newest last; restoring writes one back as a new text.
  await db.schema
    .createTable("revisions")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("subject_type", "text", (c) => c.notNull())
    .addColumn("subject_id", "text", (c) => c.notNull())
    .addColumn("locale", "text", (c) => c.notNull())
    .addColumn("fields", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("created_by", "text", (c) => c.references("users.id").onDelete("set null"))
    .execute();
  await db.schema
    .createIndex("revisions_subject")
    .on("revisions")
    .columns(["subject_type", "subject_id", "locale", "created_at"])
    .execute();

  await db.schema
    .createTable("resources")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("slug", "text", (c) => c.notNull().unique())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("source_locale", "text", (c) => c.notNull())
    .addColumn("programme_id", "text", (c) => c.references("programmes.id").onDelete("set null"))
    // The organisation that published it.
    .addColumn("organisation_id", "text", (c) => c.references("organisations.id").onDelete("set null"))
    .addColumn("is_published", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("published_at", "text")
    .addColumn("created_by", "text", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("resources_listing").on("resources").columns(["is_published", "published_at"]).execute();
  await db.schema.createIndex("resources_programme").on("resources").column("programme_id").execute();
  await db.schema.createIndex("resources_organisation").on("resources").column("organisation_id").execute();

  await db.schema
    .createTable("resource_translations")
    .addColumn("resource_id", "text", (c) => c.notNull().references("resources.id").onDelete("cascade"))
    .addColumn("locale", "text", (c) => c.notNull())
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("summary", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("body", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("body_html", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("source_hash", "text", (c) => c.notNull())
    .addColumn("source_fields", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addColumn("updated_by", "text")
    .addPrimaryKeyConstraint("resource_translations_pk", ["resource_id", "locale"])
    .execute();

  await db.schema
    .createTable("resource_files")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("resource_id", "text", (c) => c.notNull().references("resources.id").onDelete("cascade"))
    .addColumn("locale", "text", (c) => c.notNull())
    .addColumn("file_name", "text", (c) => c.notNull())
    .addColumn("content_type", "text", (c) => c.notNull())
    .addColumn("size", "integer", (c) => c.notNull())
    .addColumn("sha256", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addUniqueConstraint("resource_files_locale", ["resource_id", "locale"])
    .execute();

  await db.schema
    .createTable("resource_topics")
    .addColumn("resource_id", "text", (c) => c.notNull().references("resources.id").onDelete("cascade"))
    .addColumn("topic_id", "text", (c) => c.notNull().references("topics.id").onDelete("cascade"))
    .addPrimaryKeyConstraint("resource_topics_pk", ["resource_id", "topic_id"])
    .execute();
  await db.schema.createIndex("resource_topics_topic").on("resource_topics").column("topic_id").execute();

  await db.schema
    .createTable("post_resources")
    .addColumn("post_id", "text", (c) => c.notNull().references("posts.id").onDelete("cascade"))
    .addColumn("resource_id", "text", (c) => c.notNull().references("resources.id").onDelete("cascade"))
    .addPrimaryKeyConstraint("post_resources_pk", ["post_id", "resource_id"])
    .execute();
  await db.schema.createIndex("post_resources_resource").on("post_resources").column("resource_id").execute();

  // Downloads counted per resource, language and day: nothing about who downloaded.
  await db.schema
    .createTable("resource_downloads")
    .addColumn("resource_id", "text", (c) => c.notNull().references("resources.id").onDelete("cascade"))
    .addColumn("locale", "text", (c) => c.notNull())
    .addColumn("day", "text", (c) => c.notNull())
    .addColumn("count", "integer", (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint("resource_downloads_pk", ["resource_id", "locale", "day"])
    .execute();

  // Printed copies handed to a partner for its places (border police stations, refugee centres…).
  await db.schema
    .createTable("disseminations")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("resource_id", "text", (c) => c.notNull().references("resources.id").onDelete("cascade"))
    .addColumn("organisation_id", "text", (c) => c.references("organisations.id").onDelete("set null"))
    .addColumn("partner", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("locale", "text")
    .addColumn("copies", "integer", (c) => c.notNull())
    .addColumn("places", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("distributed_on", "text", (c) => c.notNull())
    .addColumn("note", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("created_by", "text", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("disseminations_resource").on("disseminations").columns(["resource_id", "distributed_on"]).execute();

  await db.schema
    .createTable("comments")
    .addColumn("id", "text", (c) => c.primaryKey())
    // post or event
    .addColumn("subject_type", "text", (c) => c.notNull())
    .addColumn("subject_id", "text", (c) => c.notNull())
    // The language version it was written on.
    .addColumn("locale", "text", (c) => c.notNull())
    .addColumn("author_name", "text", (c) => c.notNull())
    .addColumn("author_email", "text")
    .addColumn("body", "text", (c) => c.notNull())
    // pending, approved, rejected, spam
    .addColumn("status", "text", (c) => c.notNull())
    // Keyed hash of the sender's address, for rate limits and blocks; blanked on schedule.
    .addColumn("address_hash", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("moderated_at", "text")
    .addColumn("moderated_by", "text", (c) => c.references("users.id").onDelete("set null"))
    .execute();
  await db.schema
    .createIndex("comments_subject")
    .on("comments")
    .columns(["subject_type", "subject_id", "locale", "status", "created_at"])
    .execute();
  await db.schema.createIndex("comments_queue").on("comments").columns(["status", "created_at"]).execute();

  await db.schema
    .createTable("comment_blocks")
    .addColumn("id", "text", (c) => c.primaryKey())
    // address or email
    .addColumn("kind", "text", (c) => c.notNull())
    // Keyed hash of the address or the lower-cased email.
    .addColumn("value_hash", "text", (c) => c.notNull())
    .addColumn("reason", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("created_by", "text", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addUniqueConstraint("comment_blocks_value", ["kind", "value_hash"])
    .execute();

  // One row per thing and language that search can find.
  await db.schema
    .createTable("search_documents")
    .addColumn("id", "text", (c) => c.primaryKey())
    // post, page, event, resource, person
    .addColumn("type", "text", (c) => c.notNull())
    .addColumn("subject_id", "text", (c) => c.notNull())
    .addColumn("locale", "text", (c) => c.notNull())
    .addColumn("title", "text", (c) => c.notNull())
    // Plain text the highlighted excerpt is cut from.
    .addColumn("body", "text", (c) => c.notNull().defaultTo(""))
    // Path without the locale segment, e.g. /news/some-slug.
    .addColumn("path", "text", (c) => c.notNull())
    // Space-separated topic ids with a space at both ends, for a LIKE filter that needs no join.
    .addColumn("topic_ids", "text", (c) => c.notNull().defaultTo(" "))
    .addColumn("published_at", "text")
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("search_documents_subject").on("search_documents").columns(["type", "subject_id"]).execute();

  await db.schema
    .createTable("search_terms")
    .addColumn("term", "text", (c) => c.notNull())
    .addColumn("document_id", "text", (c) => c.notNull().references("search_documents.id").onDelete("cascade"))
    .addColumn("weight", "integer", (c) => c.notNull())
    .addPrimaryKeyConstraint("search_terms_pk", ["term", "document_id"])
    .execute();
  await db.schema.createIndex("search_terms_document").on("search_terms").column("document_id").execute();

  // Old addresses (a WordPress permalink) that answer with a permanent redirect.
  await db.schema
    .createTable("redirects")
    .addColumn("from_path", "text", (c) => c.primaryKey())
    .addColumn("to_path", "text", (c) => c.notNull())
    .addColumn("source", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();

  // What an import made from which item of the source, so that running it again updates, not duplicates.
  await db.schema
    .createTable("import_keys")
    .addColumn("source", "text", (c) => c.notNull())
    .addColumn("external_id", "text", (c) => c.notNull())
    .addColumn("subject_type", "text", (c) => c.notNull())
    .addColumn("subject_id", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("import_keys_pk", ["source", "external_id"])
    .execute();
  await db.schema.createIndex("import_keys_subject").on("import_keys").columns(["subject_type", "subject_id"]).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    "import_keys",
    "redirects",
    "search_terms",
    "search_documents",
    "comment_blocks",
    "comments",
    "disseminations",
    "resource_downloads",
    "post_resources",
    "resource_topics",
    "resource_files",
    "resource_translations",
    "resources",
    "revisions",
    "post_events",
    "post_organisations",
    "post_topics",
    "post_translations",
    "posts",
    "uploads",
  ]) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}

import type { Kysely } from "kysely";

// Migrations never import app code: the schema here is frozen as it was on the day it landed.
// Short names and labels that are not worth a translator's workflow (an organisation's name, a
// session title, a question label) are JSON maps from locale to text; the long texts of an event
// use the same translation workflow as pages.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("organisations")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("slug", "text", (c) => c.notNull().unique())
    .addColumn("name", "text", (c) => c.notNull().defaultTo("{}"))
    .addColumn("short_name", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("kind", "text", (c) => c.notNull().defaultTo("ngo"))
    .addColumn("country", "text")
    .addColumn("website", "text")
    .addColumn("description", "text", (c) => c.notNull().defaultTo("{}"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("profiles")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("slug", "text", (c) => c.notNull().unique())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("organisation_id", "text", (c) => c.references("organisations.id").onDelete("set null"))
    .addColumn("position", "text", (c) => c.notNull().defaultTo("{}"))
    .addColumn("bio", "text", (c) => c.notNull().defaultTo("{}"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("programmes")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("slug", "text", (c) => c.notNull().unique())
    .addColumn("title", "text", (c) => c.notNull().defaultTo("{}"))
    .addColumn("description", "text", (c) => c.notNull().defaultTo("{}"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("topics")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("slug", "text", (c) => c.notNull().unique())
    .addColumn("name", "text", (c) => c.notNull().defaultTo("{}"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("series")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("slug", "text", (c) => c.notNull().unique())
    .addColumn("programme_id", "text", (c) => c.references("programmes.id").onDelete("set null"))
    .addColumn("title", "text", (c) => c.notNull().defaultTo("{}"))
    .addColumn("description", "text", (c) => c.notNull().defaultTo("{}"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("events")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("slug", "text", (c) => c.notNull().unique())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("source_locale", "text", (c) => c.notNull())
    .addColumn("programme_id", "text", (c) => c.references("programmes.id").onDelete("set null"))
    .addColumn("series_id", "text", (c) => c.references("series.id").onDelete("set null"))
    .addColumn("owner_id", "text", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("time_zone", "text", (c) => c.notNull())
    .addColumn("is_online", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("venue", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("address", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("city", "text", (c) => c.notNull().defaultTo("{}"))
    .addColumn("country", "text")
    .addColumn("working_languages", "text", (c) => c.notNull().defaultTo("[]"))
    .addColumn("interpretation", "text", (c) => c.notNull().defaultTo("[]"))
    .addColumn("requires_approval", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("allows_pseudonymous", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("is_published", "integer", (c) => c.notNull().defaultTo(0))
    // The first start and last end over its occurrences, kept by the domain for listing and filters.
    .addColumn("starts_at", "text")
    .addColumn("ends_at", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("events_listing").on("events").columns(["is_published", "starts_at"]).execute();
  await db.schema.createIndex("events_series").on("events").column("series_id").execute();
  await db.schema.createIndex("events_programme").on("events").column("programme_id").execute();

  await db.schema
    .createTable("event_translations")
    .addColumn("event_id", "text", (c) => c.notNull().references("events.id").onDelete("cascade"))
    .addColumn("locale", "text", (c) => c.notNull())
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("summary", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("body", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("body_html", "text", (c) => c.notNull().defaultTo(""))
    // One objective per line; shown as an ordered list.
    .addColumn("objectives", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("source_hash", "text", (c) => c.notNull())
    .addColumn("source_fields", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addColumn("updated_by", "text")
    .addPrimaryKeyConstraint("event_translations_pk", ["event_id", "locale"])
    .execute();

  await db.schema
    .createTable("event_organisations")
    .addColumn("event_id", "text", (c) => c.notNull().references("events.id").onDelete("cascade"))
    .addColumn("organisation_id", "text", (c) => c.notNull().references("organisations.id").onDelete("cascade"))
    .addColumn("role", "text", (c) => c.notNull())
    .addColumn("position", "integer", (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint("event_organisations_pk", ["event_id", "organisation_id"])
    .execute();
  await db.schema.createIndex("event_organisations_org").on("event_organisations").column("organisation_id").execute();

  await db.schema
    .createTable("event_topics")
    .addColumn("event_id", "text", (c) => c.notNull().references("events.id").onDelete("cascade"))
    .addColumn("topic_id", "text", (c) => c.notNull().references("topics.id").onDelete("cascade"))
    .addPrimaryKeyConstraint("event_topics_pk", ["event_id", "topic_id"])
    .execute();
  await db.schema.createIndex("event_topics_topic").on("event_topics").column("topic_id").execute();

  await db.schema
    .createTable("event_sessions")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("event_id", "text", (c) => c.notNull().references("events.id").onDelete("cascade"))
    .addColumn("kind", "text", (c) => c.notNull())
    // Day of the event (1 for the first) and wall-clock times in the event's zone, "HH:MM".
    .addColumn("day", "integer", (c) => c.notNull().defaultTo(1))
    .addColumn("starts", "text", (c) => c.notNull())
    .addColumn("ends", "text", (c) => c.notNull())
    .addColumn("title", "text", (c) => c.notNull().defaultTo("{}"))
    .addColumn("description", "text", (c) => c.notNull().defaultTo("{}"))
    .addColumn("room", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("position", "integer", (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.createIndex("event_sessions_event").on("event_sessions").column("event_id").execute();

  await db.schema
    .createTable("session_people")
    .addColumn("session_id", "text", (c) => c.notNull().references("event_sessions.id").onDelete("cascade"))
    .addColumn("profile_id", "text", (c) => c.notNull().references("profiles.id").onDelete("cascade"))
    .addColumn("role", "text", (c) => c.notNull())
    .addColumn("position", "integer", (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint("session_people_pk", ["session_id", "profile_id"])
    .execute();
  await db.schema.createIndex("session_people_profile").on("session_people").column("profile_id").execute();

  await db.schema
    .createTable("materials")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("event_id", "text", (c) => c.notNull().references("events.id").onDelete("cascade"))
    .addColumn("session_id", "text", (c) => c.references("event_sessions.id").onDelete("set null"))
    .addColumn("title", "text", (c) => c.notNull().defaultTo("{}"))
    .addColumn("visibility", "text", (c) => c.notNull().defaultTo("public"))
    .addColumn("position", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("materials_event").on("materials").column("event_id").execute();

  await db.schema
    .createTable("material_files")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("material_id", "text", (c) => c.notNull().references("materials.id").onDelete("cascade"))
    .addColumn("locale", "text", (c) => c.notNull())
    .addColumn("file_name", "text", (c) => c.notNull())
    .addColumn("content_type", "text", (c) => c.notNull())
    .addColumn("size", "integer", (c) => c.notNull())
    .addColumn("sha256", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addUniqueConstraint("material_files_locale", ["material_id", "locale"])
    .execute();

  await db.schema
    .createTable("occurrences")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("event_id", "text", (c) => c.notNull().references("events.id").onDelete("cascade"))
    .addColumn("starts_at", "text", (c) => c.notNull())
    .addColumn("ends_at", "text", (c) => c.notNull())
    // null: no limit.
    .addColumn("capacity", "integer")
    // Seats held by confirmed registrations, changed only by a guarded UPDATE so it never passes capacity.
    .addColumn("confirmed_count", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("registration_opens_at", "text")
    .addColumn("registration_closes_at", "text")
    // Minutes before the start, JSON array, e.g. [1440, 60].
    .addColumn("reminders", "text", (c) => c.notNull().defaultTo("[]"))
    .addColumn("join_url", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("is_cancelled", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("occurrences_event").on("occurrences").columns(["event_id", "starts_at"]).execute();

  await db.schema
    .createTable("registration_questions")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("event_id", "text", (c) => c.notNull().references("events.id").onDelete("cascade"))
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("label", "text", (c) => c.notNull().defaultTo("{}"))
    .addColumn("help", "text", (c) => c.notNull().defaultTo("{}"))
    // JSON array of { value, label: { locale: text } } for choice questions.
    .addColumn("options", "text", (c) => c.notNull().defaultTo("[]"))
    .addColumn("is_required", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("position", "integer", (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.createIndex("registration_questions_event").on("registration_questions").column("event_id").execute();

  await db.schema
    .createTable("registrations")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("occurrence_id", "text", (c) => c.notNull().references("occurrences.id").onDelete("cascade"))
    .addColumn("event_id", "text", (c) => c.notNull().references("events.id").onDelete("cascade"))
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("email", "text", (c) => c.notNull())
    .addColumn("locale", "text", (c) => c.notNull())
    .addColumn("is_pseudonymous", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("answers", "text", (c) => c.notNull().defaultTo("{}"))
    // sha256 of the private link's token; the token itself is only in the person's mail.
    .addColumn("token_hash", "text", (c) => c.notNull().unique())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addColumn("cancelled_at", "text")
    .execute();
  await db.schema.createIndex("registrations_occurrence").on("registrations").columns(["occurrence_id", "status", "created_at"]).execute();
  await db.schema.createIndex("registrations_event").on("registrations").column("event_id").execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    "registrations",
    "registration_questions",
    "occurrences",
    "material_files",
    "materials",
    "session_people",
    "event_sessions",
    "event_topics",
    "event_organisations",
    "event_translations",
    "events",
    "series",
    "topics",
    "programmes",
    "profiles",
    "organisations",
  ]) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}

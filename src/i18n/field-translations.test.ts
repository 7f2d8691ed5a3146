import assert from "node:assert/strict";
import { describe, test } from "node:test";
import type { Kysely } from "kysely";
import { down, up } from "../db/migrations/2026-12-04T1850-field-translations.ts";
import { ENGINES, freshStore } from "../testing/harness.ts";
import { hashText } from "./field-translations.ts";

for (const engine of ENGINES) {
  describe(`the field_translations migration (${engine})`, () => {
    test("carries existing translations of sessions, questions, choices and the catalogue across as published", async () => {
      const fresh = await freshStore(engine);
      const db = fresh.store.db;
      try {
        await down(db as unknown as Kysely<unknown>);
        const now = "2026-11-22T10:00:00.000Z";
        await db
          .insertInto("events")
          .values({
            id: "e1",
            slug: "e1",
            kind: "webinar",
            source_locale: "ru",
            programme_id: null,
            series_id: null,
            owner_id: null,
            time_zone: "UTC",
            is_online: 1,
            venue: "",
            address: "",
            city: "{}",
            country: null,
            working_languages: "[]",
            interpretation: "[]",
            requires_approval: 0,
            allows_pseudonymous: 0,
            is_published: 1,
            starts_at: null,
            ends_at: null,
            created_at: now,
            updated_at: now,
          })
          .execute();
        await db
          .insertInto("event_sessions")
          .values({
            id: "s1",
            event_id: "e1",
            kind: "panel",
            day: 1,
            starts: "09:00",
            ends: "10:00",
            title: JSON.stringify({ ru: "Открытие", en: "Opening" }),
            description: "{}",
            room: "",
            position: 0,
          })
          .execute();
        await db
          .insertInto("registration_questions")
          .values({
            id: "q1",
            event_id: "e1",
            kind: "choice",
            label: JSON.stringify({ ru: "Роль", uk: "Роль" }),
            help: "not json",
            options: JSON.stringify([{ value: "nurse", label: { ru: "Медсестра", en: "Nurse" } }]),
            is_required: 0,
            position: 0,
          })
          .execute();
        await db
          .insertInto("topics")
          .values({ id: "t1", slug: "t1", name: JSON.stringify({ fr: "Politique", en: "Policy" }), created_at: now })
          .execute();
        await up(db as unknown as Kysely<unknown>);
        const rows = await db
          .selectFrom("field_translations")
          .select(["subject_type", "subject_id", "field", "locale", "text", "status", "source_locale", "source_text", "source_hash"])
          .orderBy("subject_type")
          .orderBy("field")
          .orderBy("locale")
          .execute();
        assert.deepEqual(rows, [
          {
            subject_type: "question",
            subject_id: "q1",
            field: "label",
            locale: "uk",
            text: "Роль",
            status: "published",
            source_locale: "ru",
            source_text: "Роль",
            source_hash: hashText("Роль"),
          },
          {
            subject_type: "question",
            subject_id: "q1",
            field: "option.nurse",
            locale: "en",
            text: "Nurse",
            status: "published",
            source_locale: "ru",
            source_text: "Медсестра",
            source_hash: hashText("Медсестра"),
          },
          {
            subject_type: "session",
            subject_id: "s1",
            field: "title",
            locale: "en",
            text: "Opening",
            status: "published",
            source_locale: "ru",
            source_text: "Открытие",
            source_hash: hashText("Открытие"),
          },
          {
            subject_type: "topic",
            subject_id: "t1",
            field: "name",
            locale: "fr",
            text: "Politique",
            status: "published",
            source_locale: "en",
            source_text: "Policy",
            source_hash: hashText("Policy"),
          },
        ]);
      } finally {
        await fresh.cleanup();
      }
    });
  });
}

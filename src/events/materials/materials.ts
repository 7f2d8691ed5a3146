import { rm } from "node:fs/promises";
import path from "node:path";
import type { Actor } from "../../access/policy.ts";
import { recordAudit } from "../../audit/audit.ts";
import { announceContentChange } from "../../changes.ts";
import type { Config } from "../../config.ts";
import { newId } from "../../db/ids.ts";
import type { Ctx, Db } from "../../db/index.ts";
import type { MaterialFileRow, MaterialRow } from "../../db/schema.ts";
import { AppError } from "../../errors.ts";
import { storeUpload } from "../../files/index.ts";
import { type LocalizedText, parseLocalized } from "../../i18n/content.ts";
import { isLocale, type Locale } from "../../i18n/locales.ts";
import type { MessageKey } from "../../i18n/messages.ts";
import { eventToManage } from "../events.ts";

/**
 * Materials of an event: slides, handouts, reports, one file per language. Files are checked by
 * what they contain, never by their name or the type the browser claims, and stored under
 * `<dataDir>/files/materials/<material_files.id>`; the row keeps the name, type, size and hash.
 */

export const MATERIAL_VISIBILITIES = ["public", "registrants"] as const;
export type MaterialVisibility = (typeof MATERIAL_VISIBILITIES)[number];

/** The largest file accepted, in bytes (20 MB, as the multipart limit of the app). */
export const MATERIAL_MAX_BYTES = 20 * 1024 * 1024;

export type MaterialFile = {
  id: string;
  materialId: string;
  locale: Locale;
  fileName: string;
  contentType: string;
  size: number;
  sha256: string;
  createdAt: string;
};

export type Material = {
  id: string;
  eventId: string;
  sessionId: string | null;
  title: LocalizedText;
  visibility: MaterialVisibility;
  position: number;
  createdAt: string;
  files: MaterialFile[];
};

type FilesCtx = Ctx & { config: Pick<Config, "dataDir" | "locales"> };

function toMaterial(row: MaterialRow, files: MaterialFile[]): Material {
  return {
    id: row.id,
    eventId: row.event_id,
    sessionId: row.session_id,
    title: parseLocalized(row.title),
    visibility: row.visibility === "registrants" ? "registrants" : "public",
    position: row.position,
    createdAt: row.created_at,
    files,
  };
}

function toMaterialFile(row: MaterialFileRow): MaterialFile {
  return {
    id: row.id,
    materialId: row.material_id,
    locale: isLocale(row.locale) ? row.locale : "en",
    fileName: row.file_name,
    contentType: row.content_type,
    size: Number(row.size),
    sha256: row.sha256,
    createdAt: row.created_at,
  };
}

/** Where the bytes of a stored material file live. */
export function materialFilePath(dataDir: string, fileId: string): string {
  if (!/^[\w-]{1,100}$/.test(fileId)) throw new AppError("NOT_FOUND");
  return path.join(materialsDir(dataDir), fileId);
}

function materialsDir(dataDir: string): string {
  return path.join(dataDir, "files", "materials");
}

/** The materials of an event in their order, each with its files. */
export async function listMaterials(db: Db, eventId: string): Promise<Material[]> {
  const rows = await db.selectFrom("materials").selectAll().where("event_id", "=", eventId).orderBy("position").orderBy("id").execute();
  if (rows.length === 0) return [];
  const files = await db
    .selectFrom("material_files")
    .selectAll()
    .where(
      "material_id",
      "in",
      rows.map((r) => r.id),
    )
    .orderBy("locale")
    .execute();
  return rows.map((row) => toMaterial(row, files.filter((f) => f.material_id === row.id).map(toMaterialFile)));
}

/** One file with its material, for serving a download; the caller decides who may see it. */
export async function materialFileFor(db: Db, fileId: string): Promise<{ file: MaterialFile; material: Material } | undefined> {
  const file = await db.selectFrom("material_files").selectAll().where("id", "=", fileId).executeTakeFirst();
  if (!file) return undefined;
  const material = await db.selectFrom("materials").selectAll().where("id", "=", file.material_id).executeTakeFirst();
  if (!material) return undefined;
  const files = await db.selectFrom("material_files").selectAll().where("material_id", "=", material.id).orderBy("locale").execute();
  return { file: toMaterialFile(file), material: toMaterial(material, files.map(toMaterialFile)) };
}

async function materialOf(db: Db, eventId: string, materialId: string): Promise<MaterialRow> {
  const row = await db.selectFrom("materials").selectAll().where("id", "=", materialId).where("event_id", "=", eventId).executeTakeFirst();
  if (!row) throw new AppError("NOT_FOUND");
  return row;
}

export type MaterialInput = { title: LocalizedText; visibility: string; sessionId: string | null };

/** Adds a material (without files yet) to an event; its title is required in the event's source language. */
export async function createMaterial(ctx: Ctx, actor: Actor, eventId: string, input: MaterialInput): Promise<Material> {
  const event = await eventToManage(ctx.db, actor, eventId);
  const errors: Record<string, MessageKey> = {};
  const title: LocalizedText = {};
  for (const [locale, text] of Object.entries(input.title)) {
    const trimmed = text?.trim() ?? "";
    if (!isLocale(locale) || !trimmed) continue;
    if (trimmed.length > 300) errors[`title_${locale}`] = "form.tooLong";
    title[locale] = trimmed;
  }
  if (!title[event.sourceLocale]) errors[`title_${event.sourceLocale}`] = "regAdmin.materials.titleRequired";
  if (!(MATERIAL_VISIBILITIES as readonly string[]).includes(input.visibility)) errors.visibility = "form.invalid";
  if (input.sessionId) {
    const session = await ctx.db
      .selectFrom("event_sessions")
      .select("id")
      .where("id", "=", input.sessionId)
      .where("event_id", "=", eventId)
      .executeTakeFirst();
    if (!session) errors.sessionId = "form.invalid";
  }
  if (Object.keys(errors).length > 0) throw new AppError("VALIDATION_FAILED", errors);
  const count = await ctx.db
    .selectFrom("materials")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("event_id", "=", eventId)
    .executeTakeFirstOrThrow();
  const row: MaterialRow = {
    id: newId(),
    event_id: eventId,
    session_id: input.sessionId || null,
    title: JSON.stringify(title),
    visibility: input.visibility as MaterialVisibility,
    position: Number(count.n),
    created_at: ctx.clock.now().toISOString(),
  };
  await ctx.db.insertInto("materials").values(row).execute();
  await recordAudit(ctx, { actorId: actor.id, action: "material.created", subjectType: "material", subjectId: row.id });
  announceContentChange();
  return toMaterial(row, []);
}

/** Removes a material with all its files, from the database and from the disk. */
export async function deleteMaterial(ctx: FilesCtx, actor: Actor, eventId: string, materialId: string): Promise<void> {
  await eventToManage(ctx.db, actor, eventId);
  await materialOf(ctx.db, eventId, materialId);
  const files = await ctx.db.selectFrom("material_files").select("id").where("material_id", "=", materialId).execute();
  await ctx.db.transaction().execute(async (trx) => {
    await trx.deleteFrom("material_files").where("material_id", "=", materialId).execute();
    await trx.deleteFrom("materials").where("id", "=", materialId).execute();
    await recordAudit(
      { db: trx, clock: ctx.clock },
      { actorId: actor.id, action: "material.deleted", subjectType: "material", subjectId: materialId },
    );
  });
  for (const f of files) await rm(materialFilePath(ctx.config.dataDir, f.id), { force: true });
  announceContentChange();
}

/** Removes the file of one language of a material. */
export async function deleteMaterialFile(ctx: FilesCtx, actor: Actor, eventId: string, materialId: string, fileId: string): Promise<void> {
  await eventToManage(ctx.db, actor, eventId);
  await materialOf(ctx.db, eventId, materialId);
  const result = await ctx.db
    .deleteFrom("material_files")
    .where("id", "=", fileId)
    .where("material_id", "=", materialId)
    .executeTakeFirst();
  if (Number(result.numDeletedRows) === 0) throw new AppError("NOT_FOUND");
  await recordAudit(ctx, { actorId: actor.id, action: "material.file-deleted", subjectType: "material", subjectId: materialId });
  await rm(materialFilePath(ctx.config.dataDir, fileId), { force: true });
  announceContentChange();
}

export type UploadInput = { locale: string; fileName: string; content: AsyncIterable<Buffer> };

/**
 * Stores the file of one language of a material, replacing the one before. The file is kept only
 * if it is at most 20 MB and, by its content, one of the accepted kinds; otherwise nothing is
 * stored and a field error says why. Past the limit the upload is still read to its end (but not
 * written), so the request completes; when this throws early, the caller drains what is left.
 */
export async function saveMaterialFile(
  ctx: FilesCtx,
  actor: Actor,
  eventId: string,
  materialId: string,
  input: UploadInput,
): Promise<MaterialFile> {
  await eventToManage(ctx.db, actor, eventId);
  await materialOf(ctx.db, eventId, materialId);
  if (!isLocale(input.locale) || !ctx.config.locales.includes(input.locale)) {
    throw new AppError("VALIDATION_FAILED", { locale: "form.invalid" });
  }
  const locale = input.locale;
  const upload = {
    dir: materialsDir(ctx.config.dataDir),
    content: input.content,
    fileName: input.fileName,
    maxBytes: MATERIAL_MAX_BYTES,
    refusals: {
      empty: "regAdmin.materials.fileRequired",
      tooLarge: "regAdmin.materials.fileTooLarge",
      wrongType: "regAdmin.materials.fileType",
    },
  } as const;
  const row = await storeUpload(ctx.db, upload, async (trx, file) => {
    const row: MaterialFileRow = {
      id: file.id,
      material_id: materialId,
      locale,
      file_name: file.fileName,
      content_type: file.contentType,
      size: file.size,
      sha256: file.sha256,
      created_at: ctx.clock.now().toISOString(),
    };
    const before = await trx
      .selectFrom("material_files")
      .select("id")
      .where("material_id", "=", materialId)
      .where("locale", "=", locale)
      .execute();
    await trx.deleteFrom("material_files").where("material_id", "=", materialId).where("locale", "=", locale).execute();
    await trx.insertInto("material_files").values(row).execute();
    await recordAudit(
      { db: trx, clock: ctx.clock },
      { actorId: actor.id, action: "material.file-saved", subjectType: "material", subjectId: materialId, detail: locale },
    );
    return { value: row, replaced: before.map((b) => b.id) };
  });
  announceContentChange();
  return toMaterialFile(row);
}

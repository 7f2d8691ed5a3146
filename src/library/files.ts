import { rm } from "node:fs/promises";
import path from "node:path";
import { sql } from "kysely";
import { type Actor, can } from "../access/policy.ts";
import { recordAudit } from "../audit/audit.ts";
import { announceContentChange } from "../changes.ts";
import type { Config } from "../config.ts";
import type { Ctx, Db } from "../db/index.ts";
import type { ResourceFileRow } from "../db/schema.ts";
import { AppError } from "../errors.ts";
import { storeUpload } from "../files/index.ts";
import { isLocale, type Locale } from "../i18n/locales.ts";
import { reindex } from "../search/index.ts";
import { findResource } from "./resources.ts";

/**
 * The file of each language of a resource, stored at `<dataDir>/files/resources/<resource_files.id>`,
 * and how often each was downloaded: a count per resource, language and day, nothing about who.
 */

/** The largest file accepted, in bytes (25 MB). */
export const RESOURCE_FILE_MAX_BYTES = 25 * 1024 * 1024;

export type ResourceFile = {
  id: string;
  resourceId: string;
  locale: Locale;
  fileName: string;
  contentType: string;
  size: number;
  sha256: string;
  createdAt: string;
};

type FilesCtx = Ctx & { config: Pick<Config, "dataDir" | "locales"> };

export function toResourceFile(row: ResourceFileRow): ResourceFile {
  return {
    id: row.id,
    resourceId: row.resource_id,
    locale: isLocale(row.locale) ? row.locale : "en",
    fileName: row.file_name,
    contentType: row.content_type,
    size: Number(row.size),
    sha256: row.sha256,
    createdAt: row.created_at,
  };
}

function resourceFilesDir(dataDir: string): string {
  return path.join(dataDir, "files", "resources");
}

/** Where the bytes of a stored resource file live. */
export function resourceFilePath(dataDir: string, fileId: string): string {
  if (!/^[\w-]{1,100}$/.test(fileId)) throw new AppError("NOT_FOUND");
  return path.join(resourceFilesDir(dataDir), fileId);
}

/** The files of a resource, one per language. */
export async function listResourceFiles(db: Db, resourceId: string): Promise<ResourceFile[]> {
  const rows = await db.selectFrom("resource_files").selectAll().where("resource_id", "=", resourceId).orderBy("locale").execute();
  return rows.map(toResourceFile);
}

export async function findResourceFile(db: Db, resourceId: string, locale: Locale): Promise<ResourceFile | undefined> {
  const row = await db
    .selectFrom("resource_files")
    .selectAll()
    .where("resource_id", "=", resourceId)
    .where("locale", "=", locale)
    .executeTakeFirst();
  return row ? toResourceFile(row) : undefined;
}

export type ResourceFileInput = { locale: string; fileName: string; content: AsyncIterable<Buffer> };

/**
 * Stores the file of one language, replacing the one before. Kept only when it is at most 25 MB
 * and, by its content, a PDF, DOCX, ODT, PNG, JPEG or WEBP; otherwise nothing is stored and a
 * field error says why. When this throws before reading, the caller drains the upload.
 */
export async function saveResourceFile(ctx: FilesCtx, actor: Actor, resourceId: string, input: ResourceFileInput): Promise<ResourceFile> {
  if (!can(actor, "library.manage")) throw new AppError("FORBIDDEN");
  await findResource(ctx.db, resourceId);
  if (!isLocale(input.locale) || !ctx.config.locales.includes(input.locale)) {
    throw new AppError("VALIDATION_FAILED", { locale: "library.file.languageUnknown" });
  }
  const locale = input.locale;
  const upload = {
    dir: resourceFilesDir(ctx.config.dataDir),
    content: input.content,
    fileName: input.fileName,
    maxBytes: RESOURCE_FILE_MAX_BYTES,
    refusals: { empty: "library.file.required", tooLarge: "library.file.tooLarge", wrongType: "library.file.wrongType" },
  } as const;
  const row = await storeUpload(ctx.db, upload, async (trx, file) => {
    const now = ctx.clock.now().toISOString();
    const row: ResourceFileRow = {
      id: file.id,
      resource_id: resourceId,
      locale,
      file_name: file.fileName,
      content_type: file.contentType,
      size: file.size,
      sha256: file.sha256,
      created_at: now,
    };
    const before = await trx
      .selectFrom("resource_files")
      .select("id")
      .where("resource_id", "=", resourceId)
      .where("locale", "=", locale)
      .execute();
    await trx.deleteFrom("resource_files").where("resource_id", "=", resourceId).where("locale", "=", locale).execute();
    await trx.insertInto("resource_files").values(row).execute();
    await trx.updateTable("resources").set({ updated_at: now }).where("id", "=", resourceId).execute();
    const inner = { db: trx, clock: ctx.clock };
    await recordAudit(inner, {
      actorId: actor.id,
      action: "resource.file-saved",
      subjectType: "resource",
      subjectId: resourceId,
      detail: locale,
    });
    await reindex(inner, "resource", resourceId);
    return { value: row, replaced: before.map((b) => b.id) };
  });
  announceContentChange();
  return toResourceFile(row);
}

/** Removes the file of one language, from the database and the disk; its download counts stay. */
export async function deleteResourceFile(ctx: FilesCtx, actor: Actor, resourceId: string, locale: Locale): Promise<void> {
  if (!can(actor, "library.manage")) throw new AppError("FORBIDDEN");
  await findResource(ctx.db, resourceId);
  const file = await findResourceFile(ctx.db, resourceId, locale);
  if (!file) throw new AppError("NOT_FOUND");
  await ctx.db.transaction().execute(async (trx) => {
    await trx.deleteFrom("resource_files").where("id", "=", file.id).execute();
    const inner = { db: trx, clock: ctx.clock };
    await recordAudit(inner, {
      actorId: actor.id,
      action: "resource.file-deleted",
      subjectType: "resource",
      subjectId: resourceId,
      detail: locale,
    });
    await reindex(inner, "resource", resourceId);
  });
  await rm(resourceFilePath(ctx.config.dataDir, file.id), { force: true });
  announceContentChange();
}

/** The UTC day of a moment, "YYYY-MM-DD". */
function utcDay(at: Date): string {
  return at.toISOString().slice(0, 10);
}

/**
 * Counts one download of the file in a language, for today (UTC). One statement that adds to the
 * day's row or creates it, the same on both engines, so that concurrent downloads are all counted.
 * Nothing about the person is kept: no address, no cookie, no time finer than the day.
 */
export async function countDownload(ctx: Ctx, resourceId: string, locale: Locale): Promise<void> {
  await ctx.db
    .insertInto("resource_downloads")
    .values({ resource_id: resourceId, locale, day: utcDay(ctx.clock.now()), count: 1 })
    .onConflict((oc) => oc.columns(["resource_id", "locale", "day"]).doUpdateSet({ count: sql`resource_downloads.count + 1` }))
    .execute();
}

export type DownloadCount = { locale: Locale; total: number; lastThirtyDays: number };

/** Downloads per language of a resource: in all, and in the last 30 days (today included). */
export async function countDownloads(ctx: Ctx, resourceId: string): Promise<DownloadCount[]> {
  const since = utcDay(new Date(ctx.clock.now().getTime() - 29 * 24 * 60 * 60 * 1000));
  const rows = await ctx.db
    .selectFrom("resource_downloads")
    .select((eb) => [
      "locale",
      eb.fn.sum<number | string>("count").as("total"),
      eb.fn.sum<number | string>(eb.case().when("day", ">=", since).then(eb.ref("count")).else(0).end()).as("recent"),
    ])
    .where("resource_id", "=", resourceId)
    .groupBy("locale")
    .orderBy("locale")
    .execute();
  return rows.flatMap((r) =>
    isLocale(r.locale) ? [{ locale: r.locale, total: Number(r.total ?? 0), lastThirtyDays: Number(r.recent ?? 0) }] : [],
  );
}

import { rm } from "node:fs/promises";
import path from "node:path";
import type { FastifyInstance } from "fastify";
import type { Actor } from "../access/policy.ts";
import type { Config } from "../config.ts";
import type { Ctx, Db } from "../db/index.ts";
import type { UploadRow } from "../db/schema.ts";
import { AppError } from "../errors.ts";
import type { MessageKey } from "../i18n/messages.ts";
import type { Services } from "../web/context.ts";
import { sendStoredFile, storeUpload } from "./stored.ts";

/**
 * Files that belong to no event: cover images of posts, attachments brought in by an import. Each is
 * checked by its content, stored under `<dataDir>/files/uploads/<id>` and served at
 * `/files/<id>/<name>`, a public address that never changes (the id is new for every upload).
 */

export type UploadKind = "pdf" | "docx" | "odt" | "png" | "jpeg" | "webp";

/** What a cover image may be. */
export const IMAGE_KINDS: readonly UploadKind[] = ["png", "jpeg", "webp"];
/** Everything an upload may be. */
export const ALL_KINDS: readonly UploadKind[] = ["pdf", "docx", "odt", "png", "jpeg", "webp"];

/** The largest cover image accepted, in bytes. */
export const IMAGE_MAX_BYTES = 5 * 1024 * 1024;

const KIND_OF_TYPE: Record<string, UploadKind> = {
  "application/pdf": "pdf",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
  "application/vnd.oasis.opendocument.text": "odt",
  "image/png": "png",
  "image/jpeg": "jpeg",
  "image/webp": "webp",
};

export type Upload = {
  id: string;
  fileName: string;
  contentType: string;
  size: number;
  sha256: string;
  createdAt: string;
  /** Site-relative address of the file. */
  url: string;
};

export function toUpload(row: UploadRow): Upload {
  return {
    id: row.id,
    fileName: row.file_name,
    contentType: row.content_type,
    size: Number(row.size),
    sha256: row.sha256,
    createdAt: row.created_at,
    url: uploadUrl(row.id, row.file_name),
  };
}

/** The public address of an upload. */
export function uploadUrl(id: string, fileName: string): string {
  return `/files/${id}/${encodeURIComponent(fileName)}`;
}

function uploadsDir(dataDir: string): string {
  return path.join(dataDir, "files", "uploads");
}

/** Where the bytes of an upload live. */
export function uploadPath(dataDir: string, id: string): string {
  if (!/^[\w-]{1,100}$/.test(id)) throw new AppError("NOT_FOUND");
  return path.join(uploadsDir(dataDir), id);
}

export async function findUpload(db: Db, id: string): Promise<Upload | undefined> {
  const row = await db.selectFrom("uploads").selectAll().where("id", "=", id).executeTakeFirst();
  return row ? toUpload(row) : undefined;
}

export type UploadInput = {
  fileName: string;
  content: AsyncIterable<Buffer>;
  /** What the file may be, judged by its content: images only for covers. */
  kinds: readonly UploadKind[];
  /** At most this many bytes; 5 MB unless told. */
  maxBytes?: number;
};

/**
 * Stores an upload if, by its content, it is one of the kinds asked for and within the size limit;
 * otherwise stores nothing and throws a field error on `file` saying why. The file is put in place
 * inside the transaction that records it, so a row never points at a missing file. The stream is
 * read to its end even past the limit, so the request completes.
 */
export async function saveUpload(ctx: Ctx & { config: Pick<Config, "dataDir"> }, actor: Actor | null, input: UploadInput): Promise<Upload> {
  const wrongType: MessageKey = input.kinds.every((k) => IMAGE_KINDS.includes(k)) ? "posts.upload.imageType" : "posts.upload.fileType";
  const upload = {
    dir: uploadsDir(ctx.config.dataDir),
    content: input.content,
    fileName: input.fileName,
    maxBytes: input.maxBytes ?? IMAGE_MAX_BYTES,
    refusals: { empty: "posts.upload.fileRequired", tooLarge: "posts.upload.fileTooLarge", wrongType },
  } as const;
  return storeUpload(ctx.db, upload, async (trx, file) => {
    const kind = KIND_OF_TYPE[file.contentType];
    // A kind the app knows but this upload may not be (a PDF as a cover): refused before anything is written.
    if (!kind || !input.kinds.includes(kind)) throw new AppError("VALIDATION_FAILED", { file: wrongType });
    const row: UploadRow = {
      id: file.id,
      file_name: file.fileName,
      content_type: file.contentType,
      size: file.size,
      sha256: file.sha256,
      created_at: ctx.clock.now().toISOString(),
      created_by: actor?.id ?? null,
    };
    await trx.insertInto("uploads").values(row).execute();
    return { value: toUpload(row), replaced: [] };
  });
}

/** Removes an upload's row and file; posts that showed it lose their cover. */
export async function deleteUpload(ctx: Ctx & { config: Pick<Config, "dataDir"> }, id: string): Promise<void> {
  await ctx.db.deleteFrom("uploads").where("id", "=", id).execute();
  await rm(uploadPath(ctx.config.dataDir, id), { force: true });
}

/** A year: the address of an upload never serves other bytes. */
const UPLOAD_MAX_AGE = 31_536_000;

/** `GET /files/:id/:name`: the stored file, when the name is the one it was stored under. */
export function registerUploadRoutes(app: FastifyInstance, services: Services): void {
  app.get<{ Params: { id: string; name: string } }>("/files/:id/:name", { config: { access: "public" } }, async (req, reply) => {
    if (!/^[\w-]{1,100}$/.test(req.params.id)) throw new AppError("NOT_FOUND");
    const upload = await findUpload(services.db, req.params.id);
    if (!upload || upload.fileName !== req.params.name) throw new AppError("NOT_FOUND");
    return sendStoredFile(reply, uploadPath(services.config.dataDir, upload.id), upload, { inline: true, maxAge: UPLOAD_MAX_AGE });
  });
}

import { createHash, randomBytes } from "node:crypto";
import { createWriteStream } from "node:fs";
import { mkdir, open, rename, rm } from "node:fs/promises";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import type { FastifyReply } from "fastify";
import { newId } from "../db/ids.ts";
import type { Db } from "../db/index.ts";
import { AppError } from "../errors.ts";
import type { MessageKey } from "../i18n/messages.ts";

/**
 * Files people upload (event materials, library files, cover images): what a file is, judged by
 * its content and never by its name or the type the browser claims; a safe name to keep; receiving
 * an upload to a temporary file with its size and hash; and sending a stored file with safe headers.
 */

export type FileKind = { contentType: string; extension: string };

const PDF: FileKind = { contentType: "application/pdf", extension: "pdf" };
const DOCX: FileKind = { contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", extension: "docx" };
const ODT: FileKind = { contentType: "application/vnd.oasis.opendocument.text", extension: "odt" };
const PNG: FileKind = { contentType: "image/png", extension: "png" };
const JPEG: FileKind = { contentType: "image/jpeg", extension: "jpg" };
const WEBP: FileKind = { contentType: "image/webp", extension: "webp" };

/** How much of the start of a file is kept to recognise it. */
const HEAD_BYTES = 256 * 1024;

function startsWith(bytes: Buffer, signature: readonly number[], offset = 0): boolean {
  return bytes.length >= offset + signature.length && signature.every((b, i) => bytes[offset + i] === b);
}

/** The names (and, for stored entries, the first bytes) of the zip entries whose local headers lie in `head`. */
function zipEntries(head: Buffer): { name: string; stored: Buffer | undefined }[] {
  const entries: { name: string; stored: Buffer | undefined }[] = [];
  let at = 0;
  // A local file header: "PK\3\4", then fixed fields, the name and an extra field. Entries written
  // with a data descriptor may not state their size, so the next header is searched for instead.
  while (at + 30 <= head.length && entries.length < 200) {
    if (!startsWith(head, [0x50, 0x4b, 0x03, 0x04], at)) {
      const next = head.indexOf(Buffer.from([0x50, 0x4b, 0x03, 0x04]), at + 1);
      if (next < 0) break;
      at = next;
      continue;
    }
    const method = head.readUInt16LE(at + 8);
    const compressedSize = head.readUInt32LE(at + 18);
    const nameLength = head.readUInt16LE(at + 26);
    const extraLength = head.readUInt16LE(at + 28);
    const nameEnd = at + 30 + nameLength;
    if (nameEnd > head.length) break;
    const name = head.subarray(at + 30, nameEnd).toString("utf8");
    const dataStart = nameEnd + extraLength;
    const stored =
      method === 0 && compressedSize > 0 ? head.subarray(dataStart, Math.min(head.length, dataStart + compressedSize)) : undefined;
    entries.push({ name, stored });
    at = compressedSize > 0 ? dataStart + compressedSize : at + 4;
  }
  return entries;
}

/** What a file is, from its first bytes: PDF, DOCX, ODT, PNG, JPEG or WEBP; undefined for anything else. */
export function detectFileKind(head: Buffer): FileKind | undefined {
  if (startsWith(head, [0x25, 0x50, 0x44, 0x46, 0x2d])) return PDF; // %PDF-
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return PNG;
  if (startsWith(head, [0xff, 0xd8, 0xff])) return JPEG;
  if (startsWith(head, [0x52, 0x49, 0x46, 0x46]) && startsWith(head, [0x57, 0x45, 0x42, 0x50], 8)) return WEBP; // RIFF….WEBP
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04])) {
    const entries = zipEntries(head);
    const mimetype = entries.find((e) => e.name === "mimetype");
    if (mimetype?.stored?.toString("latin1").trim() === ODT.contentType) return ODT;
    if (entries.some((e) => e.name === "[Content_Types].xml") && entries.some((e) => e.name.startsWith("word/"))) return DOCX;
  }
  return undefined;
}

/**
 * A file name safe to store and to offer in a download: no path, no control or reserved characters,
 * at most 120 characters, ending in the extension of what the file really is.
 */
export function sanitiseFileName(name: string, kind: FileKind): string {
  const base = (name.split(/[/\\]/).pop() ?? "")
    .normalize("NFC")
    .replace(/[\p{Cc}\p{Cf}<>:"|?*]/gu, "_")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^[.\s]+|[.\s]+$/g, "");
  const dot = base.lastIndexOf(".");
  const stem = (dot > 0 ? base.slice(0, dot) : base)
    .trim()
    .slice(0, 110)
    .replace(/[.\s]+$/, "");
  return `${stem || "material"}.${kind.extension}`;
}

/** Writes an upload to a temporary file while hashing it; past the limit it keeps reading but stops writing. */
export async function receiveUpload(
  content: AsyncIterable<Buffer>,
  temp: string,
  maxBytes: number,
): Promise<{ size: number; sha256: string; head: Buffer }> {
  const hash = createHash("sha256");
  const headParts: Buffer[] = [];
  let headLength = 0;
  let size = 0;
  await pipeline(
    async function* () {
      for await (const chunk of content) {
        size += chunk.length;
        if (size > maxBytes) continue;
        hash.update(chunk);
        if (headLength < HEAD_BYTES) {
          const part = chunk.subarray(0, HEAD_BYTES - headLength);
          headParts.push(part);
          headLength += part.length;
        }
        yield chunk;
      }
    },
    createWriteStream(temp, { flags: "wx", mode: 0o600 }),
  );
  return { size, sha256: hash.digest("hex"), head: Buffer.concat(headParts) };
}

/**
 * Sends a stored file: its checked type, `nosniff` (set for every response), and a download by
 * default, so that a file is never shown as a page of this site. Images may be shown inline.
 * `isPrivate` is for a file reached through a session or a private link (event materials): no
 * cache, the browser's included, keeps a copy.
 */
export async function sendStoredFile(
  reply: FastifyReply,
  filePath: string,
  file: { fileName: string; contentType: string; size: number },
  options: { inline?: boolean; maxAge?: number; isPrivate?: boolean } = {},
): Promise<FastifyReply> {
  const handle = await open(filePath).catch(() => undefined);
  if (!handle) throw new AppError("NOT_FOUND");
  const ascii = file.fileName.replace(/[^\w.-]/g, "_");
  const disposition = options.inline && file.contentType.startsWith("image/") ? "inline" : "attachment";
  return reply
    .type(file.contentType)
    .header("Content-Length", String(file.size))
    .header("Content-Disposition", `${disposition}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`)
    .header("Content-Security-Policy", "default-src 'none'; sandbox")
    .header(
      "Cache-Control",
      options.isPrivate ? "private, no-store" : options.maxAge ? `public, max-age=${options.maxAge}` : "private, no-cache",
    )
    .send(handle.createReadStream());
}

/** An accepted upload: the id it is stored under (also its row's id), a safe name, its checked type, size and hash. */
export type CheckedFile = { id: string; fileName: string; contentType: string; size: number; sha256: string };

/** The messages that tell why an upload was refused, as the field error of "file". */
export type UploadRefusals = { empty: MessageKey; tooLarge: MessageKey; wrongType: MessageKey };

/**
 * Stores an upload as `<dir>/<id>` only if it is accepted and `record` succeeds. The upload is read
 * to a temporary file (past `maxBytes` still read to its end, but not written) and checked by its
 * content; then `record` writes its rows in one transaction, inside which the file is put in place,
 * so that a row never points at a missing file and a refused or failed upload leaves nothing
 * behind. `record` returns the ids of the files it replaced, removed once the transaction commits.
 */
export async function storeUpload<T>(
  db: Db,
  upload: { dir: string; content: AsyncIterable<Buffer>; fileName: string; maxBytes: number; refusals: UploadRefusals },
  record: (trx: Db, file: CheckedFile) => Promise<{ value: T; replaced: readonly string[] }>,
): Promise<T> {
  const temp = path.join(upload.dir, `.upload-${randomBytes(12).toString("hex")}`);
  let placedAt: string | undefined;
  let isCommitted = false;
  try {
    await mkdir(upload.dir, { recursive: true });
    const received = await receiveUpload(upload.content, temp, upload.maxBytes);
    const kind = detectFileKind(received.head);
    const { refusals } = upload;
    if (received.size === 0) throw new AppError("VALIDATION_FAILED", { file: refusals.empty });
    if (received.size > upload.maxBytes) throw new AppError("VALIDATION_FAILED", { file: refusals.tooLarge });
    if (!kind) throw new AppError("VALIDATION_FAILED", { file: refusals.wrongType });
    const file: CheckedFile = {
      id: newId(),
      fileName: sanitiseFileName(upload.fileName, kind),
      contentType: kind.contentType,
      size: received.size,
      sha256: received.sha256,
    };
    const { value, replaced } = await db.transaction().execute(async (trx) => {
      const result = await record(trx, file);
      // Put in place inside the transaction: if the file cannot be moved, the rows are not saved either.
      const target = path.join(upload.dir, file.id);
      await rename(temp, target);
      placedAt = target;
      return result;
    });
    isCommitted = true;
    for (const id of replaced) await rm(path.join(upload.dir, id), { force: true });
    return value;
  } catch (error) {
    if (placedAt && !isCommitted) await rm(placedAt, { force: true });
    throw error;
  } finally {
    if (!placedAt) await rm(temp, { force: true });
  }
}

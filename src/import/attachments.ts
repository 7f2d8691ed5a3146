import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { open, stat } from "node:fs/promises";
import path from "node:path";
import { detectFileKind, uploadUrl } from "../files/index.ts";

import { findKeys, putKey } from "./keys.ts";
import { itemLabel, oldPaths, parseUrl } from "./plan.ts";
import { saveRedirect } from "./redirects.ts";
import type { ImportRun } from "./report.ts";
import { decodePercent } from "./slugs.ts";
import type { WxrItem } from "./wxr.ts";

/**
 * Attachments: the media library's files, found in the folder given with `--files` (a copy of
 * `wp-content/uploads`) by the path after `/wp-content/uploads/` in their address. Each becomes an
 * upload, checked by its content like any other; a file that is not there is reported, never an
 * error. Old file addresses redirect to the new ones.
 */

export type ImportedFile = { uploadId: string; url: string; alt: string };

export type Attachments = {
  byId: Map<string, ImportedFile>;
  /** The path under uploads/ (without WordPress's size suffix) → the new address. */
  byPath: Map<string, string>;
};

/** An attachment file this large is left out. */
export const ATTACHMENT_MAX_BYTES = 50 * 1024 * 1024;

/** "https://x.org/wp-content/uploads/2023/05/a-300x200.jpg" → "2023/05/a-300x200.jpg". */
export function uploadsPath(url: string): string | undefined {
  const parsed = parseUrl(url);
  const pathname = decodePercent(parsed ? parsed.pathname : url);
  const at = pathname.indexOf("/wp-content/uploads/");
  if (at >= 0) return pathname.slice(at + "/wp-content/uploads/".length);
  return parsed ? undefined : pathname.replace(/^\/+/, "") || undefined;
}

/** The original of a resized or scaled copy: "a-300x200.jpg" and "a-scaled.jpg" are "a.jpg". */
export function originalPath(relative: string): string {
  return relative.replace(/-(\d+x\d+|scaled|rotated)(\.[a-z0-9]+)$/i, "$2").toLowerCase();
}

async function sha256Of(file: string): Promise<string> {
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest("hex");
}

async function headOf(file: string): Promise<Buffer> {
  const handle = await open(file);
  try {
    const buffer = Buffer.alloc(256 * 1024);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** Finds the file of an attachment under `filesDir`; undefined with the reason when it cannot be used. */
async function locate(filesDir: string | undefined, relative: string | undefined): Promise<{ file?: string; reason?: string }> {
  if (!filesDir) return { reason: "file not imported: no --files folder was given" };
  if (!relative) return { reason: "file not imported: its address is not under /wp-content/uploads/" };
  const root = path.resolve(filesDir);
  const file = path.resolve(root, relative);
  if (!file.startsWith(root + path.sep)) return { reason: "file not imported: its address leads outside the --files folder" };
  const info = await stat(file).catch(() => undefined);
  if (!info?.isFile()) return { reason: `file missing from the --files folder: ${relative}` };
  if (info.size > ATTACHMENT_MAX_BYTES) return { reason: "file not imported: larger than 50 MB" };
  return { file };
}

export type SaveFile = (fileName: string, file: string) => Promise<{ id: string; url: string }>;

type Inspected = { file?: string; sha256?: string; fileName?: string; reason?: string };

/** Where the file is, its hash, and whether it is of a kind we keep; files are read outside any transaction. */
async function inspect(filesDir: string | undefined, relative: string | undefined): Promise<Inspected> {
  const found = await locate(filesDir, relative);
  if (!found.file) return found;
  const fileName = path.basename(found.file);
  if (!detectFileKind(await headOf(found.file))) {
    return { reason: `file type not accepted (${path.extname(fileName) || "no extension"}): PDF, DOCX, ODT, PNG, JPEG and WEBP are` };
  }
  return { file: found.file, fileName, sha256: await sha256Of(found.file) };
}

/** Imports every attachment; see the module comment. */
export async function importAttachments(
  run: ImportRun,
  items: WxrItem[],
  filesDir: string | undefined,
  saveFile: SaveFile,
): Promise<Attachments> {
  const result: Attachments = { byId: new Map(), byPath: new Map() };
  let done = 0;
  for (const item of items) {
    const label = itemLabel(item);
    const address = item.attachmentUrl || item.guid;
    const relative = uploadsPath(address);
    const externalId = `attachment:${item.id}`;
    const file = await inspect(filesDir, relative);
    const hash = file.sha256 ? `${file.sha256}:${file.fileName}` : undefined;
    // What is there already: this attachment's upload from an earlier run, or the same bytes uploaded before.
    const known = await run.step(label, "attachments", async (db) => {
      const [key] = await findKeys(db, run.source, [externalId]);
      const mine = key
        ? await db.selectFrom("uploads").select(["id", "file_name"]).where("id", "=", key.subjectId).executeTakeFirst()
        : undefined;
      const same = file.sha256
        ? await db.selectFrom("uploads").select(["id", "file_name"]).where("sha256", "=", file.sha256).executeTakeFirst()
        : undefined;
      return { key, mine, same };
    });
    if (!known) continue;
    let upload = known.mine ? { id: known.mine.id, url: uploadUrl(known.mine.id, known.mine.file_name) } : undefined;
    let outcome: "created" | "updated" | "unchanged" = "unchanged";
    if (file.file && hash && !(upload && known.key?.contentHash === hash)) {
      if (known.same) upload = { id: known.same.id, url: uploadUrl(known.same.id, known.same.file_name) };
      else {
        outcome = known.key ? "updated" : "created";
        upload = run.isDryRun
          ? { id: `dry-run-${item.id}`, url: `/files/dry-run-${item.id}/${encodeURIComponent(file.fileName ?? "file")}` }
          : await saveFile(file.fileName ?? "file", file.file);
      }
    }
    const stored = upload;
    await run.step(label, "attachments", async (db, tally) => {
      if (!stored) {
        tally.skip({ kind: "attachments", label, reason: file.reason ?? "file missing" });
        return;
      }
      tally.count("attachments", outcome);
      if (hash && (outcome !== "unchanged" || known.key?.contentHash !== hash)) {
        await putKey(db, run.source, { externalId, subjectType: "upload", subjectId: stored.id, contentHash: hash }, run.now);
      }
      const fileAddress = parseUrl(address);
      for (const from of [...oldPaths(item), ...(fileAddress ? [fileAddress.pathname] : [])]) {
        tally.count("redirects", await saveRedirect(db, { from, to: stored.url, source: run.source, now: run.now }));
      }
    });
    if (stored) {
      result.byId.set(item.id, { uploadId: stored.id, url: stored.url, alt: item.meta.get("_wp_attachment_image_alt") ?? "" });
      if (relative) result.byPath.set(originalPath(relative), stored.url);
    }
    run.progress("attachments", ++done, items.length);
  }
  return result;
}

import { createHash } from "node:crypto";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { contentChanged } from "../changes.ts";

/**
 * A short-lived cache of anonymous public pages, as nginx "microcaching" does: a page is rendered
 * at most once per address every few seconds, however many visitors ask. Signed-in people always
 * get a fresh page, so editors see their change at once. A change made on this instance empties
 * the cache at once; one made on another instance shows within TTL_MS.
 */
export const TTL_MS = 3_000;
const MAX_ENTRIES = 2_000;

type Entry = { body: string; etag: string; expiresAt: number; encoded: Map<Encoding, Buffer> };

export type Encoding = "br" | "gzip";

/**
 * The coding to send a page in, from the client's Accept-Encoding: Brotli if it takes it, else
 * gzip, else none. A coding refused with q=0 is never chosen.
 */
export function preferredEncoding(acceptEncoding: string | string[] | undefined): Encoding | undefined {
  if (acceptEncoding === undefined) return undefined;
  const accepted = new Set<string>();
  for (const part of String(acceptEncoding).toLowerCase().split(",")) {
    const [name = "", ...params] = part.trim().split(";");
    const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    if (q !== undefined && !(Number(q.slice(2)) > 0)) continue;
    accepted.add(name.trim());
  }
  if (accepted.has("br")) return "br";
  if (accepted.has("gzip")) return "gzip";
  return undefined;
}

/**
 * The page's bytes in a coding: Brotli at quality 5 (most of quality 11's gain at a small part of
 * its cost) or gzip at level 6. Anonymous pages hold no secret of one visitor (their form token
 * is the same for every anonymous visitor), so compressing them beside reflected input leaks
 * nothing (BREACH needs a per-user secret).
 */
export function encode(body: string, encoding: Encoding): Buffer {
  const bytes = Buffer.from(body);
  return encoding === "br"
    ? brotliCompressSync(bytes, {
        params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
      })
    : gzipSync(bytes, { level: 6 });
}

/** A weak validator of a page's bytes: the same bytes, the same tag, on every instance. */
export function etagOf(body: string): string {
  return `W/"${createHash("sha256").update(body).digest("base64url").slice(0, 22)}"`;
}

/**
 * Whether the client's `If-None-Match` names this tag (weak comparison, RFC 9110 §13.1.2): then
 * the page it holds is still the page, and a 304 without a body answers.
 */
export function isNotModified(ifNoneMatch: string | string[] | undefined, etag: string): boolean {
  if (ifNoneMatch === undefined) return false;
  const bare = etag.replace(/^W\//, "");
  for (const part of String(ifNoneMatch).split(",")) {
    const tag = part.trim();
    if (tag === "*" || tag.replace(/^W\//, "") === bare) return true;
  }
  return false;
}

export class MicroCache {
  private readonly entries = new Map<string, Entry>();

  constructor() {
    contentChanged.addEventListener("change", () => this.entries.clear());
  }

  /** The page and its tag, while fresh. */
  entry(key: string, now: number): { body: string; etag: string; encoded: Map<Encoding, Buffer> } | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt <= now) {
      this.entries.delete(key);
      return undefined;
    }
    return entry;
  }

  set(key: string, body: string, now: number, etag = etagOf(body)): void {
    if (this.entries.size >= MAX_ENTRIES) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    this.entries.set(key, { body, etag, expiresAt: now + TTL_MS, encoded: new Map() });
  }

  /** The page of this entry in a coding, compressed once per entry and kept beside it. */
  static encoded(entry: { body: string; encoded: Map<Encoding, Buffer> }, encoding: Encoding): Buffer {
    let bytes = entry.encoded.get(encoding);
    if (!bytes) {
      bytes = encode(entry.body, encoding);
      entry.encoded.set(encoding, bytes);
    }
    return bytes;
  }
}

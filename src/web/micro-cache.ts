import { createHash } from "node:crypto";
import { contentChanged } from "../changes.ts";

/**
 * A short-lived cache of anonymous public pages, as nginx "microcaching" does: a page is rendered
 * at most once per address every few seconds, however many visitors ask. Signed-in people always
 * get a fresh page, so editors see their change at once. A change made on this instance empties
 * the cache at once; one made on another instance shows within TTL_MS.
 */
export const TTL_MS = 3_000;
const MAX_ENTRIES = 2_000;

type Entry = { body: string; etag: string; expiresAt: number };

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

  get(key: string, now: number): string | undefined {
    return this.entry(key, now)?.body;
  }

  /** The page and its tag, while fresh. */
  entry(key: string, now: number): { body: string; etag: string } | undefined {
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
    this.entries.set(key, { body, etag, expiresAt: now + TTL_MS });
  }
}

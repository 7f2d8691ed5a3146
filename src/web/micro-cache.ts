import { contentChanged } from "../changes.ts";

/**
 * A short-lived cache of anonymous public pages, as nginx "microcaching" does: a page is rendered
 * at most once per address every few seconds, however many visitors ask. Signed-in people always
 * get a fresh page, so editors see their change at once. A change made on this instance empties
 * the cache at once; one made on another instance shows within TTL_MS.
 */
export const TTL_MS = 3_000;
const MAX_ENTRIES = 2_000;

type Entry = { body: string; expiresAt: number };

export class MicroCache {
  private readonly entries = new Map<string, Entry>();

  constructor() {
    contentChanged.addEventListener("change", () => this.entries.clear());
  }

  get(key: string, now: number): string | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt <= now) {
      this.entries.delete(key);
      return undefined;
    }
    return entry.body;
  }

  set(key: string, body: string, now: number): void {
    if (this.entries.size >= MAX_ENTRIES) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    this.entries.set(key, { body, expiresAt: now + TTL_MS });
  }
}

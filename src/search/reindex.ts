import type { Ctx } from "../db/index.ts";

/** Rebuilds the whole search index from the stored content: after the demo, an import, or by `outreach search reindex`. */
export async function reindexAll(_ctx: Ctx): Promise<{ documents: number }> {
  return { documents: 0 };
}

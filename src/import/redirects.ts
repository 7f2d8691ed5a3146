import type { Ctx, Db } from "../db/index.ts";
import { isAcceptableInput } from "../web/input.ts";
import { decodePercent } from "./slugs.ts";

/**
 * Old addresses that answer with a permanent redirect: WordPress permalinks (`/2023/05/25/slug/`,
 * `/?p=123`), category archives and uploaded files, recorded by the importer. Addresses are kept
 * in one normal form (percent-decoded, lower case, no trailing slash, the query as given), so that
 * a lookup is one read of the primary key.
 */

/** The normal form of a path with its query: "/2023/05/%D0%B2/?p=1" → "/2023/05/в?p=1". */
export function redirectKey(pathWithQuery: string): string {
  const [beforeHash = ""] = pathWithQuery.split("#");
  const at = beforeHash.indexOf("?");
  const rawPath = at < 0 ? beforeHash : beforeHash.slice(0, at);
  const query = at < 0 ? "" : beforeHash.slice(at + 1);
  let path = decodePercent(rawPath)
    .toLowerCase()
    .replace(/\/{2,}/g, "/");
  if (!path.startsWith("/")) path = `/${path}`;
  if (path.length > 1) path = path.replace(/\/+$/, "");
  return query ? `${path}?${query}` : path;
}

/** Longer addresses are not looked up at all. */
const MAX_URL = 2_000;

/**
 * The new address for an old one, or undefined. `url` is the request's path and query; a match
 * with the query wins over one without it, so `/?p=12` and `/old-post/?utm_source=x` both work.
 */
export async function findRedirect(ctx: Pick<Ctx, "db">, url: string): Promise<string | undefined> {
  if (url.length > MAX_URL || !url.startsWith("/")) return undefined;
  const full = redirectKey(url);
  const bare = redirectKey(url.split("?")[0] ?? url);
  // An address with a NUL or a broken character was never imported, and PostgreSQL cannot compare it.
  if (!isAcceptableInput(full) || !isAcceptableInput(bare)) return undefined;
  const rows = await ctx.db
    .selectFrom("redirects")
    .select(["from_path", "to_path"])
    .where("from_path", "in", full === bare ? [full] : [full, bare])
    .execute();
  const row = rows.find((r) => r.from_path === full) ?? rows[0];
  if (!row || redirectKey(row.to_path) === full) return undefined;
  return row.to_path;
}

export type RedirectOutcome = "created" | "updated" | "unchanged";

/** Records that `from` now lives at `to`; an address already recorded is pointed at the new place. */
export async function saveRedirect(db: Db, redirect: { from: string; to: string; source: string; now: string }): Promise<RedirectOutcome> {
  const from = redirectKey(redirect.from);
  if (from === "/" || redirectKey(redirect.to) === from) return "unchanged";
  const existing = await db.selectFrom("redirects").select("to_path").where("from_path", "=", from).executeTakeFirst();
  if (existing?.to_path === redirect.to) return "unchanged";
  if (existing) {
    await db.updateTable("redirects").set({ to_path: redirect.to, source: redirect.source }).where("from_path", "=", from).execute();
    return "updated";
  }
  await db
    .insertInto("redirects")
    .values({ from_path: from, to_path: redirect.to, source: redirect.source, created_at: redirect.now })
    .execute();
  return "created";
}

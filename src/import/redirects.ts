import type { Ctx } from "../db/index.ts";

/** The new address for an old one (a WordPress permalink), or undefined. */
export async function findRedirect(_ctx: Ctx, _path: string): Promise<string | undefined> {
  return undefined;
}

import type { Ctx } from "../db/index.ts";
import type { Actor } from "../people/policy.ts";

export async function loadDemoLibrary(_ctx: Ctx, _editor: Actor): Promise<void> {}

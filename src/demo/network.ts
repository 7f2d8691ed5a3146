import type { Actor } from "../access/policy.ts";
import type { Config } from "../config.ts";
import { createPage, saveTranslation, setPagePublished } from "../content/index.ts";
import type { Ctx } from "../db/index.ts";
import type { SiteInfo } from "../events/index.ts";
import type { Locale } from "../i18n/locales.ts";
import { createUser } from "../people/index.ts";
import { reindexAll } from "../search/index.ts";
import { loadDemoComments } from "./comments.ts";
import { loadDemoEvents } from "./events.ts";
import { loadDemoLibrary } from "./library.ts";
import { DEMO_PAGES } from "./pages.ts";
import { loadDemoPosts } from "./posts.ts";

/**
 * Loads the demo network on an empty database: a regional harm reduction network's pages and
 * events, written for Outreach from the facts of real events. Some translations are missing or
 * drafts on purpose, so that fallback and translation status can be seen. Takes the app's services
 * (database, clock, config), since events need the site's address for their mails.
 */
export async function loadDemoNetwork(ctx: Ctx & { config: SiteInfo & Pick<Config, "dataDir" | "locales"> }): Promise<void> {
  const editor = await createUser(ctx, {
    email: "editor@example.org",
    name: "Demo editor",
    password: `demo-${crypto.randomUUID()}`,
    role: "editor",
  });
  const actor: Actor = { id: editor.id, role: "editor", locales: [] };
  for (const page of DEMO_PAGES) {
    const [source, ...others] = page.translations;
    if (!source) continue;
    const created = await createPage(ctx, actor, { slug: page.slug, sourceLocale: source.locale, ...source.fields });
    for (const t of others) {
      await saveTranslation(ctx, actor, created.id, t.locale, { ...t.fields, status: t.status ?? "published" });
    }
    if (page.revisedSource) {
      // The original changes after it was translated: its translations become "outdated".
      await saveTranslation(ctx, actor, created.id, source.locale, { ...source.fields, ...page.revisedSource, status: "published" });
    }
    if (page.isPublished !== false) await setPagePublished(ctx, actor, created.id, true);
  }
  const organiser = await createUser(ctx, {
    email: "organiser@example.org",
    name: "Demo organiser",
    password: `demo-${crypto.randomUUID()}`,
    role: "organiser",
  });
  await loadDemoEvents(ctx, { id: organiser.id, role: "organiser", locales: [] });
  await loadDemoLibrary(ctx, actor);
  await loadDemoPosts(ctx, actor);
  await loadDemoComments(ctx, actor);
  await reindexAll(ctx);
}

export type DemoPage = {
  slug: string;
  isPublished?: boolean;
  /** Fields of the original changed after translation, to show outdated translations. */
  revisedSource?: Partial<{ title: string; summary: string; body: string }>;
  translations: {
    locale: Locale;
    status?: "draft" | "published";
    fields: { title: string; summary: string; body: string };
  }[];
};

import { type Actor, can } from "../access/policy.ts";
import { recordAudit } from "../audit/audit.ts";
import { announceContentChange } from "../changes.ts";
import { newId } from "../db/ids.ts";
import type { Ctx, Db } from "../db/index.ts";
import type { PageRow, PageTranslationRow } from "../db/schema.ts";
import { AppError } from "../errors.ts";
import {
  changesSinceTranslated,
  chooseTranslation,
  fallbackChain,
  type ReadOptions,
  readableLocales,
  type SourceChange,
  type StoredStatus,
  type TranslationStatus,
} from "../i18n/content.ts";
import { isLocale, type Locale } from "../i18n/locales.ts";
import {
  insertSourceTranslation,
  type StoredTranslation,
  type TranslationsTable,
  toStoredTranslation,
  writeTranslation,
} from "../i18n/translations.ts";
import { reindex } from "../search/index.ts";
import { renderMarkdown } from "../ui/markdown.ts";
import { SLUG_PATTERN } from "../web/forms.ts";

/** The fields of a page a translator writes. */
export const PAGE_FIELDS = ["title", "summary", "body"] as const;
export type PageFields = Record<(typeof PAGE_FIELDS)[number], string>;

const PAGE_TRANSLATIONS: TranslationsTable<keyof PageFields> = { table: "page_translations", entityColumn: "page_id", fields: PAGE_FIELDS };

export type Page = {
  id: string;
  slug: string;
  sourceLocale: Locale;
  isPublished: boolean;
  updatedAt: string;
};

export type PageTranslation = StoredTranslation<keyof PageFields>;

function toPage(row: PageRow): Page {
  return {
    id: row.id,
    slug: row.slug,
    sourceLocale: isLocale(row.source_locale) ? row.source_locale : "en",
    isPublished: row.is_published === 1,
    updatedAt: row.updated_at,
  };
}

function toTranslation(row: PageTranslationRow): PageTranslation {
  return toStoredTranslation(PAGE_FIELDS, row);
}

async function findPageRow(db: Db, id: string): Promise<PageRow> {
  const row = await db.selectFrom("pages").selectAll().where("id", "=", id).executeTakeFirst();
  if (!row) throw new AppError("NOT_FOUND");
  return row;
}

async function translationsOf(db: Db, pageId: string): Promise<PageTranslation[]> {
  const rows = await db.selectFrom("page_translations").selectAll().where("page_id", "=", pageId).execute();
  return rows.map(toTranslation);
}

/** Creates an unpublished page with its text in the source language. */
export async function createPage(ctx: Ctx, actor: Actor, input: { slug: string; sourceLocale: Locale } & PageFields): Promise<Page> {
  if (!can(actor, "pages.manage")) throw new AppError("FORBIDDEN");
  if (!SLUG_PATTERN.test(input.slug)) throw new AppError("VALIDATION_FAILED", { slug: "pages.slugInvalid" });
  const taken = await ctx.db.selectFrom("pages").select("id").where("slug", "=", input.slug).executeTakeFirst();
  if (taken) throw new AppError("CONFLICT", { slug: "pages.slugTaken" });
  const now = ctx.clock.now().toISOString();
  const row: PageRow = {
    id: newId(),
    slug: input.slug,
    source_locale: input.sourceLocale,
    is_published: 0,
    created_at: now,
    updated_at: now,
  };
  await ctx.db.transaction().execute(async (trx) => {
    await trx.insertInto("pages").values(row).execute();
    await insertSourceTranslation(trx, PAGE_TRANSLATIONS, {
      entityId: row.id,
      locale: input.sourceLocale,
      fields: input,
      bodyHtml: renderMarkdown(input.body),
      actorId: actor.id,
      now,
    });
    await recordAudit(
      { db: trx, clock: ctx.clock },
      { actorId: actor.id, action: "page.created", subjectType: "page", subjectId: row.id, detail: input.sourceLocale },
    );
    await reindex({ db: trx, clock: ctx.clock }, "page", row.id);
  });
  return toPage(row);
}

/**
 * Saves the text of one language. Saving the source language re-hashes it, and every translation
 * made from older source text becomes "outdated". Saving another language records which source
 * text it was made from.
 */
export async function saveTranslation(
  ctx: Ctx,
  actor: Actor,
  pageId: string,
  locale: Locale,
  input: PageFields & { status: "draft" | "published" },
): Promise<void> {
  if (!can(actor, "pages.translate", { locale })) throw new AppError("FORBIDDEN");
  const page = toPage(await findPageRow(ctx.db, pageId));
  const isSource = locale === page.sourceLocale;
  if (isSource && !can(actor, "pages.manage")) throw new AppError("FORBIDDEN");
  const now = ctx.clock.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    const translations = await translationsOf(trx, pageId);
    await writeTranslation(trx, PAGE_TRANSLATIONS, {
      entityId: pageId,
      locale,
      sourceLocale: page.sourceLocale,
      source: translations.find((t) => t.locale === page.sourceLocale),
      fields: input,
      bodyHtml: renderMarkdown(input.body),
      status: input.status,
      actorId: actor.id,
      now,
    });
    await trx.updateTable("pages").set({ updated_at: now }).where("id", "=", pageId).execute();
    await reindex({ db: trx, clock: ctx.clock }, "page", pageId);
    await recordAudit(
      { db: trx, clock: ctx.clock },
      { actorId: actor.id, action: "page.translation-saved", subjectType: "page", subjectId: pageId, detail: locale },
    );
  });
  announceContentChange();
}

/** Publishes or withdraws the whole page, in every language. */
export async function setPagePublished(ctx: Ctx, actor: Actor, pageId: string, isPublished: boolean): Promise<Page> {
  if (!can(actor, "pages.manage")) throw new AppError("FORBIDDEN");
  const page = toPage(await findPageRow(ctx.db, pageId));
  await ctx.db
    .updateTable("pages")
    .set({ is_published: isPublished ? 1 : 0, updated_at: ctx.clock.now().toISOString() })
    .where("id", "=", pageId)
    .execute();
  await reindex(ctx, "page", pageId);
  await recordAudit(ctx, {
    actorId: actor.id,
    action: isPublished ? "page.published" : "page.unpublished",
    subjectType: "page",
    subjectId: pageId,
  });
  announceContentChange();
  return { ...page, isPublished };
}

/** What a reader needs of a translation: no Markdown source, no copy of the original. */
export type ReadableTranslation = { locale: Locale; title: string; summary: string; bodyHtml: string; status: StoredStatus };

export type PageForReader = {
  page: Page;
  translation: ReadableTranslation;
  /** The locale the text is in; differs from the requested one when a fallback was used. */
  locale: Locale;
  isFallback: boolean;
  isOutdated: boolean;
  /** Serbian in the other script, shown transliterated into the reader's. */
  isTransliterated: boolean;
  availableIn: Locale[];
};

/**
 * A published page in the reader's language, or along the fallback chain; nothing is written.
 * One query, reading only the readable translations and only the columns a reader sees.
 */
export async function readPage(db: Db, slug: string, requested: Locale, options: ReadOptions): Promise<PageForReader | undefined> {
  const rows = await db
    .selectFrom("pages")
    .innerJoin("page_translations as t", "t.page_id", "pages.id")
    .selectAll("pages")
    .select(["t.locale", "t.status", "t.title", "t.summary", "t.body_html"])
    .where("pages.slug", "=", slug)
    .where("pages.is_published", "=", 1)
    .where("t.status", "in", ["published", "outdated"])
    .execute();
  const first = rows[0];
  if (!first) return undefined;
  const page = toPage(first);
  const translations: ReadableTranslation[] = rows.map((r) => ({
    locale: r.locale as Locale,
    title: r.title,
    summary: r.summary,
    bodyHtml: r.body_html,
    status: r.status,
  }));
  const chain = fallbackChain(requested, { ...options, sourceLocale: page.sourceLocale });
  const chosen = chooseTranslation(translations, chain);
  if (!chosen) return undefined;
  const { translation } = chosen;
  return {
    page,
    translation,
    locale: chosen.locale,
    isFallback: chosen.isFallback,
    isOutdated: translation.status === "outdated",
    isTransliterated: chosen.isTransliterated,
    availableIn: readableLocales(translations),
  };
}

export type PageOverview = Page & { title: string; statuses: Record<string, TranslationStatus> };

/** Every page with the status of each language, for the admin list. */
export async function listPagesWithStatus(db: Db, locales: readonly Locale[]): Promise<PageOverview[]> {
  const pages = await db.selectFrom("pages").selectAll().orderBy("slug").execute();
  const translations = await db.selectFrom("page_translations").select(["page_id", "locale", "status", "title"]).execute();
  return pages.map((row) => {
    const page = toPage(row);
    const own = translations.filter((t) => t.page_id === page.id);
    const statuses: Record<string, TranslationStatus> = {};
    for (const l of locales) statuses[l] = own.find((t) => t.locale === l)?.status ?? "missing";
    return { ...page, title: own.find((t) => t.locale === page.sourceLocale)?.title ?? page.slug, statuses };
  });
}

/** Published pages in a language (or its fallback), newest first, for the home page. */
export async function listPublishedPages(db: Db, requested: Locale, options: ReadOptions) {
  const pages = await db.selectFrom("pages").selectAll().where("is_published", "=", 1).orderBy("updated_at", "desc").execute();
  if (pages.length === 0) return [];
  const translations = await db
    .selectFrom("page_translations")
    .select(["page_id", "locale", "status", "title", "summary"])
    .where(
      "page_id",
      "in",
      pages.map((p) => p.id),
    )
    .execute();
  return pages.flatMap((row) => {
    const page = toPage(row);
    const chain = fallbackChain(requested, { ...options, sourceLocale: page.sourceLocale });
    const chosen = chooseTranslation(
      translations.filter((t) => t.page_id === page.id),
      chain,
    );
    return chosen
      ? [
          {
            page,
            title: chosen.translation.title,
            summary: chosen.translation.summary,
            locale: chosen.locale,
            isFallback: chosen.isFallback,
          },
        ]
      : [];
  });
}

export type TranslationEditor = {
  page: Page;
  locale: Locale;
  source: PageTranslation;
  translation: PageTranslation | undefined;
  status: TranslationStatus;
  /** Fields whose source text changed since this translation was made, with old and new source. */
  changes: SourceChange<keyof PageFields>[];
};

/** What a translator sees: the source text, their text, and what changed in the source since. */
export async function getTranslationEditor(db: Db, pageId: string, locale: Locale): Promise<TranslationEditor> {
  const page = toPage(await findPageRow(db, pageId));
  const translations = await translationsOf(db, pageId);
  const source = translations.find((t) => t.locale === page.sourceLocale);
  if (!source) throw new AppError("NOT_FOUND");
  const translation = translations.find((t) => t.locale === locale);
  const changes = changesSinceTranslated(PAGE_FIELDS, source, translation);
  return { page, locale, source, translation, status: translation?.status ?? "missing", changes };
}

export async function findPageBySlug(db: Db, slug: string): Promise<Page | undefined> {
  const row = await db.selectFrom("pages").selectAll().where("slug", "=", slug).executeTakeFirst();
  return row ? toPage(row) : undefined;
}

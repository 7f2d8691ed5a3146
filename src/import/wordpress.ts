import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { readFile } from "node:fs/promises";
import { recordAudit } from "../audit/audit.ts";
import { announceContentChange } from "../changes.ts";
import type { Config } from "../config.ts";
import { newId } from "../db/ids.ts";
import type { Ctx, Db } from "../db/index.ts";
import { ALL_KINDS, saveUpload } from "../files/index.ts";
import { parseLocalized } from "../i18n/content.ts";
import { type Locale, localePath } from "../i18n/locales.ts";
import { reindex } from "../search/index.ts";
import { ATTACHMENT_MAX_BYTES, importAttachments, type SaveFile } from "./attachments.ts";
import { importGroup, type Links } from "./content.ts";
import { contentHash, findKeys, putKey } from "./keys.ts";
import { type ImportKind, type Plan, planImport } from "./plan.ts";
import { saveRedirect } from "./redirects.ts";
import { type ImportReport, type ImportRun, Tally } from "./report.ts";
import { slugify, uniqueSlug } from "./slugs.ts";
import { htmlToText } from "./wordpress-html.ts";
import { parseWxr, WxrError, type WxrExport } from "./wxr.ts";

/**
 * `outreach import wordpress FILE.xml`: a WordPress export brought in as people (authors), topics
 * (categories and tags), uploads (attachments), posts, pages and comments, with redirects from the
 * old addresses. Every item is written in a transaction of its own and recorded in `import_keys`,
 * so a failing item is reported and skipped, and a second run updates instead of duplicating.
 */

export type ImportOptions = {
  /** A copy of wp-content/uploads, where attachments are looked up. */
  filesDir?: string | undefined;
  /** The old site's address, when it should differ from the export's own (it names the import's keys). */
  source?: string | undefined;
  /** The language of items no translation plugin names; else the export's, else the site's default. */
  language?: Locale | undefined;
  isDryRun?: boolean;
  onProgress?: (kind: ImportKind, done: number, total: number) => void;
};

export type ImportContext = Ctx & { config: Pick<Config, "dataDir" | "locales" | "defaultLocale"> };

/** Reads and parses an export file; a WxrError with a one-line reason when it cannot be used. */
export async function readWxrFile(file: string): Promise<WxrExport> {
  let xml: string;
  try {
    xml = await readFile(file, "utf8");
  } catch (error) {
    const code = (error as { code?: string }).code;
    throw new WxrError(code === "ENOENT" ? `${file}: no such file` : `${file}: cannot be read (${code ?? "error"})`);
  }
  try {
    return parseWxr(xml);
  } catch (error) {
    if (error instanceof WxrError) throw new WxrError(`${file}: ${error.message}`);
    throw error;
  }
}

/**
 * The key source of an export: "wordpress:" and the old site's address without its scheme or a
 * trailing slash, so that a site that moved to https is still the same source.
 */
export function importSource(wxr: WxrExport, override?: string): string {
  const site = (override || wxr.baseSiteUrl || wxr.link)
    .trim()
    .replace(/^https?:\/\//i, "")
    .replace(/\/+$/, "")
    .toLowerCase();
  if (!site) throw new WxrError("the export names no site address; give it with --source URL");
  return `wordpress:${site}`;
}

/** Imports an export; see the module comment. Returns what was done, per kind, and what was skipped. */
export async function importWordPress(ctx: ImportContext, wxr: WxrExport, options: ImportOptions = {}): Promise<ImportReport> {
  const source = importSource(wxr, options.source);
  const plan = planImport(wxr, { locales: ctx.config.locales, defaultLocale: ctx.config.defaultLocale, language: options.language });
  const tally = new Tally();
  for (const s of plan.skipped) tally.skip(s);
  const isDryRun = options.isDryRun ?? false;
  const saveFile: SaveFile = async (fileName, file) => {
    const upload = await saveUpload(ctx, null, {
      fileName,
      content: createReadStream(file),
      kinds: ALL_KINDS,
      maxBytes: ATTACHMENT_MAX_BYTES,
    });
    return { id: upload.id, url: upload.url };
  };
  const makeRun = (step: ImportRun["step"]): ImportRun => ({
    source,
    now: ctx.clock.now().toISOString(),
    clock: ctx.clock,
    config: ctx.config,
    isDryRun,
    tally,
    step,
    progress: (kind, done, total) => options.onProgress?.(kind, done, total),
  });

  const steps = async (r: ImportRun) => {
    const authors = await importAuthors(r, wxr, plan);
    const topics = await importTopics(r, plan);
    const attachments = await importAttachments(r, plan.attachments, options.filesDir, saveFile);
    const links: Links = { authors, topics, attachments };
    for (const type of ["page", "post"] as const) {
      const groups = plan.groups.filter((g) => g.type === type);
      let done = 0;
      for (const group of groups) {
        await importGroup(r, group, links);
        r.progress(type === "post" ? "posts" : "pages", ++done, groups.length);
      }
    }
  };

  if (!isDryRun) {
    await steps(
      makeRun((label, kind, work) => guarded(tally, label, kind, () => ctx.db.transaction().execute((trx) => withTally(trx, work)))),
    );
    const c = tally.counts;
    await recordAudit(ctx, {
      actorId: null,
      action: "import.wordpress",
      subjectType: "import",
      detail: `posts ${c.posts.created}+${c.posts.updated}, pages ${c.pages.created}+${c.pages.updated}, comments ${c.comments.created}+${c.comments.updated}`,
    });
    announceContentChange();
  } else {
    // Everything is written in one transaction that is rolled back: the counts are those of a real run.
    const trx = await ctx.db.startTransaction().execute();
    let n = 0;
    try {
      await steps(
        makeRun((label, kind, work) =>
          guarded(tally, label, kind, async () => {
            const name = `item${n++}`;
            const point = await trx.savepoint(name).execute();
            try {
              const result = await withTally(point, work);
              await point.releaseSavepoint(name).execute();
              return result;
            } catch (error) {
              await point.rollbackToSavepoint(name).execute();
              throw error;
            }
          }),
        ),
      );
    } finally {
      await trx.rollback().execute();
    }
  }
  return { source, isDryRun, counts: tally.counts, skipped: tally.skipped, notes: tally.notes };

  async function withTally<T>(db: Db, work: (db: Db, tally: Tally) => Promise<T>): Promise<{ result: T; own: Tally }> {
    const own = new Tally();
    return { result: await work(db, own), own };
  }
}

/** Runs one step; its counts join the run's when it commits, and a failure skips the item with the reason. */
async function guarded<T>(
  tally: Tally,
  label: string,
  kind: ImportKind,
  work: () => Promise<{ result: T; own: Tally }>,
): Promise<T | undefined> {
  try {
    const { result, own } = await work();
    tally.merge(own);
    return result;
  } catch (error) {
    tally.skip({ kind, label, reason: `failed: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}` });
    return undefined;
  }
}

/**
 * Authors who wrote an imported post become public profiles, named by their display name (or first
 * and last name). Their login and email are not stored: the key holds a hash of the login.
 */
async function importAuthors(run: ImportRun, wxr: WxrExport, plan: Plan): Promise<Map<string, string>> {
  const logins = [...new Set(plan.groups.filter((g) => g.type === "post").map((g) => g.members[0]?.item.creator ?? ""))].filter(Boolean);
  const profiles = new Map<string, string>();
  let done = 0;
  for (const login of logins) {
    const author = wxr.authors.find((a) => a.login === login);
    const name = (
      htmlToText(author?.displayName ?? "") || `${htmlToText(author?.firstName ?? "")} ${htmlToText(author?.lastName ?? "")}`.trim()
    ).slice(0, 100);
    if (!name) {
      // WXR 1.0 names authors by login only; a login is not a name to publish.
      run.tally.skip({
        kind: "people",
        label: `author "${login}"`,
        reason: "known only by login, which is not kept; their posts have no author",
      });
      run.progress("people", ++done, logins.length);
      continue;
    }
    const externalId = `author:${createHash("sha256").update(login).digest("hex").slice(0, 16)}`;
    const hash = contentHash({ name });
    const id = await run.step(`author "${name}"`, "people", async (db, tally) => {
      const [key] = await findKeys(db, run.source, [externalId]);
      const existing = key ? await db.selectFrom("profiles").select("id").where("id", "=", key.subjectId).executeTakeFirst() : undefined;
      if (existing && key?.contentHash === hash) {
        tally.count("people", "unchanged");
        return existing.id;
      }
      const profileId = existing?.id ?? newId();
      if (existing) await db.updateTable("profiles").set({ name }).where("id", "=", profileId).execute();
      else {
        const slug = await uniqueSlug(slugify(name) || "author", async (s) =>
          Boolean(await db.selectFrom("profiles").select("id").where("slug", "=", s).executeTakeFirst()),
        );
        await db
          .insertInto("profiles")
          .values({ id: profileId, slug, name, organisation_id: null, position: "{}", bio: "{}", created_at: run.now })
          .execute();
      }
      await putKey(db, run.source, { externalId, subjectType: "profile", subjectId: profileId, contentHash: hash }, run.now);
      await reindex({ db, clock: run.clock }, "person", profileId);
      tally.count("people", existing ? "updated" : "created");
      return profileId;
    });
    if (id) profiles.set(login, id);
    run.progress("people", ++done, logins.length);
  }
  return profiles;
}

/**
 * Categories and tags become topics; a term Polylang translates is one topic named in each language.
 * A topic with the same address that is already here is joined rather than doubled.
 */
async function importTopics(run: ImportRun, plan: Plan): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  let done = 0;
  for (const topic of plan.topics) {
    const label = `topic "${Object.values(topic.name)[0] ?? topic.slug}"`;
    const externalIds = [...new Set([topic.key, ...topic.termKeys])];
    const hash = contentHash({ name: topic.name });
    const id = await run.step(label, "topics", async (db, tally) => {
      const keys = await findKeys(db, run.source, externalIds);
      const slug = slugify(topic.slug) || slugify(Object.values(topic.name)[0] ?? "") || "topic";
      const known = keys[0] ? await db.selectFrom("topics").selectAll().where("id", "=", keys[0].subjectId).executeTakeFirst() : undefined;
      const row = known ?? (await db.selectFrom("topics").selectAll().where("slug", "=", slug).executeTakeFirst());
      const isUnchanged = known && externalIds.every((e) => keys.some((k) => k.externalId === e && k.contentHash === hash));
      if (row && isUnchanged) {
        tally.count("topics", "unchanged");
      } else if (row) {
        // A topic of an earlier run takes the names WordPress has now; one made here keeps its own
        // names and gains the languages it lacked.
        const name = known ? { ...parseLocalized(row.name), ...topic.name } : { ...topic.name, ...parseLocalized(row.name) };
        const isSame = JSON.stringify(name) === row.name;
        if (!isSame)
          await db
            .updateTable("topics")
            .set({ name: JSON.stringify(name) })
            .where("id", "=", row.id)
            .execute();
        tally.count("topics", known ? "updated" : isSame ? "unchanged" : "updated");
        if (!known) tally.note(`${label}: joined the topic "${slug}" that was already here`);
      } else {
        await db
          .insertInto("topics")
          .values({ id: newId(), slug, name: JSON.stringify(topic.name), created_at: run.now })
          .execute();
        tally.count("topics", "created");
      }
      const saved = row ?? (await db.selectFrom("topics").selectAll().where("slug", "=", slug).executeTakeFirstOrThrow());
      for (const externalId of externalIds) {
        await putKey(db, run.source, { externalId, subjectType: "topic", subjectId: saved.id, contentHash: hash }, run.now);
      }
      for (const archive of topic.archivePaths) {
        const to = localePath(archive.locale, `/topics/${saved.slug}`);
        tally.count("redirects", await saveRedirect(db, { from: archive.path, to, source: run.source, now: run.now }));
      }
      return saved.id;
    });
    if (id) {
      for (const [term, planned] of plan.topicByTerm) if (planned === topic) ids.set(term, id);
    }
    run.progress("topics", ++done, plan.topics.length);
  }
  return ids;
}

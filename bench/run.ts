// `npm run bench`: serves the Outreach home page, a page rendered fresh from the database, the
// event page of the demo's COVID-19 webinar and the news list (from the page cache, and rendered
// fresh) and a search (rendered fresh), and compares
// them in one run against a static file server (nginx when installed) holding the very same bytes.
// Prints req/s, latency and the ratio; reports the product brief's bars, never gates.
// Options: --duration S, --warmup S, --connections N, --page /en/pages/SLUG, --cpu-prof (profiles
// the app and prints where its CPU went), --reference node (the Node fallback even with nginx),
// --load wrk|autocannon (wrk when installed: it saturates nginx here, autocannon does not).
import { rmSync } from "node:fs";
import { chmod, mkdir, mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { COVID_WEBINAR_SLUG } from "../src/demo/events-covid.ts";
import { type AppServer, ROOT, startApp } from "./app-server.ts";
import { type ProfileSummary, summarizeProfile } from "./cpu-profile.ts";
import { get, getOk } from "./http.ts";
import { defaultGenerator, type Generator, type LoadResult, type LoadSettings, measure, withFresh } from "./load.ts";
import { measurePageWeight, type PageWeight } from "./page-weight.ts";
import { killAllChildrenNow, stopAllChildren, stopChild } from "./processes.ts";
import { type Reference, startReference } from "./reference.ts";
import {
  type Comparison,
  cpuRatioOf,
  evaluateBars,
  formatBars,
  formatCpuRatios,
  formatLoadTable,
  formatPageWeight,
  formatProfile,
  ratioOf,
  SATURATION,
} from "./report.ts";

type Options = LoadSettings & { pagePath: string | undefined; isProfiling: boolean; reference: "auto" | "node" };

const HOME_PATH = "/en/";
/** The page rendered fresh from the database; the next candidates stand in while it does not exist. */
const FRESH_PAGE_CANDIDATES = ["/en/pages/about", "/en/pages/home"];
/** The event page of the demo's 2020 webinar: a past event, so the same for every anonymous visitor. */
const EVENT_PATH = `/en/events/${COVID_WEBINAR_SLUG}`;
const EVENT_FILE = "event.html";
/** The news list of the demo, and a search whose English query is another inflection of the demo's words. */
const NEWS_PATH = "/en/news";
const NEWS_FILE = "news.html";
const SEARCH_PATH = "/en/search?q=refugee";
const SEARCH_FILE = "search.html";
const RESULTS_DIR = path.join(ROOT, "bench", "results");

function positiveNumber(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0) throw new Error(`--${name} must be a number >= 0 (got "${value}")`);
  return n;
}

function referenceKind(value: string | undefined): "auto" | "node" {
  if (value === undefined || value === "auto" || value === "node") return value ?? "auto";
  throw new Error(`--reference must be auto or node (got "${value}")`);
}

function parseOptions(argv: string[]): Options {
  const { values } = parseArgs({
    args: argv,
    options: {
      duration: { type: "string" },
      warmup: { type: "string" },
      connections: { type: "string" },
      page: { type: "string" },
      "cpu-prof": { type: "boolean" },
      reference: { type: "string" },
      load: { type: "string" },
    },
  });
  return {
    durationSeconds: Math.max(1, positiveNumber("duration", values.duration, 10)),
    warmupSeconds: positiveNumber("warmup", values.warmup, 3),
    connections: Math.max(1, Math.round(positiveNumber("connections", values.connections, 32))),
    pagePath: values.page,
    isProfiling: values["cpu-prof"] === true,
    reference: referenceKind(values.reference),
    generator: generatorOf(values.load),
  };
}

function generatorOf(value: string | undefined): Generator {
  if (value === undefined) return defaultGenerator();
  if (value === "wrk" || value === "autocannon") return value;
  throw new Error(`--load must be wrk or autocannon (got "${value}")`);
}

/** Ends the run on Ctrl-C, on a signal, and when it takes far longer than it should; leaves nothing behind. */
function guardRun(options: Options, workDir: string): NodeJS.Timeout {
  // Five references, seven app pages, the home page rendered fresh and /healthz.
  const targets = 14;
  const limitSeconds = 180 + targets * (options.warmupSeconds + options.durationSeconds + 15);
  const abort = (why: string, code: number) => {
    console.error(`\nbench: ${why}; stopping the servers it started.`);
    void stopAllChildren(2000).finally(() => {
      killAllChildrenNow();
      rmSync(workDir, { recursive: true, force: true });
      process.exit(code);
    });
  };
  process.on("exit", killAllChildrenNow);
  process.on("SIGINT", () => abort("interrupted", 130));
  process.on("SIGTERM", () => abort("terminated", 143));
  return setTimeout(() => abort(`no result after ${limitSeconds} s`, 1), limitSeconds * 1000).unref();
}

type FreshPage = { path: string; note: string | undefined };

async function chooseFreshPage(origin: string, requested: string | undefined): Promise<FreshPage> {
  if (requested) {
    await getOk(`${origin}${requested}`);
    return { path: requested, note: undefined };
  }
  for (const candidate of FRESH_PAGE_CANDIDATES) {
    const ok = await getOk(`${origin}${candidate}`).then(
      () => true,
      () => false,
    );
    if (!ok) continue;
    const note =
      candidate === FRESH_PAGE_CANDIDATES[0]
        ? undefined
        : `${FRESH_PAGE_CANDIDATES[0]} does not answer 200 with the demo content; ${candidate} stands in (same route, same database reads).`;
    return { path: candidate, note };
  }
  throw new Error(`none of ${FRESH_PAGE_CANDIDATES.join(", ")} answers 200`);
}

/** Saves the bytes the app served for `appPath` as `fileName` in the reference's folder. */
async function snapshot(origin: string, appPath: string, siteDir: string, fileName: string): Promise<Buffer> {
  const { body } = await getOk(`${origin}${appPath}`);
  await writeFile(path.join(siteDir, fileName), body, { mode: 0o644 });
  return body;
}

/** Like `snapshot`, for the event page; says plainly why it cannot be measured when it is not there. */
async function snapshotEventPage(origin: string, siteDir: string): Promise<Buffer> {
  const response = await get(`${origin}${EVENT_PATH}`);
  if (response.status === 404) {
    throw new Error(
      `${EVENT_PATH} answered 404: the event page cannot be measured without the public event route (src/events/site/routes.tsx) and the demo's webinar "${COVID_WEBINAR_SLUG}"`,
    );
  }
  if (response.status !== 200) throw new Error(`GET ${EVENT_PATH} answered ${response.status}, not 200`);
  await writeFile(path.join(siteDir, EVENT_FILE), response.body, { mode: 0o644 });
  return response.body;
}

async function checkSameBytes(origin: string, referencePath: string, expected: Buffer): Promise<void> {
  const { body } = await getOk(`${origin}${referencePath}`);
  if (!body.equals(expected)) throw new Error(`the reference's ${referencePath} differs from the app's bytes`);
}

/** True when a second GET of the page comes from the app's page cache. */
async function hasPageCache(origin: string, pagePath: string): Promise<boolean> {
  await getOk(`${origin}${pagePath}`);
  const second = await getOk(`${origin}${pagePath}`);
  return String(second.headers["x-cache"] ?? "").toLowerCase() === "hit";
}

/**
 * The page's bytes with the comment form's signed values blanked: its form token and the time it was
 * shown (a spam defence) carry the time of the render, values of the same length that differ between renders.
 */
function comparable(body: Buffer): string {
  return body.toString("utf8").replace(/name="(stamp|_csrf)" value="[^"]*"/g, 'name="$1" value=""');
}

/** A new query string must reach the renderer and give the same bytes: otherwise "fresh" would not be fresh. */
async function checkCacheBypass(origin: string, pagePath: string, expected: Buffer): Promise<void> {
  for (const probe of ["probe-1", "probe-2"]) {
    const response = await getOk(`${origin}${withFresh(pagePath, probe)}`);
    if (response.headers["x-cache"] !== undefined || comparable(response.body) !== comparable(expected)) {
      throw new Error(
        `${withFresh(pagePath, probe)} is not the page rendered fresh with the same bytes (but for the comment form's signed values): the bench cannot bypass the page cache`,
      );
    }
  }
}

function hrtimeMicros(): number {
  return Number(process.hrtime.bigint() / 1000n);
}

type Run = {
  comparisons: Comparison[];
  extra: LoadResult[];
  weight: PageWeight;
  engine: string;
  referenceDescription: string;
  notes: string[];
  profile: ProfileSummary | undefined;
  /** The load average when the run started, before the bench added its own. */
  loadBefore: [number, number, number];
};

/** `--cpu-prof` writes one file per thread (tsx runs its loader in a second one): the main thread's is wanted. */
async function mainThreadProfile(dir: string, pid: number | undefined): Promise<string | undefined> {
  const name = (await readdir(dir)).find((f) => new RegExp(`\\.${pid}\\.0\\.\\d+\\.cpuprofile$`).test(f));
  return name ? path.join(dir, name) : undefined;
}

type Setup = {
  app: AppServer;
  /** The app answers repeated anonymous GETs from a page cache (X-Cache: hit). */
  isCached: boolean;
  reference: Reference;
  fresh: FreshPage;
  freshFile: string;
  /** The event page answers repeated anonymous GETs from the page cache. */
  isEventCached: boolean;
  weight: PageWeight;
  profileDir: string | undefined;
};

/** Starts the app, copies the bytes of its three pages into the reference's folder, starts the reference. */
async function setUp(options: Options, workDir: string): Promise<Setup> {
  const siteDir = path.join(workDir, "site");
  await mkdir(siteDir, { recursive: true });
  const profileDir = options.isProfiling ? path.join(RESULTS_DIR, "profiles", new Date().toISOString().replace(/[:.]/g, "-")) : undefined;
  if (profileDir) await mkdir(profileDir, { recursive: true });
  log("starting the app (fresh data folder, demo content) ...");
  const app = await startApp(path.join(workDir, "data"), profileDir ? ["--cpu-prof", `--cpu-prof-dir=${profileDir}`] : []);
  const fresh = await chooseFreshPage(app.origin, options.pagePath);
  const freshFile = `${path.posix.basename(fresh.path) || "page"}.html`;
  const homeBytes = await snapshot(app.origin, HOME_PATH, siteDir, "index.html");
  const freshBytes = await snapshot(app.origin, fresh.path, siteDir, freshFile);
  const eventBytes = await snapshotEventPage(app.origin, siteDir);
  const newsBytes = await snapshot(app.origin, NEWS_PATH, siteDir, NEWS_FILE);
  const searchBytes = await snapshot(app.origin, SEARCH_PATH, siteDir, SEARCH_FILE);
  const reference = await startReference(path.join(workDir, "reference"), siteDir, options.reference);
  log(`reference: ${reference.description} at ${reference.origin}`);
  await checkSameBytes(reference.origin, "/index.html", homeBytes);
  await checkSameBytes(reference.origin, `/${freshFile}`, freshBytes);
  await checkSameBytes(reference.origin, `/${EVENT_FILE}`, eventBytes);
  await checkSameBytes(reference.origin, `/${NEWS_FILE}`, newsBytes);
  await checkSameBytes(reference.origin, `/${SEARCH_FILE}`, searchBytes);
  const weight = await measurePageWeight(app.origin, HOME_PATH, homeBytes.toString("utf8"));
  const isCached = await hasPageCache(app.origin, fresh.path);
  if (isCached) await checkCacheBypass(app.origin, fresh.path, freshBytes);
  const isEventCached = await hasPageCache(app.origin, EVENT_PATH);
  await checkCacheBypass(app.origin, EVENT_PATH, eventBytes);
  await checkCacheBypass(app.origin, NEWS_PATH, newsBytes);
  await checkCacheBypass(app.origin, SEARCH_PATH, searchBytes);
  return { app, isCached, reference, fresh, freshFile, isEventCached, weight, profileDir };
}

/**
 * Loads each target in turn: each reference page, then the same page on the app, then the extras.
 * The event page's two rows (from the cache, rendered fresh) share one load of its reference.
 */
async function loadTargets(setup: Setup, options: Options): Promise<{ comparisons: Comparison[]; extra: LoadResult[] }> {
  const { app, reference, fresh, freshFile, isCached } = setup;
  const run = (target: string, url: string, serverPid: number | undefined, isUnique = false) => {
    log(`loading ${target} (${options.warmupSeconds} s warm-up, ${options.durationSeconds} s measured) ...`);
    return measure(target, url, options, { serverPid, isUnique });
  };
  const appPid = app.child.process.pid;
  const bypass = isCached ? " (cache bypassed)" : "";
  const pairs = [
    { label: `anonymous public page ${HOME_PATH}`, appPath: HOME_PATH, refPath: "/index.html", minRatio: 0.5, isUnique: false },
    {
      label: `page rendered fresh ${fresh.path}${bypass}`,
      appPath: fresh.path,
      refPath: `/${freshFile}`,
      minRatio: 0.1,
      isUnique: isCached,
    },
    { label: `anonymous event page ${EVENT_PATH}`, appPath: EVENT_PATH, refPath: `/${EVENT_FILE}`, minRatio: 0.5, isUnique: false },
    {
      label: `event page rendered fresh ${EVENT_PATH} (cache bypassed)`,
      appPath: EVENT_PATH,
      refPath: `/${EVENT_FILE}`,
      minRatio: 0.1,
      isUnique: true,
    },
    { label: `anonymous news list ${NEWS_PATH}`, appPath: NEWS_PATH, refPath: `/${NEWS_FILE}`, minRatio: 0.5, isUnique: false },
    {
      label: `news list rendered fresh ${NEWS_PATH} (cache bypassed)`,
      appPath: NEWS_PATH,
      refPath: `/${NEWS_FILE}`,
      minRatio: 0.1,
      isUnique: true,
    },
    {
      label: `search rendered fresh ${SEARCH_PATH} (cache bypassed)`,
      appPath: SEARCH_PATH,
      refPath: `/${SEARCH_FILE}`,
      minRatio: 0.1,
      isUnique: true,
    },
  ];
  const comparisons: Comparison[] = [];
  const references = new Map<string, LoadResult>();
  for (const pair of pairs) {
    const ref =
      references.get(pair.refPath) ??
      (await run(`reference ${pair.refPath} (${reference.kind})`, `${reference.origin}${pair.refPath}`, reference.pid));
    references.set(pair.refPath, ref);
    const appTarget = `app ${pair.isUnique ? withFresh(pair.appPath, "N") : pair.appPath}`;
    const measured = await run(appTarget, `${app.origin}${pair.appPath}`, appPid, pair.isUnique);
    comparisons.push({ label: pair.label, app: measured, reference: ref, minRatio: pair.minRatio });
  }
  const extra: LoadResult[] = [];
  if (isCached)
    extra.push(await run(`app ${HOME_PATH}?fresh=N (home rendered fresh, for scale)`, `${app.origin}${HOME_PATH}`, appPid, true));
  extra.push(await run("app /healthz (no page, for scale)", `${app.origin}/healthz`, appPid));
  return { comparisons, extra };
}

function notesOf(setup: Setup, options: Options, loadBefore: number[], results: LoadResult[]): string[] {
  const notes = setup.fresh.note ? [setup.fresh.note] : [];
  if (setup.isCached) {
    notes.push(
      "the app has a page cache keyed by URL (X-Cache: hit): ?fresh=N gives every request its own address, so those rows show the render path (same bytes, checked).",
    );
  }
  if (!setup.isEventCached) {
    notes.push(
      `${EVENT_PATH} is not served from the page cache (no X-Cache: hit on a second GET): its "anonymous" row is rendered fresh too.`,
    );
  }
  if (setup.reference.kind === "node") {
    const why = options.reference === "node" ? "--reference node was given" : "nginx is not installed";
    notes.push(`${why}: the reference is a minimal Node http server answering from memory, not nginx.`);
  }
  if (options.isProfiling) notes.push("the app ran under --cpu-prof: its numbers are lower than without the profiler.");
  const load = loadBefore[0] ?? 0;
  if (load > os.availableParallelism() / 2)
    notes.push(`the machine was already busy when the run started (load average ${load.toFixed(2)}): expect noise.`);
  for (const r of results.filter((r) => r.errors + r.timeouts + r.non2xx > 0)) {
    notes.push(`${r.target}: ${r.errors} errors, ${r.timeouts} timeouts, status codes ${JSON.stringify(r.statusCodes)}.`);
  }
  const logged = setup.app.child.tail().trim().split("\n").filter(Boolean);
  if (logged.length > 0) notes.push(`the app wrote ${logged.length} log or stderr line(s), the last: ${logged.at(-1)}`);
  return notes;
}

async function benchmark(options: Options, workDir: string): Promise<Run> {
  const loadBefore = os.loadavg() as [number, number, number];
  const setup = await setUp(options, workDir);
  const from = hrtimeMicros();
  const { comparisons, extra } = await loadTargets(setup, options);
  const to = hrtimeMicros();
  await setup.reference.stop();
  await stopChild(setup.app.child);
  const profileFile = setup.profileDir ? await mainThreadProfile(setup.profileDir, setup.app.child.process.pid) : undefined;
  const profile = profileFile ? await summarizeProfile(profileFile, { fromUs: from, toUs: to }) : undefined;
  const results = [...new Set(comparisons.flatMap((c) => [c.reference, c.app])), ...extra];
  const notes = notesOf(setup, options, loadBefore, results);
  return {
    comparisons,
    extra,
    weight: setup.weight,
    engine: setup.app.engine,
    referenceDescription: setup.reference.description,
    notes,
    profile,
    loadBefore,
  };
}

function log(message: string): void {
  process.stderr.write(`bench: ${message}\n`);
}

function machine(loadBefore: number[]) {
  const cpus = os.cpus();
  return {
    cpus: cpus.length,
    model: cpus[0]?.model.trim() ?? "?",
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
    loadAverageBefore: loadBefore.map((n) => Number(n.toFixed(2))),
  };
}

function print(run: Run, options: Options, startedAt: Date): void {
  const m = machine(run.loadBefore);
  const bars = evaluateBars(run.comparisons, run.weight, options);
  const lines = [
    "",
    `Outreach bench, ${startedAt.toISOString()}: ${m.cpus} CPU (${m.model}), node ${m.node}, load average ${m.loadAverageBefore.join(" ")} before the run`,
    `  app: node bin/outreach.js serve, one process, ${run.engine}, demo content`,
    `  reference: ${run.referenceDescription}, serving the same bytes as static files`,
    `  load: ${options.generator === "wrk" ? `wrk (${os.availableParallelism()} threads)` : "autocannon (one Node thread)"} from this machine, ${options.connections} connections, ${options.warmupSeconds} s warm-up + ${options.durationSeconds} s measured per target, one target at a time`,
    "",
    formatLoadTable(run.comparisons, run.extra),
    "  (CPU µs/req: user + system time of the server's processes per response; cores: its CPU time / wall time; load cores: the load generator's;",
    `   machine busy: all ${os.availableParallelism()} cores, kernel included; a ratio is printed only where the reference's run kept the machine at least ${Math.round(SATURATION * 100)} % busy, else "not saturated")`,
    "",
    "The same ratios by CPU time per response (reference ÷ app; steadier than req/s on a busy machine):",
    formatCpuRatios(run.comparisons),
    "",
    "Bars from the product brief (reported, not enforced; timings on shared machines are noisy):",
    formatBars(bars),
    "",
    "Home page weight (a browser sending Accept-Encoding: br, gzip; 1 KB = 1000 bytes):",
    formatPageWeight(run.weight),
    ...(run.profile ? ["", "CPU profile of the app:", formatProfile(run.profile)] : []),
    ...(run.notes.length > 0 ? ["", "Notes:", ...run.notes.map((n) => `  - ${n}`)] : []),
    "",
  ];
  process.stdout.write(lines.join("\n"));
}

async function saveResults(run: Run, options: Options, startedAt: Date): Promise<string> {
  const file = path.join(RESULTS_DIR, "latest.json");
  const result = {
    startedAt: startedAt.toISOString(),
    finishedAt: new Date().toISOString(),
    machine: machine(run.loadBefore),
    settings: { connections: options.connections, warmupSeconds: options.warmupSeconds, durationSeconds: options.durationSeconds },
    app: { command: "node bin/outreach.js serve", database: run.engine },
    reference: run.referenceDescription,
    comparisons: run.comparisons.map((c) => ({ ...c, ratio: ratioOf(c), cpuRatio: cpuRatioOf(c) })),
    extra: run.extra,
    bars: evaluateBars(run.comparisons, run.weight, options),
    pageWeight: run.weight,
    profile: run.profile,
    notes: run.notes,
  };
  await mkdir(RESULTS_DIR, { recursive: true });
  await writeFile(file, `${JSON.stringify(result, null, 2)}\n`);
  return file;
}

async function main(): Promise<number> {
  let options: Options;
  try {
    options = parseOptions(process.argv.slice(2));
  } catch (error) {
    log(error instanceof Error ? error.message : String(error));
    return 2;
  }
  const startedAt = new Date();
  const workDir = await mkdtemp(path.join(os.tmpdir(), "outreach-bench-"));
  const guard = guardRun(options, workDir);
  // nginx workers started by root run as "nobody": they must be able to pass through to the site.
  await chmod(workDir, 0o711);
  try {
    const run = await benchmark(options, workDir);
    print(run, options, startedAt);
    log(`results written to ${path.relative(ROOT, await saveResults(run, options, startedAt))}`);
    return 0;
  } catch (error) {
    log(`failed: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  } finally {
    clearTimeout(guard);
    await stopAllChildren();
    await rm(workDir, { recursive: true, force: true });
  }
}

process.exitCode = await main();

import type { ProfileSummary } from "./cpu-profile.ts";
import type { LoadResult, LoadSettings } from "./load.ts";
import type { PageWeight } from "./page-weight.ts";

/** An app page measured against the reference serving the very same bytes. */
export type Comparison = {
  label: string;
  app: LoadResult;
  reference: LoadResult;
  /** The least share of the reference's req/s the product brief asks for. */
  minRatio: number;
};

/** One bar of the product brief, evaluated on this run; `isMet` undefined: not measurable in this run. */
export type Bar = { name: string; value: string; limit: string; isMet: boolean | undefined };

/** How busy the whole machine must have been for the reference to count as saturated. */
export const SATURATION = 0.9;

/**
 * Whether the reference was the limit of its run: the whole machine (reference, load generator and
 * the kernel's network work) had no idle CPU left. When it had, the generator was too slow to find
 * the reference's speed, and a ratio against it would flatter the app.
 */
export function isSaturated(reference: LoadResult): boolean {
  return reference.machineBusy !== undefined && reference.machineBusy >= SATURATION;
}

export const P99_LIMIT_MS = 50;
export const PAGE_WEIGHT_LIMIT_BYTES = 60_000;

const number = new Intl.NumberFormat("en", { maximumFractionDigits: 0 });

function percent(ratio: number): string {
  return `${(ratio * 100).toFixed(1)} %`;
}

function kilobytes(bytes: number): string {
  return `${(bytes / 1000).toFixed(1)} KB`;
}

/** The app's req/s as a share of the reference's. */
export function ratioOf(comparison: Comparison): number {
  return comparison.reference.requestsPerSecond > 0 ? comparison.app.requestsPerSecond / comparison.reference.requestsPerSecond : 0;
}

/** The bars of the product brief: throughput against the reference, p99 at 32 clients, page weight. */
export function evaluateBars(comparisons: Comparison[], weight: PageWeight, settings: LoadSettings): Bar[] {
  const bars: Bar[] = comparisons.map((c) => ({
    name: `${c.label}: req/s of the reference`,
    value: isSaturated(c.reference) ? percent(ratioOf(c)) : "no ratio (reference not saturated)",
    limit: `>= ${percent(c.minRatio)}`,
    isMet: isSaturated(c.reference) ? ratioOf(c) >= c.minRatio : undefined,
  }));
  for (const c of comparisons) {
    bars.push({
      name: `${c.label}: p99 at ${settings.connections} clients`,
      value: `${c.app.p99Ms} ms`,
      limit: `< ${P99_LIMIT_MS} ms`,
      isMet: c.app.p99Ms < P99_LIMIT_MS,
    });
  }
  bars.push({
    name: "home page + its CSS and JS, as transferred",
    value: kilobytes(weight.totalServedBytes),
    limit: `<= ${kilobytes(PAGE_WEIGHT_LIMIT_BYTES)}`,
    isMet: weight.totalServedBytes <= PAGE_WEIGHT_LIMIT_BYTES,
  });
  return bars;
}

function table(header: string[], rows: string[][], rightAligned: Set<number>): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]) =>
    cells.map((cell, i) => (rightAligned.has(i) ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0))).join("  ");
  const rule = widths.map((w) => "-".repeat(w)).join("  ");
  return [line(header), rule, ...rows.map(line)].map((l) => `  ${l.trimEnd()}`).join("\n");
}

function optional(value: number | undefined, format: (n: number) => string): string {
  return value === undefined ? "-" : format(value);
}

function loadRow(result: LoadResult, ratio: number | undefined): string[] {
  return [
    result.target,
    number.format(result.requestsPerSecond),
    String(result.p50Ms),
    String(result.p99Ms),
    number.format(result.bytesPerResponse),
    `${result.errors + result.timeouts} / ${result.non2xx}`,
    optional(result.cpuUsPerRequest, (n) => number.format(n)),
    optional(result.cpuCores, (n) => n.toFixed(2)),
    optional(result.loadCores, (n) => n.toFixed(2)),
    optional(result.machineBusy, (n) => `${Math.round(n * 100)} %`),
    ratio === undefined ? "" : Number.isNaN(ratio) ? "not saturated" : percent(ratio),
  ];
}

/** The load table: every target, with the app/reference ratio on the app's rows; a reference two rows share is shown once. */
export function formatLoadTable(comparisons: Comparison[], extra: LoadResult[]): string {
  const shown = new Set<LoadResult>();
  const rows = comparisons.flatMap((c) => {
    const reference = shown.has(c.reference) ? [] : [loadRow(c.reference, undefined)];
    shown.add(c.reference);
    return [...reference, loadRow(c.app, isSaturated(c.reference) ? ratioOf(c) : Number.NaN)];
  });
  for (const result of extra) rows.push(loadRow(result, undefined));
  const header = [
    "target",
    "req/s",
    "p50 ms",
    "p99 ms",
    "bytes/resp",
    "errors / non-2xx",
    "CPU µs/req",
    "cores",
    "load cores",
    "machine busy",
    "app/ref",
  ];
  return table(header, rows, new Set([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]));
}

/** The reference's CPU time per response as a share of the app's: the ratio were both held to the same cores. */
export function cpuRatioOf(comparison: Comparison): number | undefined {
  const app = comparison.app.cpuUsPerRequest;
  const reference = comparison.reference.cpuUsPerRequest;
  return app && reference ? reference / app : undefined;
}

/** The CPU view of each comparison, which a busy machine disturbs less than req/s. */
export function formatCpuRatios(comparisons: Comparison[]): string {
  return comparisons
    .map((c) => {
      const ratio = cpuRatioOf(c);
      if (ratio === undefined) return `  ${c.label}: no CPU time (needs Linux /proc)`;
      return `  ${c.label}: ${percent(ratio)} (the app spends ${(1 / ratio).toFixed(1)}x the reference's CPU per response)`;
    })
    .join("\n");
}

/** PASS or FAIL per bar. */
export function formatBars(bars: Bar[]): string {
  return bars
    .map((b) => `  ${b.isMet === undefined ? "N/A " : b.isMet ? "PASS" : "FAIL"}  ${b.name}: ${b.value} (bar ${b.limit})`)
    .join("\n");
}

/** The page and its assets: as served to a browser accepting br and gzip, and as they would compress. */
export function formatPageWeight(weight: PageWeight): string {
  const rows = weight.resources.map((r) => [
    r.path,
    r.servedEncoding,
    number.format(r.servedBytes),
    number.format(r.identityBytes),
    number.format(r.gzipBytes),
    number.format(r.brotliBytes),
  ]);
  const identity = weight.resources.reduce((total, r) => total + r.identityBytes, 0);
  const totals = [weight.totalServedBytes, identity, weight.totalGzipBytes, weight.totalBrotliBytes].map((n) => number.format(n));
  rows.push(["total", "", ...totals]);
  const header = ["resource", "served as", "bytes sent", "uncompressed", "if gzip -6", "if brotli 11"];
  return table(header, rows, new Set([2, 3, 4, 5]));
}

/** The hottest code while the app was under load, from `--cpu-prof`. */
export function formatProfile(summary: ProfileSummary): string {
  const list = (items: ProfileSummary["topFunctions"]) =>
    items.map((i) => `    ${percent(i.share).padStart(7)}  ${number.format(i.ms).padStart(6)} ms  ${i.name}`).join("\n");
  return [
    `  ${summary.file}`,
    `  busy ${number.format(summary.busyMs)} ms, idle ${number.format(summary.idleMs)} ms (while the app was loaded)`,
    "  self time by package or source file:",
    list(summary.topModules),
    "  self time by function:",
    list(summary.topFunctions),
    "  the app's functions, inclusive time:",
    list(summary.topAppFunctions),
  ].join("\n");
}

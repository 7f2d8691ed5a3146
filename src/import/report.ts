import type { Clock } from "../clock.ts";
import type { Config } from "../config.ts";
import type { Db } from "../db/index.ts";
import type { ImportKind, Skipped } from "./plan.ts";

/** What an import did, per kind, and every item it left out with the reason. */

export type Outcome = "created" | "updated" | "unchanged";
export type Counts = Record<Outcome | "skipped", number>;

export const KINDS: readonly ImportKind[] = ["people", "topics", "attachments", "posts", "pages", "comments", "redirects"];

export type ImportReport = {
  source: string;
  isDryRun: boolean;
  counts: Record<ImportKind, Counts>;
  skipped: Skipped[];
  /** Things done differently from the source, e.g. a slug that was taken. */
  notes: string[];
};

/** Counts gathered by one step; merged into the run's only when the step's transaction commits. */
export class Tally {
  readonly counts = Object.fromEntries(KINDS.map((k) => [k, { created: 0, updated: 0, unchanged: 0, skipped: 0 }])) as Record<
    ImportKind,
    Counts
  >;
  readonly skipped: Skipped[] = [];
  readonly notes: string[] = [];

  count(kind: ImportKind, outcome: Outcome): void {
    this.counts[kind][outcome]++;
  }

  skip(skipped: Skipped): void {
    this.skipped.push(skipped);
    if (skipped.kind !== "items") this.counts[skipped.kind].skipped++;
  }

  note(text: string): void {
    this.notes.push(text);
  }

  merge(other: Tally): void {
    for (const kind of KINDS) {
      for (const outcome of ["created", "updated", "unchanged", "skipped"] as const)
        this.counts[kind][outcome] += other.counts[kind][outcome];
    }
    this.skipped.push(...other.skipped);
    this.notes.push(...other.notes);
  }
}

/** What every step of an import shares. */
export type ImportRun = {
  source: string;
  now: string;
  clock: Clock;
  config: Pick<Config, "dataDir" | "locales" | "defaultLocale">;
  isDryRun: boolean;
  tally: Tally;
  /** Runs `work` in a transaction of its own (a savepoint in a dry run); its counts count only if it commits. */
  step<T>(label: string, kind: ImportKind, work: (db: Db, tally: Tally) => Promise<T>): Promise<T | undefined>;
  progress(kind: ImportKind, done: number, total: number): void;
};

/** The report as text for a terminal: a table of counts, then what was skipped, grouped by reason. */
export function formatReport(report: ImportReport): string {
  const lines = [
    report.isDryRun ? `Dry run of the import from ${report.source}: nothing was written.` : `Imported from ${report.source}.`,
    "",
    `${"".padEnd(12)}${["created", "updated", "unchanged", "skipped"].map((h) => h.padStart(11)).join("")}`,
  ];
  for (const kind of KINDS) {
    const c = report.counts[kind];
    lines.push(`${kind.padEnd(12)}${[c.created, c.updated, c.unchanged, c.skipped].map((n) => String(n).padStart(11)).join("")}`);
  }
  if (report.skipped.length > 0) {
    lines.push("", `Skipped (${report.skipped.length}):`);
    const byReason = new Map<string, Skipped[]>();
    for (const s of report.skipped) byReason.set(s.reason, [...(byReason.get(s.reason) ?? []), s]);
    for (const [reason, items] of byReason) {
      lines.push(`  ${reason} (${items.length}):`);
      for (const s of items.slice(0, 20)) lines.push(`    ${s.label}`);
      if (items.length > 20) lines.push(`    … and ${items.length - 20} more`);
    }
  }
  if (report.notes.length > 0) {
    lines.push("", "Notes:");
    for (const n of report.notes.slice(0, 200)) lines.push(`  ${n}`);
    if (report.notes.length > 200) lines.push(`  … and ${report.notes.length - 200} more`);
  }
  return lines.join("\n");
}

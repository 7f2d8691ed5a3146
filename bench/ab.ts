// `node --import tsx bench/ab.ts OTHER_CHECKOUT [--rounds N] [--duration S]`: the same pages of two
// checkouts (this one and another, e.g. a `git worktree` of an older commit), served side by side
// from fresh data folders and measured in alternating rounds, so that drift of a busy machine hits
// both alike. Prints req/s and server CPU µs per response, median of the rounds. For "did this
// change make a page slower"; `npm run bench` compares against nginx.
import { mkdtemp } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { measure } from "./load.ts";
import { stopAllChildren } from "./processes.ts";

const PAGES: Array<{ name: string; path: string; isUnique: boolean }> = [
  { name: "home (cached)", path: "/en/", isUnique: false },
  { name: "page, fresh", path: "/en/pages/about", isUnique: true },
  { name: "event page, fresh", path: "/en/events/covid-19-harm-reduction-webinar", isUnique: true },
  { name: "events list, fresh", path: "/en/events", isUnique: true },
  { name: "news list, fresh", path: "/en/news", isUnique: true },
  { name: "topic page, fresh", path: "/en/topics/refugees", isUnique: true },
  { name: "search, fresh", path: "/en/search?q=refugee", isUnique: true },
];

const { values, positionals } = parseArgs({
  args: process.argv.slice(2),
  options: { rounds: { type: "string" }, duration: { type: "string" } },
  allowPositionals: true,
});
const other = positionals[0];
if (!other) throw new Error("usage: bench/ab.ts OTHER_CHECKOUT [--rounds N] [--duration S]");
const rounds = Number(values.rounds ?? 3);
const settings = { connections: 32, warmupSeconds: 2, durationSeconds: Number(values.duration ?? 6) };

type Start = (dataDir: string) => Promise<{ child: { process: { pid?: number | undefined } }; origin: string }>;
const here = (await import("./app-server.ts")).startApp as Start;
const there = (await import(path.resolve(other, "bench/app-server.ts"))).startApp as Start;
const servers = {
  this: await here(await mkdtemp(path.join(os.tmpdir(), "outreach-ab-"))),
  other: await there(await mkdtemp(path.join(os.tmpdir(), "outreach-ab-"))),
};

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
const results = new Map<string, { rps: number[]; cpu: number[] }>();
try {
  for (let round = 0; round < rounds; round++) {
    for (const page of PAGES) {
      for (const side of round % 2 === 0 ? (["other", "this"] as const) : (["this", "other"] as const)) {
        const server = servers[side];
        const r = await measure(page.name, `${server.origin}${page.path}`, settings, {
          isUnique: page.isUnique,
          serverPid: server.child.process.pid,
        });
        if (r.non2xx > 0 || r.errors > 0) throw new Error(`${side} ${page.path}: ${r.non2xx} non-2xx, ${r.errors} errors`);
        const key = `${page.name}\t${side}`;
        const entry = results.get(key) ?? { rps: [], cpu: [] };
        entry.rps.push(r.requestsPerSecond);
        entry.cpu.push(r.cpuUsPerRequest ?? Number.NaN);
        results.set(key, entry);
      }
    }
  }
} finally {
  await stopAllChildren();
}
console.log(`median of ${rounds} rounds, ${settings.durationSeconds} s each, 32 connections; this = ${process.cwd()}, other = ${other}`);
console.log("page                   other req/s  this req/s   other CPU µs/req  this CPU µs/req  this/other CPU");
for (const page of PAGES) {
  const a = results.get(`${page.name}\tother`);
  const b = results.get(`${page.name}\tthis`);
  if (!a || !b) continue;
  const cpuRatio = median(b.cpu) / median(a.cpu);
  console.log(
    `${page.name.padEnd(22)} ${median(a.rps).toFixed(0).padStart(11)} ${median(b.rps).toFixed(0).padStart(11)} ${median(a.cpu).toFixed(0).padStart(18)} ${median(b.cpu).toFixed(0).padStart(16)} ${cpuRatio.toFixed(2).padStart(15)}`,
  );
}
process.exit(0);

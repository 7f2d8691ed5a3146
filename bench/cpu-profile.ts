import { readFile } from "node:fs/promises";
import path from "node:path";

type ProfileNode = {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
};

type CpuProfile = {
  nodes: ProfileNode[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
};

/** Where the CPU went, by function and by package or source file (self time, idle excluded). */
export type ProfileSummary = {
  file: string;
  busyMs: number;
  idleMs: number;
  topFunctions: { name: string; ms: number; share: number }[];
  topModules: { name: string; ms: number; share: number }[];
  /** The app's own functions (src/) by inclusive time: what they and everything they call cost. */
  topAppFunctions: { name: string; ms: number; share: number }[];
};

const META = new Set(["(idle)", "(program)", "(garbage collector)", "(root)"]);

/** node_modules/<package>, src/<file>, node:<module>, or the V8 pseudo-frame. */
function moduleOf(frame: ProfileNode["callFrame"]): string {
  if (!frame.url) return META.has(frame.functionName) ? frame.functionName : "(native)";
  const url = frame.url.replace(/^file:\/\//, "");
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg?.[1]) return pkg[1];
  const src = /\/(src|bench|bin)\/(.+)$/.exec(url);
  if (src) return `${src[1]}/${src[2]}`;
  return url.startsWith("node:") ? url : path.basename(url);
}

function functionOf(frame: ProfileNode["callFrame"]): string {
  const name = frame.functionName || "(anonymous)";
  if (!frame.url) return name;
  // tsx's transpiled sources report every function on line 1: the line is only shown when it says something.
  return frame.lineNumber > 0 ? `${name} ${moduleOf(frame)}:${frame.lineNumber + 1}` : `${name} ${moduleOf(frame)}`;
}

/** Self time per node id, only for samples taken inside [fromUs, toUs] (a monotonic clock, in µs). */
function selfTimes(profile: CpuProfile, fromUs: number, toUs: number): Map<number, number> {
  const times = new Map<number, number>();
  let at = profile.startTime;
  profile.samples.forEach((id, i) => {
    const delta = profile.timeDeltas[i] ?? 0;
    at += delta;
    if (at >= fromUs && at <= toUs) times.set(id, (times.get(id) ?? 0) + delta / 1000);
  });
  return times;
}

function parentsOf(profile: CpuProfile): Map<number, number> {
  const parents = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parents.set(child, node.id);
  return parents;
}

/** Inclusive time of every src/ function: each sample counts once for each distinct one on its stack. */
function appInclusive(profile: CpuProfile, times: Map<number, number>): Map<string, number> {
  const frames = new Map(profile.nodes.map((node) => [node.id, node.callFrame]));
  const parents = parentsOf(profile);
  const totals = new Map<string, number>();
  for (const [id, ms] of times) {
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parents.get(at)) {
      const frame = frames.get(at);
      if (!frame || !moduleOf(frame).startsWith("src/")) continue;
      seen.add(functionOf(frame));
    }
    for (const name of seen) totals.set(name, (totals.get(name) ?? 0) + ms);
  }
  return totals;
}

function top(totals: Map<string, number>, busyMs: number, count: number): { name: string; ms: number; share: number }[] {
  return [...totals]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([name, ms]) => ({ name, ms: Math.round(ms), share: busyMs > 0 ? ms / busyMs : 0 }));
}

/**
 * Summarises a .cpuprofile written by `node --cpu-prof`, counting only the samples taken while the
 * bench loaded the app (V8 and process.hrtime share the monotonic clock on Linux; when the window
 * does not match, every sample counts).
 */
export async function summarizeProfile(file: string, window: { fromUs: number; toUs: number }, count = 15): Promise<ProfileSummary> {
  const profile = JSON.parse(await readFile(file, "utf8")) as CpuProfile;
  const frames = new Map(profile.nodes.map((node) => [node.id, node.callFrame]));
  let times = selfTimes(profile, window.fromUs, window.toUs);
  if (times.size === 0) times = selfTimes(profile, Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY);
  const byFunction = new Map<string, number>();
  const byModule = new Map<string, number>();
  let idleMs = 0;
  for (const [id, ms] of times) {
    const frame = frames.get(id);
    if (!frame) continue;
    if (frame.functionName === "(idle)") {
      idleMs += ms;
      continue;
    }
    byFunction.set(functionOf(frame), (byFunction.get(functionOf(frame)) ?? 0) + ms);
    byModule.set(moduleOf(frame), (byModule.get(moduleOf(frame)) ?? 0) + ms);
  }
  const busyMs = [...byModule.values()].reduce((a, b) => a + b, 0);
  return {
    file,
    busyMs: Math.round(busyMs),
    idleMs: Math.round(idleMs),
    topFunctions: top(byFunction, busyMs, count),
    topModules: top(byModule, busyMs, count),
    topAppFunctions: top(appInclusive(profile, times), busyMs, count),
  };
}

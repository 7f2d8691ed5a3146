import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { busyShare, cpuSecondsOf, machineTicks } from "./cpu-time.ts";

/** The same load for every target. */
/**
 * What drives the load. wrk (C, one thread per core) saturates nginx on this machine; autocannon
 * (one Node thread) tops out near 20,000 req/s and so measures itself on fast targets.
 */
export type Generator = "wrk" | "autocannon";

export const WRK_PATH = process.env.WRK_PATH ?? "/usr/bin/wrk";

/** wrk when installed, else autocannon. */
export function defaultGenerator(): Generator {
  return existsSync(WRK_PATH) ? "wrk" : "autocannon";
}

export type LoadSettings = {
  generator?: Generator;
  connections: number;
  warmupSeconds: number;
  durationSeconds: number;
};

/** What one target did under load, measured after its warm-up. */
export type LoadResult = {
  target: string;
  url: string;
  requests: number;
  seconds: number;
  requestsPerSecond: number;
  p50Ms: number;
  p90Ms: number;
  p99Ms: number;
  maxMs: number;
  /** Bytes received per response, headers included. */
  bytesPerResponse: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  statusCodes: Record<string, number>;
  /** Server CPU time (user + system, all its processes) per response, in µs; steadier than req/s on a busy machine. */
  cpuUsPerRequest: number | undefined;
  /** How many CPU cores the server kept busy on average while measured. */
  cpuCores: number | undefined;
  /** How many CPU cores the load generator itself used while measured. */
  loadCores: number | undefined;
  /** The share of the whole machine's CPU (kernel work included) that was busy while measured. */
  machineBusy: number | undefined;
};

/** What is known of the target besides its URL. */
export type TargetOptions = {
  /** Give every request its own query string, so that a page cache keyed by URL never hits. */
  isUnique?: boolean;
  /** The server's process id, to read its CPU time from /proc. */
  serverPid?: number | undefined;
};

/** Every request gets its own query string (?fresh=1, 2, ...): a cache keyed by the address never hits. */
function uniquePaths(url: string): autocannon.Request[] {
  const { pathname, search } = new URL(url);
  let n = 0;
  return [{ setupRequest: (request) => ({ ...request, path: withFresh(`${pathname}${search}`, String(++n)) }) }];
}

/** The address with one more query parameter, fresh=`value`, that only the page cache looks at. */
export function withFresh(pathAndQuery: string, value: string): string {
  return `${pathAndQuery}${pathAndQuery.includes("?") ? "&" : "?"}fresh=${value}`;
}

/** One measured run, whichever generator drove it. */
type Run = {
  requests: number;
  seconds: number;
  latencyMs: { p50: number; p90: number; p99: number; max: number };
  bytes: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  statusCodes: Record<string, number>;
  /** CPU seconds the generator used, when known. */
  loadCpuSeconds: number | undefined;
};

async function runAutocannon(url: string, connections: number, seconds: number, isUnique: boolean): Promise<Run> {
  const requests = isUnique ? uniquePaths(url) : undefined;
  const before = process.cpuUsage();
  const result = await autocannon({ url, connections, duration: seconds, pipelining: 1, timeout: 10, ...(requests ? { requests } : {}) });
  const used = process.cpuUsage(before);
  return {
    requests: result.requests.total,
    seconds: result.duration,
    latencyMs: { p50: result.latency.p50, p90: result.latency.p90, p99: result.latency.p99, max: result.latency.max },
    bytes: result.throughput.total,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    statusCodes: Object.fromEntries(Object.entries(result.statusCodeStats).map(([code, stat]) => [code, stat.count])),
    loadCpuSeconds: (used.user + used.system) / 1e6,
  };
}

/**
 * wrk's script: every thread numbers its requests on its own (`fresh=<thread>-<n>`, so no two
 * requests share an address), and the summary is printed as one line of JSON.
 */
const WRK_SCRIPT = `
local counter = 1
function setup(thread)
  thread:set("id", counter)
  counter = counter + 1
end
local n = 0
local unique = os.getenv("BENCH_UNIQUE") == "1"
function request()
  if unique then
    n = n + 1
    local sep = string.find(wrk.path, "?", 1, true) and "&" or "?"
    return wrk.format(nil, wrk.path .. sep .. "fresh=" .. id .. "-" .. n)
  end
  return wrk.format(nil, wrk.path)
end
function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format('BENCH {"requests":%d,"us":%d,"bytes":%d,"connect":%d,"read":%d,"write":%d,"status":%d,"timeout":%d,"p50":%d,"p90":%d,"p99":%d,"max":%d}\\n',
    summary.requests, summary.duration, summary.bytes, e.connect, e.read, e.write, e.status, e.timeout,
    latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max))
end
`;

let scriptFile: string | undefined;

function wrkScript(): string {
  if (!scriptFile) {
    scriptFile = path.join(mkdtempSync(path.join(os.tmpdir(), "outreach-wrk-")), "bench.lua");
    writeFileSync(scriptFile, WRK_SCRIPT);
  }
  return scriptFile;
}

/** The CPU seconds of wrk come from bash's `time` around it, the summary from the script's JSON line. */
function runWrk(url: string, connections: number, seconds: number, isUnique: boolean): Promise<Run> {
  const threads = Math.max(1, Math.min(os.availableParallelism(), connections));
  const command = `TIMEFORMAT='%U %S'; time "${WRK_PATH}" -t${threads} -c${connections} -d${seconds}s --timeout 10s -s "${wrkScript()}" "$0"`;
  return new Promise((resolve, reject) => {
    const child = spawn("bash", ["-c", command, url], { env: { ...process.env, BENCH_UNIQUE: isUnique ? "1" : "0" } });
    let out = "";
    let err = "";
    child.stdout.on("data", (d) => {
      out += String(d);
    });
    child.stderr.on("data", (d) => {
      err += String(d);
    });
    child.on("error", reject);
    child.on("close", (code) => {
      const line = out.split("\n").find((l) => l.startsWith("BENCH "));
      const times = err.trim().split("\n").at(-1)?.split(" ").map(Number);
      if (code !== 0 || !line) return reject(new Error(`wrk failed (${code}): ${err.trim() || out.trim()}`));
      const r = JSON.parse(line.slice(6)) as Record<string, number>;
      const total = (k: string) => r[k] ?? 0;
      resolve({
        requests: total("requests"),
        seconds: total("us") / 1e6,
        latencyMs: { p50: total("p50") / 1000, p90: total("p90") / 1000, p99: total("p99") / 1000, max: total("max") / 1000 },
        bytes: total("bytes"),
        errors: total("connect") + total("read") + total("write"),
        timeouts: total("timeout"),
        non2xx: total("status"),
        statusCodes: {},
        loadCpuSeconds: times && times.length === 2 && times.every(Number.isFinite) ? (times[0] ?? 0) + (times[1] ?? 0) : undefined,
      });
    });
  });
}

function run(generator: Generator, url: string, connections: number, seconds: number, isUnique: boolean): Promise<Run> {
  return generator === "wrk" ? runWrk(url, connections, seconds, isUnique) : runAutocannon(url, connections, seconds, isUnique);
}

type CpuUse = { seconds: number } | undefined;

function toLoadResult(target: string, url: string, result: Run, cpu: CpuUse, machineBusy: number | undefined): LoadResult {
  const requests = result.requests;
  return {
    target,
    url,
    requests,
    seconds: result.seconds,
    requestsPerSecond: result.seconds > 0 ? requests / result.seconds : 0,
    p50Ms: Math.round(result.latencyMs.p50 * 10) / 10,
    p90Ms: Math.round(result.latencyMs.p90 * 10) / 10,
    p99Ms: Math.round(result.latencyMs.p99 * 10) / 10,
    maxMs: result.latencyMs.max,
    bytesPerResponse: requests > 0 ? Math.round(result.bytes / requests) : 0,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    statusCodes: result.statusCodes,
    cpuUsPerRequest: cpu && requests > 0 ? (cpu.seconds * 1e6) / requests : undefined,
    cpuCores: cpu && result.seconds > 0 ? cpu.seconds / result.seconds : undefined,
    loadCores: result.loadCpuSeconds !== undefined && result.seconds > 0 ? result.loadCpuSeconds / result.seconds : undefined,
    machineBusy,
  };
}

/**
 * Warms a target up (the result is dropped), then measures it with the same connections, reading
 * the server's CPU time before and after the measured part.
 */
export async function measure(target: string, url: string, settings: LoadSettings, options: TargetOptions = {}): Promise<LoadResult> {
  const isUnique = options.isUnique === true;
  const generator = settings.generator ?? defaultGenerator();
  if (settings.warmupSeconds > 0) await run(generator, url, settings.connections, settings.warmupSeconds, isUnique);
  const cpuBefore = cpuSecondsOf(options.serverPid);
  const machineBefore = machineTicks();
  const result = await run(generator, url, settings.connections, settings.durationSeconds, isUnique);
  const machineAfter = machineTicks();
  const cpuAfter = cpuSecondsOf(options.serverPid);
  const cpu = cpuBefore !== undefined && cpuAfter !== undefined ? { seconds: cpuAfter - cpuBefore } : undefined;
  return toLoadResult(target, isUnique ? withFresh(url, "N") : url, result, cpu, busyShare(machineBefore, machineAfter));
}

import autocannon from "autocannon";
import { cpuSecondsOf } from "./cpu-time.ts";

/** The same load for every target. */
export type LoadSettings = {
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

function run(url: string, connections: number, seconds: number, isUnique: boolean): PromiseLike<autocannon.Result> {
  const requests = isUnique ? uniquePaths(url) : undefined;
  return autocannon({ url, connections, duration: seconds, pipelining: 1, timeout: 10, ...(requests ? { requests } : {}) });
}

function statusCodesOf(result: autocannon.Result): Record<string, number> {
  return Object.fromEntries(Object.entries(result.statusCodeStats).map(([code, stat]) => [code, stat.count]));
}

type CpuUse = { seconds: number } | undefined;

function toLoadResult(target: string, url: string, result: autocannon.Result, cpu: CpuUse): LoadResult {
  const requests = result.requests.total;
  return {
    target,
    url,
    requests,
    seconds: result.duration,
    requestsPerSecond: result.duration > 0 ? requests / result.duration : 0,
    p50Ms: result.latency.p50,
    p90Ms: result.latency.p90,
    p99Ms: result.latency.p99,
    maxMs: result.latency.max,
    bytesPerResponse: requests > 0 ? Math.round(result.throughput.total / requests) : 0,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    statusCodes: statusCodesOf(result),
    cpuUsPerRequest: cpu && requests > 0 ? (cpu.seconds * 1e6) / requests : undefined,
    cpuCores: cpu && result.duration > 0 ? cpu.seconds / result.duration : undefined,
  };
}

/**
 * Warms a target up (the result is dropped), then measures it with the same connections, reading
 * the server's CPU time before and after the measured part.
 */
export async function measure(target: string, url: string, settings: LoadSettings, options: TargetOptions = {}): Promise<LoadResult> {
  const isUnique = options.isUnique === true;
  if (settings.warmupSeconds > 0) await run(url, settings.connections, settings.warmupSeconds, isUnique);
  const cpuBefore = cpuSecondsOf(options.serverPid);
  const result = await run(url, settings.connections, settings.durationSeconds, isUnique);
  const cpuAfter = cpuSecondsOf(options.serverPid);
  const cpu = cpuBefore !== undefined && cpuAfter !== undefined ? { seconds: cpuAfter - cpuBefore } : undefined;
  return toLoadResult(target, isUnique ? withFresh(url, "N") : url, result, cpu);
}

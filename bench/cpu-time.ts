import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { childPidsOf } from "./processes.ts";

let ticksPerSecond: number | undefined;

function clockTicks(): number {
  if (ticksPerSecond === undefined) {
    const output = spawnSync("getconf", ["CLK_TCK"], { encoding: "utf8", timeout: 2000 }).stdout;
    const n = Number.parseInt(output ?? "", 10);
    ticksPerSecond = Number.isFinite(n) && n > 0 ? n : 100;
  }
  return ticksPerSecond;
}

/** utime + stime of one process, in clock ticks; the name in /proc/PID/stat may hold spaces. */
function ticksOf(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return Number(fields[11]) + Number(fields[12]);
}

/**
 * CPU seconds (user + system) a server has used so far: the process and its direct children (the
 * nginx workers). Undefined where /proc cannot tell (not Linux, or the process is gone).
 */
export function cpuSecondsOf(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    const ticks = [pid, ...childPidsOf(pid)].reduce((total, p) => total + ticksOf(p), 0);
    return ticks / clockTicks();
  } catch {
    return undefined;
  }
}

/** The machine's CPU time so far from /proc/stat: busy and total jiffies over all cores. */
export function machineTicks(): { busy: number; total: number } | undefined {
  try {
    const line = readFileSync("/proc/stat", "utf8").split("\n")[0] ?? "";
    const values = line.trim().split(/\s+/).slice(1).map(Number);
    // user nice system idle iowait irq softirq steal (guest time is already inside user)
    const total = values.slice(0, 8).reduce((a, b) => a + b, 0);
    const idle = (values[3] ?? 0) + (values[4] ?? 0);
    return { busy: total - idle, total };
  } catch {
    return undefined;
  }
}

/** The share of the machine's CPU (all cores, kernel work included) that was busy between two readings. */
export function busyShare(before: ReturnType<typeof machineTicks>, after: ReturnType<typeof machineTicks>): number | undefined {
  if (!before || !after || after.total <= before.total) return undefined;
  return (after.busy - before.busy) / (after.total - before.total);
}

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

import { type ChildProcess, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import net from "node:net";

const TAIL_LIMIT = 64 * 1024;

/** A process the bench started; it is stopped at the end of the run, whatever happens. */
export type Child = {
  name: string;
  process: ChildProcess;
  /** Resolves with the exit code (or the signal's name) once the process has ended. */
  exited: Promise<number | string>;
  /** The last lines the process wrote to stderr, and the log lines (JSON) it wrote to stdout. */
  tail(): string;
};

const running = new Set<Child>();

/** Asks the system for a TCP port that is free on 127.0.0.1 right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen({ host: "127.0.0.1", port: 0 }, () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => (port > 0 ? resolve(port) : reject(new Error("no free port"))));
    });
  });
}

function keepTail(buffer: { text: string }, chunk: string): void {
  buffer.text = (buffer.text + chunk).slice(-TAIL_LIMIT);
}

/** Only JSON log lines of stdout are kept: the banner with the first admin's password is not. */
function logLinesOf(chunk: string): string {
  return chunk
    .split("\n")
    .filter((line) => line.trimStart().startsWith("{"))
    .map((line) => `${line}\n`)
    .join("");
}

/** Starts a child process and registers it for the final clean-up. */
export function startChild(name: string, command: string, args: string[], options: { env?: NodeJS.ProcessEnv; cwd?: string } = {}): Child {
  const proc = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ["ignore", "pipe", "pipe"] });
  const buffer = { text: "" };
  proc.stdout?.setEncoding("utf8").on("data", (chunk: string) => keepTail(buffer, logLinesOf(chunk)));
  proc.stderr?.setEncoding("utf8").on("data", (chunk: string) => keepTail(buffer, chunk));
  const exited = new Promise<number | string>((resolve) => {
    proc.on("exit", (code, signal) => resolve(code ?? signal ?? "unknown"));
    proc.on("error", (error) => {
      keepTail(buffer, `${error.message}\n`);
      resolve("spawn failed");
    });
  });
  const child: Child = { name, process: proc, exited, tail: () => buffer.text };
  running.add(child);
  void exited.then(() => running.delete(child));
  return child;
}

/** The direct children of a process (nginx's workers), from /proc; none where /proc cannot tell. */
export function childPidsOf(pid: number): number[] {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

/** SIGKILL to a child and to its own children first: killed that way, nginx's master leaves its workers running. */
function killHard(child: Child): void {
  const workers = child.process.pid === undefined ? [] : childPidsOf(child.process.pid);
  child.process.kill("SIGKILL");
  for (const pid of workers) {
    try {
      process.kill(pid, "SIGKILL");
    } catch {
      // already gone
    }
  }
}

function hasEnded(child: Child): boolean {
  return child.process.exitCode !== null || child.process.signalCode !== null || child.process.pid === undefined;
}

/** Stops a child by its pid: SIGTERM, then SIGKILL when it has not ended within the grace time. */
export async function stopChild(child: Child, graceMs = 8000): Promise<void> {
  if (hasEnded(child)) return;
  child.process.kill("SIGTERM");
  const timer = new Promise<"late">((resolve) => setTimeout(() => resolve("late"), graceMs).unref());
  if ((await Promise.race([child.exited, timer])) === "late" && !hasEnded(child)) {
    killHard(child);
    await child.exited;
  }
}

/** Stops every child this run started that is still running. */
export async function stopAllChildren(graceMs?: number): Promise<void> {
  await Promise.all([...running].map((child) => stopChild(child, graceMs)));
}

/** Last resort when the bench process itself ends: kills what is left, synchronously. */
export function killAllChildrenNow(): void {
  for (const child of running) {
    if (!hasEnded(child)) killHard(child);
  }
}

/** Polls `check` until it returns true; fails when the child ends first or the time is up. */
export async function waitUntil(what: string, child: Child, check: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (hasEnded(child)) throw new Error(`${child.name} ended before ${what}:\n${child.tail()}`);
    if (await check().catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${child.name}: no ${what} within ${timeoutMs / 1000} s:\n${child.tail()}`);
}

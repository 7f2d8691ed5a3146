import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { chmod, mkdir, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { ROOT } from "./app-server.ts";
import { get } from "./http.ts";
import { type Child, freePort, startChild, stopChild, waitUntil } from "./processes.ts";

export const NGINX = "/usr/sbin/nginx";

/** A static file server holding the very bytes the app served. */
export type Reference = {
  kind: "nginx" | "node";
  /** e.g. "nginx/1.22.1" or "node v20.20.2 (http module, one process)". */
  description: string;
  origin: string;
  /** The process whose CPU time (with its workers') is the reference's. */
  pid: number | undefined;
  stop(): Promise<void>;
};

function nginxVersion(): string {
  // nginx -v writes "nginx version: nginx/1.22.1" to stderr.
  const { stderr } = spawnSync(NGINX, ["-v"], { encoding: "utf8", timeout: 5000 });
  return /nginx\/[\w.]+/.exec(stderr ?? "")?.[0] ?? "nginx";
}

/** A minimal nginx configuration: everything it writes stays in `workDir`. */
function nginxConfig(workDir: string, siteDir: string, port: number): string {
  const temp = (name: string) => path.join(workDir, name);
  return `worker_processes auto;
daemon off;
pid ${temp("nginx.pid")};
error_log ${temp("nginx-error.log")} warn;
events { worker_connections 1024; }
http {
  access_log off;
  types { text/html html; }
  default_type text/html;
  charset utf-8;
  sendfile on;
  keepalive_requests 1000000;
  client_body_temp_path ${temp("client_body")};
  proxy_temp_path ${temp("proxy")};
  fastcgi_temp_path ${temp("fastcgi")};
  uwsgi_temp_path ${temp("uwsgi")};
  scgi_temp_path ${temp("scgi")};
  server {
    listen 127.0.0.1:${port};
    root ${siteDir};
    location / { }
  }
}
`;
}

async function waitForReference(child: Child, origin: string): Promise<void> {
  await waitUntil("200 for /index.html", child, async () => (await get(`${origin}/index.html`, {}, 2000)).status === 200, 15_000);
}

async function startNginx(workDir: string, siteDir: string): Promise<Reference> {
  const port = await freePort();
  const conf = path.join(workDir, "nginx.conf");
  await writeFile(conf, nginxConfig(workDir, siteDir, port));
  // Started by root, nginx workers run as "nobody": they must be able to read the site (the
  // caller makes the folders above it traversable).
  await chmod(siteDir, 0o755);
  const child = startChild("nginx", NGINX, ["-p", workDir, "-c", conf, "-e", path.join(workDir, "nginx-error.log")]);
  const origin = `http://127.0.0.1:${port}`;
  await waitForReference(child, origin);
  const description = `${nginxVersion()} (worker_processes auto: ${os.availableParallelism()} workers)`;
  return { kind: "nginx", description, origin, pid: child.process.pid, stop: () => stopChild(child) };
}

async function startNodeServer(siteDir: string): Promise<Reference> {
  const port = await freePort();
  const script = path.join(ROOT, "bench", "static-server.ts");
  const child = startChild("the Node reference server", process.execPath, ["--import", "tsx", script, String(port), siteDir], {
    cwd: ROOT,
  });
  const origin = `http://127.0.0.1:${port}`;
  await waitForReference(child, origin);
  return {
    kind: "node",
    description: `node ${process.version} (http module, one process, bytes from memory)`,
    pid: child.process.pid,
    origin,
    stop: () => stopChild(child),
  };
}

/**
 * Serves the files of `siteDir`: nginx when it is installed (unless `kind` asks for Node),
 * otherwise a minimal Node server that answers from memory. Nothing is installed here.
 */
export async function startReference(workDir: string, siteDir: string, kind: "auto" | "node" = "auto"): Promise<Reference> {
  await mkdir(workDir, { recursive: true });
  return kind === "auto" && existsSync(NGINX) ? startNginx(workDir, siteDir) : startNodeServer(siteDir);
}

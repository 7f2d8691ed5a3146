import path from "node:path";
import { fileURLToPath } from "node:url";
import { get } from "./http.ts";
import { type Child, freePort, startChild, waitUntil } from "./processes.ts";

/** The repository root: the app is started from there, as `npm start` would. */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

export type AppServer = {
  child: Child;
  origin: string;
  /** The database engine /readyz reports. */
  engine: string;
};

/** The environment of the app: the caller's, without settings that would change what is measured. */
function appEnv(dataDir: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (key.startsWith("OUTREACH_") || ["DATABASE_URL", "SMTP_URL", "PORT", "HOST", "LOG_LEVEL"].includes(key)) continue;
    env[key] = value;
  }
  return { ...env, OUTREACH_DATA_DIR: dataDir, LOG_LEVEL: "warn", HOST: "127.0.0.1" };
}

/**
 * Starts `outreach serve` on a free port with an empty data folder, so that the demo content is
 * loaded, and resolves once /readyz answers 200. `nodeArgs` go to node itself (e.g. --cpu-prof).
 */
export async function startApp(dataDir: string, nodeArgs: string[] = []): Promise<AppServer> {
  const port = await freePort();
  const args = [...nodeArgs, path.join(ROOT, "bin", "outreach.js"), "serve", "--port", String(port)];
  const child = startChild("the app", process.execPath, args, { cwd: ROOT, env: appEnv(dataDir) });
  const origin = `http://127.0.0.1:${port}`;
  let engine = "?";
  await waitUntil(
    "200 from /readyz",
    child,
    async () => {
      const response = await get(`${origin}/readyz`, {}, 2000);
      if (response.status !== 200) return false;
      engine = String((JSON.parse(response.body.toString("utf8")) as { database?: unknown }).database ?? "?");
      return true;
    },
    60_000,
  );
  return { child, origin, engine };
}

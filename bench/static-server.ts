// The fallback reference when nginx is not installed: answers from memory with the bytes of the
// files in a folder, read once at start. Usage: node --import tsx bench/static-server.ts PORT DIR
import { readdirSync, readFileSync } from "node:fs";
import http from "node:http";
import path from "node:path";

function loadFiles(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const name of readdirSync(dir)) files.set(`/${name}`, readFileSync(path.join(dir, name)));
  const index = files.get("/index.html");
  if (index) files.set("/", index);
  return files;
}

function serve(port: number, files: Map<string, Buffer>): http.Server {
  return http
    .createServer((req, res) => {
      const body = files.get((req.url ?? "/").split("?")[0] ?? "/");
      if (!body) {
        res.writeHead(404).end();
        return;
      }
      res.writeHead(200, { "content-type": "text/html; charset=utf-8", "content-length": body.length }).end(body);
    })
    .listen(port, "127.0.0.1");
}

const [port, dir] = process.argv.slice(2);
if (!port || !dir) {
  console.error("usage: static-server.ts PORT DIR");
  process.exit(2);
}
const server = serve(Number(port), loadFiles(dir));
process.on("SIGTERM", () => {
  server.close(() => process.exit(0));
  server.closeAllConnections();
});

import type { LightMyRequestResponse } from "fastify";
import { sessionCookieName } from "../web/cookies.ts";
import type { TestClient } from "./client.ts";
import type { TestApp } from "./harness.ts";

export type TestUpload = { name: string; data: Buffer; type?: string };

/**
 * Sends a multipart form as a browser does: the fields, then the file, with the client's session.
 * Upload forms carry their form token in their address (`?_csrf=`), so `url` is that address.
 */
export function postMultipart(
  t: TestApp,
  client: TestClient,
  url: string,
  fields: Record<string, string>,
  file: TestUpload,
  headers: Record<string, string> = {},
): Promise<LightMyRequestResponse> {
  const boundary = `----outreach${Math.random().toString(36).slice(2)}`;
  const field = (name: string, value: string) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`;
  const payload = Buffer.concat([
    Buffer.from(
      Object.entries(fields)
        .map(([k, v]) => field(k, v))
        .join(""),
    ),
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: ${file.type ?? "application/octet-stream"}\r\n\r\n`,
    ),
    file.data,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  const session = sessionCookieName(t.services);
  return t.app.inject({
    method: "POST",
    url,
    payload,
    headers: { "content-type": `multipart/form-data; boundary=${boundary}`, cookie: `${session}=${client.cookie(session)}`, ...headers },
  });
}

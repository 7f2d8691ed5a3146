import http from "node:http";

/** A response as it came over the wire: the body is not decompressed. */
export type RawResponse = {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
};

/** GETs a URL on 127.0.0.1 without a shared agent and without decompressing, within `timeoutMs`. */
export function get(url: string, headers: Record<string, string> = {}, timeoutMs = 5000): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const request = http.get(url, { headers, agent: false, timeout: timeoutMs }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
      response.on("error", reject);
    });
    request.on("timeout", () => request.destroy(new Error(`GET ${url}: no answer within ${timeoutMs} ms`)));
    request.on("error", reject);
  });
}

/** GETs a URL and fails unless it answers 200. */
export async function getOk(url: string, headers: Record<string, string> = {}): Promise<RawResponse> {
  const response = await get(url, headers);
  if (response.status !== 200) throw new Error(`GET ${url} answered ${response.status}, not 200`);
  return response;
}

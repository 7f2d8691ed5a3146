import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { get } from "./http.ts";

/** One resource of the page, sized as served and as it would be compressed. */
export type ResourceWeight = {
  path: string;
  /** The Content-Encoding the app chose for a browser that accepts br and gzip ("identity" for none). */
  servedEncoding: string;
  /** Body bytes on the wire for that browser. */
  servedBytes: number;
  identityBytes: number;
  /** What gzip (level 6) and brotli (quality 11) would make of the body: what compression could save. */
  gzipBytes: number;
  brotliBytes: number;
};

export type PageWeight = {
  resources: ResourceWeight[];
  totalServedBytes: number;
  totalGzipBytes: number;
  totalBrotliBytes: number;
};

const BROWSER_ENCODINGS = { "accept-encoding": "br, gzip" };

function decodeEntities(value: string): string {
  return value.replaceAll("&amp;", "&").replaceAll("&quot;", '"').replaceAll("&#39;", "'");
}

function attribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, "i").exec(tag);
  const value = match?.[1] ?? match?.[2] ?? match?.[3];
  return value === undefined ? undefined : decodeEntities(value);
}

/** The addresses of the stylesheets and scripts a page links to, in document order. */
export function linkedAssets(html: string): string[] {
  const found: string[] = [];
  for (const [tag] of html.matchAll(/<(?:link|script)\b[^>]*>/gi)) {
    const isStylesheet = /^<link/i.test(tag) && attribute(tag, "rel")?.toLowerCase().split(/\s+/).includes("stylesheet");
    const href = isStylesheet ? attribute(tag, "href") : /^<script/i.test(tag) ? attribute(tag, "src") : undefined;
    if (href) found.push(href);
  }
  return found;
}

async function weigh(origin: string, path: string): Promise<ResourceWeight> {
  const url = new URL(path, origin);
  if (url.origin !== origin) throw new Error(`${path} is not served by the app; the bench only asks 127.0.0.1`);
  const [served, identity] = await Promise.all([get(url.href, BROWSER_ENCODINGS), get(url.href)]);
  if (served.status !== 200 || identity.status !== 200) throw new Error(`GET ${url.href} answered ${served.status}`);
  const body = identity.body;
  return {
    path,
    servedEncoding: String(served.headers["content-encoding"] ?? "identity"),
    servedBytes: served.body.length,
    identityBytes: body.length,
    gzipBytes: gzipSync(body, { level: 6 }).length,
    brotliBytes: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

function sum(resources: ResourceWeight[], key: "servedBytes" | "gzipBytes" | "brotliBytes"): number {
  return resources.reduce((total, resource) => total + resource[key], 0);
}

/** Weighs a page and the CSS and JS it links, as a browser that accepts br and gzip would receive them. */
export async function measurePageWeight(origin: string, pagePath: string, html: string): Promise<PageWeight> {
  const resources = [await weigh(origin, pagePath)];
  for (const asset of linkedAssets(html)) resources.push(await weigh(origin, asset));
  return {
    resources,
    totalServedBytes: sum(resources, "servedBytes"),
    totalGzipBytes: sum(resources, "gzipBytes"),
    totalBrotliBytes: sum(resources, "brotliBytes"),
  };
}

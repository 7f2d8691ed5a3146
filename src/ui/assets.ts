import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const ASSET_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), "assets");

const versions = new Map<string, string>();

/** The address of an asset with a content hash, so that browsers may cache it for a year. */
export function assetUrl(name: string): string {
  let version = versions.get(name);
  if (!version) {
    version = createHash("sha256")
      .update(readFileSync(path.join(ASSET_DIR, name)))
      .digest("hex")
      .slice(0, 10);
    versions.set(name, version);
  }
  return `/assets/${name}?v=${version}`;
}

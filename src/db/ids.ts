import { createHash, randomBytes } from "node:crypto";
import { v7 } from "uuid";

/** A new primary key: UUIDv7, so ids sort by creation time and index well. */
export function newId(): string {
  return v7();
}

/** A secret for a link or cookie: 32 random bytes, URL-safe. Store only its hash. */
export function newToken(): string {
  return randomBytes(32).toString("base64url");
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("base64url");
}

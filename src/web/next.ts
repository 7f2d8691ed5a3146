/**
 * Where a "next" address may lead after a form or a language choice: only somewhere on this site.
 * The address is read as a browser would (the WHATWG parser drops tabs and newlines and reads a
 * backslash as a slash), resolved against the site's own origin, and followed only when it stays on
 * that origin. What comes back is the path, query and fragment alone, in their encoded form, so no
 * host, scheme or control character ever reaches a Location header.
 */
export function safeNext(next: unknown, origin: URL, fallback: string): string {
  if (typeof next !== "string" || next === "" || next.length > 2000) return fallback;
  let url: URL;
  try {
    url = new URL(next, origin);
  } catch {
    return fallback;
  }
  if (url.origin !== origin.origin) return fallback;
  const local = `${url.pathname}${url.search}${url.hash}`;
  // A path that still starts with two slashes would be read by a browser as another host.
  return local.startsWith("/") && !local.startsWith("//") && !local.startsWith("/\\") ? local : fallback;
}

import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import type { InjectOptions, LightMyRequestResponse } from "fastify";
import { createApiToken } from "../people/accounts.ts";
import { createSession, findSession } from "../people/sessions.ts";
import { createPerson, type Person } from "../testing/client.ts";
import { ENGINES, startTestApp, type TestApp } from "../testing/harness.ts";
import { sessionCookieName } from "./cookies.ts";
import { createCsrfToken } from "./csrf.ts";

/**
 * Plays a careless or hostile client against every route in the route table, signed out and signed
 * in as an admin (with a valid form token, so each request reaches its handler): broken and repeated
 * fields, wrong types, 1 MB fields, bytes that are no UTF-8, NUL characters in bodies, paths and
 * queries, 10,000-level JSON, wrong content types, cut-off multipart, traversal in names, absurd
 * paging. Whatever is sent, the answer is never a 5xx and never shows a stack or a file path.
 *
 * The default run takes a slice of the cases for each route (every route still gets the NUL, repeat,
 * wrong-type and deep-JSON cases); OUTREACH_TEST_FULL=1 sends the whole matrix.
 */
const isFull = process.env.OUTREACH_TEST_FULL === "1";

type Route = { method: string; url: string };
type Who = "anonymous" | "admin";
/** What one request of a case needs: the route's sample address and the form fields it was seen with. */
type Target = { route: Route; url: string; params: Record<string, string>; fields: string[] };
type Case = { name: string; isCore: boolean; build(target: Target): InjectOptions | undefined };

const STACK = [/\n\s+at [^\n]*:\d+:\d+/, /\/src\/[\w/.-]+\.tsx?/, /node_modules/];
const MB = "x".repeat(1024 * 1024);
const DEEP_ARRAY = `${"[".repeat(10_000)}${"]".repeat(10_000)}`;
const DEEP_OBJECT = `${'{"a":'.repeat(10_000)}1${"}".repeat(10_000)}`;
const GENERIC_FIELDS = ["title", "name", "email", "body", "slug", "status", "locale", "page", "q", "to", "next", "id", "ids"];
const BOUNDARY = "----outreach-malformed";
/** The cases a signed-out request to a route that is not public gets in the default run. */
const DOOR_CASES = ["NUL in path parameters", "NUL in form fields", "10,000-level JSON array"];

/** The address of a route with its parameters filled in; each value is put in as given (already encoded). */
function fill(route: Route, params: Record<string, string>, replace?: (name: string) => string | undefined): string {
  return route.url.replace(
    /:([A-Za-z0-9_]+)/g,
    (_all, name: string) => replace?.(name) ?? params[name] ?? (name === "locale" ? "en" : "x"),
  );
}

function patternOf(route: Route): { regex: RegExp; names: string[]; statics: number } {
  const names: string[] = [];
  const source = route.url
    .split(/(:[A-Za-z0-9_]+)/)
    .map((part) => {
      if (part.startsWith(":")) {
        names.push(part.slice(1));
        return "([^/]+?)";
      }
      return part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    })
    .join("");
  return { regex: new RegExp(`^${source}$`), names, statics: route.url.replace(/:[A-Za-z0-9_]+/g, "").length };
}

/** The route a concrete path belongs to: of all patterns that match, the one with the most fixed text. */
function matchRoute(patterns: { route: Route; pattern: ReturnType<typeof patternOf> }[], method: string, path: string) {
  let best: { route: Route; params: Record<string, string>; statics: number } | undefined;
  for (const { route, pattern } of patterns) {
    if (route.method !== method) continue;
    const m = pattern.regex.exec(path);
    if (!m) continue;
    if (best && best.statics >= pattern.statics) continue;
    best = { route, params: Object.fromEntries(pattern.names.map((n, i) => [n, m[i + 1] ?? ""])), statics: pattern.statics };
  }
  return best;
}

const decodeEntities = (text: string) =>
  text
    .replace(/&amp;/g, "&")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">");

function form(fields: Record<string, string | string[]>): string {
  const body = new URLSearchParams();
  for (const [k, v] of Object.entries(fields)) for (const item of Array.isArray(v) ? v : [v]) body.append(k, item);
  return body.toString();
}

const each = <V>(fields: string[], value: (name: string) => V): Record<string, V> => Object.fromEntries(fields.map((f) => [f, value(f)]));
const formPost = (t: Target, payload: string | Buffer): InjectOptions => ({
  method: t.route.method as InjectOptions["method"],
  url: t.url,
  payload,
  headers: { "content-type": "application/x-www-form-urlencoded" },
});
const jsonPost = (t: Target, payload: string): InjectOptions => ({
  method: t.route.method as InjectOptions["method"],
  url: t.url,
  payload,
  headers: { "content-type": "application/json" },
});
const rawPost = (t: Target, contentType: string, payload: string | Buffer): InjectOptions => ({
  method: t.route.method as InjectOptions["method"],
  url: t.url,
  payload,
  headers: { "content-type": contentType },
});
const withQuery = (t: Target, query: string): InjectOptions => ({
  method: t.route.method as InjectOptions["method"],
  url: `${t.url}${t.url.includes("?") ? "&" : "?"}${query}`,
});
/** The route's address with every parameter (or every one but the locale) set to one hostile value. */
const withParams = (t: Target, value: string, includeLocale = false): InjectOptions | undefined => {
  if (!t.route.url.includes(":")) return undefined;
  const url = fill(t.route, t.params, (name) => (name === "locale" && !includeLocale ? t.params.locale : value));
  return { method: t.route.method as InjectOptions["method"], url };
};
const isBodyMethod = (t: Target) => t.route.method !== "GET";

function multipart(parts: string[], end = true): string {
  return `${parts.map((p) => `--${BOUNDARY}\r\n${p}\r\n`).join("")}${end ? `--${BOUNDARY}--\r\n` : ""}`;
}

const CASES: Case[] = [
  // Paging and queries
  { name: "page=-1", isCore: false, build: (t) => withQuery(t, "page=-1&per_page=-1") },
  {
    name: "page=99999999999999999999",
    isCore: false,
    build: (t) => withQuery(t, "page=99999999999999999999&per_page=99999999999999999999"),
  },
  { name: "page=abc", isCore: false, build: (t) => withQuery(t, "page=abc&per_page=abc&from=abc&to=abc") },
  {
    name: "repeated query fields",
    isCore: false,
    build: (t) => withQuery(t, "page=1&page=2&q=a&q=b&status=a&status=b&locale=en&locale=fr&next=/a&next=/b&to=en&to=fr&kind=a&kind=b"),
  },
  { name: "query[] and query[key]", isCore: false, build: (t) => withQuery(t, "page[]=1&q[a]=b&status[]=x&locale[]=en") },
  { name: "NUL in query", isCore: true, build: (t) => withQuery(t, "q=a%00b&page=%00&next=%2F%00&locale=%00&status=%00") },
  { name: "bad UTF-8 in query", isCore: false, build: (t) => withQuery(t, "q=%FF%FE&page=%ED%A0%80&next=%C0%AF") },
  {
    name: "traversal in query",
    isCore: false,
    build: (t) => withQuery(t, "next=..%2F..%2Fetc%2Fpasswd&file=../../etc/passwd&q=%2e%2e%2f"),
  },
  { name: "10,000-character query", isCore: false, build: (t) => withQuery(t, `q=${"a".repeat(10_000)}&next=/${"a".repeat(10_000)}`) },
  // Path parameters
  { name: "NUL in path parameters", isCore: true, build: (t) => withParams(t, "a%00b") },
  { name: "NUL in the locale", isCore: false, build: (t) => withParams(t, "%00", true) },
  { name: "bad UTF-8 in path parameters", isCore: false, build: (t) => withParams(t, "%FF%FE") },
  { name: "lone surrogate in path parameters", isCore: false, build: (t) => withParams(t, "%ED%A0%80") },
  { name: "traversal in path parameters", isCore: false, build: (t) => withParams(t, "..%2F..%2Fetc%2Fpasswd") },
  { name: "encoded dots in path parameters", isCore: false, build: (t) => withParams(t, "%2e%2e%2f") },
  { name: "huge number in path parameters", isCore: false, build: (t) => withParams(t, "99999999999999999999") },
  { name: "199-character path parameters", isCore: false, build: (t) => withParams(t, "a".repeat(199)) },
  // Form bodies
  { name: "empty form", isCore: false, build: (t) => (isBodyMethod(t) ? formPost(t, "") : undefined) },
  {
    name: "repeated form fields",
    isCore: true,
    build: (t) => (isBodyMethod(t) ? formPost(t, form(each(t.fields, () => ["a", "b"]))) : undefined),
  },
  {
    name: "NUL in form fields",
    isCore: true,
    build: (t) => (isBodyMethod(t) ? formPost(t, form(each(t.fields, () => "a\u0000b"))) : undefined),
  },
  {
    name: "1 MB form field",
    isCore: false,
    build: (t) => (isBodyMethod(t) ? formPost(t, form({ ...each(t.fields, () => "a"), [t.fields[0] ?? "title"]: MB })) : undefined),
  },
  {
    name: "bytes that are no UTF-8 in a form",
    isCore: true,
    build: (t) =>
      isBodyMethod(t)
        ? formPost(
            t,
            Buffer.concat([Buffer.from(`${t.fields[0] ?? "title"}=`), Buffer.from([0xff, 0xfe, 0xc0, 0xaf]), Buffer.from("&x=1")]),
          )
        : undefined,
  },
  {
    name: "broken percent escapes in a form",
    isCore: false,
    build: (t) => (isBodyMethod(t) ? formPost(t, `${t.fields.map((f) => `${f}=%FF%`).join("&")}&%=%&&=`) : undefined),
  },
  {
    name: "prototype names in a form",
    isCore: false,
    build: (t) => (isBodyMethod(t) ? formPost(t, "__proto__=x&__proto__[a]=1&constructor[prototype][a]=1&hasOwnProperty=1") : undefined),
  },
  {
    name: "traversal in form fields",
    isCore: false,
    build: (t) => (isBodyMethod(t) ? formPost(t, form(each(t.fields, () => "../../etc/passwd"))) : undefined),
  },
  // JSON bodies
  {
    name: "wrong types in JSON",
    isCore: true,
    build: (t) =>
      isBodyMethod(t) ? jsonPost(t, JSON.stringify(each(t.fields, (f) => (f.length % 2 ? [1, { a: 2 }] : { $ne: 1 })))) : undefined,
  },
  {
    name: "numbers, booleans and nulls in JSON",
    isCore: false,
    build: (t) => (isBodyMethod(t) ? jsonPost(t, JSON.stringify(each(t.fields, (f) => [1e308, true, null, -1][f.length % 4]))) : undefined),
  },
  { name: "JSON that is not an object", isCore: false, build: (t) => (isBodyMethod(t) ? jsonPost(t, '"text"') : undefined) },
  {
    name: "NUL in JSON",
    isCore: true,
    build: (t) => (isBodyMethod(t) ? jsonPost(t, JSON.stringify(each(t.fields, () => "a\u0000b"))) : undefined),
  },
  {
    name: "lone surrogate in JSON",
    isCore: false,
    build: (t) => (isBodyMethod(t) ? jsonPost(t, `{${t.fields.map((f) => `"${f}":"\\ud800"`).join(",")}}`) : undefined),
  },
  { name: "10,000-level JSON array", isCore: true, build: (t) => (isBodyMethod(t) ? jsonPost(t, DEEP_ARRAY) : undefined) },
  { name: "10,000-level JSON object", isCore: false, build: (t) => (isBodyMethod(t) ? jsonPost(t, DEEP_OBJECT) : undefined) },
  { name: "broken JSON", isCore: false, build: (t) => (isBodyMethod(t) ? jsonPost(t, '{"title": "a') : undefined) },
  {
    name: "1 MB JSON field",
    isCore: false,
    build: (t) => (isBodyMethod(t) ? jsonPost(t, JSON.stringify({ [t.fields[0] ?? "title"]: MB })) : undefined),
  },
  {
    name: "prototype names in JSON",
    isCore: false,
    build: (t) => (isBodyMethod(t) ? jsonPost(t, '{"__proto__":{"isAdmin":true},"constructor":{"prototype":{"a":1}}}') : undefined),
  },
  // Other content types
  { name: "text/plain body", isCore: false, build: (t) => (isBodyMethod(t) ? rawPost(t, "text/plain", "title=a") : undefined) },
  { name: "XML body", isCore: false, build: (t) => (isBodyMethod(t) ? rawPost(t, "application/xml", "<a>&xxe;</a>") : undefined) },
  {
    name: "multipart without a boundary",
    isCore: false,
    build: (t) => (isBodyMethod(t) ? rawPost(t, "multipart/form-data", "--x\r\nbroken") : undefined),
  },
  {
    name: "cut-off multipart",
    isCore: true,
    build: (t) =>
      isBodyMethod(t)
        ? rawPost(
            t,
            `multipart/form-data; boundary=${BOUNDARY}`,
            multipart(
              [
                `Content-Disposition: form-data; name="${t.fields[0] ?? "title"}"\r\n\r\na`,
                `Content-Disposition: form-data; name="file"; filename="a.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4 cut`,
              ],
              false,
            ),
          )
        : undefined,
  },
  {
    name: "multipart with traversal and NUL in names",
    isCore: false,
    build: (t) =>
      isBodyMethod(t)
        ? rawPost(
            t,
            `multipart/form-data; boundary=${BOUNDARY}`,
            multipart([
              ...t.fields.map((f) => `Content-Disposition: form-data; name="${f}"\r\n\r\na\u0000b`),
              'Content-Disposition: form-data; name="file"; filename="../../etc/passwd"\r\nContent-Type: text/plain\r\n\r\nroot:x:0:0',
              'Content-Disposition: form-data; name="file"; filename="%2e%2e%2fa\u0000.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4',
            ]),
          )
        : undefined,
  },
];

/** Follows the links and forms of the site and the admin to find real addresses and field names for each route. */
async function crawl(
  t: TestApp,
  headers: Record<string, string>,
  routes: Route[],
): Promise<{ samples: Map<Route, Record<string, string>>; fields: Map<Route, Set<string>>; requests: number }> {
  const patterns = routes.map((route) => ({ route, pattern: patternOf(route) }));
  const samples = new Map<Route, Record<string, string>>();
  const fields = new Map<Route, Set<string>>();
  const seen = new Set<string>();
  const perRoute = new Map<Route, number>();
  const queue = ["/en/", "/admin", "/en/news", "/en/events", "/en/library", "/en/search?q=harm"];
  let requests = 0;
  while (queue.length > 0 && requests < (isFull ? 1500 : 400)) {
    const path = queue.shift() as string;
    if (seen.has(path)) continue;
    seen.add(path);
    const res = await t.app.inject({ method: "GET", url: path, headers });
    requests += 1;
    if (res.statusCode !== 200 || !String(res.headers["content-type"] ?? "").includes("html")) continue;
    for (const [, href] of res.body.matchAll(/href="([^"]+)"/g)) {
      const url = decodeEntities(href ?? "");
      if (!url.startsWith("/") || url.startsWith("//") || url.startsWith("/assets/") || url.includes("sign-out")) continue;
      const bare = url.split("#")[0] ?? "";
      const match = matchRoute(patterns, "GET", bare.split("?")[0] ?? "");
      if (!match) continue;
      if (!samples.has(match.route)) samples.set(match.route, match.params);
      const visits = perRoute.get(match.route) ?? 0;
      if (visits < (isFull ? 3 : 1) && !seen.has(bare)) {
        perRoute.set(match.route, visits + 1);
        queue.push(bare);
      }
    }
    for (const [, attributes = "", inner = ""] of res.body.matchAll(/<form([^>]*)>([\s\S]*?)<\/form>/g)) {
      const action = decodeEntities(/action="([^"]*)"/.exec(attributes)?.[1] ?? path);
      const method = (/method="([^"]*)"/.exec(attributes)?.[1] ?? "get").toUpperCase();
      const match = matchRoute(patterns, method === "POST" ? "POST" : "GET", action.split("?")[0] ?? "");
      if (!match) continue;
      if (!samples.has(match.route)) samples.set(match.route, match.params);
      const names = fields.get(match.route) ?? new Set<string>();
      for (const [, name] of inner.matchAll(/name="([^"]+)"/g)) if (name && name !== "_csrf") names.add(name);
      fields.set(match.route, names);
    }
  }
  return { samples, fields, requests };
}

for (const engine of ENGINES) {
  describe(`malformed input on every route (${engine})`, () => {
    let t: TestApp;
    let admin: Person;
    let apiToken: string;

    before(async () => {
      t = await startTestApp(engine, { demo: true });
      admin = await createPerson(t.services, "admin");
      apiToken = await createApiToken(t.services, admin.id);
    });
    after(() => t.cleanup());

    /** Headers for requests as this person: a fresh session for each route, since some routes sign out or end sessions. */
    async function headersFor(who: Who, url: string): Promise<Record<string, string>> {
      const now = t.clock.now();
      if (who === "anonymous") return { "x-csrf-token": createCsrfToken(t.services.secret, "anonymous", now) };
      if (url.startsWith("/api/")) return { authorization: `Bearer ${apiToken}` };
      // Whatever an earlier case did to the account (a role, a disabled flag), it is an admin again.
      await t.services.db.updateTable("users").set({ role: "admin", disabled_at: null }).where("id", "=", admin.id).execute();
      const token = await createSession(t.services, admin.id, true);
      const session = await findSession(t.services, token);
      assert.ok(session, "a fresh admin session");
      return {
        cookie: `${sessionCookieName(t.services)}=${token}`,
        "x-csrf-token": createCsrfToken(t.services.secret, session.id, now),
      };
    }

    test("no 5xx and no stack trace, whatever is sent, signed out or as an admin", {
      timeout: isFull ? 3_600_000 : 600_000,
    }, async (ctx) => {
      const routes: Route[] = t.app.routeTable.map(({ method, url }) => ({ method, url }));
      const access = new Map(routes.map((route, i) => [route, t.app.routeTable[i]?.access]));
      const crawlStarted = performance.now();
      const found = await crawl(t, await headersFor("admin", "/admin"), routes);
      const crawlMs = performance.now() - crawlStarted;
      let requests = found.requests;
      let cases = 0;
      let reachedHandler = 0;
      const failures: string[] = [];
      const byStatus = new Map<number, number>();
      const spent = new Map<string, number>();

      for (const [index, route] of routes.entries()) {
        const params = found.samples.get(route) ?? {};
        const seenFields = [...(found.fields.get(route) ?? [])];
        const fields = seenFields.length > 0 ? seenFields : GENERIC_FIELDS;
        const target: Target = { route, params, fields, url: fill(route, params) };
        // Every route gets the core cases; the rest are spread over routes in turn, all of them under OUTREACH_TEST_FULL=1.
        const chosen = CASES.filter((c, i) => isFull || c.isCore || (i + index) % 8 === 0);
        // Signed out, a route that is not public stops at the access check: a few cases show that stop holds.
        const atTheDoor = CASES.filter((c) => DOOR_CASES.includes(c.name));
        for (const who of ["anonymous", "admin"] as const) {
          const headers = await headersFor(who, route.url);
          const isStoppedAtDoor = who === "anonymous" && access.get(route) !== "public" && !isFull;
          for (const c of isStoppedAtDoor ? atTheDoor : chosen) {
            const options = c.build(target);
            if (!options) continue;
            cases += 1;
            const remoteAddress = `10.${index % 250}.${cases % 250}.${(requests % 250) + 1}`;
            let res: LightMyRequestResponse;
            const started = performance.now();
            try {
              res = await t.app.inject({ ...options, remoteAddress, headers: { ...headers, ...(options.headers ?? {}) } });
            } catch (error) {
              failures.push(`${who} ${route.method} ${route.url} [${c.name}]: inject threw ${(error as Error).message}`);
              continue;
            }
            requests += 1;
            spent.set(c.name, (spent.get(c.name) ?? 0) + performance.now() - started);
            byStatus.set(res.statusCode, (byStatus.get(res.statusCode) ?? 0) + 1);
            if (res.statusCode !== 403 && res.statusCode !== 401 && res.statusCode !== 404) reachedHandler += 1;
            const where = `${who} ${route.method} ${route.url} [${c.name}] ${String(options.url).slice(0, 120)}`;
            if (res.statusCode >= 500) failures.push(`${where}: ${res.statusCode} ${res.body.slice(0, 200)}`);
            const leak = STACK.find((re) => re.test(res.body));
            if (leak) failures.push(`${where}: ${res.statusCode} shows ${leak} in its body`);
          }
        }
      }

      const statuses = [...byStatus].sort(([a], [b]) => a - b).map(([s, n]) => `${s}×${n}`);
      const figures = `${engine}: ${routes.length} routes (${found.samples.size} with real addresses from ${found.requests} crawled pages), ${cases} cases, ${requests} requests, ${reachedHandler} past access checks; statuses ${statuses.join(" ")}; ${failures.length} failures${isFull ? " (full matrix)" : ""}`;
      ctx.diagnostic(figures);
      const slowest = [...spent].sort(([, a], [, b]) => b - a).slice(0, 6);
      ctx.diagnostic(
        `crawl ${Math.round(crawlMs)} ms; slowest cases: ${slowest.map(([name, ms]) => `${name} ${Math.round(ms)} ms`).join(", ")}`,
      );
      console.log(figures);
      assert.deepEqual(failures.slice(0, 40), [], `${failures.length} requests failed`);
    });
  });
}

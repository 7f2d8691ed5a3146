// What e2e/hostile-input.test.ts looks for in a page, a feed, a calendar and a CSV export.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";
import { XSS_FLAG } from "../src/testing/xss-payloads.ts";
import { CHROMIUM_PATH } from "./support.ts";

export type Finding = { url: string; what: string; detail: string };

/** One browser profile with its page, and what happened in it. */
export type Watch = {
  page: Page;
  executions: Finding[];
  violations: Finding[];
  dialogs: Finding[];
  /** The payload numbers found in the pages read: proof that the values were really shown. */
  seen: Set<number>;
};

export type HtmlServer = { url: string; show(html: string, csp?: string): string; close(): Promise<void> };

/**
 * Shows HTML the site does not serve (a mail, the entries of a feed) from another local port,
 * without any CSP unless given, the way a mail client or a feed reader would show it.
 */
export async function startHtmlServer(): Promise<HtmlServer> {
  const pages = new Map<string, { html: string; csp: string | undefined }>();
  const server = createServer((req, res) => {
    const page = pages.get(req.url ?? "");
    const csp = page?.csp ? { "content-security-policy": page.csp } : {};
    res.writeHead(page ? 200 : 404, { "content-type": "text/html; charset=utf-8", ...csp }).end(page?.html ?? "");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  let n = 0;
  return {
    url,
    show(html, csp) {
      const path = `/shown/${++n}`;
      pages.set(path, { html, csp });
      return `${url}${path}`;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/**
 * Chromium that cannot reach any other host than this machine (so a payload's address goes nowhere
 * and no request is routed through the test process, which would slow every page down).
 */
export function launchIsolatedBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--disable-dev-shm-usage",
      "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
    ],
  });
}

/**
 * Sets a profile up before any page script runs: `window.__xss` and the dialog functions report an
 * execution, a `securitypolicyviolation` listener reports to the suite, and dialogs are counted and
 * dismissed.
 */
export async function instrument(context: BrowserContext): Promise<Watch> {
  const page = await context.newPage();
  const watch: Watch = { page, executions: [], violations: [], dialogs: [], seen: new Set() };
  await context.exposeBinding(XSS_FLAG, ({ frame }, id: unknown) => {
    watch.executions.push({ url: frame.url(), what: "payload ran", detail: String(id) });
  });
  await context.exposeBinding("__cspViolation", ({ frame }, v: { directive: string; blocked: string; sample: string }) => {
    watch.violations.push({ url: frame.url(), what: `CSP ${v.directive}`, detail: `${v.blocked} ${v.sample}` });
  });
  await context.addInitScript(() => {
    const w = window as unknown as Record<string, (...args: unknown[]) => unknown>;
    document.addEventListener(
      "securitypolicyviolation",
      (e) => void w.__cspViolation?.({ directive: e.violatedDirective, blocked: e.blockedURI, sample: e.sample }),
      true,
    );
    for (const name of ["alert", "confirm", "prompt", "print"]) w[name] = () => w.__xss?.(`${name}()`);
  });
  page.on("dialog", (dialog) => {
    watch.dialogs.push({ url: page.url(), what: `${dialog.type()} dialog`, detail: dialog.message() });
    void dialog.dismiss().catch(() => {});
  });
  return watch;
}

/**
 * Runs in the page: anything a payload could have left behind. Handlers are never legitimate (the
 * CSP forbids inline script), so any `on…` attribute counts; so do script-bearing addresses, inline
 * scripts other than JSON-LD, JSON-LD that no longer parses, frames, and a payload's text in any
 * attribute other than those that only ever hold text.
 */
function auditDom(flag: string): { what: string; detail: string }[] {
  const out: { what: string; detail: string }[] = [];
  const textAttributes = new Set([
    "alt",
    "title",
    "value",
    "content",
    "placeholder",
    "aria-label",
    "aria-description",
    "label",
    "datetime",
    "download",
  ]);
  const urlAttributes = new Set([
    "href",
    "src",
    "action",
    "formaction",
    "xlink:href",
    "data",
    "poster",
    "background",
    "cite",
    "ping",
    "srcset",
  ]);
  // No named helpers in here: the function is sent to the page as text, without the bundler's helpers.
  for (const el of Array.from(document.querySelectorAll("*"))) {
    const tag = el.localName;
    const html = el.outerHTML.slice(0, 160);
    for (const attr of Array.from(el.attributes)) {
      const name = attr.name.toLowerCase();
      const address = Array.from(attr.value)
        .filter((c) => c.charCodeAt(0) > 0x20 && c.charCodeAt(0) !== 0x7f)
        .join("")
        .toLowerCase();
      const isScriptUrl =
        address.startsWith("javascript:") ||
        address.startsWith("vbscript:") ||
        (address.startsWith("data:") && !/^data:image\/(png|jpe?g|gif|webp)[;,]/.test(address));
      if (name.startsWith("on")) out.push({ what: `handler attribute ${name}`, detail: html });
      else if (urlAttributes.has(name) && isScriptUrl) out.push({ what: `script address in ${name}`, detail: html });
      else if (name === "srcdoc" || (name === "style" && attr.value.includes(flag))) out.push({ what: `${name} attribute`, detail: html });
      else if (attr.value.includes(flag) && !textAttributes.has(name) && !urlAttributes.has(name)) {
        out.push({ what: `payload in attribute ${name}`, detail: html });
      }
    }
    if (tag === "script" && !el.hasAttribute("src")) {
      if (el.getAttribute("type") === "application/ld+json") {
        try {
          JSON.parse(el.textContent ?? "");
        } catch {
          out.push({ what: "JSON-LD broken", detail: (el.textContent ?? "").slice(0, 160) });
        }
      } else out.push({ what: "inline script", detail: html });
    }
    if (tag === "style" && (el.textContent ?? "").includes(flag)) out.push({ what: "payload in a style element", detail: html });
    if (["iframe", "frame", "object", "embed", "base", "applet", "portal"].includes(tag)) out.push({ what: `<${tag}>`, detail: html });
    if (tag === "meta" && el.getAttribute("http-equiv")?.toLowerCase() === "refresh") out.push({ what: "meta refresh", detail: html });
  }
  return out;
}

/** Opens a page, lets handlers fire, and audits its DOM. */
export async function auditHtml(watch: Watch, url: string, options: { isReflected?: boolean | undefined } = {}): Promise<Finding[]> {
  const res = await watch.page.goto(url, { waitUntil: "load" });
  const findings: Finding[] = [];
  const status = res?.status() ?? 0;
  if (status >= 500 || (status !== 200 && !options.isReflected)) findings.push({ url, what: `status ${status}`, detail: "" });
  // Focus, toggle and animation handlers fire a moment after load; bindings report asynchronously.
  await watch.page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 40)));
  for (const f of await watch.page.evaluate(auditDom, XSS_FLAG)) findings.push({ url, ...f });
  const ids = await watch.page.evaluate(() => document.documentElement.outerHTML.match(/xss\((\d+)\)/g) ?? []);
  for (const id of ids) watch.seen.add(Number(id.slice(4, -1)));
  return findings;
}

/**
 * A feed or sitemap must parse as XML with nothing in the XHTML, SVG or MathML namespaces; the HTML
 * its entries carry is then shown as a feed reader would, without a CSP, and audited like a page.
 */
export async function auditFeed(watch: Watch, url: string, xml: string, reader: (html: string) => string): Promise<Finding[]> {
  const parsed = await watch.page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, "application/xml");
    const error = doc.querySelector("parsererror");
    // A sitemap names each page's languages with xhtml:link; no other markup element belongs in a feed.
    const foreign = Array.from(doc.getElementsByTagName("*")).filter(
      (el) =>
        ["http://www.w3.org/1999/xhtml", "http://www.w3.org/2000/svg", "http://www.w3.org/1998/Math/MathML"].includes(
          el.namespaceURI ?? "",
        ) && !(el.localName === "link" && el.namespaceURI === "http://www.w3.org/1999/xhtml" && el.childNodes.length === 0),
    );
    const html = Array.from(doc.getElementsByTagName("*"))
      .filter((el) => ["description", "encoded", "content", "summary"].includes(el.localName) && el.getAttribute("type") !== "text")
      .map((el) => el.textContent ?? "");
    return { error: error?.textContent ?? "", foreign: foreign.map((el) => el.localName), html };
  }, xml);
  const findings: Finding[] = [];
  if (parsed.error) findings.push({ url, what: "not well-formed XML", detail: parsed.error.slice(0, 160) });
  if (parsed.foreign.length > 0)
    findings.push({ url, what: "markup elements in the feed", detail: [...new Set(parsed.foreign)].join(", ") });
  if (parsed.html.length > 0) {
    const shown = `<!doctype html><html lang="en"><head><title>feed</title></head><body>${parsed.html.map((h) => `<article>${h}</article>`).join("")}</body></html>`;
    for (const f of await auditHtml(watch, reader(shown))) findings.push({ ...f, url: `${url} (as a feed reader shows it)` });
  }
  return findings;
}

/** An .ics file: every unfolded line a property, so no value's line break started a line of its own. */
export function checkCalendar(url: string, text: string): Finding[] {
  const lines = text.replace(/\r\n[ \t]/g, "").split("\r\n");
  const findings: Finding[] = [];
  for (const line of lines) {
    if (line === "") continue;
    if (line.includes("\n") || line.includes("\r"))
      findings.push({ url, what: "bare line break in the calendar", detail: line.slice(0, 160) });
    else if (!/^[A-Z][A-Z0-9-]*[;:]/.test(line) || line.startsWith("X-XSS-INJECTED")) {
      findings.push({ url, what: "calendar line that is no property", detail: line.slice(0, 160) });
    }
  }
  return findings;
}

/** Parses RFC 4180 CSV (quoted cells, doubled quotes, CRLF). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let isQuoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (isQuoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') isQuoted = false;
      else cell += c;
    } else if (c === '"') isQuoted = true;
    else if (c === ",") {
      row.push(cell);
      cell = "";
    } else if (c === "\r" && text[i + 1] === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      i++;
    } else cell += c;
  }
  if (cell !== "" || row.length > 0) rows.push([...row, cell]);
  return rows;
}

/**
 * A CSV export is a download of text: never shown as a page, and no cell a spreadsheet would take
 * for a formula (a cell starting with = + - @ or a tab or carriage return must carry a leading quote).
 */
export function checkCsv(url: string, headers: Record<string, string>, text: string): Finding[] {
  const findings: Finding[] = [];
  if (!headers["content-type"]?.startsWith("text/csv")) findings.push({ url, what: "CSV sent as", detail: headers["content-type"] ?? "" });
  if (!headers["content-disposition"]?.startsWith("attachment")) findings.push({ url, what: "CSV not a download", detail: "" });
  if (headers["x-content-type-options"] !== "nosniff") findings.push({ url, what: "CSV may be sniffed", detail: "" });
  const rows = parseCsv(text.replace(/^\uFEFF/, ""));
  for (const row of rows) {
    for (const cell of row) {
      if (/^[=+\-@\t\r]/.test(cell)) findings.push({ url, what: "formula in a CSV cell", detail: cell.slice(0, 120) });
    }
  }
  return findings;
}

import sanitizeHtml from "sanitize-html";

/**
 * WordPress post content to the Markdown Outreach stores. WordPress keeps HTML with block-editor
 * comments (`<!-- wp:paragraph -->`), or, from the classic editor, text whose blank lines are
 * paragraphs, with shortcodes (`[caption]…[/caption]`) in both. The HTML is first cleaned by
 * sanitize-html down to the structure Markdown can say, then written out as Markdown, so that an
 * editor can keep working on it; `renderMarkdown` sanitises again when it is shown.
 */

/** Shortcodes without a closing tag or attributes that are still shortcodes, not text in brackets. */
const BARE_SHORTCODES = new Set(["gallery", "embed", "audio", "video", "playlist", "caption", "wp_caption", "more", "toc", "nextpage"]);

const SHORTCODE = /\[(\/)?([a-zA-Z_][\w-]*)(\s[^\]]*)?\]/g;

/** Removes HTML comments (block-editor markers, <!--more-->) and shortcodes, keeping the text they wrap. */
export function cleanWordPress(html: string): string {
  const withoutComments = html.replace(/<!--[\s\S]*?-->/g, "");
  const closed = new Set([...withoutComments.matchAll(/\[\/([a-zA-Z_][\w-]*)\]/g)].map((m) => m[1]?.toLowerCase()));
  return withoutComments.replace(SHORTCODE, (whole, _slash: string | undefined, name: string, attrs: string | undefined) => {
    const lower = name.toLowerCase();
    if (closed.has(lower) || BARE_SHORTCODES.has(lower) || (attrs && /=/.test(attrs))) return "";
    return whole;
  });
}

const BLOCK_START =
  /^<(p|div|h[1-6]|ul|ol|li|dl|table|thead|tbody|tr|blockquote|pre|figure|hr|address|section|article|aside|header|footer|iframe|form)\b/i;

/** wpautop, in short: the classic editor's blank lines are paragraphs and its single newlines are line breaks. */
function autop(html: string): string {
  return html
    .replace(/\r\n?/g, "\n")
    .split(/\n[ \t]*\n/)
    .map((chunk) => chunk.trim())
    .filter(Boolean)
    .map((chunk) => (BLOCK_START.test(chunk) ? chunk : `<p>${chunk.replace(/\n/g, "<br>")}</p>`))
    .join("\n");
}

const INLINE_TAGS = ["a", "strong", "b", "em", "i", "s", "del", "strike", "code", "img", "br", "abbr"];
const BLOCK_TAGS = [
  "p",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "ul",
  "ol",
  "li",
  "blockquote",
  "pre",
  "hr",
  "table",
  "thead",
  "tbody",
  "tfoot",
];
const TABLE_TAGS = ["tr", "th", "td", "figure", "figcaption"];

const POLICY: sanitizeHtml.IOptions = {
  allowedTags: [...INLINE_TAGS, ...BLOCK_TAGS, ...TABLE_TAGS],
  allowedAttributes: { a: ["href"], img: ["src", "alt", "title"] },
  allowedSchemes: ["http", "https", "mailto", "tel"],
  allowedSchemesByTag: { img: ["http", "https"] },
  allowProtocolRelative: false,
  // An embedded video becomes a link to it.
  transformTags: { iframe: (_tag, attribs) => ({ tagName: "a", attribs: { href: attribs.src ?? "" }, text: attribs.src ?? "" }) },
};

type Element = { tag: string; attrs: Record<string, string>; children: Child[] };
type Child = Element | string;

const VOID = new Set(["br", "hr", "img"]);

export function decodeEntities(text: string): string {
  return text
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCodePoint(Number.parseInt(n, 16)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&nbsp;/g, "\u00a0")
    .replace(/&amp;/g, "&");
}

/** A tree of sanitize-html's output, which is well-formed: double-quoted attributes, escaped text. */
function parseClean(html: string): Child[] {
  const root: Element = { tag: "root", attrs: {}, children: [] };
  const stack: Element[] = [root];
  const token = /<(\/?)([a-z0-9]+)([^>]*)>|([^<]+)/g;
  for (const m of html.matchAll(token)) {
    const top = stack[stack.length - 1] as Element;
    if (m[4] !== undefined) {
      top.children.push(decodeEntities(m[4]));
      continue;
    }
    const tag = (m[2] as string).toLowerCase();
    if (m[1]) {
      const at = stack.map((e) => e.tag).lastIndexOf(tag);
      if (at > 0) stack.length = at;
      continue;
    }
    const attrs: Record<string, string> = {};
    for (const a of (m[3] ?? "").matchAll(/([a-z-]+)="([^"]*)"/g)) attrs[a[1] as string] = decodeEntities(a[2] as string);
    const element: Element = { tag, attrs, children: [] };
    top.children.push(element);
    if (!VOID.has(tag) && !(m[3] ?? "").trim().endsWith("/")) stack.push(element);
  }
  return root.children;
}

const URL_IN_TEXT = /(https?:\/\/[^\s<>"]+)/;

/** Text with Markdown's own characters escaped, bare addresses left whole so they still link. */
function escapeText(text: string): string {
  return text
    .split(URL_IN_TEXT)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part
            .replace(/[\\`*[\]~|]/g, "\\$&")
            .replace(/(^|[^\p{L}\p{N}])_|_(?=[^\p{L}\p{N}]|$)/gu, (m) => m.replace("_", "\\_"))
            .replace(/<(?=[a-zA-Z/!?])/g, "\\<")
            .replace(/&(?=#?[a-zA-Z0-9]+;)/g, "\\&"),
    )
    .join("");
}

/** A line that would start a heading, list, quote or rule is kept as text. */
function escapeLineStart(line: string): string {
  return line
    .replace(/^(\s*)([#>+=-])(?=\s|$)/, "$1\\$2")
    .replace(/^(\s*)(\d+)([.)])(?=\s|$)/, "$1$2\\$3")
    .replace(/^(\s*)([-=_*])(?=\2{2,}\s*$)/, "$1\\$2");
}

function textContent(node: Child): string {
  return typeof node === "string" ? node : node.children.map(textContent).join("");
}

type Rewrite = (url: string) => string;

function destination(url: string): string {
  const encoded = url.replace(/\s/g, "%20");
  return /[()<>]/.test(encoded) ? `<${encoded.replace(/</g, "%3C").replace(/>/g, "%3E")}>` : encoded;
}

function wrap(marker: string, inner: string): string {
  const m = /^(\s*)([\s\S]*?)(\s*)$/.exec(inner) as RegExpExecArray;
  return m[2] ? `${m[1]}${marker}${m[2]}${marker}${m[3]}` : inner;
}

function inline(nodes: Child[], rewrite: Rewrite): string {
  return nodes
    .map((node): string => {
      if (typeof node === "string") return escapeText(node.replace(/\s+/g, " "));
      const inner = () => inline(node.children, rewrite);
      switch (node.tag) {
        case "strong":
        case "b":
          return wrap("**", inner());
        case "em":
        case "i":
          return wrap("*", inner());
        case "s":
        case "del":
        case "strike":
          return wrap("~~", inner());
        case "code": {
          const code = textContent(node).replace(/\s+/g, " ");
          const longest = Math.max(0, ...[...code.matchAll(/`+/g)].map((m) => m[0].length));
          const fence = "`".repeat(longest + 1);
          return code ? `${fence}${/^`|`$/.test(code) ? ` ${code} ` : code}${fence}` : "";
        }
        case "br":
          return "\\\n";
        case "img": {
          const src = node.attrs.src ? rewrite(node.attrs.src) : "";
          if (!src) return "";
          const alt = (node.attrs.alt ?? "").replace(/[[\]\\]/g, "\\$&");
          const title = node.attrs.title ? ` "${node.attrs.title.replace(/"/g, '\\"')}"` : "";
          return `![${alt}](${destination(src)}${title})`;
        }
        case "a": {
          const href = node.attrs.href ? rewrite(node.attrs.href) : "";
          const text = inner().trim();
          if (!href) return text;
          return `[${text || escapeText(href)}](${destination(href)})`;
        }
        default:
          return inner();
      }
    })
    .join("");
}

/** One paragraph of inline Markdown: whitespace collapsed, hard breaks kept, no dangling break. */
function paragraph(text: string): string {
  return text
    .replace(/[ \t\u00a0]*\\\n[ \t\u00a0]*/g, "\\\n")
    .replace(/^(\\\n|\s)+|(\\\n|\s)+$/g, "")
    .split("\n")
    .map((line) => escapeLineStart(line.replace(/ {2,}/g, " ")))
    .join("\n");
}

function isInline(node: Child): boolean {
  return typeof node === "string" || INLINE_TAGS.includes(node.tag);
}

function blocks(nodes: Child[], rewrite: Rewrite): string[] {
  const out: string[] = [];
  let run: Child[] = [];
  const flush = () => {
    const text = paragraph(inline(run, rewrite));
    if (text) out.push(text);
    run = [];
  };
  for (const node of nodes) {
    if (isInline(node)) run.push(node);
    else {
      flush();
      const block = blockOf(node as Element, rewrite);
      if (block) out.push(block);
    }
  }
  flush();
  return out;
}

function blockOf(node: Element, rewrite: Rewrite): string {
  const heading = /^h([1-6])$/.exec(node.tag);
  if (heading) {
    const level = Math.min(4, Math.max(2, Number(heading[1])));
    const text = paragraph(inline(node.children, rewrite)).replace(/\\\n/g, " ");
    return text ? `${"#".repeat(level)} ${text}` : "";
  }
  switch (node.tag) {
    case "ul":
    case "ol":
      return list(node, rewrite);
    case "blockquote":
      return blocks(node.children, rewrite)
        .join("\n\n")
        .split("\n")
        .map((line) => (line ? `> ${line}` : ">"))
        .join("\n");
    case "pre": {
      const code = textContent(node).replace(/^\n|\n$/g, "");
      const longest = Math.max(2, ...[...code.matchAll(/`+/g)].map((m) => m[0].length));
      const fence = "`".repeat(longest + 1);
      return code.trim() ? `${fence}\n${code}\n${fence}` : "";
    }
    case "hr":
      return "---";
    case "table":
      return table(node, rewrite);
    case "figcaption": {
      const text = paragraph(inline(node.children, rewrite));
      return text ? wrap("*", text.replace(/\\\n/g, " ")) : "";
    }
    default:
      return blocks(node.children, rewrite).join("\n\n");
  }
}

function list(node: Element, rewrite: Rewrite): string {
  const ordered = node.tag === "ol";
  let n = 1;
  return node.children
    .filter((c): c is Element => typeof c !== "string" && c.tag === "li")
    .map((li) => {
      const marker = ordered ? `${n++}.` : "-";
      const indent = " ".repeat(marker.length + 1);
      const parts = blocks(li.children, rewrite);
      const content = parts.map((part, i) => (i > 0 && /^(-|\d+\.) /.test(part) ? `\n${part}` : i > 0 ? `\n\n${part}` : part)).join("");
      const [first = "", ...rest] = content.split("\n");
      return [`${marker} ${first}`, ...rest.map((line) => (line ? indent + line : ""))].join("\n");
    })
    .join("\n");
}

function table(node: Element, rewrite: Rewrite): string {
  const rows: Element[] = [];
  const collect = (el: Element) => {
    for (const c of el.children) {
      if (typeof c === "string") continue;
      if (c.tag === "tr") rows.push(c);
      else if (["thead", "tbody", "tfoot"].includes(c.tag)) collect(c);
    }
  };
  collect(node);
  const cells = rows.map((r) =>
    r.children
      .filter((c): c is Element => typeof c !== "string" && (c.tag === "td" || c.tag === "th"))
      .map((c) =>
        blocks(c.children, rewrite)
          .join(" ")
          .replace(/\\\n|\n/g, " ")
          .trim(),
      ),
  );
  const width = Math.max(0, ...cells.map((r) => r.length));
  if (width === 0) return "";
  const line = (r: string[]) => `| ${Array.from({ length: width }, (_, i) => r[i] ?? "").join(" | ")} |`;
  const [head = [], ...body] = cells;
  return [line(head), `|${" --- |".repeat(width)}`, ...body.map(line)].join("\n");
}

/**
 * Markdown from WordPress content. `rewrite` maps each link and image address, e.g. an uploaded
 * file's old address to its new one.
 */
export function wordpressToMarkdown(html: string, rewrite: Rewrite = (url) => url): string {
  const isBlockEditor = /<!--\s*wp:/.test(html);
  const cleaned = cleanWordPress(html);
  const clean = sanitizeHtml(isBlockEditor ? cleaned : autop(cleaned), POLICY);
  return blocks(parseClean(clean), rewrite).join("\n\n");
}

/** Plain text of WordPress HTML (titles, excerpts, comments): paragraphs kept as blank lines, nothing else. */
export function htmlToText(html: string): string {
  const marked = cleanWordPress(html)
    .replace(/<br\s*\/?>/gi, "\n")
    .replace(/<\/(p|div|h[1-6]|li|blockquote|figure|tr|table|ul|ol)>/gi, "$&\n\n");
  const text = decodeEntities(sanitizeHtml(marked, { allowedTags: [], allowedAttributes: {} }));
  return text
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((line) => line.replace(/[ \t\u00a0]+/g, " ").trim())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/** The first paragraph of a text, cut at a word before `max` characters. */
export function firstParagraph(text: string, max = 300): string {
  const first = text.split(/\n\s*\n/).find((p) => p.trim()) ?? "";
  const flat = first.replace(/\s+/g, " ").trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, "")}…`;
}

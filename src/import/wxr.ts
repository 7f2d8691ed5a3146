import { XMLParser } from "fast-xml-parser";
import { decodePercent } from "./slugs.ts";

/**
 * Reading a WordPress eXtended RSS file (Tools → Export), versions 1.0 to 1.2, into plain records.
 * Nothing here knows about Outreach: the importer maps these records afterwards.
 */

export type WxrAuthor = { login: string; displayName: string; firstName: string; lastName: string };

/** A category, tag or other taxonomy term, including Polylang's `language`, `post_translations` and `term_translations`. */
export type WxrTerm = {
  /** WordPress's term id as text; empty in WXR 1.0, where terms are known by slug only. */
  id: string;
  taxonomy: string;
  slug: string;
  name: string;
  /** The parent's slug; empty at the top. */
  parent: string;
  description: string;
};

export type WxrComment = {
  id: string;
  author: string;
  email: string;
  /** GMT "YYYY-MM-DD HH:MM:SS", or local time when GMT is missing; may be "0000-00-00 00:00:00". */
  date: string;
  localDate: string;
  content: string;
  /** "1", "0", "spam", "trash", "post-trashed" */
  approved: string;
  /** "" or "comment" for comments; "pingback", "trackback" otherwise. */
  type: string;
};

export type WxrItem = {
  id: string;
  type: string;
  status: string;
  /** The slug, percent-decoded; empty for drafts that never had one. */
  name: string;
  title: string;
  link: string;
  guid: string;
  pubDate: string;
  date: string;
  dateGmt: string;
  modifiedGmt: string;
  creator: string;
  content: string;
  excerpt: string;
  parentId: string;
  /** Set when the post is password-protected. */
  password: string;
  attachmentUrl: string;
  /** Terms by taxonomy; items name terms by slug ("nicename"). */
  terms: { taxonomy: string; slug: string; name: string }[];
  meta: Map<string, string>;
  comments: WxrComment[];
};

export type WxrExport = {
  version: string;
  title: string;
  link: string;
  /** The channel's language, e.g. "en-US": the site language WordPress wrote. */
  language: string;
  baseSiteUrl: string;
  baseBlogUrl: string;
  authors: WxrAuthor[];
  terms: WxrTerm[];
  items: WxrItem[];
};

/** The file cannot be read as a WordPress export; the message is one line for a person. */
export class WxrError extends Error {}

const LISTS = new Set(["item", "category", "wp:postmeta", "wp:comment", "wp:author", "wp:category", "wp:tag", "wp:term", "wp:termmeta"]);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  parseTagValue: false,
  trimValues: true,
  isArray: (name) => LISTS.has(name),
});

type Node = Record<string, unknown>;

function text(value: unknown): string {
  if (value === undefined || value === null) return "";
  // PostgreSQL refuses NUL in text; nothing a person wrote contains it.
  if (typeof value === "string") return value.replaceAll(String.fromCharCode(0), "");
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (Array.isArray(value)) return text(value[0]);
  if (typeof value === "object") return text((value as Node)["#text"]);
  return "";
}

function nodes(value: unknown): Node[] {
  if (!Array.isArray(value)) return [];
  return value.filter((v): v is Node => typeof v === "object" && v !== null);
}

/** The tag names an XML error lists as left open, when it says so: a truncated file. */
function describeXmlError(message: string): string {
  const open = /^Invalid '\[(.*)\]' found/s.exec(message);
  if (open?.[1]) {
    const tags = [...open[1].matchAll(/"([^"]+)"/g)].map((m) => m[1]);
    return `the file ends while <${tags.at(-1)}> is still open; is it truncated?`;
  }
  return message.replace(/\s+/g, " ").trim();
}

/** Parses the text of an export; throws WxrError when it is not well-formed XML or not a WordPress export. */
export function parseWxr(xml: string): WxrExport {
  let doc: Node;
  try {
    doc = parser.parse(xml.replace(/^\uFEFF/, ""), true) as Node;
  } catch (error) {
    throw new WxrError(`not well-formed XML: ${describeXmlError((error as Error).message)}`);
  }
  const channel = (doc.rss as Node | undefined)?.channel as Node | undefined;
  const version = text(channel?.["wp:wxr_version"]);
  if (!channel || !version) {
    throw new WxrError("not a WordPress export: no <wp:wxr_version> in the channel (export it with Tools → Export)");
  }
  if (!/^1\.[0-2]$/.test(version)) throw new WxrError(`WXR version ${version} is not supported (1.0, 1.1 and 1.2 are)`);
  return {
    version,
    title: text(channel.title),
    link: text(channel.link),
    language: text(channel.language),
    baseSiteUrl: text(channel["wp:base_site_url"]),
    baseBlogUrl: text(channel["wp:base_blog_url"]),
    authors: nodes(channel["wp:author"]).map((a) => ({
      login: text(a["wp:author_login"]),
      displayName: text(a["wp:author_display_name"]),
      firstName: text(a["wp:author_first_name"]),
      lastName: text(a["wp:author_last_name"]),
    })),
    terms: [
      ...nodes(channel["wp:category"]).map((c) => ({
        id: text(c["wp:term_id"]),
        taxonomy: "category",
        slug: decodePercent(text(c["wp:category_nicename"])),
        name: text(c["wp:cat_name"]),
        parent: decodePercent(text(c["wp:category_parent"])),
        description: text(c["wp:category_description"]),
      })),
      ...nodes(channel["wp:tag"]).map((c) => ({
        id: text(c["wp:term_id"]),
        taxonomy: "post_tag",
        slug: decodePercent(text(c["wp:tag_slug"])),
        name: text(c["wp:tag_name"]),
        parent: "",
        description: text(c["wp:tag_description"]),
      })),
      ...nodes(channel["wp:term"]).map((c) => ({
        id: text(c["wp:term_id"]),
        taxonomy: text(c["wp:term_taxonomy"]),
        slug: decodePercent(text(c["wp:term_slug"])),
        name: text(c["wp:term_name"]),
        parent: decodePercent(text(c["wp:term_parent"])),
        description: text(c["wp:term_description"]),
      })),
    ],
    items: nodes(channel.item).map(toItem),
  };
}

function toItem(item: Node): WxrItem {
  const meta = new Map<string, string>();
  for (const m of nodes(item["wp:postmeta"])) meta.set(text(m["wp:meta_key"]), text(m["wp:meta_value"]));
  return {
    id: text(item["wp:post_id"]),
    type: text(item["wp:post_type"]) || "post",
    status: text(item["wp:status"]),
    name: decodePercent(text(item["wp:post_name"])),
    title: text(item.title),
    link: text(item.link),
    guid: text(item.guid),
    pubDate: text(item.pubDate),
    date: text(item["wp:post_date"]),
    dateGmt: text(item["wp:post_date_gmt"]),
    modifiedGmt: text(item["wp:post_modified_gmt"]),
    creator: text(item["dc:creator"]),
    content: text(item["content:encoded"]),
    excerpt: text(item["excerpt:encoded"]),
    parentId: text(item["wp:post_parent"]),
    password: text(item["wp:post_password"]),
    attachmentUrl: text(item["wp:attachment_url"]),
    // WXR 1.0 repeats each category without a domain; the copy with a domain is the one that counts.
    terms: nodes(item.category)
      .filter((c) => typeof c["@_domain"] === "string")
      .map((c) => ({
        // WXR 1.0 calls tags "tag".
        taxonomy: c["@_domain"] === "tag" ? "post_tag" : String(c["@_domain"]),
        slug: decodePercent(String(c["@_nicename"] ?? "")),
        name: text(c),
      }))
      .filter((c) => c.slug),
    meta,
    comments: nodes(item["wp:comment"]).map((c) => ({
      id: text(c["wp:comment_id"]),
      author: text(c["wp:comment_author"]),
      email: text(c["wp:comment_author_email"]),
      date: text(c["wp:comment_date_gmt"]),
      localDate: text(c["wp:comment_date"]),
      content: text(c["wp:comment_content"]),
      approved: text(c["wp:comment_approved"]),
      type: text(c["wp:comment_type"]),
    })),
  };
}

/**
 * A WordPress date ("2023-05-25 09:30:00", in GMT when it is the _gmt field) as an ISO instant;
 * undefined for "0000-00-00 00:00:00", empty or impossible dates.
 */
export function wordpressDate(value: string): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})$/.exec(value.trim());
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s] = m.map(Number) as [number, number, number, number, number, number, number];
  if (y < 1970 || mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 59) return undefined;
  const date = new Date(Date.UTC(y, mo - 1, d, h, mi, s));
  if (date.getUTCDate() !== d) return undefined;
  return date.toISOString();
}

/** An RSS pubDate ("Thu, 25 May 2023 09:30:00 +0000") as an ISO instant, or undefined. */
export function rssDate(value: string): string | undefined {
  if (!/\d{4}/.test(value)) return undefined;
  const ms = Date.parse(value);
  return Number.isNaN(ms) || ms <= 0 ? undefined : new Date(ms).toISOString();
}

/**
 * The arrays of strings and integers PHP's serialize() writes, as Polylang keeps its translation
 * groups: `a:2:{s:2:"en";i:12;s:2:"sr";i:15;}` is { en: 12, sr: 15 }. Nested arrays are read
 * but dropped; anything else gives an empty map.
 */
export function parsePhpArray(serialized: string): Map<string, string | number> {
  const out = new Map<string, string | number>();
  const bytes = Buffer.from(serialized, "utf8");
  let at = 0;
  const expect = (ch: string) => {
    if (String.fromCharCode(bytes[at] ?? 0) !== ch) throw new Error("unexpected");
    at++;
  };
  const readUntil = (ch: string) => {
    const end = bytes.indexOf(ch, at);
    if (end < 0) throw new Error("unexpected");
    const value = bytes.subarray(at, end).toString("utf8");
    at = end + 1;
    return value;
  };
  const readValue = (): string | number | undefined => {
    const kind = String.fromCharCode(bytes[at] ?? 0);
    at++;
    expect(":");
    if (kind === "i") return Number.parseInt(readUntil(";"), 10);
    if (kind === "s") {
      // The length counts bytes, not characters.
      const length = Number.parseInt(readUntil(":"), 10);
      expect('"');
      const value = bytes.subarray(at, at + length).toString("utf8");
      at += length;
      expect('"');
      expect(";");
      return value;
    }
    if (kind === "a") {
      const count = Number.parseInt(readUntil(":"), 10);
      expect("{");
      for (let i = 0; i < count; i++) {
        readValue();
        readValue();
      }
      expect("}");
      return undefined;
    }
    throw new Error("unsupported");
  };
  try {
    expect("a");
    expect(":");
    const count = Number.parseInt(readUntil(":"), 10);
    expect("{");
    for (let i = 0; i < count; i++) {
      const key = readValue();
      const value = readValue();
      if (key !== undefined && value !== undefined) out.set(String(key), value);
    }
  } catch {
    return new Map();
  }
  return out;
}

import { Marked } from "marked";
import sanitizeHtml from "sanitize-html";

const marked = new Marked({ gfm: true, breaks: false, async: false });

/**
 * What may survive in stored HTML: structure and links, nothing that runs. Editors write Markdown;
 * whatever HTML they type into it is cleaned by sanitize-html.
 */
const policy: sanitizeHtml.IOptions = {
  allowedTags: [
    "h2",
    "h3",
    "h4",
    "p",
    "br",
    "hr",
    "ul",
    "ol",
    "li",
    "blockquote",
    "strong",
    "em",
    "b",
    "i",
    "s",
    "code",
    "pre",
    "a",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
    "img",
    "figure",
    "figcaption",
    "abbr",
  ],
  allowedAttributes: {
    a: ["href", "title", "hreflang", "lang"],
    img: ["src", "alt", "title", "width", "height"],
    th: ["scope"],
    abbr: ["title"],
    "*": ["lang", "dir"],
  },
  allowedSchemes: ["http", "https", "mailto", "tel"],
  allowedSchemesByTag: { img: ["https", "data"] },
  allowProtocolRelative: false,
  transformTags: {
    a: (tagName, attribs) => ({
      tagName,
      attribs: /^https?:\/\//.test(attribs.href ?? "") ? { ...attribs, rel: "noopener noreferrer" } : attribs,
    }),
    h1: "h2",
  },
};
policy.allowedAttributes = { ...(policy.allowedAttributes as object), a: ["href", "title", "hreflang", "lang", "rel"] };

/** Markdown to HTML that is safe to put in a page. */
export function renderMarkdown(markdown: string): string {
  return sanitizeHtml(marked.parse(markdown) as string, policy);
}

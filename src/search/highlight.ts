import { type AnalysedQuery, type Language, type Token, tokenise } from "./analyse.ts";

/** A piece of a title or excerpt; matches are shown marked. */
export type Segment = { text: string; isMatch: boolean };

/** Which words of a text in one language answer the query: by term, so "беженцы" marks "беженцам". */
export type Matcher = { language: Language; terms: ReadonlySet<string>; prefix: string | undefined; firsts: ReadonlySet<string> };

export function matcherFor(language: Language, query: AnalysedQuery): Matcher {
  const firsts = new Set([...query.terms, ...(query.prefix ? [query.prefix] : [])].map((t) => t.charAt(0)));
  return { language, terms: new Set(query.terms), prefix: query.prefix, firsts };
}

function isMatch(m: Matcher, token: Token): boolean {
  return m.terms.has(token.term) || (m.prefix !== undefined && token.norm.startsWith(m.prefix));
}

// Words that cannot match are not stemmed: a stem starts with its word's first letter.
function candidates(text: string, m: Matcher): Generator<Token> {
  return tokenise(text, m.language, (norm) => m.firsts.has(norm.charAt(0)));
}

function matches(text: string, m: Matcher): Token[] {
  return Array.from(candidates(text, m)).filter((token) => isMatch(m, token));
}

function segments(text: string, marks: Token[]): Segment[] {
  const out: Segment[] = [];
  let at = 0;
  for (const mark of marks) {
    if (mark.start < at) continue;
    if (mark.start > at) out.push({ text: text.slice(at, mark.start), isMatch: false });
    out.push({ text: text.slice(mark.start, mark.end), isMatch: true });
    at = mark.end;
  }
  if (at < text.length) out.push({ text: text.slice(at), isMatch: false });
  return out;
}

/** The whole text with every matching word marked: for titles. */
export function highlight(text: string, m: Matcher): Segment[] {
  return segments(text, matches(text, m));
}

/** Characters of an excerpt, about. */
export const EXCERPT_LENGTH = 240;
const BEFORE_MATCH = 60;

/**
 * A piece of the text around its first matching word, cut at spaces, with the matches in it marked
 * and "…" where text was left out; the start of the text when no word matches.
 */
export function excerpt(text: string, m: Matcher, length = EXCERPT_LENGTH): Segment[] {
  if (text === "") return [];
  let first: Token | undefined;
  for (const token of candidates(text, m)) {
    if (isMatch(m, token)) {
      first = token;
      break;
    }
  }
  let start = 0;
  if (first && first.start > BEFORE_MATCH) {
    const space = text.indexOf(" ", first.start - BEFORE_MATCH);
    start = space >= 0 && space < first.start ? space + 1 : first.start;
  }
  let end = Math.min(text.length, start + length);
  if (end < text.length) {
    const space = text.lastIndexOf(" ", end);
    if (space > start && (!first || space >= first.end)) end = space;
  }
  const window = text.slice(start, end);
  const out = segments(window, matches(window, m));
  if (start > 0) out.unshift({ text: "… ", isMatch: false });
  if (end < text.length) out.push({ text: " …", isMatch: false });
  return out;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** Segments as escaped HTML with <mark> around matches (views render segments directly). */
export function toHtml(parts: readonly Segment[]): string {
  return parts.map((p) => (p.isMatch ? `<mark>${escapeHtml(p.text)}</mark>` : escapeHtml(p.text))).join("");
}

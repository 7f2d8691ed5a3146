import type { Locale } from "./locales.ts";

/**
 * Serbian is written in two scripts with a one-to-one mapping between Cyrillic and Gaj's Latin
 * alphabet (lj, nj and dž are one letter each in Cyrillic: Љ, Њ, Џ). When a text exists in one
 * script only, readers of the other get it transliterated, and told so. Only words are changed:
 * in HTML only text nodes (never tags, attributes, code, or addresses), so links and markup survive.
 */

const CYRILLIC_TO_LATIN: Record<string, string> = {
  а: "a",
  б: "b",
  в: "v",
  г: "g",
  д: "d",
  ђ: "đ",
  е: "e",
  ж: "ž",
  з: "z",
  и: "i",
  ј: "j",
  к: "k",
  л: "l",
  љ: "lj",
  м: "m",
  н: "n",
  њ: "nj",
  о: "o",
  п: "p",
  р: "r",
  с: "s",
  т: "t",
  ћ: "ć",
  у: "u",
  ф: "f",
  х: "h",
  ц: "c",
  ч: "č",
  џ: "dž",
  ш: "š",
};

const LATIN_TO_CYRILLIC: Record<string, string> = Object.fromEntries(
  Object.entries(CYRILLIC_TO_LATIN).map(([cyrillic, latin]) => [latin, cyrillic]),
);

const isUpper = (c: string | undefined) => c !== undefined && c !== c.toLowerCase() && c === c.toUpperCase();
const isLetter = (c: string | undefined) => c !== undefined && /\p{L}/u.test(c);

/** Serbian Cyrillic to Latin; other characters are kept. "Љубљана" → "Ljubljana", "ЊЕГОШ" → "NJEGOŠ". */
export function cyrillicToLatin(text: string): string {
  const chars = [...text];
  let out = "";
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i] as string;
    const lower = c.toLowerCase();
    const latin = CYRILLIC_TO_LATIN[lower];
    if (latin === undefined) {
      out += c;
      continue;
    }
    if (!isUpper(c)) {
      out += latin;
      continue;
    }
    if (latin.length === 1) {
      out += latin.toUpperCase();
      continue;
    }
    // A digraph in capitals: all capitals inside a word in capitals ("ЊЕГОШ"), else only the first ("Његош").
    const next = chars[i + 1];
    const previous = chars[i - 1];
    const isAllCaps = isLetter(next) ? isUpper(next) : isUpper(previous) && isLetter(previous);
    out += isAllCaps ? latin.toUpperCase() : (latin[0] as string).toUpperCase() + latin.slice(1);
  }
  return out;
}

/**
 * Words where Latin "nj" or "dž" are two letters, not one: prefixes ending in d before ž
 * (nadživeti, podžanr) and loanwords with n before j (injekcija, konjunkcija).
 */
const SPLIT_DIGRAPHS = /(?<![\p{L}])(?:(nad|pod)(ž)|(i|ko)(n)(j[eu][kgn]))/giu;

/**
 * Gaj's Latin to Serbian Cyrillic: "Ljubljana" → "Љубљана". A word with a letter outside the Serbian
 * alphabet (q, w, x, y) is a foreign word, and kept as written.
 */
export function latinToCyrillic(text: string): string {
  return text.normalize("NFC").replace(/\p{L}+/gu, (word) => (/[qwxy]/i.test(word) ? word : wordToCyrillic(word)));
}

function wordToCyrillic(word: string): string {
  // Mark where a digraph is two letters, so the loop below keeps them apart.
  const marked = word.replace(SPLIT_DIGRAPHS, (whole) => whole.replace(/(d)(ž)|(n)(j)/iu, "$1$3\u0000$2$4"));
  const chars = [...marked];
  let out = "";
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i] as string;
    if (c === "\u0000") continue;
    const next = chars[i + 1];
    const pair = next === undefined ? "" : (c + next).toLowerCase();
    if (pair === "lj" || pair === "nj" || pair === "dž") {
      const cyrillic = LATIN_TO_CYRILLIC[pair] as string;
      out += isUpper(c) ? cyrillic.toUpperCase() : cyrillic;
      i++;
      continue;
    }
    const cyrillic = LATIN_TO_CYRILLIC[c.toLowerCase()];
    out += cyrillic === undefined ? c : isUpper(c) ? cyrillic.toUpperCase() : cyrillic;
  }
  return out;
}

/** Addresses and email addresses inside a text: kept as written. */
const ADDRESS = /(\b(?:https?:\/\/|www\.)\S+|\S+@\S+\.\S+)/u;

function transliterateWords(text: string, to: "sr-Latn" | "sr-Cyrl"): string {
  const convert = to === "sr-Latn" ? cyrillicToLatin : latinToCyrillic;
  return text
    .split(ADDRESS)
    .map((part, i) => (i % 2 === 1 ? part : convert(part)))
    .join("");
}

/** Plain text into the other Serbian script; addresses are kept. */
export function transliterateSerbian(text: string, to: "sr-Latn" | "sr-Cyrl"): string {
  return transliterateWords(text, to);
}

/** Elements whose text is code or machinery, never words to transliterate. */
const RAW = new Set(["code", "pre", "kbd", "samp", "script", "style"]);

/**
 * Rendered HTML into the other Serbian script: only the text between tags changes; tags, their
 * attributes (links, sources), character references and the contents of code elements are kept.
 */
export function transliterateSerbianHtml(html: string, to: "sr-Latn" | "sr-Cyrl"): string {
  let depth = 0;
  return html
    .split(/(<[^>]*>|&[#a-zA-Z0-9]+;)/)
    .map((part, i) => {
      if (i % 2 === 1) {
        const tag = /^<(\/?)([a-zA-Z0-9]+)/.exec(part);
        if (tag && RAW.has((tag[2] as string).toLowerCase()) && !part.endsWith("/>")) depth = Math.max(0, depth + (tag[1] ? -1 : 1));
        return part;
      }
      return depth > 0 ? part : transliterateWords(part, to);
    })
    .join("");
}

/** The Serbian script a text in `from` can be shown in for a reader of `to`, if the two are the two scripts of Serbian. */
export function serbianTarget(from: Locale, to: Locale): "sr-Latn" | "sr-Cyrl" | undefined {
  if (from === "sr-Latn" && to === "sr-Cyrl") return "sr-Cyrl";
  if (from === "sr-Cyrl" && to === "sr-Latn") return "sr-Latn";
  return undefined;
}

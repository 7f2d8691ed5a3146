import { stemmer as englishStem } from "@orama/stemmers/english";
import { stemmer as frenchStem } from "@orama/stemmers/french";
import { stemmer as lithuanianStem } from "@orama/stemmers/lithuanian";
import { stemmer as russianStem } from "@orama/stemmers/russian";
import { stemmer as serbianStem } from "@orama/stemmers/serbian";
import { stemmer as ukrainianStem } from "@orama/stemmers/ukrainian";
import { LOCALES, type Locale } from "../i18n/locales.ts";

/**
 * Text analysis for search: words are cut out of a text, lower-cased, folded and stemmed, the same
 * way for a document and for a query in that language, so that "беженцам" and "беженцы" meet at
 * "беженц" and "избеглицама" (Cyrillic) and "izbeglice" (Latin, typed without diacritics) at "izbeglic".
 */

export type Language = "en" | "ru" | "uk" | "sr" | "lt" | "fr";

/** The language whose analyser reads text in this locale; both Serbian scripts share one. */
export const LANGUAGE_OF: Record<Locale, Language> = {
  en: "en",
  ru: "ru",
  uk: "uk",
  "sr-Latn": "sr",
  "sr-Cyrl": "sr",
  lt: "lt",
  fr: "fr",
};

export function languageOf(locale: string): Language {
  return LANGUAGE_OF[locale as Locale] ?? "en";
}

/** The locales each analyser reads, e.g. sr → sr-Latn and sr-Cyrl. */
export const LOCALES_OF: Record<Language, Locale[]> = (() => {
  const out = { en: [], ru: [], uk: [], sr: [], lt: [], fr: [] } as Record<Language, Locale[]>;
  for (const locale of LOCALES) out[LANGUAGE_OF[locale]].push(locale);
  return out;
})();

/** A word of a text: where it stands, its normalised spelling (for prefixes) and its term (for matching). */
export type Token = { start: number; end: number; norm: string; term: string };

type Analyser = {
  language: Language;
  /** Lower-cased, folded, transliterated: what a prefix is compared with. Undefined for a stop word. */
  normalise(lower: string): string | undefined;
  /** The index term of a normalised word. */
  stem(norm: string): string;
  /** French elision (l'homme) splits at the apostrophe; elsewhere it is part of the word (п'ять, don't). */
  splitsApostrophes: boolean;
};

// Letters, digits and combining marks, with apostrophes inside a word.
const WORD = /[\p{L}\p{N}\p{M}]+(?:['’ʼ][\p{L}\p{N}\p{M}]+)*/gu;
const APOSTROPHES = /['’ʼ]/g;
const HAS_APOSTROPHE = /['’ʼ]/;
const LONGEST_WORD = 40;

const LATIN_SPECIAL: Record<string, string> = { đ: "dj", ø: "o", æ: "ae", œ: "oe", ß: "ss", ł: "l", ı: "i", þ: "th", ð: "d" };
const LATIN_SPECIAL_RE = /[đøæœßłıþð]/g;
const LATIN_MARKS = /(?<=\p{Script=Latin})\p{M}+/gu;
const PLAIN = /^[a-z0-9]*$/;

/**
 * Removes diacritics from Latin letters (č → c, é → e, ė → e, đ → dj), as people type on phones;
 * Cyrillic letters keep theirs (й, ї, ё are letters of their own).
 */
export function foldLatin(word: string): string {
  if (PLAIN.test(word)) return word;
  return word
    .normalize("NFD")
    .replace(LATIN_MARKS, "")
    .normalize("NFC")
    .replace(LATIN_SPECIAL_RE, (c) => LATIN_SPECIAL[c] ?? c);
}

const SERBIAN_CYRILLIC: Record<string, string> = {
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
const SERBIAN_CYRILLIC_RE = /[а-шђјљњћџ]/g;

/** Serbian Cyrillic in Latin letters (lower case): "избеглицама" → "izbeglicama". */
export function serbianToLatin(lower: string): string {
  return lower.replace(SERBIAN_CYRILLIC_RE, (c) => SERBIAN_CYRILLIC[c] ?? c);
}

// Small lists of words too common to find anything, as they look after folding.
const STOP_WORDS: Record<Language, Set<string>> = {
  en: new Set("a an and are as at be by for from in into is it its of on or that the their this to was were with".split(" ")),
  ru: new Set("а без бы в во для же за и из или к как ко ли на не но о об от по при с со то у что это".split(" ")),
  uk: new Set("а або але в від для до з за зі и із й на не по при та то у що як це і".split(" ")),
  sr: new Set("a ali da do i ili iz je ka kao na ne ni o od po sa se su u uz za".split(" ")),
  lt: new Set("apie ar bei i ir iki is kad nuo per prie su tai yra".split(" ")),
  fr: new Set(
    "a au aux c ce ces d dans de des du en est et j l la le les m n ne ou par pas pour qu que qui s sa se ses sur t un une".split(" "),
  ),
};

function analyser(language: Language, stemmer: (word: string) => string, prepare: (lower: string) => string): Analyser {
  const stops = STOP_WORDS[language];
  return {
    language,
    splitsApostrophes: language === "fr",
    normalise(lower) {
      const norm = prepare(lower);
      return norm === "" || stops.has(norm) ? undefined : norm;
    },
    stem(norm) {
      // Digits and one-letter words are not stemmed; a stem is folded again (the Serbian stemmer writes "đ").
      return norm.length < 3 || /^\p{N}+$/u.test(norm) ? norm : foldLatin(stemmer(norm));
    },
  };
}

const ANALYSERS: Record<Language, Analyser> = {
  en: analyser("en", englishStem, foldLatin),
  ru: analyser("ru", russianStem, (w) => foldLatin(w.replaceAll("ё", "е"))),
  uk: analyser("uk", ukrainianStem, (w) => foldLatin(w.replaceAll("ґ", "г"))),
  sr: analyser("sr", serbianStem, (w) => foldLatin(serbianToLatin(w))),
  lt: analyser("lt", lithuanianStem, foldLatin),
  fr: analyser("fr", frenchStem, foldLatin),
};

const CASE_TAG: Record<Language, string> = { en: "en", ru: "ru", uk: "uk", sr: "sr", lt: "lt", fr: "fr" };

/**
 * The words of a text with their terms, as the analyser of the language reads them. `keep` may
 * skip a word by its normalised spelling before it is stemmed.
 */
export function* tokenise(text: string, language: Language, keep?: (norm: string) => boolean): Generator<Token> {
  const a = ANALYSERS[language];
  for (const match of text.matchAll(WORD)) {
    const word = match[0];
    const start = match.index;
    if (a.splitsApostrophes && HAS_APOSTROPHE.test(word)) {
      let offset = 0;
      for (const part of word.split(APOSTROPHES)) {
        const token = toToken(a, part, start + offset, keep);
        if (token) yield token;
        offset += part.length + 1;
      }
    } else {
      const token = toToken(a, word.replace(APOSTROPHES, ""), start, keep, start + word.length);
      if (token) yield token;
    }
  }
}

function toToken(
  a: Analyser,
  word: string,
  start: number,
  keep: ((norm: string) => boolean) | undefined,
  end = start + word.length,
): Token | undefined {
  if (word.length > LONGEST_WORD) return undefined;
  const norm = a.normalise(word.toLocaleLowerCase(CASE_TAG[a.language]).normalize("NFC"));
  if (norm === undefined || (keep && !keep(norm))) return undefined;
  return { start, end, norm, term: a.stem(norm) };
}

/** The index terms of a text, in order, repeats included. */
export function termsOf(text: string, language: Language): string[] {
  return Array.from(tokenise(text, language), (t) => t.term);
}

/** What a query asks for in one language: a term per word, and the last word as a prefix while it is being typed. */
export type AnalysedQuery = { terms: string[]; prefix: string | undefined };

/** Longest query, in characters; longer ones are refused before they are analysed. */
export const MAX_QUERY_LENGTH = 200;
/** Words of a query that count; the rest are ignored. */
export const MAX_QUERY_WORDS = 8;
/** Shortest last word that is also matched as a prefix. */
export const MIN_PREFIX = 3;

/**
 * Analyses a query as the analyser of one language reads it. The last word also matches as a
 * prefix (what the reader may still be typing), unless the query ends with a space.
 */
export function analyseQuery(q: string, language: Language): AnalysedQuery {
  const tokens = Array.from(tokenise(q, language)).slice(0, MAX_QUERY_WORDS);
  const last = tokens.at(-1);
  const isTyping = last !== undefined && last.end === q.length && last.norm.length >= MIN_PREFIX;
  return { terms: tokens.map((t) => t.term), prefix: isTyping ? last.norm : undefined };
}

/**
 * Slugs for imported things. WordPress keeps a post's slug percent-encoded and in any script
 * ("%d0%b2%d0%b8%d1%87" for a Russian title); Outreach slugs are lower-case ASCII letters, digits
 * and hyphens, so Cyrillic is transliterated (Serbian and Ukrainian letters included) and anything
 * else is dropped.
 */

const CYRILLIC: Record<string, string> = {
  а: "a",
  б: "b",
  в: "v",
  г: "g",
  ґ: "g",
  д: "d",
  ђ: "dj",
  е: "e",
  ё: "e",
  є: "ye",
  ж: "zh",
  з: "z",
  и: "i",
  і: "i",
  ї: "yi",
  й: "y",
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
  ћ: "c",
  у: "u",
  ф: "f",
  х: "h",
  ц: "c",
  ч: "ch",
  џ: "dz",
  ш: "sh",
  щ: "shch",
  ъ: "",
  ы: "y",
  ь: "",
  э: "e",
  ю: "yu",
  я: "ya",
};

/** Decodes a percent-encoded WordPress slug or path; leaves text that is not valid encoding as it is. */
export function decodePercent(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** A slug of at most `max` characters made from any text; empty when nothing usable is left. */
export function slugify(text: string, max = 80): string {
  const latin = decodePercent(text)
    .toLowerCase()
    .replace(/[\u0400-\u04ff]/g, (ch) => CYRILLIC[ch] ?? "")
    // đ, ł and ø do not decompose into a base letter and a mark.
    .replace(/đ/g, "dj")
    .replace(/ł/g, "l")
    .replace(/ø/g, "o")
    .normalize("NFKD")
    .replace(/\p{M}/gu, "");
  const slug = latin.replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
  return slug.slice(0, max).replace(/-+$/, "");
}

/** The first of `base`, `base-2`, `base-3`… that `isTaken` says is free. */
export async function uniqueSlug(base: string, isTaken: (slug: string) => Promise<boolean>): Promise<string> {
  if (!(await isTaken(base))) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base.slice(0, 75)}-${n}`;
    if (!(await isTaken(candidate))) return candidate;
  }
}

import { type RawBuilder, sql } from "kysely";
import type { Ctx } from "../db/index.ts";
import { AppError } from "../errors.ts";
import type { Locale } from "../i18n/locales.ts";
import { type AnalysedQuery, analyseQuery, LANGUAGE_OF, type Language, LOCALES_OF, MAX_QUERY_LENGTH } from "./analyse.ts";
import { excerpt, highlight, matcherFor, type Segment } from "./highlight.ts";
import type { SearchType } from "./indexing.ts";

export const PAGE_SIZE = 20;

export type SearchQuery = {
  q: string;
  /** The reader's locale: documents in it come first. */
  locale: Locale;
  type?: SearchType | undefined;
  topicId?: string | undefined;
  page: number;
  /** The locales the site shows; documents in others are not found. Every locale when not given. */
  locales?: readonly Locale[] | undefined;
};

export type SearchHit = {
  type: SearchType;
  subjectId: string;
  /** The language of the document found: the reader's when it matches, else another. */
  locale: Locale;
  path: string;
  title: Segment[];
  excerpt: Segment[];
  publishedAt: string | null;
  score: number;
};

export type SearchResults = { hits: SearchHit[]; total: number; page: number; hasNext: boolean };

/** One line of the query table: index terms from lo (inclusive) to hi (exclusive) answer word qidx, in these locales. */
type QueryRow = { lo: string; hi: string; qidx: number; locales: string; need: number };

const LANGUAGES = Object.keys(LOCALES_OF) as Language[];

/** The first string after every string that starts with `prefix`, in code-point (byte) order. */
function afterPrefix(prefix: string): string {
  const points = Array.from(prefix);
  const last = points.pop() ?? "";
  return points.join("") + String.fromCodePoint((last.codePointAt(0) ?? 0) + 1);
}

/**
 * The query as each language's analyser reads it, since documents are found in every language: a
 * Russian query on /ru/ is stemmed as Russian for Russian documents, and a proper name in it still
 * finds an English document through the English analyser. Rows that agree are merged.
 */
function queryRows(q: string, enabled: readonly Locale[] | undefined): { rows: QueryRow[]; analysed: Map<Language, AnalysedQuery> } {
  const analysed = new Map<Language, AnalysedQuery>();
  const merged = new Map<string, QueryRow & { localeSet: string[] }>();
  for (const language of LANGUAGES) {
    const query = analyseQuery(q, language);
    analysed.set(language, query);
    const locales = LOCALES_OF[language].filter((l) => !enabled || enabled.includes(l));
    if (locales.length === 0) continue;
    const need = query.terms.length;
    query.terms.forEach((term, qidx) => {
      const isLast = qidx === need - 1;
      const ranges: [string, string][] = [];
      const prefix = isLast ? query.prefix : undefined;
      if (!prefix || !(term >= prefix && term < afterPrefix(prefix))) ranges.push([term, `${term}\u0001`]);
      if (prefix) ranges.push([prefix, afterPrefix(prefix)]);
      for (const [lo, hi] of ranges) {
        const key = `${lo}\u0000${hi}\u0000${qidx}\u0000${need}`;
        const row = merged.get(key) ?? { lo, hi, qidx, need, locales: "", localeSet: [] };
        row.localeSet.push(...locales);
        merged.set(key, row);
      }
    });
  }
  const rows = [...merged.values()].map(({ localeSet, ...row }) => ({ ...row, locales: ` ${localeSet.join(" ")} ` }));
  return { rows, analysed };
}

function matchesSql(rows: QueryRow[], query: SearchQuery): RawBuilder<unknown> {
  const table = sql.join(
    rows.map(
      (r) =>
        sql`select cast(${r.lo} as text) as lo, cast(${r.hi} as text) as hi, cast(${r.qidx} as integer) as qidx, cast(${r.locales} as text) as locales, cast(${r.need} as integer) as need`,
    ),
    sql` union all `,
  );
  const sameLanguage = LOCALES_OF[LANGUAGE_OF[query.locale]];
  const filters = [
    query.type ? sql` and d.type = ${query.type}` : sql``,
    query.topicId ? sql` and d.topic_ids like ${`% ${query.topicId} %`}` : sql``,
  ];
  // CROSS JOIN keeps SQLite's join order (the few query rows first, then the term index); PostgreSQL plans it alike.
  return sql`with q(lo, hi, qidx, locales, need) as (${table}),
m as (
  select d.id, d.type, d.subject_id, d.locale, d.published_at, sum(t.weight) as score
  from q cross join search_terms t cross join search_documents d
  where t.term >= q.lo and t.term < q.hi and d.id = t.document_id
    and q.locales like ('% ' || d.locale || ' %')${sql.join(filters, sql``)}
  group by d.id, d.type, d.subject_id, d.locale, d.published_at
  having count(distinct q.qidx) = max(q.need)
),
r as (
  select m.id, m.type, m.subject_id, m.locale, m.published_at, m.score,
    case when m.locale = ${query.locale} then 2 when m.locale in (${sql.join(sameLanguage)}) then 1 else 0 end as lang_rank
  from m
),
best as (
  select r.id, r.type, r.subject_id, r.locale, r.published_at, r.score, r.lang_rank,
    row_number() over (partition by r.type, r.subject_id order by r.lang_rank desc, r.score desc, r.locale) as rn
  from r
)`;
}

/**
 * Finds what answers every word of the query, in the reader's language first, then in the others;
 * one result per thing, in the best language it was found in. Ranked by weight (title before body),
 * then the newest; the same on SQLite and PostgreSQL, since both run this same query on the same
 * tables. Titles and excerpts come back with the matching words marked.
 */
export async function search(ctx: Ctx, query: SearchQuery): Promise<SearchResults> {
  if (query.q.length > MAX_QUERY_LENGTH) throw new AppError("VALIDATION_FAILED", { q: "search.tooLong" });
  const page = Math.max(1, Math.floor(query.page));
  const empty = { hits: [], total: 0, page, hasNext: false };
  const { rows, analysed } = queryRows(query.q, query.locales);
  if (rows.length === 0) return empty;
  const offset = (page - 1) * PAGE_SIZE;
  const found = await sql<{ id: string; score: number | string; total: number | string }>`${matchesSql(rows, query)}
select id, score, count(*) over () as total from best where rn = 1
order by lang_rank desc, score desc, coalesce(published_at, '') desc, subject_id, locale
limit ${PAGE_SIZE} offset ${offset}`.execute(ctx.db);
  let total = Number(found.rows[0]?.total ?? 0);
  if (found.rows.length === 0) {
    if (page === 1) return empty;
    const counted = await sql<{ total: number | string }>`${matchesSql(rows, query)}
select count(*) as total from best where rn = 1`.execute(ctx.db);
    total = Number(counted.rows[0]?.total ?? 0);
    return { ...empty, total };
  }
  const ids = found.rows.map((r) => r.id);
  const docs = await ctx.db
    .selectFrom("search_documents")
    .select(["id", "type", "subject_id", "locale", "title", "body", "path", "published_at"])
    .where("id", "in", ids)
    .execute();
  const byId = new Map(docs.map((d) => [d.id, d]));
  const hits = found.rows.flatMap((r): SearchHit[] => {
    const doc = byId.get(r.id);
    if (!doc) return [];
    const language = LANGUAGE_OF[doc.locale as Locale] ?? "en";
    const matcher = matcherFor(language, analysed.get(language) ?? { terms: [], prefix: undefined });
    return [
      {
        type: doc.type,
        subjectId: doc.subject_id,
        locale: doc.locale as Locale,
        path: doc.path,
        title: highlight(doc.title, matcher),
        excerpt: excerpt(doc.body, matcher),
        publishedAt: doc.published_at,
        score: Number(r.score),
      },
    ];
  });
  return { hits, total, page, hasNext: offset + found.rows.length < total };
}

import { LOCALE_INFO, localePath } from "../i18n/locales.ts";
import { formatDateTime, type MessageKey } from "../i18n/messages.ts";
import {
  MAX_QUERY_LENGTH,
  PAGE_SIZE,
  SEARCH_TYPES,
  type SearchHit,
  type SearchResults,
  type SearchType,
  type Segment,
} from "../search/index.ts";

import { FilterSelect } from "../ui/forms.tsx";
import { PageMeta, SiteLayout } from "../ui/layout.tsx";
import { Pager, query } from "../ui/pager.tsx";
import type { View } from "../web/context.ts";

export type SearchForm = { q: string; type: SearchType | undefined; topic: string | undefined };

const TYPE_LABEL: Record<SearchType, MessageKey> = {
  post: "search.type.post",
  page: "search.type.page",
  event: "search.type.event",
  resource: "search.type.resource",
  person: "search.type.person",
};

const FILTER_LABEL: Record<SearchType, MessageKey> = {
  post: "search.filter.post",
  page: "search.filter.page",
  event: "search.filter.event",
  resource: "search.filter.resource",
  person: "search.filter.person",
};

function Marked({ parts }: { parts: Segment[] }) {
  return <>{parts.map((p) => (p.isMatch ? <mark>{p.text}</mark> : p.text))}</>;
}

function Hit({ v, hit }: { v: View; hit: SearchHit }) {
  const lang = hit.locale === v.locale ? undefined : hit.locale;
  // A person's page exists in every language; the others are linked in the language they were found in.
  const isPerson = hit.type === "person";
  const href = localePath(isPerson ? v.locale : hit.locale, hit.path);
  return (
    <li class="search-hit">
      <p class="meta">
        {v.t(TYPE_LABEL[hit.type])}
        {hit.publishedAt && hit.type !== "person" && hit.type !== "page" ? (
          <>
            {" · "}
            <time datetime={hit.publishedAt}>{formatDateTime(v.locale, hit.publishedAt, "date")}</time>
          </>
        ) : null}
        {lang ? ` · ${v.t("search.inLanguage", { language: LOCALE_INFO[hit.locale].name })}` : null}
      </p>
      <h3 lang={isPerson ? undefined : lang}>
        <a href={href} hreflang={isPerson ? undefined : lang}>
          <Marked parts={hit.title} />
        </a>
      </h3>
      {hit.excerpt.length > 0 ? (
        <p class="excerpt" lang={lang}>
          <Marked parts={hit.excerpt} />
        </p>
      ) : null}
    </li>
  );
}

/** The search page: the form, and the results when there is a query. */
export function SearchView({
  v,
  form,
  topics,
  results,
  error,
}: {
  v: View;
  form: SearchForm;
  topics: { slug: string; name: string }[];
  results: SearchResults | undefined;
  error?: MessageKey | undefined;
}) {
  const base = localePath(v.locale, "/search");
  const title = form.q.trim() && !error ? v.t("search.titleFor", { query: form.q.trim() }) : v.t("search.title");
  return (
    <SiteLayout
      v={v}
      title={title}
      description={v.t("search.description")}
      head={
        <>
          <PageMeta v={v} title={v.t("search.title")} description={v.t("search.description")} />
          {form.q ? <meta name="robots" content="noindex, follow" /> : null}
        </>
      }
    >
      <h1>{v.t("search.title")}</h1>
      <search>
        <form method="get" action={base} class="search-form">
          <div class={error ? "field has-error" : "field"}>
            <label for="q">{v.t("search.label")}</label>
            <p class="hint" id="q-hint">
              {v.t("search.hint")}
            </p>
            {error ? (
              <p class="error" id="q-error">
                {v.t(error)}
              </p>
            ) : null}
            <div class="search-row">
              <input
                id="q"
                name="q"
                type="search"
                value={form.q}
                maxlength={MAX_QUERY_LENGTH}
                autocomplete="off"
                aria-invalid={error ? "true" : undefined}
                aria-describedby={error ? "q-hint q-error" : "q-hint"}
              />
              <button type="submit">{v.t("search.submit")}</button>
            </div>
          </div>
          <div class="search-filters">
            <FilterSelect
              id="type"
              label={v.t("search.filter.type")}
              anyLabel={v.t("search.filter.anyType")}
              options={SEARCH_TYPES.map((type) => ({ value: type, label: v.t(FILTER_LABEL[type]) }))}
              selected={form.type}
            />
            {topics.length > 0 ? (
              <FilterSelect
                id="topic"
                label={v.t("search.filter.topic")}
                anyLabel={v.t("search.filter.anyTopic")}
                options={topics.map((t) => ({ value: t.slug, label: t.name }))}
                selected={form.topic}
              />
            ) : null}
          </div>
        </form>
      </search>
      {results ? <Results v={v} form={form} results={results} base={base} /> : null}
    </SiteLayout>
  );
}

function Results({ v, form, results, base }: { v: View; form: SearchForm; results: SearchResults; base: string }) {
  const q = form.q.trim();
  return (
    <section class="search-results" aria-labelledby="results-title">
      <h2 id="results-title">
        {results.total === 0 ? v.t("search.none", { query: q }) : v.t("search.count", { count: results.total, query: q })}
      </h2>
      {results.total === 0 ? <p>{v.t("search.noneHint")}</p> : null}
      {results.hits.length > 0 ? (
        <ol class="search-list" start={(results.page - 1) * PAGE_SIZE + 1}>
          {results.hits.map((hit) => (
            <Hit v={v} hit={hit} />
          ))}
        </ol>
      ) : null}
      <Pager
        v={v}
        page={results.page}
        hasNext={results.hasNext}
        href={(page) => `${base}${query({ q: form.q, type: form.type, topic: form.topic, page })}`}
      />
    </section>
  );
}

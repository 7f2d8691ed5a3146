import { fileSize } from "../i18n/formats.ts";
import { LOCALE_INFO, type Locale, localePath } from "../i18n/locales.ts";
import { formatDateTime, type MessageKey } from "../i18n/messages.ts";
import { FallbackNotice } from "../ui/fallback-notice.tsx";
import { FilterSelect } from "../ui/forms.tsx";
import { PageMeta, SiteLayout } from "../ui/layout.tsx";
import { Pager, query } from "../ui/pager.tsx";
import { PosterLink } from "../ui/poster-link.tsx";
import type { View } from "../web/context.ts";
import type { FileSummary, LibraryChoices, LibraryFilter, LibraryPage, ResourceForReader, ResourceSummary } from "./read.ts";
import { RESOURCE_KINDS, type ResourceKind } from "./resources.ts";

/** The public library: the list with its filters and "available in" badges, and a resource's page. */

export const kindLabel = (v: View, kind: ResourceKind) => v.t(`library.kind.${kind}` as MessageKey);

/** `lang` for a text shown in another language than the interface's. */
const langOf = (v: View, locale: Locale) => (locale === v.locale ? undefined : locale);

/** The public address of the file of a language. */
export function downloadPath(v: View, slug: string, locale: Locale): string {
  return localePath(v.locale, `/library/${slug}/files/${LOCALE_INFO[locale].segment}`);
}

const TYPE_LABELS: Record<string, string> = {
  "application/pdf": "PDF",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "DOCX",
  "application/vnd.oasis.opendocument.text": "ODT",
  "image/png": "PNG",
  "image/jpeg": "JPEG",
  "image/webp": "WEBP",
};

/** "PDF, 1.2 MB" */
export function fileFacts(v: View, file: Pick<FileSummary, "contentType" | "size">): string {
  return [TYPE_LABELS[file.contentType] ?? "", fileSize(v.locale, file.size)].filter((p) => p).join(", ");
}

/** The languages a resource has a file in, each named in itself and linking to its download, the reader's first. */
export function AvailableIn({ v, slug, title, files }: { v: View; slug: string; title: string; files: readonly FileSummary[] }) {
  if (files.length === 0) return null;
  return (
    <p class="available-in">
      <span class="meta">{v.t("library.availableIn")}</span>{" "}
      <span class="badges">
        {files.map((f) => (
          <a class="badge" href={downloadPath(v, slug, f.locale)} hreflang={f.locale} type={f.contentType}>
            <span lang={f.locale}>{LOCALE_INFO[f.locale].name}</span>
            <span class="visually-hidden"> — {v.t("library.downloadOf", { title, facts: fileFacts(v, f) })}</span>
          </a>
        ))}
      </span>
    </p>
  );
}

/** One resource in a list: title, kind, summary and the languages it can be downloaded in. */
export function ResourceItem({ v, item, level = 2 }: { v: View; item: ResourceSummary; level?: 2 | 3 }) {
  const Heading = level === 2 ? "h2" : "h3";
  return (
    <li class="resource-item">
      <Heading lang={langOf(v, item.locale)}>
        <a href={localePath(v.locale, `/library/${item.slug}`)}>{item.title}</a>
      </Heading>
      <p class="meta">
        {kindLabel(v, item.kind)}
        {item.isFallback ? ` · ${v.t("content.fallbackShort", { language: LOCALE_INFO[item.locale].name })}` : ""}
      </p>
      {item.summary ? <p lang={langOf(v, item.locale)}>{item.summary}</p> : null}
      <AvailableIn v={v} slug={item.slug} title={item.title} files={item.files} />
    </li>
  );
}

export function LibraryListView({
  v,
  filter,
  list,
  choices,
}: {
  v: View;
  filter: LibraryFilter;
  list: LibraryPage;
  choices: LibraryChoices;
}) {
  const base = localePath(v.locale, "/library");
  const filters = {
    kind: filter.kind,
    topic: filter.topic,
    language: filter.language ? LOCALE_INFO[filter.language].segment : undefined,
  };
  const isFiltered = Object.values(filters).some((f) => f);
  const title = v.t("library.title");
  return (
    <SiteLayout
      v={v}
      title={title}
      description={v.t("library.description")}
      head={<PageMeta v={v} title={title} description={v.t("library.description")} />}
    >
      <h1>{title}</h1>
      <p class="lead">{v.t("library.description")}</p>
      <form method="get" action={base} class="event-filters" aria-label={v.t("library.filter.label")}>
        <div class="event-filter-grid">
          <FilterSelect
            id="kind"
            label={v.t("library.filter.kind")}
            anyLabel={v.t("library.filter.anyKind")}
            options={RESOURCE_KINDS.map((k) => ({ value: k, label: kindLabel(v, k) }))}
            selected={filter.kind}
          />
          {choices.topics.length > 0 ? (
            <FilterSelect
              id="topic"
              label={v.t("library.filter.topic")}
              anyLabel={v.t("library.filter.anyTopic")}
              options={choices.topics.map((t) => ({ value: t.slug, label: t.name }))}
              selected={filter.topic}
            />
          ) : null}
          <FilterSelect
            id="language"
            label={v.t("library.filter.language")}
            anyLabel={v.t("library.filter.anyLanguage")}
            options={choices.languages.map((l) => ({ value: LOCALE_INFO[l].segment, label: LOCALE_INFO[l].name, lang: l }))}
            selected={filters.language}
          />
        </div>
        <p class="event-filter-actions">
          <button type="submit">{v.t("library.filter.submit")}</button>
          {isFiltered ? <a href={base}>{v.t("library.filter.clear")}</a> : null}
        </p>
      </form>
      {list.items.length === 0 ? (
        <p class="empty">{isFiltered ? v.t("library.list.noneFiltered") : v.t("library.list.none")}</p>
      ) : (
        <ol class="resource-list">
          {list.items.map((item) => (
            <ResourceItem v={v} item={item} />
          ))}
        </ol>
      )}
      <Pager v={v} page={list.page} hasNext={list.hasNext} href={(page) => `${base}${query({ ...filters, page })}`} />
    </SiteLayout>
  );
}

export function ResourceView({ v, read }: { v: View; read: ResourceForReader }) {
  const { resource, locale } = read;
  const path = `/library/${resource.slug}`;
  return (
    <SiteLayout
      v={v}
      title={read.title}
      description={read.summary}
      head={<PageMeta v={v} title={read.title} description={read.summary} type="article" publishedAt={resource.publishedAt} />}
    >
      <article class="resource">
        <div lang={read.isTransliterated ? v.locale : locale} dir={LOCALE_INFO[locale].dir}>
          <FallbackNotice v={v} shownIn={locale} isOutdated={read.isOutdated} isTransliterated={read.isTransliterated} />
          <p class="meta">
            <a href={localePath(v.locale, `/library${query({ kind: resource.kind })}`)}>{kindLabel(v, resource.kind)}</a>
          </p>
          <h1>{read.title}</h1>
        </div>
        {read.organisation ? (
          <p class="meta">
            {v.t("library.publishedBy")}{" "}
            <a href={localePath(v.locale, `/organisations/${read.organisation.slug}`)}>{read.organisation.name}</a>
          </p>
        ) : null}
        {read.summary ? (
          <p class="lead" lang={langOf(v, locale)}>
            {read.summary}
          </p>
        ) : null}
        {read.files.length > 0 ? (
          <section class="resource-files" aria-labelledby="files-title">
            <h2 id="files-title">{v.t("library.files.title")}</h2>
            <ul>
              {read.files.map((f) => (
                <li>
                  <a href={downloadPath(v, resource.slug, f.locale)} hreflang={f.locale} type={f.contentType}>
                    <span lang={f.locale}>{LOCALE_INFO[f.locale].name}</span>
                    <span class="visually-hidden"> — {read.title}</span>
                  </a>{" "}
                  <span class="meta">{fileFacts(v, f)}</span>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        <PosterLink v={v} path={path} />
        {read.bodyHtml ? <div class="prose" lang={langOf(v, locale)} dangerouslySetInnerHTML={{ __html: read.bodyHtml }} /> : null}
        {read.topics.length > 0 || read.programme ? (
          <section aria-labelledby="related-title">
            <h2 id="related-title">{v.t("library.related.title")}</h2>
            {read.topics.length > 0 ? (
              <ul class="topic-links">
                {read.topics.map((t) => (
                  <li>
                    <a href={localePath(v.locale, `/topics/${t.slug}`)}>{t.name}</a>
                  </li>
                ))}
              </ul>
            ) : null}
            {read.programme ? (
              <p>
                {v.t("library.programme")} <a href={localePath(v.locale, `/programmes/${read.programme.slug}`)}>{read.programme.name}</a>
              </p>
            ) : null}
          </section>
        ) : null}
        {read.posts.length > 0 ? (
          <section aria-labelledby="posts-title">
            <h2 id="posts-title">{v.t("library.posts.title")}</h2>
            <ul>
              {read.posts.map((p) => (
                <li>
                  <a href={localePath(v.locale, `/news/${p.slug}`)}>{p.title}</a>{" "}
                  <span class="meta">
                    <time datetime={p.publishedAt}>{formatDateTime(v.locale, p.publishedAt, "date")}</time>
                  </span>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
      </article>
    </SiteLayout>
  );
}

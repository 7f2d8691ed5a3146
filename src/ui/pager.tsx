import type { View } from "../web/context.ts";

/** Previous and next page of a list; `label` names the list when a page has several. */
export function Pager({
  v,
  page,
  hasNext,
  href,
  label,
}: {
  v: View;
  page: number;
  hasNext: boolean;
  href: (page: number) => string;
  label?: string;
}) {
  if (page <= 1 && !hasNext) return null;
  return (
    <nav class="pager" aria-label={label ?? v.t("site.pager.label")}>
      {page > 1 ? (
        <a href={href(page - 1)} rel="prev">
          {v.t("site.pager.previous")}
        </a>
      ) : null}
      <span class="meta">{v.t("site.pager.page", { page })}</span>
      {hasNext ? (
        <a href={href(page + 1)} rel="next">
          {v.t("site.pager.next")}
        </a>
      ) : null}
    </nav>
  );
}

/** The query string of a link with these parameters, empty ones left out: `?page=2&kind=webinar`. */
export function query(params: Record<string, string | number | undefined>): string {
  const search = new URLSearchParams();
  for (const [k, value] of Object.entries(params)) if (value !== undefined && value !== "") search.set(k, String(value));
  const text = search.toString();
  return text ? `?${text}` : "";
}

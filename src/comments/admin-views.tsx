import { LOCALE_INFO } from "../i18n/locales.ts";
import { formatDateTime, type MessageKey } from "../i18n/messages.ts";
import { Csrf, ErrorSummary, FilterSelect, TextInput } from "../ui/forms.tsx";
import { AdminLayout } from "../ui/layout.tsx";
import { Pager, query } from "../ui/pager.tsx";
import type { View } from "../web/context.ts";
import type { FieldErrors } from "../web/forms.ts";
import { COMMENT_STATUSES, type CommentStatus } from "./comments.ts";
import type { QueueFilter, QueueItem } from "./moderation.ts";
import { CommentText } from "./views.tsx";

export const STATUS_KEYS: Record<CommentStatus, MessageKey> = {
  pending: "comments.status.pending",
  approved: "comments.status.approved",
  rejected: "comments.status.rejected",
  spam: "comments.status.spam",
};

function filterQuery(filter: QueueFilter, page?: number) {
  return { status: filter.status, locale: filter.locale ? LOCALE_INFO[filter.locale].segment : undefined, page };
}

function QueueEntry({ v, c }: { v: View; c: QueueItem }) {
  const by = <span class="visually-hidden"> — {v.t("comments.admin.commentBy", { name: c.name })}</span>;
  return (
    <li class={`queued is-${c.status}`}>
      <p class="queued-select">
        <input type="checkbox" name="ids" value={c.id} id={`select-${c.id}`} />
        <label for={`select-${c.id}`}>{v.t("comments.admin.select", { name: c.name })}</label>
      </p>
      <dl class="facts queued-facts">
        <div>
          <dt>{v.t("comments.admin.page")}</dt>
          <dd>
            {c.page ? (
              <a href={c.page.href} lang={c.locale}>
                {c.page.title}
              </a>
            ) : (
              v.t("comments.admin.pageGone")
            )}
          </dd>
        </div>
        <div>
          <dt>{v.t("comments.admin.language")}</dt>
          <dd lang={c.locale}>{LOCALE_INFO[c.locale].name}</dd>
        </div>
        <div>
          <dt>{v.t("comments.admin.name")}</dt>
          <dd>{c.name}</dd>
        </div>
        <div>
          <dt>{v.t("comments.admin.email")}</dt>
          <dd>{c.email ?? v.t("comments.admin.noEmail")}</dd>
        </div>
        <div>
          <dt>{v.t("comments.admin.received")}</dt>
          <dd>
            <time datetime={c.createdAt}>{formatDateTime(v.locale, c.createdAt)}</time>
          </dd>
        </div>
        <div>
          <dt>{v.t("comments.admin.status")}</dt>
          <dd>
            <span class={`badge comment-${c.status}`}>{v.t(STATUS_KEYS[c.status])}</span>
          </dd>
        </div>
      </dl>
      <blockquote class="queued-text">
        <CommentText text={c.body} lang={c.locale} />
      </blockquote>
      <p class="actions">
        {c.status !== "approved" ? (
          <button type="submit" name="one" value={`approve:${c.id}`}>
            {v.t("comments.admin.approve")}
            {by}
          </button>
        ) : null}
        {c.status !== "rejected" ? (
          <button type="submit" name="one" value={`reject:${c.id}`} class="secondary">
            {c.status === "approved" ? v.t("comments.admin.unpublish") : v.t("comments.admin.reject")}
            {by}
          </button>
        ) : null}
        {c.status !== "spam" ? (
          <button type="submit" name="one" value={`spam:${c.id}`} class="secondary">
            {v.t("comments.admin.spam")}
            {by}
          </button>
        ) : null}
        {c.canBlock ? (
          <a href={`/admin/comments/${c.id}/block`}>
            {v.t("comments.admin.block")}
            {by}
          </a>
        ) : null}
      </p>
    </li>
  );
}

/** The moderation queue: filters, bulk actions over checked comments, and one row of actions per comment. */
export function QueueView({
  v,
  filter,
  list,
}: {
  v: View;
  filter: QueueFilter;
  list: { items: QueueItem[]; total: number; page: number; hasNext: boolean };
}) {
  const keep = filterQuery(filter);
  return (
    <AdminLayout v={v} title={v.t("comments.admin.title")}>
      <h1>{v.t("comments.admin.title")}</h1>
      <form method="get" action="/admin/comments" class="filters">
        <FilterSelect
          id="filter-status"
          name="status"
          label={v.t("comments.admin.status")}
          anyLabel={v.t("comments.admin.allStatuses")}
          options={COMMENT_STATUSES.map((s) => ({ value: s, label: v.t(STATUS_KEYS[s]) }))}
          selected={filter.status}
        />
        <FilterSelect
          id="filter-locale"
          name="locale"
          label={v.t("comments.admin.language")}
          anyLabel={v.t("comments.admin.allLanguages")}
          options={v.locales.map((l) => ({ value: LOCALE_INFO[l].segment, label: LOCALE_INFO[l].name, lang: l }))}
          selected={filter.locale ? LOCALE_INFO[filter.locale].segment : undefined}
        />
        <div class="filter-actions">
          <button type="submit">{v.t("comments.admin.show")}</button>
        </div>
      </form>
      <p class="meta" role="status">
        {v.t("comments.admin.count", { count: list.total })}
      </p>
      {list.items.length > 0 ? (
        <form method="post" action="/admin/comments" class="comment-queue">
          <Csrf v={v} />
          {Object.entries(keep).map(([name, value]) =>
            value ? <input type="hidden" name={`keep_${name}`} value={String(value)} /> : null,
          )}
          <input type="hidden" name="keep_page" value={String(list.page)} />
          <fieldset class="bulk">
            <legend>{v.t("comments.admin.bulk")}</legend>
            <p class="actions">
              <button type="submit" name="bulk" value="approve">
                {v.t("comments.admin.bulkApprove")}
              </button>
              <button type="submit" name="bulk" value="reject" class="secondary">
                {v.t("comments.admin.bulkReject")}
              </button>
            </p>
          </fieldset>
          <ol class="queued-list">
            {list.items.map((c) => (
              <QueueEntry v={v} c={c} />
            ))}
          </ol>
        </form>
      ) : null}
      <Pager v={v} page={list.page} hasNext={list.hasNext} href={(page) => `/admin/comments${query(filterQuery(filter, page))}`} />
    </AdminLayout>
  );
}

/** Asks before blocking a comment's sender, and says what blocking does. */
export function BlockView({ v, comment, errors }: { v: View; comment: QueueItem; errors?: FieldErrors | undefined }) {
  return (
    <AdminLayout v={v} title={v.t("comments.block.title")}>
      <h1>{v.t("comments.block.title")}</h1>
      <ErrorSummary v={v} errors={errors} />
      <p>{v.t("comments.block.explain")}</p>
      <figure class="queued-text">
        <blockquote>
          <CommentText text={comment.body} lang={comment.locale} />
        </blockquote>
        <figcaption>
          {comment.name} · <time datetime={comment.createdAt}>{formatDateTime(v.locale, comment.createdAt)}</time>
        </figcaption>
      </figure>
      {comment.canBlock ? (
        <form method="post" action={`/admin/comments/${comment.id}/block`} class="stack">
          <Csrf v={v} />
          <TextInput v={v} name="reason" label={v.t("comments.block.reason")} hint={v.t("comments.block.reasonHint")} errors={errors} />
          <p class="actions">
            <button type="submit">{v.t("comments.block.confirm")}</button>
            <a href="/admin/comments">{v.t("comments.block.cancel")}</a>
          </p>
        </form>
      ) : (
        <p>{v.t("comments.block.nothing")}</p>
      )}
    </AdminLayout>
  );
}

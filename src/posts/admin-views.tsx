import type { Child } from "hono/jsx";
import { LOCALE_INFO, type Locale, localePath } from "../i18n/locales.ts";
import type { MessageKey } from "../i18n/messages.ts";
import { SelectField } from "../ui/fields.tsx";
import { Csrf, ErrorSummary, TextArea, TextInput } from "../ui/forms.tsx";
import { AdminLayout } from "../ui/layout.tsx";
import { Pager } from "../ui/pager.tsx";
import { LanguageCells, LanguageHeaders } from "../ui/translation-editor.tsx";
import type { View } from "../web/context.ts";
import { type FieldErrors, type FormBody, one } from "../web/forms.ts";
import type { AdminFilter, Choice, PostOverview } from "./admin-read.ts";
import { LANGUAGE_STATES, type LanguageState, POST_KINDS, type Post } from "./model.ts";
import { KIND_KEYS, withParams } from "./site-views.tsx";

/** The admin pages of posts: the list, a new post, and a post's settings with its cover image. */

export const STATE_KEYS: Record<LanguageState, MessageKey> = {
  missing: "posts.state.missing",
  draft: "posts.state.draft",
  ready: "posts.state.ready",
  scheduled: "posts.state.scheduled",
  public: "posts.state.public",
  outdated: "posts.state.outdated",
};

export function StateBadge({ v, state }: { v: View; state: LanguageState }) {
  return <span class={`badge state-${state}`}>{v.t(STATE_KEYS[state])}</span>;
}

/** Every language of a post with its state, each linked to its editor where this account may edit it. */
export function LanguageStates({
  v,
  post,
  title,
  states,
  editable,
  current,
}: {
  v: View;
  post: Post;
  title: string;
  states: Partial<Record<Locale, LanguageState>>;
  editable: (l: Locale) => boolean;
  current?: Locale;
}) {
  return (
    <nav class="text-languages" aria-label={v.t("posts.admin.languages")}>
      <ul>
        {v.locales.map((l) => {
          const state = states[l] ?? "missing";
          const name = (
            <>
              <span lang={l}>{LOCALE_INFO[l].name}</span>
              {l === post.sourceLocale ? ` (${v.t("posts.admin.original")})` : null} <StateBadge v={v} state={state} />
            </>
          );
          return (
            <li>
              {editable(l) ? (
                <a href={`/admin/posts/${post.id}/${LOCALE_INFO[l].segment}`} aria-current={l === current ? "page" : undefined}>
                  {name}
                  <span class="visually-hidden">
                    {" — "}
                    {v.t("posts.admin.editIn", { title, language: LOCALE_INFO[l].name })}
                  </span>
                </a>
              ) : (
                name
              )}
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

/** The frame of the pages of one post: where it is, its title, its languages. */
export function PostFrame({
  v,
  post,
  title,
  section,
  states,
  editable,
  current,
  children,
}: {
  v: View;
  post: Post;
  title: string;
  section: string;
  states: Partial<Record<Locale, LanguageState>>;
  editable: (l: Locale) => boolean;
  current?: Locale;
  children: Child;
}) {
  return (
    <AdminLayout v={v} title={`${section} · ${title}`}>
      <p class="event-overline">
        <a href="/admin/posts">{v.t("posts.admin.title")}</a>
        {" › "}
        {v.t(KIND_KEYS[post.kind])}
        {post.publishedAt ? (
          <>
            {" · "}
            <a href={localePath(post.sourceLocale, `/news/${post.slug}`)}>{v.t("posts.admin.view")}</a>
          </>
        ) : null}
      </p>
      <h1>
        <span lang={post.sourceLocale}>{title}</span>
        <span class="visually-hidden">{" — "}</span>
        <small class="event-section">{section}</small>
      </h1>
      <LanguageStates v={v} post={post} title={title} states={states} editable={editable} current={current} />
      {children}
    </AdminLayout>
  );
}

// ---- List ----

export function AdminPostList({
  v,
  list,
  filter,
  topics,
  canManage,
  editable,
}: {
  v: View;
  list: { items: PostOverview[]; page: number; hasNext: boolean };
  filter: AdminFilter;
  topics: Choice[];
  canManage: boolean;
  editable: (l: Locale) => boolean;
}) {
  const params = {
    kind: filter.kind,
    topic: filter.topicId,
    lang: filter.locale ? LOCALE_INFO[filter.locale].segment : undefined,
    state: filter.state,
  };
  return (
    <AdminLayout v={v} title={v.t("posts.admin.title")}>
      <h1>{v.t("posts.admin.title")}</h1>
      {canManage ? (
        <p>
          <a class="button" href="/admin/posts/new">
            {v.t("posts.admin.new")}
          </a>
        </p>
      ) : null}
      <form method="get" action="/admin/posts" class="filters">
        <SelectField
          v={v}
          name="kind"
          label={v.t("posts.field.kind")}
          value={filter.kind ?? ""}
          options={[{ value: "", label: v.t("posts.admin.any") }, ...POST_KINDS.map((k) => ({ value: k, label: v.t(KIND_KEYS[k]) }))]}
        />
        <SelectField
          v={v}
          name="topic"
          label={v.t("posts.field.topics")}
          value={filter.topicId ?? ""}
          options={[{ value: "", label: v.t("posts.admin.any") }, ...topics.map((t) => ({ value: t.id, label: t.label }))]}
        />
        <SelectField
          v={v}
          name="lang"
          label={v.t("posts.admin.filterLanguage")}
          value={filter.locale ? LOCALE_INFO[filter.locale].segment : ""}
          options={[
            { value: "", label: v.t("posts.admin.any") },
            ...v.locales.map((l) => ({ value: LOCALE_INFO[l].segment, label: LOCALE_INFO[l].name, lang: l })),
          ]}
        />
        <SelectField
          v={v}
          name="state"
          label={v.t("posts.admin.filterState")}
          value={filter.state ?? ""}
          options={[{ value: "", label: v.t("posts.admin.any") }, ...LANGUAGE_STATES.map((s) => ({ value: s, label: v.t(STATE_KEYS[s]) }))]}
        />
        <div class="filter-actions">
          <button type="submit" class="secondary">
            {v.t("posts.admin.filter")}
          </button>
        </div>
      </form>
      {list.items.length === 0 ? (
        <p>{v.t("posts.admin.none")}</p>
      ) : (
        <div class="table-scroll">
          <table class="posts-admin">
            <caption class="visually-hidden">{v.t("posts.admin.title")}</caption>
            <thead>
              <tr>
                <th scope="col">{v.t("posts.field.title")}</th>
                <LanguageHeaders v={v} />
              </tr>
            </thead>
            <tbody>
              {list.items.map(({ post, title, states }) => (
                <tr>
                  <th scope="row">
                    {canManage ? (
                      <a href={`/admin/posts/${post.id}`} lang={post.sourceLocale}>
                        {title}
                      </a>
                    ) : (
                      <span lang={post.sourceLocale}>{title}</span>
                    )}
                    <br />
                    <small>
                      {v.t(KIND_KEYS[post.kind])} · /{post.slug}
                    </small>
                  </th>
                  <LanguageCells
                    v={v}
                    badge={(l) => <StateBadge v={v} state={states[l] ?? "missing"} />}
                    href={(l) => `/admin/posts/${post.id}/${LOCALE_INFO[l].segment}`}
                    editable={editable}
                    editLabel={(language) => v.t("posts.admin.editIn", { title, language })}
                  />
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pager
        v={v}
        page={list.page}
        hasNext={list.hasNext}
        href={(page) => withParams("/admin/posts", { ...params, page })}
        label={v.t("site.pager.label")}
      />
    </AdminLayout>
  );
}

// ---- New post ----

export function KindField({ v, values, errors }: { v: View; values: FormBody; errors?: FieldErrors | undefined }) {
  return (
    <SelectField
      v={v}
      name="kind"
      label={v.t("posts.field.kind")}
      value={one(values, "kind") || "news"}
      options={POST_KINDS.map((k) => ({ value: k, label: v.t(KIND_KEYS[k]) }))}
      errors={errors}
    />
  );
}

export function NewPostForm({ v, values, errors }: { v: View; values: FormBody; errors?: FieldErrors | undefined }) {
  return (
    <AdminLayout v={v} title={v.t("posts.admin.new")}>
      <h1>{v.t("posts.admin.new")}</h1>
      <ErrorSummary v={v} errors={errors} />
      <form method="post" action="/admin/posts/new" class="stack">
        <Csrf v={v} />
        <TextInput
          v={v}
          name="slug"
          label={v.t("posts.field.slug")}
          hint={v.t("posts.field.slugHint")}
          value={one(values, "slug")}
          errors={errors}
          required
        />
        <KindField v={v} values={values} errors={errors} />
        <SelectField
          v={v}
          name="sourceLocale"
          label={v.t("posts.field.sourceLocale")}
          value={one(values, "sourceLocale") || v.locale}
          options={v.locales.map((l) => ({ value: l, label: LOCALE_INFO[l].name, lang: l }))}
          errors={errors}
        />
        <TextInput v={v} name="title" label={v.t("posts.field.title")} value={one(values, "title")} errors={errors} required />
        <TextInput v={v} name="summary" label={v.t("posts.field.summary")} value={one(values, "summary")} errors={errors} />
        <TextArea
          v={v}
          name="body"
          label={v.t("posts.field.body")}
          hint={v.t("posts.field.bodyHint")}
          value={one(values, "body")}
          errors={errors}
          rows={16}
        />
        <button type="submit">{v.t("posts.admin.create")}</button>
      </form>
    </AdminLayout>
  );
}

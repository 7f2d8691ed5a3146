import type { Child } from "hono/jsx";
import { LOCALE_INFO, type Locale, localePath } from "../i18n/locales.ts";
import type { MessageKey } from "../i18n/messages.ts";
import { Check, ChoiceGroup, SelectField } from "../ui/fields.tsx";
import { Csrf, describedBy, ErrorSummary, Field, TextArea, TextInput } from "../ui/forms.tsx";
import { AdminLayout } from "../ui/layout.tsx";
import { Pager } from "../ui/pager.tsx";
import { LanguageCells, LanguageHeaders } from "../ui/translation-editor.tsx";
import type { View } from "../web/context.ts";
import type { FieldErrors } from "../web/forms.ts";
import { type FormBody, one } from "../web/forms.ts";
import type { AdminFilter, Choice, PostForSettings, PostOverview, SettingsChoices } from "./admin-read.ts";
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

// ---- Settings ----

/** A list to pick several from, with its label; usable without JavaScript for hundreds of items. */
function MultiSelect({
  v,
  name,
  label,
  hint,
  choices,
  selected,
  errors,
}: {
  v: View;
  name: string;
  label: string;
  hint?: string;
  choices: Choice[];
  selected: readonly string[];
  errors?: FieldErrors | undefined;
}) {
  const fullHint = [hint, v.t("posts.field.multiHint")].filter(Boolean).join(" ");
  return (
    <Field v={v} name={name} label={label} errors={errors} hint={fullHint}>
      <select
        id={name}
        name={name}
        multiple
        size={Math.min(10, Math.max(4, choices.length))}
        aria-invalid={errors?.[name] ? "true" : undefined}
        aria-describedby={describedBy(name, errors, true)}
      >
        {choices.map((c) => (
          <option value={c.id} selected={selected.includes(c.id)} lang={c.lang}>
            {c.label}
          </option>
        ))}
      </select>
    </Field>
  );
}

const asArray = (value: string | string[] | undefined): string[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

export function PostSettingsView({
  v,
  data,
  choices,
  values,
  errors,
  coverErrors,
  coverAlt,
  editable,
}: {
  v: View;
  data: PostForSettings;
  choices: SettingsChoices;
  values: FormBody;
  errors?: FieldErrors | undefined;
  coverErrors?: FieldErrors | undefined;
  coverAlt?: string | undefined;
  editable: (l: Locale) => boolean;
}) {
  const { post } = data;
  const none = { value: "", label: v.t("posts.field.noneChosen") };
  const isPublicAnywhere = Object.values(data.states).some((s) => s === "public" || s === "outdated" || s === "scheduled");
  const sourceName = LOCALE_INFO[post.sourceLocale].name;
  return (
    <PostFrame v={v} post={post} title={data.title} section={v.t("posts.admin.settings")} states={data.states} editable={editable}>
      <section aria-labelledby="settings-title">
        <h2 id="settings-title">{v.t("posts.admin.settings")}</h2>
        <ErrorSummary v={v} errors={errors} />
        <form method="post" action={`/admin/posts/${post.id}`} class="stack">
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
            name="authorProfileId"
            label={v.t("posts.field.author")}
            hint={v.t("posts.field.authorHint")}
            value={one(values, "authorProfileId")}
            options={[none, ...choices.profiles.map((c) => ({ value: c.id, label: c.label }))]}
            errors={errors}
          />
          <SelectField
            v={v}
            name="programmeId"
            label={v.t("posts.field.programme")}
            value={one(values, "programmeId")}
            options={[none, ...choices.programmes.map((c) => ({ value: c.id, label: c.label }))]}
            errors={errors}
          />
          <ChoiceGroup v={v} id="topicIds" legend={v.t("posts.field.topics")} hint={v.t("posts.field.topicsHint")} errors={errors}>
            {choices.topics.length === 0 ? (
              <p>{v.t("posts.field.noTopics")}</p>
            ) : (
              <div class="checks">
                {choices.topics.map((t) => (
                  <Check name="topicIds" value={t.id} checked={asArray(values.topicIds).includes(t.id)} label={t.label} />
                ))}
              </div>
            )}
          </ChoiceGroup>
          <MultiSelect
            v={v}
            name="organisationIds"
            label={v.t("posts.field.organisations")}
            choices={choices.organisations}
            selected={asArray(values.organisationIds)}
            errors={errors}
          />
          <MultiSelect
            v={v}
            name="eventIds"
            label={v.t("posts.field.events")}
            choices={choices.events}
            selected={asArray(values.eventIds)}
            errors={errors}
          />
          <MultiSelect
            v={v}
            name="resourceIds"
            label={v.t("posts.field.resources")}
            choices={choices.resources}
            selected={asArray(values.resourceIds)}
            errors={errors}
          />
          <button type="submit">{v.t("posts.admin.saveSettings")}</button>
        </form>
      </section>

      <section aria-labelledby="cover-title">
        <h2 id="cover-title">{v.t("posts.cover.title")}</h2>
        {data.cover ? (
          <figure class="cover-preview">
            <img src={data.cover.url} alt={data.coverAlt} lang={post.sourceLocale} />
            <figcaption>
              {data.cover.fileName} · {v.t("posts.cover.altIs")} <span lang={post.sourceLocale}>{data.coverAlt}</span>
            </figcaption>
          </figure>
        ) : (
          <p>{v.t("posts.cover.none")}</p>
        )}
        <ErrorSummary v={v} errors={coverErrors} />
        <form
          method="post"
          action={`/admin/posts/${post.id}/cover?_csrf=${encodeURIComponent(v.csrf)}`}
          enctype="multipart/form-data"
          class="stack"
        >
          <TextInput
            v={v}
            name="cover_alt"
            label={v.t("posts.cover.alt", { language: sourceName })}
            hint={v.t("posts.cover.altHint")}
            value={coverAlt ?? data.coverAlt}
            errors={coverErrors}
            lang={post.sourceLocale}
            required
          />
          <Field v={v} name="file" label={v.t("posts.cover.file")} hint={v.t("posts.cover.fileHint")} errors={coverErrors}>
            <input
              type="file"
              id="file"
              name="file"
              required
              accept=".png,.jpg,.jpeg,.webp,image/png,image/jpeg,image/webp"
              aria-invalid={coverErrors?.file ? "true" : undefined}
              aria-describedby={describedBy("file", coverErrors, true)}
            />
          </Field>
          <button type="submit">{data.cover ? v.t("posts.cover.replace") : v.t("posts.cover.upload")}</button>
        </form>
        {data.cover ? (
          <form method="post" action={`/admin/posts/${post.id}/cover/remove`} class="inline">
            <Csrf v={v} />
            <button type="submit" class="secondary">
              {v.t("posts.cover.remove")}
            </button>
          </form>
        ) : null}
      </section>

      {isPublicAnywhere ? (
        <section aria-labelledby="withdraw-title">
          <h2 id="withdraw-title">{v.t("posts.publish.withdrawTitle")}</h2>
          <p>{v.t("posts.publish.withdrawIntro")}</p>
          <form method="post" action={`/admin/posts/${post.id}/unpublish`} class="inline">
            <Csrf v={v} />
            <button type="submit" class="secondary danger">
              {v.t("posts.publish.withdrawAll")}
            </button>
          </form>
        </section>
      ) : null}
    </PostFrame>
  );
}

/** The settings form's values from a post as stored. */
export function settingsValues(data: PostForSettings): FormBody {
  return {
    slug: data.post.slug,
    kind: data.post.kind,
    authorProfileId: data.post.authorProfileId ?? "",
    programmeId: data.post.programmeId ?? "",
    topicIds: data.links.topicIds,
    organisationIds: data.links.organisationIds,
    eventIds: data.links.eventIds,
    resourceIds: data.links.resourceIds,
  };
}

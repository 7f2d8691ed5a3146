import { LOCALE_INFO, type Locale } from "../i18n/locales.ts";
import { Check, ChoiceGroup, SelectField } from "../ui/fields.tsx";
import { Csrf, describedBy, ErrorSummary, Field, TextInput } from "../ui/forms.tsx";
import type { View } from "../web/context.ts";
import { asList, type FieldErrors, type FormBody, one } from "../web/forms.ts";
import type { Choice, PostForSettings, SettingsChoices } from "./admin-read.ts";
import { KindField, PostFrame } from "./admin-views.tsx";

/** The settings of a post in the admin: slug, kind, author, programme, links and cover. */

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
                  <Check name="topicIds" value={t.id} checked={asList(values.topicIds).includes(t.id)} label={t.label} />
                ))}
              </div>
            )}
          </ChoiceGroup>
          <MultiSelect
            v={v}
            name="organisationIds"
            label={v.t("posts.field.organisations")}
            choices={choices.organisations}
            selected={asList(values.organisationIds)}
            errors={errors}
          />
          <MultiSelect
            v={v}
            name="eventIds"
            label={v.t("posts.field.events")}
            choices={choices.events}
            selected={asList(values.eventIds)}
            errors={errors}
          />
          <MultiSelect
            v={v}
            name="resourceIds"
            label={v.t("posts.field.resources")}
            choices={choices.resources}
            selected={asList(values.resourceIds)}
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

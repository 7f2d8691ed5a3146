import { LOCALE_INFO, type Locale } from "../i18n/locales.ts";
import { formatDateTime } from "../i18n/messages.ts";
import { timeZoneOptions, utcToLocal } from "../i18n/zones.ts";
import { SelectField } from "../ui/fields.tsx";
import { Csrf, ErrorSummary, TextInput } from "../ui/forms.tsx";
import { SourceChanges, type TextField, TranslationForm, WordDiff } from "../ui/translation-editor.tsx";
import type { View } from "../web/context.ts";
import { type FieldErrors, type FormBody, one } from "../web/forms.ts";
import type { TextEditor } from "./admin-read.ts";
import { PostFrame } from "./admin-views.tsx";
import { DEFAULT_SCHEDULE_ZONE } from "./forms.ts";
import type { PostFields } from "./model.ts";

/** The text of a post in one language: the original or a translation beside it, its publication, and its earlier texts. */

/** The texts of a post, as its editors show them; the cover's text is required once there is a cover. */
function postTextFields(v: View, hasCover: boolean): TextField<keyof PostFields>[] {
  return [
    { name: "title", label: v.t("posts.field.title"), required: true },
    { name: "summary", label: v.t("posts.field.summary"), rows: 3 },
    { name: "body", label: v.t("posts.field.body"), hint: v.t("posts.field.bodyHint"), rows: 16, isMarkdown: true },
    {
      name: "cover_alt",
      label: v.t("posts.field.coverAlt"),
      hint: hasCover ? v.t("posts.cover.altRequiredHint") : v.t("posts.cover.altLaterHint"),
      required: hasCover,
    },
  ];
}

/** Publish now, schedule, or take back one language: for editors. */
function Publication({
  v,
  editor,
  action,
  schedule,
  errors,
}: {
  v: View;
  editor: TextEditor;
  action: string;
  schedule: FormBody;
  errors?: FieldErrors | undefined;
}) {
  const t = editor.translation;
  if (!t) return null;
  const isLive = editor.state === "public" || (editor.state === "outdated" && t.publishedAt !== null);
  const zone = one(schedule, "zone") || DEFAULT_SCHEDULE_ZONE;
  return (
    <section class="publication" aria-labelledby="publication-title">
      <h2 id="publication-title">{v.t("posts.publish.title")}</h2>
      <p>
        {isLive && t.publishedAt
          ? v.t("posts.publish.isPublic", { date: formatDateTime(v.locale, t.publishedAt, "datetime", zone), zone })
          : t.publishAt
            ? v.t("posts.publish.isScheduled", { date: formatDateTime(v.locale, t.publishAt, "datetime", zone), zone })
            : v.t("posts.publish.isNotPublic")}
      </p>
      <div class="actions">
        {isLive ? null : (
          <form method="post" action={`${action}/publish`} class="inline">
            <Csrf v={v} />
            <button type="submit">{v.t("posts.publish.now")}</button>
          </form>
        )}
        {isLive || t.publishAt ? (
          <form method="post" action={`${action}/unpublish`} class="inline">
            <Csrf v={v} />
            <button type="submit" class="secondary">
              {isLive ? v.t("posts.publish.withdraw") : v.t("posts.publish.cancelSchedule")}
            </button>
          </form>
        ) : null}
      </div>
      {isLive ? null : (
        <form method="post" action={`${action}/schedule`} class="stack schedule">
          <Csrf v={v} />
          <ErrorSummary v={v} errors={errors} />
          <TextInput
            v={v}
            name="publishAt"
            type="datetime-local"
            label={v.t("posts.publish.at")}
            hint={v.t("posts.publish.atHint")}
            value={one(schedule, "publishAt") || (t.publishAt ? utcToLocal(t.publishAt, zone) : "")}
            errors={errors}
            required
          />
          <SelectField
            v={v}
            name="zone"
            label={v.t("posts.publish.zone")}
            value={zone}
            options={timeZoneOptions(zone).map((z) => ({ value: z, label: z }))}
            errors={errors}
          />
          <button type="submit" class="secondary">
            {t.publishAt ? v.t("posts.publish.reschedule") : v.t("posts.publish.schedule")}
          </button>
        </form>
      )}
    </section>
  );
}

function Revisions({
  v,
  editor,
  fields,
  action,
  canRestore,
}: {
  v: View;
  editor: TextEditor;
  fields: readonly TextField<keyof PostFields>[];
  action: string;
  canRestore: boolean;
}) {
  const current = editor.translation;
  if (!current || editor.revisions.length === 0) return null;
  return (
    <section class="revisions" aria-labelledby="revisions-title">
      <h2 id="revisions-title">{v.t("posts.revisions.title")}</h2>
      <p>{v.t("posts.revisions.intro", { count: editor.revisions.length })}</p>
      <ol class="revision-list">
        {editor.revisions.map((r) => {
          const changed = fields.filter((f) => r.fields[f.name] !== current[f.name]);
          return (
            <li id={`revision-${r.id}`}>
              <details>
                <summary>
                  {v.t("posts.revisions.replaced", {
                    date: formatDateTime(v.locale, r.createdAt, "datetime"),
                    who: r.authorName ?? v.t("posts.revisions.someone"),
                  })}
                </summary>
                {changed.length === 0 ? <p>{v.t("posts.revisions.same")}</p> : null}
                {changed.map((f) => (
                  <div class="change">
                    <h3>{f.label}</h3>
                    <p class="meta">{v.t("posts.revisions.diffHint")}</p>
                    <WordDiff before={current[f.name]} after={r.fields[f.name]} lang={editor.locale} />
                  </div>
                ))}
                {canRestore ? (
                  <form method="post" action={`${action}/restore`} class="inline">
                    <Csrf v={v} />
                    <input type="hidden" name="revisionId" value={r.id} />
                    <button type="submit" class="secondary">
                      {v.t("posts.revisions.restore")}
                    </button>
                  </form>
                ) : null}
              </details>
            </li>
          );
        })}
      </ol>
    </section>
  );
}

export function TextEditorView({
  v,
  editor,
  values,
  errors,
  schedule = {},
  scheduleErrors,
  canManage,
  editable,
}: {
  v: View;
  editor: TextEditor;
  values: FormBody;
  errors?: FieldErrors | undefined;
  schedule?: FormBody;
  scheduleErrors?: FieldErrors | undefined;
  canManage: boolean;
  editable: (l: Locale) => boolean;
}) {
  const { post, locale, source } = editor;
  const language = LOCALE_INFO[locale].name;
  const action = `/admin/posts/${post.id}/${LOCALE_INFO[locale].segment}`;
  const fields = postTextFields(v, editor.cover !== undefined);
  return (
    <PostFrame
      v={v}
      post={post}
      title={source.title}
      section={v.t("posts.admin.textIn", { language })}
      states={editor.states}
      editable={editable}
      current={locale}
    >
      {canManage ? (
        <p>
          <a href={`/admin/posts/${post.id}`}>{v.t("posts.admin.settingsLink")}</a>
        </p>
      ) : null}
      {canManage ? <Publication v={v} editor={editor} action={action} schedule={schedule} errors={scheduleErrors} /> : null}
      <SourceChanges v={v} fields={fields} changes={editor.changes} sourceLocale={post.sourceLocale} />
      <TranslationForm
        v={v}
        locale={locale}
        sourceLocale={post.sourceLocale}
        action={action}
        fields={fields}
        source={source}
        values={values}
        errors={errors}
        sourceHint={v.t("posts.text.sourceHint")}
        statusHint={v.t("posts.text.statusHint")}
      />
      <Revisions v={v} editor={editor} fields={fields} action={action} canRestore={canManage} />
    </PostFrame>
  );
}

/** The form's values from the stored text of this language, or nothing when it has none yet. */
export function textValues(editor: TextEditor): FormBody {
  const t = editor.translation;
  if (!t) return {};
  return { title: t.title, summary: t.summary, body: t.body, cover_alt: t.cover_alt, status: t.status === "draft" ? "draft" : "published" };
}

import { formatDateTime } from "../i18n/messages.ts";
import { Csrf, ErrorSummary, TextArea, TextInput } from "../ui/forms.tsx";
import { SiteLayout } from "../ui/layout.tsx";
import type { View } from "../web/context.ts";
import type { FieldErrors } from "../web/forms.ts";
import type { CommentThread } from "./comments.ts";
import { COMMENT_RULES } from "./defences.ts";

export type CommentValues = Partial<Record<"name" | "email" | "body", string>>;

/** A comment's text as plain text: paragraphs at blank lines, line breaks kept (CSS pre-line), links not clickable. */
export function CommentText({ text, lang }: { text: string; lang?: string | undefined }) {
  return (
    <div class="comment-text" lang={lang}>
      {text.split(/\n\s*\n/).map((p) => (
        <p>{p.trim()}</p>
      ))}
    </div>
  );
}

/**
 * The comment form. The honeypot (`website`) is off-screen, hidden from screen readers and out of
 * the tab order; people leave it empty, many robots do not. `stamp` tells the server when the form
 * was made, so that a reply within seconds can be told apart from a person's.
 */
function CommentForm({
  v,
  action,
  stamp,
  values,
  errors,
}: {
  v: View;
  action: string;
  stamp: string;
  values: CommentValues;
  errors?: FieldErrors | undefined;
}) {
  return (
    <form method="post" action={action} class="stack comment-form">
      <ErrorSummary v={v} errors={errors} />
      <Csrf v={v} />
      <input type="hidden" name="stamp" value={stamp} />
      <TextInput
        v={v}
        name="name"
        label={v.t("comments.field.name")}
        hint={v.t("comments.field.nameHint")}
        value={values.name}
        errors={errors}
        required
        autocomplete="name"
      />
      <TextInput
        v={v}
        name="email"
        type="email"
        label={v.t("comments.field.email")}
        hint={v.t("comments.field.emailHint")}
        value={values.email}
        errors={errors}
        autocomplete="email"
        inputmode="email"
      />
      <TextArea
        v={v}
        name="body"
        label={v.t("comments.field.body")}
        hint={v.t("comments.field.bodyHint", { max: COMMENT_RULES.bodyMax, links: COMMENT_RULES.maxLinks })}
        value={values.body}
        errors={errors}
        rows={6}
        required
      />
      <div class="comment-trap" aria-hidden="true">
        <label for="website">{v.t("comments.field.website")}</label>
        <input id="website" name="website" type="text" value="" tabindex={-1} autocomplete="off" />
      </div>
      <p>
        <button type="submit">{v.t("comments.submit")}</button>
      </p>
    </form>
  );
}

/**
 * The comments of a post or event page in the reader's language (approved ones, oldest first) and
 * the form to write one; after sending, the page shows that the comment waits for moderation.
 */
export function CommentsSection({ v, thread }: { v: View; thread: CommentThread }) {
  return (
    <section id="comments" class="comments" aria-labelledby="comments-title">
      <h2 id="comments-title">{v.t("comments.title", { count: thread.comments.length })}</h2>
      {v.notice ? (
        <p class="notice" role="status">
          {v.notice}
        </p>
      ) : null}
      {thread.comments.length > 0 ? (
        <ol class="comment-list">
          {thread.comments.map((c) => (
            <li class="comment" id={`comment-${c.id}`}>
              <p class="comment-meta">
                <span class="comment-author">{c.name}</span>
                {" · "}
                <time datetime={c.createdAt}>{formatDateTime(v.locale, c.createdAt, "date")}</time>
              </p>
              <CommentText text={c.body} />
            </li>
          ))}
        </ol>
      ) : null}
      <h3 id="comment-form-title">{v.t("comments.form.title")}</h3>
      <p class="meta">{v.t("comments.form.intro")}</p>
      <CommentForm v={v} action={thread.action} stamp={thread.stamp} values={{}} />
    </section>
  );
}

/** The form sent back with what the visitor wrote and what to fix, with the way back to the page. */
export function CommentFormPage({
  v,
  title,
  pageHref,
  action,
  stamp,
  values,
  errors,
}: {
  v: View;
  title: string;
  pageHref: string;
  action: string;
  stamp: string;
  values: CommentValues;
  errors: FieldErrors;
}) {
  const heading = v.t("comments.form.pageTitle", { title });
  return (
    <SiteLayout v={v} title={heading}>
      <h1>{heading}</h1>
      <p class="meta">{v.t("comments.form.intro")}</p>
      <CommentForm v={v} action={action} stamp={stamp} values={values} errors={errors} />
      <p>
        <a href={`${pageHref}#comments`}>{v.t("comments.form.back", { title })}</a>
      </p>
    </SiteLayout>
  );
}

import type { EmailTemplate } from "../email/templates.ts";

export const NEW_COMMENT_MAIL = "comments.new";

/** To each moderator: a comment waits on this page in this language; the text, and the way to the queue. */
const newCommentEmail: EmailTemplate = {
  name: NEW_COMMENT_MAIL,
  render: (t, v) => ({
    subject: t("comments.mail.subject", { page: v.page ?? "" }),
    paragraphs: [
      t("comments.mail.body", { page: v.page ?? "", language: v.language ?? "" }),
      ...(v.text ?? "").split(/\n{2,}/),
      t("comments.mail.page", { url: v.pageUrl ?? "" }),
    ],
    action: { label: t("comments.mail.action"), url: v.queueUrl ?? "" },
  }),
};

export const COMMENT_EMAILS: EmailTemplate[] = [newCommentEmail];

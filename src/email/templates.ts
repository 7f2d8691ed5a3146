import { z } from "zod";
import type { Config } from "../config.ts";
import { isLocale, type Locale } from "../i18n/locales.ts";
import { type Translate, translator } from "../i18n/messages.ts";
import type { AnyJob, JobDefinition } from "../jobs/queue.ts";
import type { Mailer, OutgoingMail } from "./mailer.ts";

/** A mail written in the recipient's language from a few ids and values; never from a stored body. */
export type EmailTemplate = {
  name: string;
  render(
    t: Translate,
    values: Record<string, string>,
    site: { name: string; baseUrl: URL },
  ): {
    subject: string;
    paragraphs: string[];
    action?: { label: string; url: string };
  };
};

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A subject is one line: line breaks and other control characters from titles become spaces. */
function oneLine(text: string): string {
  return text
    .replace(/[\p{Cc}\u2028\u2029]+/gu, " ")
    .replace(/ {2,}/g, " ")
    .trim();
}

/** Renders a template to a multipart mail: plain text first, with a simple HTML twin titled by the subject. */
export function renderEmail(
  template: EmailTemplate,
  locale: Locale,
  to: string,
  values: Record<string, string>,
  site: { name: string; baseUrl: URL },
): OutgoingMail {
  const t = translator(locale);
  const rendered = template.render(t, values, site);
  const { paragraphs, action } = rendered;
  const subject = oneLine(rendered.subject);
  const text = [...paragraphs, ...(action ? [`${action.label}:\n${action.url}`] : []), `— ${site.name}`].join("\n\n");
  const html = [
    `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>`,
    `<body style="font-family:sans-serif;line-height:1.5">`,
    ...paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`),
    action ? `<p><a href="${escapeHtml(action.url)}">${escapeHtml(action.label)}</a></p>` : "",
    `<p>— ${escapeHtml(site.name)}</p></body></html>`,
  ].join("");
  return { to, subject, text, html, locale };
}

export const sendEmailPayload = z.object({
  to: z.string().min(3),
  locale: z.string().refine(isLocale),
  template: z.string(),
  values: z.record(z.string(), z.string()),
  /** Small files made when the mail was queued, such as an .ics; never personal documents. */
  attachments: z
    .array(z.object({ filename: z.string(), content: z.string(), contentType: z.string() }))
    .max(3)
    .optional(),
});
export type SendEmailPayload = z.infer<typeof sendEmailPayload>;

export const SEND_EMAIL = "email.send";

/** The job that sends every mail; retried with backoff when the server does not take it. */
export function sendEmailJob(templates: readonly EmailTemplate[], mailer: Mailer, config: Pick<Config, "siteName" | "baseUrl">): AnyJob {
  const byName = new Map(templates.map((t) => [t.name, t]));
  const job: JobDefinition<typeof sendEmailPayload> = {
    name: SEND_EMAIL,
    schema: sendEmailPayload,
    maxAttempts: 10,
    async run(payload) {
      const template = byName.get(payload.template);
      if (!template) throw new Error(`Unknown email template ${payload.template}`);
      const mail = renderEmail(template, payload.locale as Locale, payload.to, payload.values, {
        name: config.siteName,
        baseUrl: config.baseUrl,
      });
      await mailer.send(payload.attachments ? { ...mail, attachments: payload.attachments } : mail);
    },
  };
  return job;
}

import { mkdir, open, readdir, readFile, rename, rm, stat, unlink } from "node:fs/promises";
import path from "node:path";
import nodemailer from "nodemailer";
import { z } from "zod";
import { newId } from "../db/ids.ts";

export type MailAttachment = { filename: string; content: string; contentType: string };
export type OutgoingMail = { to: string; subject: string; text: string; html: string; locale: string; attachments?: MailAttachment[] };

/** Sends mail: over SMTP when SMTP_URL is set, otherwise into the outbox folder that admins read. */
export type Mailer = { send(mail: OutgoingMail): Promise<void>; kind: "smtp" | "outbox" };

export function createMailer(options: { smtpUrl?: string | undefined; from: string; dataDir: string }): Mailer {
  if (options.smtpUrl) {
    const transport = nodemailer.createTransport(options.smtpUrl);
    return {
      kind: "smtp",
      async send(mail) {
        await transport.sendMail({ from: options.from, ...mailFields(mail) });
      },
    };
  }
  const folder = outboxFolder(options.dataDir);
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" });
  return {
    kind: "outbox",
    async send(mail) {
      const info = await transport.sendMail({ from: options.from, ...mailFields(mail) });
      const id = newId();
      const sentAt = new Date().toISOString();
      await mkdir(folder, { recursive: true });
      const { attachments, ...rest } = mail;
      const entry: OutboxEntry = { id, sentAt, from: options.from, ...rest, attachments: (attachments ?? []).map((a) => a.filename) };
      // The .json is written last: a mail is in the outbox once its .json is, whole.
      await writeDurably(path.join(folder, `${id}.eml`), info.message as Buffer);
      await writeDurably(path.join(folder, `${id}.json`), JSON.stringify(entry));
      await syncFolder(folder);
    },
  };
}

const TEMP_SUFFIX = ".tmp";

/** Writes a file whole or not at all: a temporary file, flushed to disk, then renamed over the name. */
async function writeDurably(file: string, data: Buffer | string): Promise<void> {
  const temp = `${file}${TEMP_SUFFIX}`;
  const handle = await open(temp, "w");
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
  await rename(temp, file);
}

/** Makes the renames in a folder durable. */
async function syncFolder(folder: string): Promise<void> {
  const handle = await open(folder, "r");
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Removes what a send cut short (a process killed while writing the outbox): temporary files, and a
 * message whose entry (.json) was never written. Its job did not complete, so it runs again and
 * writes the mail whole. Run at start, before the worker.
 */
export async function recoverOutbox(dataDir: string): Promise<{ removed: number }> {
  const folder = outboxFolder(dataDir);
  const names = await readdir(folder).catch(() => [] as string[]);
  const entries = new Set(names.filter((n) => n.endsWith(".json")).map((n) => n.slice(0, -".json".length)));
  const leftovers = names.filter((n) => n.endsWith(TEMP_SUFFIX) || (n.endsWith(".eml") && !entries.has(n.slice(0, -".eml".length))));
  for (const name of leftovers) await rm(path.join(folder, name), { force: true });
  if (leftovers.length > 0) await syncFolder(folder);
  return { removed: leftovers.length };
}

function mailFields(mail: OutgoingMail) {
  return {
    to: mail.to,
    subject: mail.subject,
    text: mail.text,
    html: mail.html,
    // RFC 3834: every mail here is sent by the system, so auto-responders stay quiet.
    headers: { "Content-Language": mail.locale, "Auto-Submitted": "auto-generated" },
    attachments: (mail.attachments ?? []).map((a) => ({ filename: a.filename, content: a.content, contentType: a.contentType })),
  };
}

export function outboxFolder(dataDir: string): string {
  return path.join(dataDir, "outbox");
}

const OUTBOX_DAYS = 30;

/** Deletes outbox mail older than 30 days (the daily purge runs it). */
export async function purgeOutbox(dataDir: string, now: Date): Promise<void> {
  const folder = outboxFolder(dataDir);
  const cutoff = now.getTime() - OUTBOX_DAYS * 86_400_000;
  for (const name of await readdir(folder).catch(() => [] as string[])) {
    const file = path.join(folder, name);
    if ((await stat(file)).mtimeMs < cutoff) await unlink(file);
  }
}

const outboxEntry = z.object({
  id: z.string(),
  sentAt: z.string(),
  from: z.string(),
  to: z.string(),
  subject: z.string(),
  text: z.string(),
  html: z.string(),
  locale: z.string(),
  attachments: z.array(z.string()).default([]),
});
export type OutboxEntry = z.infer<typeof outboxEntry>;

/** The newest mails in the outbox first. */
export async function listOutbox(dataDir: string, limit = 200): Promise<OutboxEntry[]> {
  const folder = outboxFolder(dataDir);
  const names = (await readdir(folder).catch(() => [] as string[]))
    .filter((n) => n.endsWith(".json"))
    .sort()
    .reverse()
    .slice(0, limit);
  const entries = await Promise.all(names.map((n) => readOutboxFile(path.join(folder, n))));
  return entries.filter((e): e is OutboxEntry => e !== undefined);
}

export async function readOutboxEntry(dataDir: string, id: string): Promise<OutboxEntry | undefined> {
  if (!/^[0-9a-f-]{36}$/.test(id)) return undefined;
  return readOutboxFile(path.join(outboxFolder(dataDir), `${id}.json`));
}

async function readOutboxFile(file: string): Promise<OutboxEntry | undefined> {
  try {
    return outboxEntry.parse(JSON.parse(await readFile(file, "utf8")));
  } catch {
    return undefined;
  }
}

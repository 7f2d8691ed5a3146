import type { FastifyReply } from "fastify";
import type { JSX } from "hono/jsx/jsx-runtime";
import { z } from "zod";
import type { MessageKey } from "../i18n/messages.ts";
import { sendPage } from "../web/render.ts";

export const email = z.string().trim().toLowerCase().email("account.emailInvalid").max(254, "form.tooLong");
export const codeForm = z.object({ code: z.string().trim().min(1, "twoFactor.codeRequired").max(40, "twoFactor.wrongCode") });
export const newPasswordForm = z.object({ password: z.string().min(12, "password.tooShort").max(1000, "form.tooLong") });

/** Notices of the people area, named by `?done=`. */
export const PEOPLE_NOTICES: Record<string, MessageKey> = {
  twoFactorReset: "people.notice.twoFactorReset",
  detailsSaved: "people.notice.detailsSaved",
};

/** The localised answer to too many failures: the same form, what was typed (never a password), and when to retry. */
export function sendLimited(reply: FastifyReply, retryAfterSeconds: number, page: JSX.Element): Promise<FastifyReply> {
  reply.header("Retry-After", String(retryAfterSeconds));
  return sendPage(reply, page, 429);
}

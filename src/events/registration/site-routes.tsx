import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { AppError } from "../../errors.ts";
import { sendStoredFile } from "../../files/index.ts";
import { fallbackChain } from "../../i18n/content.ts";
import { readerZone } from "../../i18n/formats.ts";
import { isLocale, type Locale, localePath } from "../../i18n/locales.ts";
import type { MessageKey } from "../../i18n/messages.ts";
import type { Services } from "../../web/context.ts";
import { type FormValues, firstValue, formValues } from "../../web/forms.ts";
import { countLimit } from "../../web/rate-limit.ts";
import { seeOther, sendPage, viewOf } from "../../web/render.ts";
import { materialFilePath } from "../materials/materials.ts";
import type { Question } from "../model.ts";
import { findMaterialFile, type RegistrationForReader, readRegistration, readRegistrationForm } from "../read-event.ts";
import { checkAddressToken, confirmAddressChange } from "./address-change.ts";
import { cancelByToken, updateByToken } from "./changes.ts";

import { AddressConfirmedView, ConfirmAddressView } from "./confirm-address-views.tsx";
import { RegistrationView } from "./private-page-views.tsx";

import { type RegistrationInput, registrationRule, requestRegistration } from "./registrations.ts";
import { RegisterSentView, RegisterView } from "./site-views.tsx";
import { occurrenceCalendar } from "./status-mails.ts";

/** Registering for an occurrence, and the registrant's private page behind the link in their mail. */

/** Notices shown on the private page after a change, from ?done=… */
const DONE: Record<string, MessageKey> = {
  registered: "site.notice.registered",
  updated: "site.notice.updated",
  address: "site.notice.addressSent",
  cancelled: "site.notice.cancelled",
};

type Query = Record<string, unknown>;
type SlugParams = { locale: string; slug: string };
type TokenParams = { locale: string; token: string };

/** The answers of a posted form, keyed by question id, in the shape each question takes. */
function answersOf(values: FormValues, questions: readonly Question[]): Record<string, string | string[]> {
  const answers: Record<string, string | string[]> = {};
  for (const q of questions) {
    const value = values[`q_${q.id}`];
    if (value === undefined) continue;
    answers[q.id] = q.kind === "multi" ? (Array.isArray(value) ? value : [value]) : firstValue(value);
  }
  return answers;
}

function registrationInput(values: FormValues, questions: readonly Question[], locale: Locale): RegistrationInput {
  return {
    name: firstValue(values.name),
    email: firstValue(values.email),
    locale,
    isPseudonymous: firstValue(values.isPseudonymous) === "1",
    answers: answersOf(values, questions),
  };
}

/** The private page as the form shows it: what is saved now. */
function savedValues(read: RegistrationForReader): FormValues {
  const { registration } = read;
  const values: FormValues = {
    name: registration.name,
    email: registration.email,
    isPseudonymous: registration.isPseudonymous ? "1" : "",
    locale: registration.locale,
    occurrenceId: registration.occurrenceId,
  };
  for (const [id, answer] of Object.entries(registration.answers)) values[`q_${id}`] = answer;
  return values;
}

/**
 * The registrant's pages are theirs alone: never cached, never indexed, and their address never
 * leaves the site in a Referer (same-origin: the join link and other sites get none). Not
 * "no-referrer": with it browsers send `Origin: null` on the page's own forms, which the form check
 * must refuse.
 */
async function privateHeaders(_req: FastifyRequest, reply: FastifyReply): Promise<void> {
  reply.header("Cache-Control", "private, no-store").header("Referrer-Policy", "same-origin").header("X-Robots-Tag", "noindex");
}

/** Sends an .ics file as a download. */
export function sendCalendar(reply: FastifyReply, ics: string, name: string): FastifyReply {
  return reply
    .type("text/calendar; charset=utf-8")
    .header("Content-Disposition", `attachment; filename="${name.replace(/[^\w.-]/g, "_")}.ics"`)
    .send(ics);
}

/**
 * Sends a stored material file as a download; never shown inline, whatever its type. A material for
 * registrants only (`isPrivate`) is kept by no cache.
 */
export async function sendMaterial(
  reply: FastifyReply,
  dataDir: string,
  file: { id: string; fileName: string; contentType: string; size: number },
  isPrivate = false,
): Promise<FastifyReply> {
  return sendStoredFile(reply, materialFilePath(dataDir, file.id), file, { isPrivate });
}

/** The registration form of an occurrence (limited per address) and the registrant's private page, its changes, cancellation, calendar and materials. */
export function registerRegistrationSiteRoutes(app: FastifyInstance, services: Services): void {
  const { config, db, clock } = services;
  const onlineLabel = (req: FastifyRequest) => req.t("events.online");

  // ---- Registration ----

  type RegisterParams = SlugParams & { occurrenceId: string };

  async function registrationForm(req: FastifyRequest<{ Params: RegisterParams }>) {
    const form = await readRegistrationForm(db, req.params.slug, req.params.occurrenceId, req.locale, config);
    if (!form) throw new AppError("NOT_FOUND");
    return { form, chain: fallbackChain(req.locale, { ...config, sourceLocale: form.event.sourceLocale }) };
  }

  app.get<{ Params: RegisterParams }>(
    "/:locale/events/:slug/register/:occurrenceId",
    { config: { access: "public" } },
    async (req, reply) => {
      const { form, chain } = await registrationForm(req);
      return sendPage(reply, <RegisterView v={viewOf(req, services)} form={form} chain={chain} values={{}} now={clock.now()} />);
    },
  );

  /** The form again, with everything that was typed, and why it was not taken. */
  async function sendFormAgain(
    req: FastifyRequest<{ Params: RegisterParams }>,
    reply: FastifyReply,
    values: FormValues,
    status: number,
    why: { errors?: Record<string, MessageKey>; alert?: string },
  ) {
    // Read again: the seats or the window may have changed meanwhile.
    const { form, chain } = await registrationForm(req);
    return sendPage(
      reply,
      <RegisterView
        v={viewOf(req, services)}
        form={form}
        chain={chain}
        values={values}
        errors={why.errors}
        alert={why.alert}
        now={clock.now()}
      />,
      status,
    );
  }

  app.post<{ Params: RegisterParams }>(
    "/:locale/events/:slug/register/:occurrenceId",
    { config: { access: "public" } },
    async (req, reply) => {
      const { form } = await registrationForm(req);
      const values = formValues(req.body);
      const limit = await countLimit(services, registrationRule(config), req.ip);
      if (!limit.isAllowed) {
        reply.header("Retry-After", String(limit.retryAfterSeconds));
        const minutes = Math.max(1, Math.ceil(limit.retryAfterSeconds / 60));
        return sendFormAgain(req, reply, values, 429, { alert: req.t("site.register.tooMany", { minutes }) });
      }
      try {
        // The same answer whether or not the address was already registered: see requestRegistration.
        await requestRegistration(services, form.occurrence.id, registrationInput(values, form.questions, req.locale));
        return seeOther(reply, localePath(req.locale, `/events/${form.event.slug}/register/${form.occurrence.id}/sent`));
      } catch (error) {
        if (!(error instanceof AppError) || Object.keys(error.fields).length === 0) throw error;
        return sendFormAgain(req, reply, values, error.status === 409 ? 409 : 422, { errors: error.fields });
      }
    },
  );

  app.get<{ Params: RegisterParams }>(
    "/:locale/events/:slug/register/:occurrenceId/sent",
    { config: { access: "public" } },
    async (req, reply) => {
      const { form } = await registrationForm(req);
      return sendPage(reply, <RegisterSentView v={viewOf(req, services)} form={form} />);
    },
  );

  // ---- The registrant's private page ----

  async function registrationOf(req: FastifyRequest<{ Params: TokenParams }>) {
    const read = await readRegistration(db, req.params.token, req.locale, config);
    if (!read) throw new AppError("NOT_FOUND");
    return { read, chain: fallbackChain(req.locale, { ...config, sourceLocale: read.event.sourceLocale }) };
  }

  app.get<{ Params: TokenParams; Querystring: Query }>(
    "/:locale/registrations/:token",
    { config: { access: "public" }, onRequest: privateHeaders },
    async (req, reply) => {
      const { read, chain } = await registrationOf(req);
      const done = typeof req.query.done === "string" ? DONE[req.query.done] : undefined;
      return sendPage(
        reply,
        <RegistrationView
          v={viewOf(req, services)}
          read={read}
          token={req.params.token}
          chain={chain}
          values={savedValues(read)}
          now={clock.now()}
          tz={readerZone(req.query.tz)}
          isCancelling={req.query.cancel === "1"}
          notice={done ? req.t(done) : undefined}
        />,
      );
    },
  );

  app.post<{ Params: TokenParams }>(
    "/:locale/registrations/:token",
    { config: { access: "public" }, onRequest: privateHeaders },
    async (req, reply) => {
      const { read, chain } = await registrationOf(req);
      const values = formValues(req.body);
      const locale = firstValue(values.locale);
      const occurrenceId = firstValue(values.occurrenceId) || read.occurrence.id;
      try {
        if (!read.occurrences.some((o) => o.id === occurrenceId)) throw new AppError("VALIDATION_FAILED", { occurrenceId: "form.invalid" });
        const input = registrationInput(values, read.questions, read.registration.locale);
        await updateByToken(services, req.params.token, {
          ...input,
          locale: isLocale(locale) && config.locales.includes(locale) ? locale : read.registration.locale,
          occurrenceId,
        });
        // A new address is only mailed a link: the page says so, whether or not that address is registered.
        const done = input.email.trim().toLowerCase() === read.registration.email ? "updated" : "address";
        return seeOther(reply, localePath(req.locale, `/registrations/${req.params.token}?done=${done}`));
      } catch (error) {
        if (!(error instanceof AppError) || Object.keys(error.fields).length === 0) throw error;
        const fresh = await registrationOf(req);
        return sendPage(
          reply,
          <RegistrationView
            v={viewOf(req, services)}
            read={fresh.read}
            token={req.params.token}
            chain={chain}
            values={values}
            errors={error.fields}
            now={clock.now()}
            tz={undefined}
            isCancelling={false}
            notice={undefined}
          />,
          error.status === 409 ? 409 : 422,
        );
      }
    },
  );

  app.post<{ Params: TokenParams }>(
    "/:locale/registrations/:token/cancel",
    { config: { access: "public" }, onRequest: privateHeaders },
    async (req, reply) => {
      await cancelByToken(services, req.params.token);
      return seeOther(reply, localePath(req.locale, `/registrations/${req.params.token}?done=cancelled`));
    },
  );

  // ---- A new address, confirmed from that address (see address-change.ts) ----

  app.get<{ Params: { locale: string }; Querystring: Query }>(
    "/:locale/confirm-address",
    { config: { access: "public" }, onRequest: privateHeaders },
    async (req, reply) => {
      checkAddressToken(services, req.query.t);
      return sendPage(reply, <ConfirmAddressView v={viewOf(req, services)} token={String(req.query.t)} />);
    },
  );

  app.post<{ Params: { locale: string } }>(
    "/:locale/confirm-address",
    { config: { access: "public" }, onRequest: privateHeaders },
    async (req, reply) => {
      await confirmAddressChange(services, firstValue(formValues(req.body).t));
      return seeOther(reply, localePath(req.locale, "/confirm-address/done"));
    },
  );

  app.get<{ Params: { locale: string } }>(
    "/:locale/confirm-address/done",
    { config: { access: "public" }, onRequest: privateHeaders },
    async (req, reply) => sendPage(reply, <AddressConfirmedView v={viewOf(req, services)} />),
  );

  app.get<{ Params: TokenParams }>(
    "/:locale/registrations/:token/calendar.ics",
    { config: { access: "public" }, onRequest: privateHeaders },
    async (req, reply) => {
      const { read } = await registrationOf(req);
      const { event, occurrence, registration } = read;
      const joinUrl = registration.status === "confirmed" && event.isOnline && occurrence.joinUrl ? occurrence.joinUrl : undefined;
      const ics = await occurrenceCalendar(services, event, occurrence, req.locale, {
        ...(joinUrl ? { joinUrl } : {}),
        onlineLabel: onlineLabel(req),
      });
      return sendCalendar(reply, ics, event.slug);
    },
  );

  app.get<{ Params: TokenParams & { fileId: string } }>(
    "/:locale/registrations/:token/materials/:fileId",
    { config: { access: "public" }, onRequest: privateHeaders },
    async (req, reply) => {
      const { read } = await registrationOf(req);
      if (read.registration.status !== "confirmed") throw new AppError("NOT_FOUND");
      const file = await findMaterialFile(db, read.event.id, req.params.fileId, ["public", "registrants"]);
      if (!file) throw new AppError("NOT_FOUND");
      return sendMaterial(reply, config.dataDir, file, true);
    },
  );
}

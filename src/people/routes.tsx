import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { z } from "zod";
import { can } from "../access/policy.ts";
import { AppError } from "../errors.ts";
import { localePath } from "../i18n/locales.ts";
import type { Services } from "../web/context.ts";
import { clearSessionCookie, setSessionCookie } from "../web/cookies.ts";
import { fieldErrors, formValues } from "../web/forms.ts";
import { safeNext as sameSiteNext } from "../web/next.ts";
import { countLimit } from "../web/rate-limit.ts";
import { seeOther, sendPage, viewOf } from "../web/render.ts";
import { registerAccountRoutes } from "./account-routes.tsx";
import { authenticate } from "./accounts.ts";
import { codeForm, email, newPasswordForm, PEOPLE_NOTICES, sendLimited } from "./forms.ts";
import { acceptInvitation, findOpenInvitation, findOpenReset, requestPasswordReset, resetPassword } from "./invitations.ts";
import {
  countFailure,
  forgetFailures,
  LIMITS,
  type LimitCheck,
  secondsUntilAllowed,
  signInAccountChecks,
  signInChecks,
  twoFactorChecks,
} from "./limits.ts";
import { createSession, endSession, nextStepAfterPassword } from "./sessions.ts";
import { totpEnrolment } from "./totp.ts";
import { enableTwoFactor, passTwoFactor, proposeTotpSecret } from "./two-factor.ts";
import { NewPasswordView, RecoveryCodesView, ResetRequestView, SignInView, TwoFactorSetupView, TwoFactorView } from "./views.tsx";

const signInForm = z.object({
  email,
  password: z.string().min(1, "account.passwordRequired").max(1000, "form.tooLong"),
  next: z.string().optional(),
});
const invitationForm = newPasswordForm.extend({ name: z.string().trim().min(1, "account.nameRequired").max(100, "form.tooLong") });

function isValidationError(error: unknown): error is AppError {
  return error instanceof AppError && error.code === "VALIDATION_FAILED";
}

/** Runs a token check; an unknown or used token counts as a failure for the address before it is refused. */
async function countingTokenFailures<T>(services: Services, checks: readonly LimitCheck[], run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof AppError && error.code === "TOKEN_INVALID") await countFailure(services, checks);
    throw error;
  }
}

/**
 * Sign-in with two factors, set-up of the second factor, invitations and password reset; the account
 * page and the people admin live in account-routes.tsx. Every form counts its failures in its own
 * buckets (limits.ts), per address and per account.
 */
export function registerPeopleRoutes(app: FastifyInstance, services: Services): void {
  /** A "next" address is followed only when it stays on this site (see web/next.ts). */
  const safeNext = (next: unknown, fallback: string): string => sameSiteNext(next, services.config.baseUrl, fallback);
  const afterSignIn = (req: FastifyRequest, next: string | undefined): string => {
    if (req.session?.user.mustChangePassword) return "/admin/account";
    const home = can(req.actor, "admin.enter") ? "/admin" : localePath(req.locale);
    return safeNext(next, home);
  };
  const { config } = services;
  const view = (req: FastifyRequest) => viewOf(req, services, { notices: PEOPLE_NOTICES });

  app.get<{ Querystring: { next?: string } }>("/:locale/account/sign-in", { config: { access: "public" } }, async (req, reply) => {
    if (req.user) return reply.redirect(afterSignIn(req, req.query.next));
    return sendPage(reply, <SignInView v={view(req)} next={safeNext(req.query.next, "")} />);
  });

  app.post("/:locale/account/sign-in", { config: { access: "public" } }, async (req, reply) => {
    const values = formValues(req.body) as Record<string, string>;
    const parsed = signInForm.safeParse(values);
    const next = safeNext(values.next, "");
    const kept = { email: values.email ?? "" };
    if (!parsed.success) {
      return sendPage(reply, <SignInView v={view(req)} errors={fieldErrors(parsed.error)} values={kept} next={next} />, 422);
    }
    const checks = signInChecks(req.ip, parsed.data.email);
    const wait = await secondsUntilAllowed(services, checks);
    if (wait > 0) return sendLimited(reply, wait, <SignInView v={view(req)} values={kept} next={next} retryAfterSeconds={wait} />);
    let user: Awaited<ReturnType<typeof authenticate>>;
    try {
      user = await authenticate(services, parsed.data.email, parsed.data.password);
    } catch (error) {
      if (!isValidationError(error)) throw error;
      await countFailure(services, checks);
      return sendPage(reply, <SignInView v={view(req)} errors={error.fields} values={kept} next={next} />, 422);
    }
    await forgetFailures(services, signInAccountChecks(parsed.data.email));
    if (req.session) await endSession(services, req.session.id);
    const step = nextStepAfterPassword(user);
    const token = await createSession(services, user.id, step === "done");
    setSessionCookie(reply, services, token);
    const nextQuery = next ? `?next=${encodeURIComponent(next)}` : "";
    if (step === "challenge") return seeOther(reply, localePath(req.locale, `/account/two-factor${nextQuery}`));
    if (step === "setup") return seeOther(reply, localePath(req.locale, `/account/two-factor/setup${nextQuery}`));
    return seeOther(reply, user.mustChangePassword ? "/admin/account" : safeNext(next, localePath(req.locale)));
  });

  app.get("/:locale/account/two-factor", { config: { access: "two-factor" } }, async (req, reply) => {
    return sendPage(reply, <TwoFactorView v={view(req)} />);
  });

  app.post<{ Querystring: { next?: string } }>("/:locale/account/two-factor", { config: { access: "two-factor" } }, async (req, reply) => {
    const session = req.session!;
    const checks = twoFactorChecks(req.ip, session.user.id);
    const wait = await secondsUntilAllowed(services, checks);
    if (wait > 0) return sendLimited(reply, wait, <TwoFactorView v={view(req)} retryAfterSeconds={wait} />);
    const parsed = codeForm.safeParse(formValues(req.body));
    if (!parsed.success) return sendPage(reply, <TwoFactorView v={view(req)} errors={fieldErrors(parsed.error)} />, 422);
    let token: string;
    try {
      token = await passTwoFactor(services, session, parsed.data.code);
    } catch (error) {
      if (!isValidationError(error)) throw error;
      await countFailure(services, checks);
      return sendPage(reply, <TwoFactorView v={view(req)} errors={error.fields} />, 422);
    }
    await forgetFailures(services, checks.slice(1));
    setSessionCookie(reply, services, token);
    req.actor = { id: session.user.id, role: session.user.role, locales: session.user.locales };
    return seeOther(reply, afterSignIn(req, req.query.next));
  });

  // Set-up is for an account without a second factor only: with one, the password alone must not replace it.
  app.get("/:locale/account/two-factor/setup", { config: { access: "two-factor" } }, async (req, reply) => {
    if (req.session!.user.hasTotp) return reply.redirect(localePath(req.locale, "/account/two-factor"));
    const secret = proposeTotpSecret();
    const { svg } = await totpEnrolment(secret, req.session!.user.email, config.siteName);
    return sendPage(reply, <TwoFactorSetupView v={view(req)} secret={secret} svg={svg} />);
  });

  app.post<{ Querystring: { next?: string } }>(
    "/:locale/account/two-factor/setup",
    { config: { access: "two-factor" } },
    async (req, reply) => {
      const session = req.session!;
      if (session.user.hasTotp) return seeOther(reply, localePath(req.locale, "/account/two-factor"));
      const values = formValues(req.body) as Record<string, string>;
      const secret = /^[A-Z2-7]{32}$/.test(values.secret ?? "") ? (values.secret as string) : proposeTotpSecret();
      const checks = twoFactorChecks(req.ip, session.user.id);
      const parsed = codeForm.safeParse(values);
      const wait = await secondsUntilAllowed(services, checks);
      let result: Awaited<ReturnType<typeof enableTwoFactor>>;
      try {
        if (wait > 0) throw new AppError("RATE_LIMITED");
        if (!parsed.success) throw new AppError("VALIDATION_FAILED", fieldErrors(parsed.error));
        result = await enableTwoFactor(services, session, secret, parsed.data.code);
      } catch (error) {
        const isLimited = error instanceof AppError && error.code === "RATE_LIMITED";
        if (!isValidationError(error) && !isLimited) throw error;
        if (parsed.success && !isLimited) await countFailure(services, checks);
        const { svg } = await totpEnrolment(secret, session.user.email, config.siteName);
        const page = <TwoFactorSetupView v={view(req)} secret={secret} svg={svg} errors={isLimited ? {} : error.fields} />;
        return isLimited ? sendLimited(reply, wait, page) : sendPage(reply, page, 422);
      }
      setSessionCookie(reply, services, result.token);
      req.actor = { id: session.user.id, role: session.user.role, locales: session.user.locales };
      // The codes exist only in this answer: shown once, never stored in the clear, so no redirect.
      return sendPage(
        reply,
        <RecoveryCodesView v={view(req)} codes={result.recoveryCodes} continueUrl={afterSignIn(req, req.query.next)} />,
      );
    },
  );

  const signOut = async (req: FastifyRequest, reply: FastifyReply) => {
    if (req.session) await endSession(services, req.session.id);
    clearSessionCookie(reply, services);
    return seeOther(reply, localePath(req.locale));
  };
  app.post("/:locale/account/sign-out", { config: { access: "public" } }, signOut);
  app.post("/admin/sign-out", { config: { access: "public" } }, signOut);

  app.get("/:locale/account/reset", { config: { access: "public" } }, async (req, reply) => {
    return sendPage(reply, <ResetRequestView v={view(req)} isSent={false} />);
  });

  // Every request counts here (there is no failure to tell apart without saying whether the account exists).
  app.post("/:locale/account/reset", { config: { access: "public" } }, async (req, reply) => {
    const values = formValues(req.body) as Record<string, string>;
    const kept = { email: values.email ?? "" };
    const parsed = z.object({ email }).safeParse(values);
    if (!parsed.success) {
      return sendPage(reply, <ResetRequestView v={view(req)} isSent={false} errors={fieldErrors(parsed.error)} values={kept} />, 422);
    }
    const byAddress: LimitCheck[] = [[LIMITS.resetRequestAddress, req.ip]];
    const wait = await secondsUntilAllowed(services, byAddress);
    if (wait > 0) return sendLimited(reply, wait, <ResetRequestView v={view(req)} isSent={false} values={kept} retryAfterSeconds={wait} />);
    await countFailure(services, byAddress);
    // Mail to one address is capped without a word: the answer stays the same, known address or not.
    const forEmail = await countLimit(services, LIMITS.resetRequestEmail, parsed.data.email);
    if (forEmail.isAllowed) await requestPasswordReset(services, parsed.data.email, req.locale);
    return sendPage(reply, <ResetRequestView v={view(req)} isSent={true} />);
  });

  const resetChecks = (req: FastifyRequest): LimitCheck[] => [[LIMITS.resetLinkAddress, req.ip]];
  const resetPage = (req: FastifyRequest<{ Params: { token: string } }>) => ({
    v: view(req),
    action: localePath(req.locale, `/account/reset/${req.params.token}`),
    title: req.t("reset.newTitle"),
    withName: false,
  });

  app.get<{ Params: { token: string } }>("/:locale/account/reset/:token", { config: { access: "public" } }, async (req, reply) => {
    const wait = await secondsUntilAllowed(services, resetChecks(req));
    if (wait > 0) return sendLimited(reply, wait, <NewPasswordView {...resetPage(req)} retryAfterSeconds={wait} />);
    await countingTokenFailures(services, resetChecks(req), async () => {
      if (!(await findOpenReset(services, req.params.token))) throw new AppError("TOKEN_INVALID");
    });
    return sendPage(reply, <NewPasswordView {...resetPage(req)} />);
  });

  app.post<{ Params: { token: string } }>("/:locale/account/reset/:token", { config: { access: "public" } }, async (req, reply) => {
    const wait = await secondsUntilAllowed(services, resetChecks(req));
    if (wait > 0) return sendLimited(reply, wait, <NewPasswordView {...resetPage(req)} retryAfterSeconds={wait} />);
    const parsed = newPasswordForm.safeParse(formValues(req.body));
    if (!parsed.success) return sendPage(reply, <NewPasswordView {...resetPage(req)} errors={fieldErrors(parsed.error)} />, 422);
    const { password } = parsed.data;
    const account = await countingTokenFailures(services, resetChecks(req), () => resetPassword(services, req.params.token, password));
    // The owner proved the mailbox: a lock an attacker ran up on the account's sign-in is lifted.
    await forgetFailures(services, signInAccountChecks(account.email));
    return seeOther(reply, `${localePath(req.locale, "/account/sign-in")}?done=passwordChanged`);
  });

  const invitationChecks = (req: FastifyRequest): LimitCheck[] => [[LIMITS.invitationAddress, req.ip]];
  const invitationPage = (req: FastifyRequest<{ Params: { token: string } }>) => ({
    v: view(req),
    action: localePath(req.locale, `/account/invitation/${req.params.token}`),
    title: req.t("invitation.title"),
    withName: true,
  });

  app.get<{ Params: { token: string } }>("/:locale/account/invitation/:token", { config: { access: "public" } }, async (req, reply) => {
    const wait = await secondsUntilAllowed(services, invitationChecks(req));
    if (wait > 0) return sendLimited(reply, wait, <NewPasswordView {...invitationPage(req)} retryAfterSeconds={wait} />);
    await countingTokenFailures(services, invitationChecks(req), async () => {
      if (!(await findOpenInvitation(services, req.params.token))) throw new AppError("TOKEN_INVALID");
    });
    return sendPage(reply, <NewPasswordView {...invitationPage(req)} />);
  });

  app.post<{ Params: { token: string } }>("/:locale/account/invitation/:token", { config: { access: "public" } }, async (req, reply) => {
    const values = formValues(req.body) as Record<string, string>;
    const kept = { name: values.name ?? "" };
    const wait = await secondsUntilAllowed(services, invitationChecks(req));
    if (wait > 0) return sendLimited(reply, wait, <NewPasswordView {...invitationPage(req)} values={kept} retryAfterSeconds={wait} />);
    const parsed = invitationForm.safeParse(values);
    if (!parsed.success) {
      return sendPage(reply, <NewPasswordView {...invitationPage(req)} values={kept} errors={fieldErrors(parsed.error)} />, 422);
    }
    const input = parsed.data;
    const user = await countingTokenFailures(services, invitationChecks(req), () => acceptInvitation(services, req.params.token, input));
    const step = nextStepAfterPassword(user);
    const token = await createSession(services, user.id, step === "done");
    setSessionCookie(reply, services, token);
    if (step === "setup") return seeOther(reply, localePath(req.locale, "/account/two-factor/setup"));
    return seeOther(reply, localePath(req.locale));
  });

  registerAccountRoutes(app, services);
}

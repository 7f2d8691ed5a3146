import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { z } from "zod";
import { AppError } from "../errors.ts";
import { isLocale, type Locale, localePath } from "../i18n/locales.ts";
import type { Services } from "../web/context.ts";
import { clearSessionCookie, setSessionCookie } from "../web/cookies.ts";
import { asList, fieldErrors, formValues } from "../web/forms.ts";
import { safeNext } from "../web/next.ts";
import { seeOther, sendPage, viewOf } from "../web/render.ts";
import { authenticate, findUserById, listUsers, setPassword, toUser, updateUserAccess } from "./accounts.ts";
import {
  acceptInvitation,
  findOpenInvitation,
  findOpenReset,
  invite,
  listOpenInvitations,
  requestPasswordReset,
  resetPassword,
} from "./invitations.ts";
import { verifyPassword } from "./passwords.ts";
import { can, isRole } from "./policy.ts";
import {
  createSession,
  enableTwoFactor,
  endAllSessions,
  endSession,
  nextStepAfterPassword,
  passTwoFactor,
  proposeTotpSecret,
} from "./sessions.ts";
import { totpEnrolment } from "./totp.ts";
import {
  AccountView,
  EditUserView,
  InviteView,
  NewPasswordView,
  ResetRequestView,
  SignInView,
  TwoFactorSetupView,
  TwoFactorView,
  UsersView,
} from "./views.tsx";

const email = z.string().trim().toLowerCase().email("account.emailInvalid").max(254, "form.tooLong");
const signInForm = z.object({
  email,
  password: z.string().min(1, "account.passwordRequired").max(1000, "form.tooLong"),
  next: z.string().optional(),
});
const codeForm = z.object({ code: z.string().trim().min(1, "twoFactor.codeRequired").max(20, "twoFactor.wrongCode") });
const newPasswordForm = z.object({ password: z.string().min(12, "password.tooShort").max(1000, "form.tooLong") });
const invitationForm = newPasswordForm.extend({ name: z.string().trim().min(1, "account.nameRequired").max(100, "form.tooLong") });
const accessForm = z.object({
  role: z.string().refine(isRole, "form.invalid"),
  locales: z.array(z.string().refine(isLocale, "form.invalid")),
});

function afterSignIn(req: FastifyRequest, services: Services, next: string | undefined): string {
  const home = can(req.actor, "admin.enter") ? "/admin" : localePath(req.locale);
  return safeNext(next, services.config.baseUrl, home);
}

const signInLimit = { rateLimit: { max: 10, timeWindow: 15 * 60_000 } };

/** Sign-in with two factors, set-up of the second factor, invitations, password reset, account. */
export function registerPeopleRoutes(app: FastifyInstance, services: Services): void {
  const { config } = services;
  const view = (req: FastifyRequest) => viewOf(req, services);

  app.get<{ Querystring: { next?: string } }>("/:locale/account/sign-in", { config: { access: "public" } }, async (req, reply) => {
    if (req.user) return reply.redirect(afterSignIn(req, services, req.query.next));
    return sendPage(reply, <SignInView v={view(req)} next={safeNext(req.query.next, config.baseUrl, "")} />);
  });

  app.post("/:locale/account/sign-in", { config: { access: "public", ...signInLimit } }, async (req, reply) => {
    const values = formValues(req.body) as Record<string, string>;
    const parsed = signInForm.safeParse(values);
    const next = safeNext(values.next, config.baseUrl, "");
    try {
      if (!parsed.success) throw new AppError("VALIDATION_FAILED", fieldErrors(parsed.error));
      const user = await authenticate(services, parsed.data.email, parsed.data.password);
      if (req.session) await endSession(services, req.session.id);
      const step = nextStepAfterPassword(user);
      const token = await createSession(services, user.id, step === "done");
      setSessionCookie(reply, services, token);
      const nextQuery = next ? `?next=${encodeURIComponent(next)}` : "";
      if (step === "challenge") return seeOther(reply, localePath(req.locale, `/account/two-factor${nextQuery}`));
      if (step === "setup") return seeOther(reply, localePath(req.locale, `/account/two-factor/setup${nextQuery}`));
      return seeOther(reply, safeNext(next, config.baseUrl, localePath(req.locale)));
    } catch (error) {
      if (!(error instanceof AppError) || error.code !== "VALIDATION_FAILED") throw error;
      return sendPage(reply, <SignInView v={view(req)} errors={error.fields} values={{ email: values.email ?? "" }} next={next} />, 422);
    }
  });

  app.get("/:locale/account/two-factor", { config: { access: "two-factor" } }, async (req, reply) => {
    return sendPage(reply, <TwoFactorView v={view(req)} />);
  });

  app.post<{ Querystring: { next?: string } }>(
    "/:locale/account/two-factor",
    { config: { access: "two-factor", ...signInLimit } },
    async (req, reply) => {
      const parsed = codeForm.safeParse(formValues(req.body));
      try {
        if (!parsed.success) throw new AppError("VALIDATION_FAILED", fieldErrors(parsed.error));
        await passTwoFactor(services, req.session!, parsed.data.code);
      } catch (error) {
        if (!(error instanceof AppError) || error.code !== "VALIDATION_FAILED") throw error;
        return sendPage(reply, <TwoFactorView v={view(req)} errors={error.fields} />, 422);
      }
      req.actor = { id: req.session!.user.id, role: req.session!.user.role, locales: req.session!.user.locales };
      return seeOther(reply, afterSignIn(req, services, req.query.next));
    },
  );

  app.get("/:locale/account/two-factor/setup", { config: { access: "two-factor" } }, async (req, reply) => {
    const secret = proposeTotpSecret();
    const { svg } = await totpEnrolment(secret, req.session!.user.email, config.siteName);
    return sendPage(reply, <TwoFactorSetupView v={view(req)} secret={secret} svg={svg} />);
  });

  app.post<{ Querystring: { next?: string } }>(
    "/:locale/account/two-factor/setup",
    { config: { access: "two-factor", ...signInLimit } },
    async (req, reply) => {
      const values = formValues(req.body) as Record<string, string>;
      const secret = /^[A-Z2-7]{32}$/.test(values.secret ?? "") ? (values.secret as string) : proposeTotpSecret();
      const parsed = codeForm.safeParse(values);
      try {
        if (!parsed.success) throw new AppError("VALIDATION_FAILED", fieldErrors(parsed.error));
        await enableTwoFactor(services, req.session!, secret, parsed.data.code);
      } catch (error) {
        if (!(error instanceof AppError) || error.code !== "VALIDATION_FAILED") throw error;
        const { svg } = await totpEnrolment(secret, req.session!.user.email, config.siteName);
        return sendPage(reply, <TwoFactorSetupView v={view(req)} secret={secret} svg={svg} errors={error.fields} />, 422);
      }
      req.actor = { id: req.session!.user.id, role: req.session!.user.role, locales: req.session!.user.locales };
      return seeOther(reply, afterSignIn(req, services, req.query.next));
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

  app.post("/:locale/account/reset", { config: { access: "public", ...signInLimit } }, async (req, reply) => {
    const values = formValues(req.body) as Record<string, string>;
    const parsed = z.object({ email }).safeParse(values);
    if (!parsed.success) {
      return sendPage(reply, <ResetRequestView v={view(req)} isSent={false} errors={fieldErrors(parsed.error)} values={values} />, 422);
    }
    await requestPasswordReset(services, parsed.data.email, req.locale, config.baseUrl);
    return sendPage(reply, <ResetRequestView v={view(req)} isSent={true} />);
  });

  app.get<{ Params: { token: string } }>("/:locale/account/reset/:token", { config: { access: "public" } }, async (req, reply) => {
    if (!(await findOpenReset(services, req.params.token))) throw new AppError("TOKEN_INVALID");
    const action = localePath(req.locale, `/account/reset/${req.params.token}`);
    return sendPage(reply, <NewPasswordView v={view(req)} action={action} title={req.t("reset.newTitle")} withName={false} />);
  });

  app.post<{ Params: { token: string } }>(
    "/:locale/account/reset/:token",
    { config: { access: "public", ...signInLimit } },
    async (req, reply) => {
      const parsed = newPasswordForm.safeParse(formValues(req.body));
      if (!parsed.success) {
        const action = localePath(req.locale, `/account/reset/${req.params.token}`);
        return sendPage(
          reply,
          <NewPasswordView
            v={view(req)}
            action={action}
            title={req.t("reset.newTitle")}
            withName={false}
            errors={fieldErrors(parsed.error)}
          />,
          422,
        );
      }
      await resetPassword(services, req.params.token, parsed.data.password);
      return seeOther(reply, `${localePath(req.locale, "/account/sign-in")}?done=passwordChanged`);
    },
  );

  app.get<{ Params: { token: string } }>("/:locale/account/invitation/:token", { config: { access: "public" } }, async (req, reply) => {
    if (!(await findOpenInvitation(services, req.params.token))) throw new AppError("TOKEN_INVALID");
    const action = localePath(req.locale, `/account/invitation/${req.params.token}`);
    return sendPage(reply, <NewPasswordView v={view(req)} action={action} title={req.t("invitation.title")} withName={true} />);
  });

  app.post<{ Params: { token: string } }>(
    "/:locale/account/invitation/:token",
    { config: { access: "public", ...signInLimit } },
    async (req, reply) => {
      const values = formValues(req.body) as Record<string, string>;
      const parsed = invitationForm.safeParse(values);
      const action = localePath(req.locale, `/account/invitation/${req.params.token}`);
      if (!parsed.success) {
        return sendPage(
          reply,
          <NewPasswordView
            v={view(req)}
            action={action}
            title={req.t("invitation.title")}
            withName={true}
            values={values}
            errors={fieldErrors(parsed.error)}
          />,
          422,
        );
      }
      const user = await acceptInvitation(services, req.params.token, parsed.data);
      const step = nextStepAfterPassword(user);
      const token = await createSession(services, user.id, step === "done");
      setSessionCookie(reply, services, token);
      if (step === "setup") return seeOther(reply, localePath(req.locale, "/account/two-factor/setup"));
      return seeOther(reply, localePath(req.locale));
    },
  );

  app.get("/admin/account", { config: { access: "signed-in" } }, async (req, reply) => {
    return sendPage(reply, <AccountView v={view(req)} />);
  });

  app.post("/admin/account/password", { config: { access: "signed-in", ...signInLimit } }, async (req, reply) => {
    const values = formValues(req.body) as Record<string, string>;
    const parsed = newPasswordForm.safeParse(values);
    const row = await findUserById(services, req.user!.id);
    if (!row || !(await verifyPassword(row.password_hash, values.current ?? ""))) {
      return sendPage(reply, <AccountView v={view(req)} errors={{ current: "account.currentWrong" }} />, 422);
    }
    if (!parsed.success) return sendPage(reply, <AccountView v={view(req)} errors={fieldErrors(parsed.error)} />, 422);
    await setPassword(services, req.user!.id, parsed.data.password);
    const token = await createSession(services, req.user!.id, true);
    setSessionCookie(reply, services, token);
    return seeOther(reply, "/admin/account?done=passwordChanged");
  });

  app.post("/admin/account/sign-out-everywhere", { config: { access: "signed-in" } }, async (req, reply) => {
    await endAllSessions(services, req.user!.id);
    clearSessionCookie(reply, services);
    return seeOther(reply, `${localePath(req.locale, "/account/sign-in")}?done=signedOutElsewhere`);
  });

  app.get("/admin/users", { config: { access: "users.manage" } }, async (req, reply) => {
    const [users, invitations] = await Promise.all([listUsers(services), listOpenInvitations(services)]);
    return sendPage(reply, <UsersView v={view(req)} users={users} invitations={invitations} />);
  });

  app.get("/admin/users/invite", { config: { access: "users.manage" } }, async (req, reply) => {
    return sendPage(reply, <InviteView v={view(req)} />);
  });

  app.post("/admin/users/invite", { config: { access: "users.manage" } }, async (req, reply) => {
    const values = formValues(req.body);
    const flat = {
      email: String(values.email ?? ""),
      role: String(values.role ?? ""),
      locales: asList(values.locales).join(","),
      uiLocale: String(values.uiLocale ?? ""),
    };
    const parsed = z
      .object({ email })
      .merge(accessForm)
      .safeParse({ ...flat, locales: asList(values.locales) });
    try {
      if (!parsed.success) throw new AppError("VALIDATION_FAILED", fieldErrors(parsed.error));
      const uiLocale: Locale = isLocale(flat.uiLocale) ? flat.uiLocale : req.locale;
      if (!isRole(parsed.data.role)) throw new AppError("VALIDATION_FAILED", { role: "form.invalid" });
      await invite(
        services,
        { ...req.actor!, name: req.user!.name },
        { email: parsed.data.email, role: parsed.data.role, locales: parsed.data.locales as Locale[], uiLocale },
        config.baseUrl,
      );
    } catch (error) {
      if (!(error instanceof AppError) || Object.keys(error.fields).length === 0) throw error;
      return sendPage(reply, <InviteView v={view(req)} errors={error.fields} values={flat} />, error.status === 409 ? 409 : 422);
    }
    return seeOther(reply, "/admin/users?done=invited");
  });

  app.get<{ Params: { id: string } }>("/admin/users/:id", { config: { access: "users.manage" } }, async (req, reply) => {
    const row = await findUserById(services, req.params.id);
    if (!row) throw new AppError("NOT_FOUND");
    return sendPage(reply, <EditUserView v={view(req)} user={toUser(row)} />);
  });

  app.post<{ Params: { id: string } }>("/admin/users/:id", { config: { access: "users.manage" } }, async (req, reply) => {
    const values = formValues(req.body);
    const parsed = accessForm.safeParse({ role: values.role, locales: asList(values.locales) });
    const row = await findUserById(services, req.params.id);
    if (!row) throw new AppError("NOT_FOUND");
    try {
      if (!parsed.success || !isRole(parsed.data.role))
        throw new AppError("VALIDATION_FAILED", parsed.success ? { role: "form.invalid" } : fieldErrors(parsed.error));
      await updateUserAccess(services, req.actor!, req.params.id, {
        role: parsed.data.role,
        locales: parsed.data.locales as Locale[],
        isDisabled: values.isDisabled === "1",
      });
    } catch (error) {
      if (!(error instanceof AppError) || Object.keys(error.fields).length === 0) throw error;
      return sendPage(reply, <EditUserView v={view(req)} user={toUser(row)} errors={error.fields} />, 422);
    }
    return seeOther(reply, "/admin/users?done=saved");
  });
}

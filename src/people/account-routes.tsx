import type { FastifyInstance, FastifyRequest } from "fastify";
import { z } from "zod";
import { isAssignableRole, isRole } from "../access/policy.ts";
import { recordAudit } from "../audit/audit.ts";
import { AppError } from "../errors.ts";
import { isLocale, type Locale, localePath } from "../i18n/locales.ts";
import type { Services } from "../web/context.ts";
import { clearSessionCookie, setSessionCookie } from "../web/cookies.ts";
import { asList, type FieldErrors, fieldErrors, formValues } from "../web/forms.ts";
import { seeOther, sendPage, viewOf } from "../web/render.ts";
import { AccountView, EditUserView, InviteView, ReplaceTwoFactorView, UsersView } from "./account-views.tsx";
import { findUserById, listUsers, setPassword, toUser, updateOwnDetails, updateUserAccess } from "./accounts.ts";
import { codeForm, email, newPasswordForm, PEOPLE_NOTICES, sendLimited } from "./forms.ts";
import { invite, listOpenInvitations } from "./invitations.ts";
import { countFailure, passwordChangeChecks, secondsUntilAllowed, twoFactorChecks } from "./limits.ts";
import { verifyPassword } from "./passwords.ts";
import { createSession, endAllSessions } from "./sessions.ts";
import { totpEnrolment } from "./totp.ts";
import {
  checkCurrentCode,
  countUnusedRecoveryCodes,
  generateRecoveryCodes,
  proposeTotpSecret,
  replaceTwoFactor,
  resetTwoFactor,
} from "./two-factor.ts";
import { RecoveryCodesView } from "./views.tsx";

const accessForm = z.object({
  role: z.string().refine(isRole, "people.users.roleRequired"),
  locales: z.array(z.string().refine(isLocale, "form.invalid")),
});
const replaceForm = z.object({
  current: z.string().trim().min(1, "twoFactor.codeRequired").max(20, "twoFactor.wrongCode"),
  code: z.string().trim().min(1, "twoFactor.codeRequired").max(20, "twoFactor.wrongCode"),
});
const detailsForm = z.object({ name: z.string().trim().min(1, "account.nameRequired").max(100, "form.tooLong"), email });

/**
 * Routes a signed-in person may take while their password is one someone else chose: the account
 * page to replace it, and signing out. Everything else waits until it is replaced.
 */
const WHILE_PASSWORD_MUST_CHANGE = new Set([
  "GET /admin/account",
  "POST /admin/account/password",
  "POST /admin/account/sign-out-everywhere",
  "POST /admin/sign-out",
  "POST /:locale/account/sign-out",
]);

/** The account page (password, details, recovery codes, devices) and the people admin. */
export function registerAccountRoutes(app: FastifyInstance, services: Services): void {
  const { config } = services;
  const view = (req: FastifyRequest) => viewOf(req, services, { notices: PEOPLE_NOTICES });

  app.addHook("onRequest", async (req, reply) => {
    if (!req.user?.mustChangePassword || req.url.startsWith("/api/") || req.url.startsWith("/assets/")) return;
    if (WHILE_PASSWORD_MUST_CHANGE.has(`${req.method} ${req.routeOptions.url}`)) return;
    if (req.method === "GET" || req.method === "HEAD") return reply.redirect("/admin/account");
    throw new AppError("FORBIDDEN");
  });

  const accountPage = async (req: FastifyRequest, props: Omit<Parameters<typeof AccountView>[0], "v" | "recoveryCodesLeft">) => (
    <AccountView v={view(req)} recoveryCodesLeft={await countUnusedRecoveryCodes(services, req.user!.id)} {...props} />
  );

  app.get("/admin/account", { config: { access: "signed-in" } }, async (req, reply) => {
    return sendPage(reply, await accountPage(req, {}));
  });

  app.post("/admin/account/password", { config: { access: "signed-in" } }, async (req, reply) => {
    const values = formValues(req.body) as Record<string, string>;
    const checks = passwordChangeChecks(req.ip, req.user!.id);
    const wait = await secondsUntilAllowed(services, checks);
    if (wait > 0) return sendLimited(reply, wait, await accountPage(req, { retryAfterSeconds: wait }));
    const row = await findUserById(services, req.user!.id);
    if (!row || !(await verifyPassword(row.password_hash, values.current ?? ""))) {
      await countFailure(services, checks);
      return sendPage(reply, await accountPage(req, { errors: { current: "account.currentWrong" } }), 422);
    }
    const parsed = newPasswordForm.safeParse(values);
    if (!parsed.success) return sendPage(reply, await accountPage(req, { errors: fieldErrors(parsed.error) }), 422);
    await setPassword(services, req.user!.id, parsed.data.password);
    const token = await createSession(services, req.user!.id, true);
    setSessionCookie(reply, services, token);
    return seeOther(reply, "/admin/account?done=passwordChanged");
  });

  app.post("/admin/account/details", { config: { access: "signed-in" } }, async (req, reply) => {
    const values = formValues(req.body) as Record<string, string>;
    const kept = { name: values.name ?? "", email: values.email ?? "" };
    const checks = passwordChangeChecks(req.ip, req.user!.id);
    const wait = await secondsUntilAllowed(services, checks);
    if (wait > 0) return sendLimited(reply, wait, await accountPage(req, { values: kept, retryAfterSeconds: wait }));
    const parsed = detailsForm.safeParse(values);
    if (!parsed.success) return sendPage(reply, await accountPage(req, { values: kept, errors: fieldErrors(parsed.error) }), 422);
    const row = await findUserById(services, req.user!.id);
    if (!row || !(await verifyPassword(row.password_hash, values.detailsCurrent ?? ""))) {
      await countFailure(services, checks);
      return sendPage(reply, await accountPage(req, { values: kept, errors: { detailsCurrent: "account.currentWrong" } }), 422);
    }
    try {
      await updateOwnDetails(services, req.user!.id, parsed.data);
    } catch (error) {
      if (!(error instanceof AppError) || Object.keys(error.fields).length === 0) throw error;
      return sendPage(reply, await accountPage(req, { values: kept, errors: error.fields }), error.status === 409 ? 409 : 422);
    }
    return seeOther(reply, "/admin/account?done=detailsSaved");
  });

  // New recovery codes take the current factor, so that a stolen session alone cannot mint a way back in.
  app.post("/admin/account/recovery-codes", { config: { access: "signed-in" } }, async (req, reply) => {
    const userId = req.user!.id;
    const checks = twoFactorChecks(req.ip, userId);
    const wait = await secondsUntilAllowed(services, checks);
    if (wait > 0) return sendLimited(reply, wait, await accountPage(req, { retryAfterSeconds: wait }));
    const parsed = codeForm.safeParse(formValues(req.body));
    if (!parsed.success) return sendPage(reply, await accountPage(req, { errors: fieldErrors(parsed.error) }), 422);
    if (!(await checkCurrentCode(services, userId, parsed.data.code))) {
      await countFailure(services, checks);
      return sendPage(reply, await accountPage(req, { errors: { code: "twoFactor.wrongCode" } }), 422);
    }
    const codes = await generateRecoveryCodes(services, userId);
    await recordAudit(services, { actorId: userId, action: "user.recovery-codes-renewed", subjectType: "user", subjectId: userId });
    return sendPage(reply, <RecoveryCodesView v={view(req)} codes={codes} continueUrl="/admin/account" />);
  });

  // Replacing the authenticator takes the current one: the password, or a stolen session, alone never does.
  app.get("/admin/account/two-factor", { config: { access: "signed-in" } }, async (req, reply) => {
    if (!req.user!.hasTotp) return reply.redirect("/admin/account");
    const secret = proposeTotpSecret();
    const { svg } = await totpEnrolment(secret, req.user!.email, config.siteName);
    return sendPage(reply, <ReplaceTwoFactorView v={view(req)} secret={secret} svg={svg} />);
  });

  app.post("/admin/account/two-factor", { config: { access: "signed-in" } }, async (req, reply) => {
    const user = req.user!;
    if (!user.hasTotp) return seeOther(reply, "/admin/account");
    const values = formValues(req.body) as Record<string, string>;
    const secret = /^[A-Z2-7]{32}$/.test(values.secret ?? "") ? (values.secret as string) : proposeTotpSecret();
    const page = async (props: { errors?: FieldErrors; retryAfterSeconds?: number }) => {
      const { svg } = await totpEnrolment(secret, user.email, config.siteName);
      return <ReplaceTwoFactorView v={view(req)} secret={secret} svg={svg} {...props} />;
    };
    const checks = twoFactorChecks(req.ip, user.id);
    const wait = await secondsUntilAllowed(services, checks);
    if (wait > 0) return sendLimited(reply, wait, await page({ retryAfterSeconds: wait }));
    const parsed = replaceForm.safeParse(values);
    if (!parsed.success) return sendPage(reply, await page({ errors: fieldErrors(parsed.error) }), 422);
    let codes: string[];
    try {
      codes = await replaceTwoFactor(services, user.id, { currentCode: parsed.data.current, secret, code: parsed.data.code });
    } catch (error) {
      if (!(error instanceof AppError) || error.code !== "VALIDATION_FAILED") throw error;
      if (error.fields.current) await countFailure(services, checks);
      return sendPage(reply, await page({ errors: error.fields }), 422);
    }
    return sendPage(reply, <RecoveryCodesView v={view(req)} codes={codes} continueUrl="/admin/account" />);
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
      if (!isRole(parsed.data.role) || !isAssignableRole(parsed.data.role)) {
        throw new AppError("VALIDATION_FAILED", { role: "people.users.roleRequired" });
      }
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

  // For someone who lost both their authenticator and their recovery codes; audited.
  app.post<{ Params: { id: string } }>("/admin/users/:id/two-factor/reset", { config: { access: "users.manage" } }, async (req, reply) => {
    const row = await findUserById(services, req.params.id);
    if (!row) throw new AppError("NOT_FOUND");
    if (formValues(req.body).confirm !== "1") {
      return sendPage(reply, <EditUserView v={view(req)} user={toUser(row)} errors={{ confirm: "people.users.confirmRequired" }} />, 422);
    }
    await resetTwoFactor(services, req.actor!.id, row.id, "admin");
    return seeOther(reply, "/admin/users?done=twoFactorReset");
  });
}

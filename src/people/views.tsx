import { raw } from "hono/html";
import { localePath } from "../i18n/locales.ts";
import { Csrf, ErrorSummary, TextInput } from "../ui/forms.tsx";
import { AccountLayout } from "../ui/layout.tsx";
import type { View } from "../web/context.ts";
import type { FieldErrors } from "../web/forms.ts";

export type FormProps = { v: View; errors?: FieldErrors; values?: Record<string, string>; retryAfterSeconds?: number };

/** The answer to too many failed tries: when to try again, above the form that keeps what was typed. */
export function RetryNotice({ v, retryAfterSeconds }: { v: View; retryAfterSeconds: number | undefined }) {
  if (!retryAfterSeconds) return null;
  return (
    <div class="error-summary" role="alert" tabindex={-1}>
      <p>{v.t("people.limit.retryIn", { minutes: Math.max(1, Math.ceil(retryAfterSeconds / 60)) })}</p>
    </div>
  );
}

export function SignInView({ v, errors, values, next, retryAfterSeconds }: FormProps & { next: string }) {
  return (
    <AccountLayout v={v} title={v.t("signIn.title")}>
      <div class="narrow">
        <h1>{v.t("signIn.title")}</h1>
        <RetryNotice v={v} retryAfterSeconds={retryAfterSeconds} />
        <ErrorSummary v={v} errors={errors} />
        <form method="post" action={localePath(v.locale, "/account/sign-in")} class="stack">
          <Csrf v={v} />
          <input type="hidden" name="next" value={next} />
          <TextInput
            v={v}
            name="email"
            type="email"
            label={v.t("account.email")}
            value={values?.email}
            errors={errors}
            autocomplete="username"
            required
          />
          <TextInput
            v={v}
            name="password"
            type="password"
            label={v.t("account.password")}
            errors={errors}
            autocomplete="current-password"
            required
          />
          <button type="submit">{v.t("signIn.submit")}</button>
        </form>
        <p>
          <a href={localePath(v.locale, "/account/reset")}>{v.t("signIn.forgot")}</a>
        </p>
      </div>
    </AccountLayout>
  );
}

export function TwoFactorView({ v, errors, retryAfterSeconds }: FormProps) {
  return (
    <AccountLayout v={v} title={v.t("twoFactor.title")}>
      <div class="narrow">
        <h1>{v.t("twoFactor.title")}</h1>
        <p>{v.t("twoFactor.intro")}</p>
        <RetryNotice v={v} retryAfterSeconds={retryAfterSeconds} />
        <ErrorSummary v={v} errors={errors} />
        <form method="post" action={localePath(v.locale, "/account/two-factor")} class="stack">
          <Csrf v={v} />
          <TextInput
            v={v}
            name="code"
            label={v.t("twoFactor.code")}
            hint={v.t("people.twoFactor.recoveryHint")}
            errors={errors}
            autocomplete="one-time-code"
            required
          />
          <button type="submit">{v.t("twoFactor.submit")}</button>
        </form>
      </div>
    </AccountLayout>
  );
}

/** The recovery codes, shown once, right after they were made. */
export function RecoveryCodesView({ v, codes, continueUrl }: { v: View; codes: string[]; continueUrl: string }) {
  return (
    <AccountLayout v={v} title={v.t("people.recovery.title")}>
      <div class="narrow">
        <h1>{v.t("people.recovery.title")}</h1>
        <p>{v.t("people.recovery.intro")}</p>
        <ol class="recovery-codes">
          {codes.map((code) => (
            <li>
              <code>{code}</code>
            </li>
          ))}
        </ol>
        <p>
          <a class="button" href={continueUrl}>
            {v.t("people.recovery.continue")}
          </a>
        </p>
      </div>
    </AccountLayout>
  );
}

export function TwoFactorSetupView({ v, errors, secret, svg }: FormProps & { secret: string; svg: string }) {
  return (
    <AccountLayout v={v} title={v.t("twoFactor.setupTitle")}>
      <div class="narrow">
        <h1>{v.t("twoFactor.setupTitle")}</h1>
        <p>{v.t("twoFactor.setupIntro")}</p>
        <figure class="qr">
          {raw(svg.replace("<svg ", `<svg role="img" aria-label="${v.t("twoFactor.qrLabel").replace(/"/g, "&quot;")}" `))}
          <figcaption>
            {v.t("twoFactor.manual")} <code class="secret">{secret}</code>
          </figcaption>
        </figure>
        <ErrorSummary v={v} errors={errors} />
        <form method="post" action={localePath(v.locale, "/account/two-factor/setup")} class="stack">
          <Csrf v={v} />
          <input type="hidden" name="secret" value={secret} />
          <TextInput
            v={v}
            name="code"
            label={v.t("twoFactor.code")}
            errors={errors}
            autocomplete="one-time-code"
            inputmode="numeric"
            required
          />
          <button type="submit">{v.t("twoFactor.enable")}</button>
        </form>
      </div>
    </AccountLayout>
  );
}

export function ResetRequestView({ v, errors, values, isSent, retryAfterSeconds }: FormProps & { isSent: boolean }) {
  return (
    <AccountLayout v={v} title={v.t("reset.title")}>
      <div class="narrow">
        <h1>{v.t("reset.title")}</h1>
        {isSent ? (
          <p role="status" class="notice">
            {v.t("reset.sent")}
          </p>
        ) : (
          <>
            <p>{v.t("reset.intro")}</p>
            <RetryNotice v={v} retryAfterSeconds={retryAfterSeconds} />
            <ErrorSummary v={v} errors={errors} />
            <form method="post" action={localePath(v.locale, "/account/reset")} class="stack">
              <Csrf v={v} />
              <TextInput
                v={v}
                name="email"
                type="email"
                label={v.t("account.email")}
                value={values?.email}
                errors={errors}
                autocomplete="email"
                required
              />
              <button type="submit">{v.t("reset.submit")}</button>
            </form>
          </>
        )}
      </div>
    </AccountLayout>
  );
}

export function NewPasswordView({
  v,
  errors,
  action,
  title,
  withName,
  values,
  retryAfterSeconds,
}: FormProps & { action: string; title: string; withName: boolean }) {
  return (
    <AccountLayout v={v} title={title}>
      <div class="narrow">
        <h1>{title}</h1>
        <RetryNotice v={v} retryAfterSeconds={retryAfterSeconds} />
        <ErrorSummary v={v} errors={errors} />
        <form method="post" action={action} class="stack">
          <Csrf v={v} />
          {withName ? (
            <TextInput
              v={v}
              name="name"
              label={v.t("account.name")}
              hint={v.t("account.nameHint")}
              value={values?.name}
              errors={errors}
              autocomplete="nickname"
              required
            />
          ) : null}
          <TextInput
            v={v}
            name="password"
            type="password"
            label={v.t("account.newPassword")}
            hint={v.t("password.hint", { min: 12 })}
            errors={errors}
            autocomplete="new-password"
            required
          />
          <button type="submit">{v.t("form.save")}</button>
        </form>
      </div>
    </AccountLayout>
  );
}

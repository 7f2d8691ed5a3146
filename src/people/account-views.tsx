import { raw } from "hono/html";
import { ASSIGNABLE_ROLES, ROLES, type Role } from "../access/policy.ts";
import { LOCALE_INFO } from "../i18n/locales.ts";
import { Csrf, ErrorSummary, Field, TextInput } from "../ui/forms.tsx";
import { AdminLayout } from "../ui/layout.tsx";
import type { View } from "../web/context.ts";
import type { User } from "./accounts.ts";
import { type FormProps, RetryNotice } from "./views.tsx";

export function RoleName({ v, role }: { v: View; role: Role }) {
  return <>{v.t(`role.${role}`)}</>;
}

export function UsersView({
  v,
  users,
  invitations,
}: {
  v: View;
  users: User[];
  invitations: { id: string; email: string; role: string; expires_at: string }[];
}) {
  return (
    <AdminLayout v={v} title={v.t("users.title")}>
      <h1>{v.t("users.title")}</h1>
      <p>
        <a class="button" href="/admin/users/invite">
          {v.t("users.invite")}
        </a>
      </p>
      <div class="table-scroll">
        <table>
          <caption class="visually-hidden">{v.t("users.title")}</caption>
          <thead>
            <tr>
              <th scope="col">{v.t("account.name")}</th>
              <th scope="col">{v.t("account.email")}</th>
              <th scope="col">{v.t("users.role")}</th>
              <th scope="col">{v.t("users.twoFactor")}</th>
            </tr>
          </thead>
          <tbody>
            {users.map((u) => (
              <tr>
                <th scope="row">
                  <a href={`/admin/users/${u.id}`}>{u.name}</a>
                </th>
                <td>{u.email}</td>
                <td>
                  <RoleName v={v} role={u.role} />
                  {u.locales.length > 0 ? ` (${u.locales.map((l) => LOCALE_INFO[l].name).join(", ")})` : ""}
                  {u.isDisabled ? ` · ${v.t("users.disabled")}` : ""}
                </td>
                <td>{u.hasTotp ? v.t("users.twoFactorOn") : v.t("users.twoFactorOff")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {invitations.length > 0 ? (
        <section aria-labelledby="invitations-title">
          <h2 id="invitations-title">{v.t("users.openInvitations")}</h2>
          <ul>
            {invitations.map((i) => (
              <li>
                {i.email} · {v.t(`role.${i.role as Role}`)}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </AdminLayout>
  );
}

/** Role and languages; only roles that can do something are offered, and a new person's role is chosen, never preset. */
function RoleAndLocales({ v, values, errors }: FormProps) {
  const chosen = new Set((values?.locales ?? "").split(",").filter(Boolean));
  const current = values?.role;
  const roles = ROLES.filter((r) => ASSIGNABLE_ROLES.includes(r) || r === current);
  return (
    <>
      <Field v={v} name="role" label={v.t("users.role")} errors={errors}>
        <select id="role" name="role" required>
          {current ? null : (
            <option value="" selected>
              {v.t("people.users.chooseRole")}
            </option>
          )}
          {roles.map((r) => (
            <option value={r} selected={values?.role === r}>
              {v.t(`role.${r}`)}
            </option>
          ))}
        </select>
      </Field>
      <fieldset id="locales">
        <legend>{v.t("users.locales")}</legend>
        <p class="hint">{v.t("users.localesHint")}</p>
        {errors?.locales ? <p class="error">{v.t(errors.locales)}</p> : null}
        {v.locales.map((l) => (
          <label lang={l}>
            <input type="checkbox" name="locales" value={l} checked={chosen.has(l)} /> {LOCALE_INFO[l].name}
          </label>
        ))}
      </fieldset>
    </>
  );
}

export function InviteView({ v, errors, values }: FormProps) {
  return (
    <AdminLayout v={v} title={v.t("users.invite")}>
      <h1>{v.t("users.invite")}</h1>
      <ErrorSummary v={v} errors={errors} />
      <form method="post" action="/admin/users/invite" class="stack">
        <Csrf v={v} />
        <TextInput v={v} name="email" type="email" label={v.t("account.email")} value={values?.email} errors={errors} required />
        <RoleAndLocales v={v} values={values} errors={errors} />
        <Field v={v} name="uiLocale" label={v.t("users.mailLanguage")} errors={errors}>
          <select id="uiLocale" name="uiLocale">
            {v.locales.map((l) => (
              <option value={l} selected={(values?.uiLocale ?? v.locale) === l} lang={l}>
                {LOCALE_INFO[l].name}
              </option>
            ))}
          </select>
        </Field>
        <button type="submit">{v.t("users.sendInvitation")}</button>
      </form>
    </AdminLayout>
  );
}

export function EditUserView({ v, user, errors }: FormProps & { user: User }) {
  const values = { role: user.role, locales: user.locales.join(",") };
  return (
    <AdminLayout v={v} title={user.name}>
      <h1>{user.name}</h1>
      <p>{user.email}</p>
      <ErrorSummary v={v} errors={errors} />
      <form method="post" action={`/admin/users/${user.id}`} class="stack">
        <Csrf v={v} />
        <RoleAndLocales v={v} values={values} errors={errors} />
        <label>
          <input type="checkbox" name="isDisabled" value="1" checked={user.isDisabled} /> {v.t("users.disable")}
        </label>
        <button type="submit">{v.t("form.save")}</button>
      </form>
      {user.hasTotp ? (
        <section aria-labelledby="reset-two-factor-title">
          <h2 id="reset-two-factor-title">{v.t("people.users.resetTwoFactorTitle")}</h2>
          <p>{v.t("people.users.resetTwoFactorIntro")}</p>
          <form method="post" action={`/admin/users/${user.id}/two-factor/reset`} class="stack">
            <Csrf v={v} />
            {errors?.confirm ? <p class="error">{v.t(errors.confirm)}</p> : null}
            <label>
              <input type="checkbox" id="confirm" name="confirm" value="1" /> {v.t("people.users.resetTwoFactorConfirm")}
            </label>
            <button type="submit" class="secondary">
              {v.t("people.users.resetTwoFactorSubmit")}
            </button>
          </form>
        </section>
      ) : null}
    </AdminLayout>
  );
}

/** The account page: details, password, recovery codes and devices. A must-change password shows first. */
export function AccountView({ v, errors, values, retryAfterSeconds, recoveryCodesLeft }: FormProps & { recoveryCodesLeft: number }) {
  const user = v.user;
  if (!user) return null;
  return (
    <AdminLayout v={v} title={v.t("account.title")}>
      <h1>{v.t("account.title")}</h1>
      <RetryNotice v={v} retryAfterSeconds={retryAfterSeconds} />
      <ErrorSummary v={v} errors={errors} />
      {user.mustChangePassword ? (
        <p role="status" class="notice">
          {v.t("people.account.mustChange")}
        </p>
      ) : null}
      <section aria-labelledby="password-title">
        <h2 id="password-title">{v.t("account.changePassword")}</h2>
        <form method="post" action="/admin/account/password" class="stack">
          <Csrf v={v} />
          <TextInput
            v={v}
            name="current"
            type="password"
            label={v.t("account.currentPassword")}
            errors={errors}
            autocomplete="current-password"
            required
          />
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
          <button type="submit">{v.t("account.changePassword")}</button>
        </form>
      </section>
      {user.mustChangePassword ? null : (
        <section aria-labelledby="details-title">
          <h2 id="details-title">{v.t("people.account.details")}</h2>
          <p>{v.t("people.account.detailsIntro")}</p>
          <dl class="facts">
            <dt>{v.t("users.role")}</dt>
            <dd>
              <RoleName v={v} role={user.role} />
            </dd>
            <dt>{v.t("users.twoFactor")}</dt>
            <dd>
              {user.hasTotp ? v.t("users.twoFactorOn") : v.t("users.twoFactorOff")}
              {user.hasTotp ? ` · ${v.t("people.recovery.remaining", { count: recoveryCodesLeft })}` : ""}
            </dd>
          </dl>
          <form method="post" action="/admin/account/details" class="stack">
            <Csrf v={v} />
            <TextInput
              v={v}
              name="name"
              label={v.t("account.name")}
              hint={v.t("account.nameHint")}
              value={values?.name ?? user.name}
              errors={errors}
              autocomplete="nickname"
              required
            />
            <TextInput
              v={v}
              name="email"
              type="email"
              label={v.t("account.email")}
              value={values?.email ?? user.email}
              errors={errors}
              autocomplete="email"
              required
            />
            <TextInput
              v={v}
              name="detailsCurrent"
              type="password"
              label={v.t("people.account.confirmWithPassword")}
              errors={errors}
              autocomplete="current-password"
              required
            />
            <button type="submit">{v.t("form.save")}</button>
          </form>
        </section>
      )}
      {user.hasTotp && !user.mustChangePassword ? (
        <p>
          <a href="/admin/account/two-factor">{v.t("people.twoFactor.replaceTitle")}</a>
        </p>
      ) : null}
      {user.hasTotp && !user.mustChangePassword ? (
        <section aria-labelledby="recovery-title">
          <h2 id="recovery-title">{v.t("people.recovery.regenerateTitle")}</h2>
          <p>{v.t("people.recovery.regenerateIntro")}</p>
          <form method="post" action="/admin/account/recovery-codes" class="stack">
            <Csrf v={v} />
            <TextInput
              v={v}
              name="code"
              label={v.t("twoFactor.code")}
              errors={errors}
              autocomplete="one-time-code"
              inputmode="numeric"
              required
            />
            <button type="submit" class="secondary">
              {v.t("people.recovery.regenerate")}
            </button>
          </form>
        </section>
      ) : null}
      <section aria-labelledby="sessions-title">
        <h2 id="sessions-title">{v.t("account.sessions")}</h2>
        <p>{v.t("account.sessionsIntro")}</p>
        <form method="post" action="/admin/account/sign-out-everywhere">
          <Csrf v={v} />
          <button type="submit" class="secondary">
            {v.t("account.signOutEverywhere")}
          </button>
        </form>
      </section>
    </AdminLayout>
  );
}

/** A new authenticator for a signed-in person: proven by a code from the current one and one from the new one. */
export function ReplaceTwoFactorView({ v, errors, secret, svg, retryAfterSeconds }: FormProps & { secret: string; svg: string }) {
  return (
    <AdminLayout v={v} title={v.t("people.twoFactor.replaceTitle")}>
      <h1>{v.t("people.twoFactor.replaceTitle")}</h1>
      <RetryNotice v={v} retryAfterSeconds={retryAfterSeconds} />
      <ErrorSummary v={v} errors={errors} />
      <p>{v.t("people.twoFactor.replaceIntro")}</p>
      <form method="post" action="/admin/account/two-factor" class="stack">
        <Csrf v={v} />
        <TextInput
          v={v}
          name="current"
          label={v.t("people.twoFactor.currentCode")}
          errors={errors}
          autocomplete="one-time-code"
          inputmode="numeric"
          required
        />
        <figure class="qr">
          {raw(svg.replace("<svg ", `<svg role="img" aria-label="${v.t("twoFactor.qrLabel").replace(/"/g, "&quot;")}" `))}
          <figcaption>
            {v.t("twoFactor.manual")} <code class="secret">{secret}</code>
          </figcaption>
        </figure>
        <input type="hidden" name="secret" value={secret} />
        <TextInput
          v={v}
          name="code"
          label={v.t("people.twoFactor.newCode")}
          errors={errors}
          autocomplete="one-time-code"
          inputmode="numeric"
          required
        />
        <button type="submit">{v.t("people.twoFactor.replace")}</button>
      </form>
    </AdminLayout>
  );
}

import type { Locale } from "../i18n/locales.ts";
import type { Actor, Role } from "./policy.ts";

/** Who is asking: the account behind a request, as every layer sees it. Accounts are kept in src/people/. */
export type User = {
  id: string;
  email: string;
  name: string;
  role: Role;
  locales: Locale[];
  hasTotp: boolean;
  uiLocale: Locale | null;
  createdAt: string;
  isDisabled: boolean;
  /** Set on a password someone else chose (the first admin's): they choose their own before anything else. */
  mustChangePassword: boolean;
};

/** A signed-in request's session; between password and second factor `isTwoFactorDone` is false. */
export type Session = { id: string; user: User; isTwoFactorDone: boolean };

export function toActor(user: User): Actor {
  return { id: user.id, role: user.role, locales: user.locales };
}

import type { Locale } from "../i18n/locales.ts";

/** Who may do what: the one place that decides. Routes, the API and the CLI all ask here. */
export const ROLES = ["admin", "editor", "organiser", "translator", "member-contact", "participant"] as const;
export type Role = (typeof ROLES)[number];

export const STAFF_ROLES: readonly Role[] = ["admin", "editor", "organiser", "translator"];

/**
 * Roles an admin may give in the invite and edit forms. The member organisation contact holds no
 * permission beyond its own account yet, so it is not offered until it can do something.
 */
export const ASSIGNABLE_ROLES: readonly Role[] = ["editor", "organiser", "translator", "participant", "admin"];

export function isAssignableRole(role: Role): boolean {
  return ASSIGNABLE_ROLES.includes(role);
}

export const PERMISSIONS = {
  /** See the admin area at all. */
  "admin.enter": ["admin", "editor", "organiser", "translator"],
  "users.manage": ["admin"],
  "outbox.read": ["admin"],
  "audit.read": ["admin"],
  "jobs.read": ["admin"],
  /** Create pages, change their address, publish and unpublish them, edit every language. */
  "pages.manage": ["admin", "editor"],
  /** Edit the text of a translation; translators only in their own languages. */
  "pages.translate": ["admin", "editor", "translator"],
  /** Create events. Organisers then manage the events they own; admins manage every event. */
  "events.create": ["admin", "organiser"],
  /** Reach the event admin: settings, agenda, occurrences, questions and registrations of events one may manage. */
  "events.manage": ["admin", "organiser"],
  /** Translate the texts of events; translators only in their own languages, organisers only their own events. */
  "events.translate": ["admin", "organiser", "translator"],
  /** Organisations, speaker profiles, programmes, series and topics that events and posts refer to. */
  "catalogue.manage": ["admin", "editor", "organiser"],
  /** Translate the texts of the catalogue (names, descriptions, positions, bios); translators only in their own languages. */
  "catalogue.translate": ["admin", "editor", "organiser", "translator"],
  /** Create posts, edit every language, schedule, publish and unpublish, restore revisions. */
  "posts.manage": ["admin", "editor"],
  /** Edit the text of a post's translation; translators only in their own languages. */
  "posts.translate": ["admin", "editor", "translator"],
  /** The comment queue: approve, reject, block; moderators get an email for each new comment. */
  "comments.moderate": ["admin", "editor"],
  /** Create resources, upload their files, publish, keep the dissemination log, see download counts. */
  "library.manage": ["admin", "editor"],
  /** Edit the text of a resource's translation; translators only in their own languages. */
  "library.translate": ["admin", "editor", "translator"],
  "account.use": ["admin", "editor", "organiser", "translator", "member-contact", "participant"],
} as const satisfies Record<string, readonly Role[]>;
export type Permission = keyof typeof PERMISSIONS;

export type Actor = { id: string; role: Role; locales: readonly Locale[] };

/** Permissions that are limited to the locales a translator holds. */
const LOCALE_SCOPED: ReadonlySet<Permission> = new Set([
  "pages.translate",
  "events.translate",
  "posts.translate",
  "library.translate",
  "catalogue.translate",
]);

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

/** Staff sign in with a second factor, always. */
export function requiresTwoFactor(role: Role): boolean {
  return STAFF_ROLES.includes(role);
}

/**
 * True when the actor holds the permission; with a locale, also when a translator holds that language.
 * Anonymous visitors (null) hold none.
 */
export function can(actor: Actor | null, permission: Permission, scope: { locale?: string } = {}): boolean {
  if (!actor) return false;
  const roles: readonly Role[] = PERMISSIONS[permission];
  if (!roles.includes(actor.role)) return false;
  if (actor.role === "translator" && LOCALE_SCOPED.has(permission) && scope.locale !== undefined) {
    return actor.locales.includes(scope.locale as Locale);
  }
  return true;
}

/** Object-level check for one event: admins manage every event, organisers the events they own. */
export function canManageEvent(actor: Actor | null, event: { ownerId: string | null }): boolean {
  if (!actor || !can(actor, "events.manage")) return false;
  return actor.role === "admin" || event.ownerId === actor.id;
}

/** May this actor edit the texts of this event in this language? */
export function canTranslateEvent(actor: Actor | null, event: { ownerId: string | null }, locale: Locale): boolean {
  if (!can(actor, "events.translate", { locale })) return false;
  return actor?.role === "translator" || canManageEvent(actor, event);
}

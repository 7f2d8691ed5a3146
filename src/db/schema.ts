import type { Generated, Insertable, Selectable, Updateable } from "kysely";

/**
 * Every table, as Kysely sees it. Both engines store the same types:
 * times as ISO-8601 UTC text (they sort as text), flags as 0/1 integers, JSON as text.
 */
export type Database = {
  settings: SettingsTable;
  users: UsersTable;
  sessions: SessionsTable;
  invitations: InvitationsTable;
  password_resets: PasswordResetsTable;
  api_tokens: ApiTokensTable;
  audit_log: AuditLogTable;
  rate_limits: RateLimitsTable;
  jobs: JobsTable;
  pages: PagesTable;
  page_translations: PageTranslationsTable;
};

export type SettingsTable = { key: string; value: string };

export type UsersTable = {
  id: string;
  email: string;
  name: string;
  role: string;
  /** JSON array of locales this person translates, for the translator role. */
  locales: string;
  password_hash: string;
  totp_secret: string | null;
  totp_last_step: number | null;
  ui_locale: string | null;
  created_at: string;
  disabled_at: string | null;
};
export type UserRow = Selectable<UsersTable>;

export type SessionsTable = {
  /** sha256 of the token held in the cookie; the token itself is never stored. */
  id: string;
  user_id: string;
  is_two_factor_done: number;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
};
export type SessionRow = Selectable<SessionsTable>;

export type InvitationsTable = {
  id: string;
  token_hash: string;
  email: string;
  role: string;
  locales: string;
  ui_locale: string;
  invited_by: string;
  created_at: string;
  expires_at: string;
  accepted_at: string | null;
};

export type PasswordResetsTable = {
  token_hash: string;
  user_id: string;
  created_at: string;
  expires_at: string;
  used_at: string | null;
};

export type ApiTokensTable = {
  id: string;
  token_hash: string;
  user_id: string;
  created_at: string;
  last_used_at: string | null;
};

export type AuditLogTable = {
  id: string;
  at: string;
  actor_id: string | null;
  action: string;
  subject_type: string;
  subject_id: string | null;
  /** Non-personal detail, e.g. the locale of a translation. */
  detail: string | null;
};

export type RateLimitsTable = {
  key: string;
  window_start: number;
  hits: number;
};

export type JobsTable = {
  id: string;
  name: string;
  payload: string;
  status: "queued" | "running" | "failed";
  unique_key: string | null;
  run_at: string;
  attempts: number;
  max_attempts: number;
  locked_by: string | null;
  locked_until: string | null;
  last_error: string | null;
  created_at: string;
};
export type JobRow = Selectable<JobsTable>;

export type PagesTable = {
  id: string;
  slug: string;
  source_locale: string;
  is_published: number;
  created_at: string;
  updated_at: string;
};
export type PageRow = Selectable<PagesTable>;

export type PageTranslationsTable = {
  page_id: string;
  locale: string;
  title: string;
  summary: string;
  body: string;
  body_html: string;
  status: "draft" | "published" | "outdated";
  /** Hash of the source fields this translation was made from; for the source itself, of its own fields. */
  source_hash: string;
  /** JSON of the source fields this translation was made from, to show a translator what changed. */
  source_fields: string;
  updated_at: string;
  updated_by: string | null;
};
export type PageTranslationRow = Selectable<PageTranslationsTable>;

export type NewRow<T> = Insertable<T>;
export type RowUpdate<T> = Updateable<T>;
export type { Generated };

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
  recovery_codes: RecoveryCodesTable;
  api_tokens: ApiTokensTable;
  audit_log: AuditLogTable;
  rate_limits: RateLimitsTable;
  jobs: JobsTable;
  pages: PagesTable;
  page_translations: PageTranslationsTable;
  organisations: OrganisationsTable;
  profiles: ProfilesTable;
  programmes: ProgrammesTable;
  topics: TopicsTable;
  series: SeriesTable;
  events: EventsTable;
  event_translations: EventTranslationsTable;
  event_organisations: EventOrganisationsTable;
  event_topics: EventTopicsTable;
  event_sessions: EventSessionsTable;
  session_people: SessionPeopleTable;
  materials: MaterialsTable;
  material_files: MaterialFilesTable;
  occurrences: OccurrencesTable;
  registration_questions: RegistrationQuestionsTable;
  registrations: RegistrationsTable;
  registration_links: RegistrationLinksTable;
  uploads: UploadsTable;
  posts: PostsTable;
  post_translations: PostTranslationsTable;
  post_topics: PostTopicsTable;
  post_organisations: PostOrganisationsTable;
  post_events: PostEventsTable;
  post_resources: PostResourcesTable;
  revisions: RevisionsTable;
  resources: ResourcesTable;
  resource_translations: ResourceTranslationsTable;
  resource_files: ResourceFilesTable;
  resource_topics: ResourceTopicsTable;
  resource_downloads: ResourceDownloadsTable;
  disseminations: DisseminationsTable;
  comments: CommentsTable;
  comment_blocks: CommentBlocksTable;
  search_documents: SearchDocumentsTable;
  search_terms: SearchTermsTable;
  redirects: RedirectsTable;
  import_keys: ImportKeysTable;
  field_translations: FieldTranslationsTable;
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
  /** 1 while the account still has a password someone else chose (the first admin's, printed at start). */
  must_change_password: Generated<number>;
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

/** One-time codes for a lost authenticator: the sha256 of each code, used once. */
export type RecoveryCodesTable = {
  code_hash: string;
  user_id: string;
  created_at: string;
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

/** JSON object from locale to text, for names and labels; see `src/i18n/content.ts` `pickText`. */
type LocalizedJson = string;

/**
 * The translation state of one short text (a LocalizedJson field) in one language: its status, the
 * text of a draft, and the source text it was made from. The published text itself stays in the
 * LocalizedJson value, where readers find it. See docs/decisions/0015-translatable-fields.md.
 */
export type FieldTranslationsTable = {
  /** session, question, organisation, profile, programme, series, topic */
  subject_type: string;
  subject_id: string;
  /** The column (title, label, name…), or `option.<value>` for a choice of a question. */
  field: string;
  locale: string;
  /** The translator's text: a draft, or what was published. */
  text: string;
  status: "draft" | "published";
  source_locale: string;
  source_text: string;
  source_hash: string;
  updated_at: string;
  updated_by: string | null;
};
export type FieldTranslationRow = Selectable<FieldTranslationsTable>;

export type OrganisationsTable = {
  id: string;
  slug: string;
  name: LocalizedJson;
  short_name: string;
  /** ngo, community, un-agency, government, donor, academic, network, other */
  kind: string;
  country: string | null;
  website: string | null;
  description: LocalizedJson;
  created_at: string;
};
export type OrganisationRow = Selectable<OrganisationsTable>;

/** A reusable public profile of a speaker or facilitator; not an account. */
export type ProfilesTable = {
  id: string;
  slug: string;
  name: string;
  organisation_id: string | null;
  position: LocalizedJson;
  bio: LocalizedJson;
  created_at: string;
};
export type ProfileRow = Selectable<ProfilesTable>;

export type ProgrammesTable = { id: string; slug: string; title: LocalizedJson; description: LocalizedJson; created_at: string };
export type ProgrammeRow = Selectable<ProgrammesTable>;

export type TopicsTable = { id: string; slug: string; name: LocalizedJson; created_at: string };
export type TopicRow = Selectable<TopicsTable>;

export type SeriesTable = {
  id: string;
  slug: string;
  programme_id: string | null;
  title: LocalizedJson;
  description: LocalizedJson;
  created_at: string;
};
export type SeriesRow = Selectable<SeriesTable>;

export type EventsTable = {
  id: string;
  slug: string;
  kind: string;
  source_locale: string;
  programme_id: string | null;
  series_id: string | null;
  /** The organiser account that manages it; admins manage every event. */
  owner_id: string | null;
  /** IANA zone, e.g. Europe/Sofia. */
  time_zone: string;
  is_online: number;
  venue: string;
  address: string;
  city: LocalizedJson;
  /** ISO 3166-1 alpha-2. */
  country: string | null;
  /** JSON array of locales or language codes. */
  working_languages: string;
  /** JSON array of "from>to" pairs, e.g. ["en>ru"]. */
  interpretation: string;
  requires_approval: number;
  allows_pseudonymous: number;
  is_published: number;
  starts_at: string | null;
  ends_at: string | null;
  created_at: string;
  updated_at: string;
};
export type EventRow = Selectable<EventsTable>;

export type EventTranslationsTable = {
  event_id: string;
  locale: string;
  title: string;
  summary: string;
  body: string;
  body_html: string;
  /** One objective per line. */
  objectives: string;
  status: "draft" | "published" | "outdated";
  source_hash: string;
  source_fields: string;
  updated_at: string;
  updated_by: string | null;
};
export type EventTranslationRow = Selectable<EventTranslationsTable>;

export type EventOrganisationsTable = {
  event_id: string;
  organisation_id: string;
  /** host, co-organiser, partner, funder */
  role: string;
  position: number;
};

export type EventTopicsTable = { event_id: string; topic_id: string };

export type EventSessionsTable = {
  id: string;
  event_id: string;
  /** presentation, panel, skills, site-visit, networking, qa, break, opening */
  kind: string;
  day: number;
  /** "HH:MM" in the event's zone. */
  starts: string;
  ends: string;
  title: LocalizedJson;
  description: LocalizedJson;
  room: string;
  position: number;
};
export type EventSessionRow = Selectable<EventSessionsTable>;

export type SessionPeopleTable = {
  session_id: string;
  profile_id: string;
  /** speaker, facilitator, moderator */
  role: string;
  position: number;
};

export type MaterialsTable = {
  id: string;
  event_id: string;
  session_id: string | null;
  title: LocalizedJson;
  /** public, or registrants: only confirmed registrants through their private link. */
  visibility: "public" | "registrants";
  position: number;
  created_at: string;
};
export type MaterialRow = Selectable<MaterialsTable>;

export type MaterialFilesTable = {
  id: string;
  material_id: string;
  locale: string;
  file_name: string;
  content_type: string;
  size: number;
  sha256: string;
  created_at: string;
};
export type MaterialFileRow = Selectable<MaterialFilesTable>;

export type OccurrencesTable = {
  id: string;
  event_id: string;
  starts_at: string;
  ends_at: string;
  capacity: number | null;
  confirmed_count: number;
  registration_opens_at: string | null;
  registration_closes_at: string | null;
  /** JSON array of minutes before the start. */
  reminders: string;
  /** Shown only to confirmed registrants. */
  join_url: string;
  is_cancelled: number;
  created_at: string;
  updated_at: string;
};
export type OccurrenceRow = Selectable<OccurrencesTable>;

export type RegistrationQuestionsTable = {
  id: string;
  event_id: string;
  /** text, textarea, choice, multi, country, organisation, consent */
  kind: string;
  label: LocalizedJson;
  help: LocalizedJson;
  options: string;
  is_required: number;
  position: number;
};
export type RegistrationQuestionRow = Selectable<RegistrationQuestionsTable>;

export type RegistrationsTable = {
  id: string;
  occurrence_id: string;
  event_id: string;
  status: "confirmed" | "waitlisted" | "pending" | "declined" | "cancelled";
  name: string;
  email: string;
  locale: string;
  is_pseudonymous: number;
  /** JSON object from question id to a string or string array. */
  answers: string;
  token_hash: string;
  created_at: string;
  updated_at: string;
  cancelled_at: string | null;
};
export type RegistrationRow = Selectable<RegistrationsTable>;

/** Further private links to a registration, mailed when someone registers its address again; the first link stays in `registrations.token_hash`. */
export type RegistrationLinksTable = {
  token_hash: string;
  registration_id: string;
  created_at: string;
};

/** A file that is not an event's material: a cover image, an imported attachment. Stored at data/files/uploads/<id>. */
export type UploadsTable = {
  id: string;
  file_name: string;
  content_type: string;
  size: number;
  sha256: string;
  created_at: string;
  created_by: string | null;
};
export type UploadRow = Selectable<UploadsTable>;

export type PostsTable = {
  id: string;
  slug: string;
  /** news, blog, statement */
  kind: string;
  source_locale: string;
  author_profile_id: string | null;
  programme_id: string | null;
  cover_upload_id: string | null;
  created_by: string | null;
  /** When the first language went public; the order of news lists. */
  published_at: string | null;
  created_at: string;
  updated_at: string;
};
export type PostRow = Selectable<PostsTable>;

export type PostTranslationsTable = {
  post_id: string;
  locale: string;
  title: string;
  summary: string;
  body: string;
  body_html: string;
  cover_alt: string;
  status: "draft" | "published" | "outdated";
  source_hash: string;
  source_fields: string;
  /** When this language is to go public; a job publishes it then. */
  publish_at: string | null;
  /** When this language went public; null while it is a draft or scheduled. */
  published_at: string | null;
  updated_at: string;
  updated_by: string | null;
};
export type PostTranslationRow = Selectable<PostTranslationsTable>;

export type PostTopicsTable = { post_id: string; topic_id: string };
export type PostOrganisationsTable = { post_id: string; organisation_id: string };
export type PostEventsTable = { post_id: string; event_id: string };
export type PostResourcesTable = { post_id: string; resource_id: string };

/** An earlier text of a thing in one language. */
export type RevisionsTable = {
  id: string;
  /** post, resource, page, event */
  subject_type: string;
  subject_id: string;
  locale: string;
  /** JSON of the translatable fields as they were. */
  fields: string;
  created_at: string;
  created_by: string | null;
};
export type RevisionRow = Selectable<RevisionsTable>;

export type ResourcesTable = {
  id: string;
  slug: string;
  /** guide, report, info-sheet, training-module, qa-document, poster */
  kind: string;
  source_locale: string;
  programme_id: string | null;
  /** The organisation that published it. */
  organisation_id: string | null;
  is_published: number;
  published_at: string | null;
  created_by: string | null;
  created_at: string;
  updated_at: string;
};
export type ResourceRow = Selectable<ResourcesTable>;

export type ResourceTranslationsTable = {
  resource_id: string;
  locale: string;
  title: string;
  summary: string;
  body: string;
  body_html: string;
  status: "draft" | "published" | "outdated";
  source_hash: string;
  source_fields: string;
  updated_at: string;
  updated_by: string | null;
};
export type ResourceTranslationRow = Selectable<ResourceTranslationsTable>;

/** One file per resource and language, stored at data/files/resources/<id>. */
export type ResourceFilesTable = {
  id: string;
  resource_id: string;
  locale: string;
  file_name: string;
  content_type: string;
  size: number;
  sha256: string;
  created_at: string;
};
export type ResourceFileRow = Selectable<ResourceFilesTable>;

export type ResourceTopicsTable = { resource_id: string; topic_id: string };

/** Downloads per resource, language and day ("YYYY-MM-DD", UTC); nothing about who. */
export type ResourceDownloadsTable = { resource_id: string; locale: string; day: string; count: number };

/** Printed copies handed to a partner for its places. */
export type DisseminationsTable = {
  id: string;
  resource_id: string;
  organisation_id: string | null;
  /** The partner's name when it is not in the catalogue. */
  partner: string;
  /** Language of the copies, when one. */
  locale: string | null;
  copies: number;
  /** Where they went, e.g. "border police stations, asylum offices". */
  places: string;
  /** "YYYY-MM-DD" */
  distributed_on: string;
  note: string;
  created_by: string | null;
  created_at: string;
};
export type DisseminationRow = Selectable<DisseminationsTable>;

export type CommentsTable = {
  id: string;
  subject_type: "post" | "event";
  subject_id: string;
  /** The language version it was written on. */
  locale: string;
  author_name: string;
  author_email: string | null;
  body: string;
  status: "pending" | "approved" | "rejected" | "spam";
  /** Keyed hash of the sender's address, for rate limits and blocks; blanked on schedule. */
  address_hash: string | null;
  created_at: string;
  moderated_at: string | null;
  moderated_by: string | null;
};
export type CommentRow = Selectable<CommentsTable>;

export type CommentBlocksTable = {
  id: string;
  kind: "address" | "email";
  value_hash: string;
  reason: string;
  created_by: string | null;
  created_at: string;
};

/** One row per thing and language that search can find; id is "type:subjectId:locale". */
export type SearchDocumentsTable = {
  id: string;
  type: "post" | "page" | "event" | "resource" | "person";
  subject_id: string;
  locale: string;
  title: string;
  /** Plain text the highlighted excerpt is cut from. */
  body: string;
  /** Path without the locale segment, e.g. /news/some-slug. */
  path: string;
  /** " id1 id2 ": space-separated topic ids with a space at both ends. */
  topic_ids: string;
  published_at: string | null;
  updated_at: string;
};
export type SearchDocumentRow = Selectable<SearchDocumentsTable>;

/** The inverted index: a normalised, stemmed term, the document it occurs in and its weight there. */
export type SearchTermsTable = { term: string; document_id: string; weight: number };

export type RedirectsTable = { from_path: string; to_path: string; source: string; created_at: string };

export type ImportKeysTable = {
  /** e.g. "wordpress:https://dpnsee.org" */
  source: string;
  /** e.g. "post:123", "term:category:45", "author:jdoe" */
  external_id: string;
  subject_type: string;
  subject_id: string;
  /** Hash of what the import wrote from this item; unchanged on a re-run means nothing to rewrite. */
  content_hash: string | null;
  created_at: string;
};

export type NewRow<T> = Insertable<T>;
export type RowUpdate<T> = Updateable<T>;
export type { Generated };

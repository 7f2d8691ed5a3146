import type { Child } from "hono/jsx";
import { type LocalizedText, pickText } from "../../i18n/content.ts";
import { countryName, fileSize } from "../../i18n/formats.ts";
import { LOCALE_INFO, type Locale } from "../../i18n/locales.ts";
import { formatDateTime, type MessageKey } from "../../i18n/messages.ts";
import { Csrf, ErrorSummary, Field, TextArea, TextInput } from "../../ui/forms.tsx";
import type { View } from "../../web/context.ts";
import type { FieldErrors } from "../../web/forms.ts";
import { EventPage as EventFrame, type Tab as EventTab } from "../admin/views.tsx";
import { MATERIAL_VISIBILITIES, type Material } from "../materials/materials.ts";
import type { AgendaSession, Event, Occurrence, Question, Registration, RegistrationStatus } from "../model.ts";
import { formatOccurrenceTime } from "./registrations.ts";

/** What every page of an event's registrations and materials knows about the event. */
export type EventHeader = { event: Event; title: string; chain: readonly Locale[] };

export type RegistrationCounts = Map<string, Record<RegistrationStatus, number>>;

export type FilterValues = { occurrenceId?: string; status?: RegistrationStatus; q?: string };

/** The statuses an organiser can still act on; declined and cancelled registrations are history. */
const ACTIVE: readonly RegistrationStatus[] = ["confirmed", "waitlisted", "pending"];

export const STATUS_KEYS: Record<RegistrationStatus, MessageKey> = {
  confirmed: "events.status.confirmed",
  waitlisted: "events.status.waitlisted",
  pending: "events.status.pending",
  declined: "events.status.declined",
  cancelled: "events.status.cancelled",
};

type Tab = "registrations" | "message" | "materials";

/**
 * The frame of the event admin (its title as the heading, the tabs), shared with the event's
 * other pages. Messages are part of registrations in the tab bar.
 */
function EventPage({ v, header, tab, title, children }: { v: View; header: EventHeader; tab: Tab; title: string; children: Child }) {
  const current = (tab === "message" ? "registrations" : tab) as unknown as EventTab;
  return (
    <EventFrame v={v} head={header} section={title} current={current} canManage>
      {children}
    </EventFrame>
  );
}

/** Errors of an action that has no form field of its own to sit next to. */
function ActionErrors({ v, errors }: { v: View; errors: FieldErrors | undefined }) {
  const messages = [...new Set(Object.values(errors ?? {}))];
  if (messages.length === 0) return null;
  return (
    <div class="error-summary" role="alert">
      <h2>{v.t("form.errorsTitle", { count: messages.length })}</h2>
      <ul>
        {messages.map((key) => (
          <li>{v.t(key)}</li>
        ))}
      </ul>
    </div>
  );
}

export function occurrenceLabel(v: View, event: Event, occurrence: Occurrence): string {
  const when = formatDateTime(v.locale, occurrence.startsAt, "datetime", event.timeZone);
  return occurrence.isCancelled ? v.t("regAdmin.occurrenceCancelled", { when }) : when;
}

/** An answer as the organiser reads it: choices by their label, countries by their name. */
export function answerText(v: View, question: Question, value: string | string[] | undefined, chain: readonly Locale[]): string {
  if (value === undefined) return "";
  const values = Array.isArray(value) ? value : [value];
  if (question.kind === "choice" || question.kind === "multi") {
    return values.map((x) => pickText(question.options.find((o) => o.value === x)?.label ?? {}, chain) || x).join("; ");
  }
  if (question.kind === "consent") return values.length > 0 ? v.t("regAdmin.yes") : "";
  if (question.kind === "country") return values.map((code) => countryName(v.locale, code)).join("; ");
  return values.join("; ");
}

function filterQuery(filter: FilterValues): string {
  const params = new URLSearchParams();
  if (filter.occurrenceId) params.set("occurrence", filter.occurrenceId);
  if (filter.status) params.set("status", filter.status);
  if (filter.q) params.set("q", filter.q);
  return params.toString();
}

export function RegistrationsView({
  v,
  header,
  occurrences,
  counts,
  questions,
  registrations,
  total,
  filter,
  errors,
}: {
  v: View;
  header: EventHeader;
  occurrences: Occurrence[];
  counts: RegistrationCounts;
  questions: Question[];
  registrations: Registration[];
  total: number;
  filter: FilterValues;
  errors?: FieldErrors | undefined;
}) {
  const { event, chain } = header;
  const base = `/admin/events/${event.id}/registrations`;
  const query = filterQuery(filter);
  const byId = new Map(occurrences.map((o) => [o.id, o]));
  const open = occurrences.filter((o) => !o.isCancelled);
  return (
    <EventPage v={v} header={header} tab="registrations" title={v.t("regAdmin.tabs.registrations")}>
      <ActionErrors v={v} errors={errors} />
      <section aria-labelledby="counts-title">
        <h2 id="counts-title">{v.t("regAdmin.counts.title")}</h2>
        {occurrences.length === 0 ? (
          <p>{v.t("regAdmin.noOccurrences")}</p>
        ) : (
          <div class="table-scroll">
            <table class="counts">
              <thead>
                <tr>
                  <th scope="col">{v.t("regAdmin.col.occurrence")}</th>
                  <th scope="col">{v.t("regAdmin.counts.confirmed")}</th>
                  <th scope="col">{v.t("regAdmin.counts.waitlisted")}</th>
                  <th scope="col">{v.t("regAdmin.counts.pending")}</th>
                  <th scope="col">{v.t("regAdmin.col.actions")}</th>
                </tr>
              </thead>
              <tbody>
                {occurrences.map((o) => {
                  const c = counts.get(o.id);
                  const confirmed = c?.confirmed ?? 0;
                  return (
                    <tr>
                      <th scope="row">
                        {formatOccurrenceTime(v.locale, o, event.timeZone)}
                        {o.isCancelled ? (
                          <>
                            {" "}
                            <span class="badge status-cancelled">{v.t("regAdmin.cancelledSession")}</span>
                          </>
                        ) : null}
                      </th>
                      <td>
                        {o.capacity === null
                          ? v.t("regAdmin.counts.unlimited", { confirmed })
                          : v.t("regAdmin.counts.ofCapacity", { confirmed, capacity: o.capacity })}
                      </td>
                      <td>{c?.waitlisted ?? 0}</td>
                      <td>{c?.pending ?? 0}</td>
                      <td>
                        <a href={`${base}?occurrence=${o.id}`}>{v.t("regAdmin.counts.show")}</a>
                        {" · "}
                        <a href={`${base}/message?occurrence=${o.id}`}>{v.t("regAdmin.counts.message")}</a>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section aria-labelledby="filter-title">
        <h2 id="filter-title">{v.t("regAdmin.filter.title")}</h2>
        <form method="get" action={base} class="filters">
          <div class="field">
            <label for="filter-occurrence">{v.t("regAdmin.col.occurrence")}</label>
            <select id="filter-occurrence" name="occurrence">
              <option value="">{v.t("regAdmin.filter.allOccurrences")}</option>
              {occurrences.map((o) => (
                <option value={o.id} selected={filter.occurrenceId === o.id}>
                  {occurrenceLabel(v, event, o)}
                </option>
              ))}
            </select>
          </div>
          <div class="field">
            <label for="filter-status">{v.t("regAdmin.col.status")}</label>
            <select id="filter-status" name="status">
              <option value="">{v.t("regAdmin.filter.allStatuses")}</option>
              {Object.entries(STATUS_KEYS).map(([status, key]) => (
                <option value={status} selected={filter.status === status}>
                  {v.t(key)}
                </option>
              ))}
            </select>
          </div>
          <div class="field">
            <label for="filter-q">{v.t("regAdmin.filter.q")}</label>
            <input id="filter-q" name="q" type="search" value={filter.q ?? ""} maxlength={200} />
          </div>
          <div class="filter-actions">
            <button type="submit">{v.t("regAdmin.filter.submit")}</button> <a href={base}>{v.t("regAdmin.filter.clear")}</a>
          </div>
        </form>
        <p>
          <a href={`/admin/events/${event.id}/registrations.csv${query ? `?${query}` : ""}`} download>
            {v.t("regAdmin.csvLink")}
          </a>
        </p>
      </section>

      <section aria-labelledby="list-title">
        <h2 id="list-title">{v.t("regAdmin.list.count", { count: total })}</h2>
        {total > registrations.length ? <p>{v.t("regAdmin.list.truncated", { shown: registrations.length, count: total })}</p> : null}
        {registrations.length === 0 ? (
          <p>{v.t("regAdmin.list.none")}</p>
        ) : (
          <div class="table-scroll">
            <table class="registrations">
              <caption class="visually-hidden">{v.t("regAdmin.list.count", { count: total })}</caption>
              <thead>
                <tr>
                  <th scope="col">{v.t("regAdmin.col.name")}</th>
                  <th scope="col">{v.t("regAdmin.col.email")}</th>
                  <th scope="col">{v.t("regAdmin.col.status")}</th>
                  <th scope="col">{v.t("regAdmin.col.occurrence")}</th>
                  <th scope="col">{v.t("regAdmin.col.language")}</th>
                  <th scope="col">{v.t("regAdmin.col.registeredAt")}</th>
                  <th scope="col">{v.t("regAdmin.col.actions")}</th>
                  {questions.map((q) => (
                    <th scope="col">{pickText(q.label, chain)}</th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {registrations.map((r) => {
                  const occurrence = byId.get(r.occurrenceId);
                  const targets = open.filter((o) => o.id !== r.occurrenceId);
                  const action = `${base}/${r.id}`;
                  return (
                    <tr id={`r-${r.id}`}>
                      <th scope="row">
                        {r.name || "—"}
                        {r.isPseudonymous ? (
                          <>
                            {" "}
                            <span class="badge pseudonym">{v.t("regAdmin.pseudonym")}</span>
                          </>
                        ) : null}
                      </th>
                      <td class="email">{r.email}</td>
                      <td>
                        <span class={`badge reg-${r.status}`}>{v.t(STATUS_KEYS[r.status])}</span>
                      </td>
                      <td class="when">{occurrence ? occurrenceLabel(v, event, occurrence) : ""}</td>
                      <td lang={r.locale}>{LOCALE_INFO[r.locale].name}</td>
                      <td class="when">{formatDateTime(v.locale, r.createdAt, "datetime", event.timeZone)}</td>
                      <td class="row-actions">
                        {r.status === "pending" ? (
                          <>
                            <form method="post" action={`${action}/approve`}>
                              <Csrf v={v} />
                              <input type="hidden" name="back" value={query} />
                              <button type="submit" class="small">
                                {v.t("regAdmin.approve")}
                              </button>
                            </form>
                            <form method="post" action={`${action}/decline`}>
                              <Csrf v={v} />
                              <input type="hidden" name="back" value={query} />
                              <button type="submit" class="small secondary">
                                {v.t("regAdmin.decline")}
                              </button>
                            </form>
                          </>
                        ) : null}
                        {ACTIVE.includes(r.status) ? (
                          <form method="post" action={`${action}/cancel`}>
                            <Csrf v={v} />
                            <input type="hidden" name="back" value={query} />
                            <button type="submit" class="small secondary">
                              {v.t("regAdmin.cancel")}
                            </button>
                          </form>
                        ) : null}
                        {ACTIVE.includes(r.status) && targets.length > 0 ? (
                          <form method="post" action={`${action}/move`} class="move">
                            <Csrf v={v} />
                            <input type="hidden" name="back" value={query} />
                            <label for={`move-${r.id}`} class="visually-hidden">
                              {v.t("regAdmin.moveTo", { name: r.name })}
                            </label>
                            <select id={`move-${r.id}`} name="occurrenceId">
                              {targets.map((o) => (
                                <option value={o.id}>{occurrenceLabel(v, event, o)}</option>
                              ))}
                            </select>
                            <button type="submit" class="small secondary">
                              {v.t("regAdmin.move")}
                            </button>
                          </form>
                        ) : null}
                      </td>
                      {questions.map((q) => (
                        <td>{answerText(v, q, r.answers[q.id], chain)}</td>
                      ))}
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </EventPage>
  );
}

/** A second step before something that cannot be taken back. */
export function ConfirmView({
  v,
  header,
  tab,
  title,
  lines,
  action,
  hidden,
  confirmLabel,
  backHref,
  backLabel,
}: {
  v: View;
  header: EventHeader;
  tab: Tab;
  title: string;
  lines: string[];
  action: string;
  hidden: Record<string, string>;
  confirmLabel: string;
  backHref: string;
  backLabel: string;
}) {
  return (
    <EventPage v={v} header={header} tab={tab} title={title}>
      {lines.map((line) => (
        <p>{line}</p>
      ))}
      <form method="post" action={action} class="confirm">
        <Csrf v={v} />
        <input type="hidden" name="confirm" value="yes" />
        {Object.entries(hidden).map(([name, value]) => (
          <input type="hidden" name={name} value={value} />
        ))}
        <button type="submit" class="danger">
          {confirmLabel}
        </button>{" "}
        <a href={backHref}>{backLabel}</a>
      </form>
    </EventPage>
  );
}

export type MessageValues = { occurrenceId: string; statuses: string[]; subject: string; body: string };

export function MessageView({
  v,
  header,
  occurrences,
  values,
  recipients,
  errors,
}: {
  v: View;
  header: EventHeader;
  occurrences: Occurrence[];
  values: MessageValues;
  recipients: number;
  errors?: FieldErrors | undefined;
}) {
  const { event } = header;
  const action = `/admin/events/${event.id}/registrations/message`;
  const statusBoxes = (idPrefix: string) =>
    ACTIVE.map((status) => (
      <label>
        <input type="checkbox" id={`${idPrefix}-${status}`} name="status" value={status} checked={values.statuses.includes(status)} />{" "}
        {v.t(STATUS_KEYS[status])}
      </label>
    ));
  return (
    <EventPage v={v} header={header} tab="message" title={v.t("regAdmin.tabs.message")}>
      {occurrences.length === 0 ? (
        <p>{v.t("regAdmin.noOccurrences")}</p>
      ) : (
        <>
          <p>{v.t("regAdmin.message.intro")}</p>
          <ErrorSummary v={v} errors={errors} />
          <section aria-labelledby="recipients-title">
            <h2 id="recipients-title">{v.t("regAdmin.message.recipients")}</h2>
            <form method="get" action={action} class="stack">
              <input type="hidden" name="step" value="count" />
              <div class="field">
                <label for="occurrence">{v.t("regAdmin.col.occurrence")}</label>
                <select id="occurrence" name="occurrence">
                  {occurrences.map((o) => (
                    <option value={o.id} selected={values.occurrenceId === o.id}>
                      {occurrenceLabel(v, event, o)}
                    </option>
                  ))}
                </select>
              </div>
              <fieldset id="statuses" class={errors?.statuses ? "has-error" : undefined}>
                <legend>{v.t("regAdmin.message.statuses")}</legend>
                {errors?.statuses ? <p class="error">{v.t(errors.statuses)}</p> : null}
                {statusBoxes("status")}
              </fieldset>
              <button type="submit" class="secondary">
                {v.t("regAdmin.message.countButton")}
              </button>
            </form>
            <p class="recipients" role="status">
              {v.t("regAdmin.message.willReceive", { count: recipients })}
            </p>
          </section>
          <section aria-labelledby="compose-title">
            <h2 id="compose-title">{v.t("regAdmin.message.compose")}</h2>
            <form method="post" action={action} class="stack">
              <Csrf v={v} />
              <input type="hidden" name="occurrenceId" value={values.occurrenceId} />
              {values.statuses.map((s) => (
                <input type="hidden" name="status" value={s} />
              ))}
              <TextInput v={v} name="subject" label={v.t("regAdmin.message.subject")} value={values.subject} errors={errors} required />
              <TextArea
                v={v}
                name="body"
                label={v.t("regAdmin.message.body")}
                hint={v.t("regAdmin.message.bodyHint")}
                value={values.body}
                errors={errors}
                rows={12}
                required
              />
              <button type="submit">{v.t("regAdmin.message.send", { count: recipients })}</button>
            </form>
          </section>
        </>
      )}
    </EventPage>
  );
}

// ---- Materials ----

export type UploadErrors = { materialId: string; locale: string; errors: FieldErrors };

function sessionLabel(v: View, session: AgendaSession, chain: readonly Locale[]): string {
  return v.t("regAdmin.materials.sessionOption", {
    day: session.day,
    starts: session.starts,
    ends: session.ends,
    title: pickText(session.title, chain),
  });
}

const VISIBILITY_KEYS: Record<(typeof MATERIAL_VISIBILITIES)[number], MessageKey> = {
  public: "regAdmin.materials.visibility.public",
  registrants: "regAdmin.materials.visibility.registrants",
};

export function MaterialsView({
  v,
  header,
  materials,
  sessions,
  values,
  errors,
  upload,
}: {
  v: View;
  header: EventHeader;
  materials: Material[];
  sessions: AgendaSession[];
  values: Record<string, string>;
  errors?: FieldErrors | undefined;
  upload?: UploadErrors | undefined;
}) {
  const { event, chain } = header;
  const base = `/admin/events/${event.id}/materials`;
  const source = event.sourceLocale;
  const others = v.locales.filter((l) => l !== source);
  const sessionsById = new Map(sessions.map((s) => [s.id, s]));
  const summaryErrors: FieldErrors = upload
    ? Object.fromEntries(Object.entries(upload.errors).map(([field, key]) => [`${field}-${upload.materialId}`, key]))
    : (errors ?? {});
  return (
    <EventPage v={v} header={header} tab="materials" title={v.t("regAdmin.tabs.materials")}>
      <ErrorSummary v={v} errors={summaryErrors} />
      <section aria-labelledby="materials-title">
        <h2 id="materials-title">{v.t("regAdmin.materials.list")}</h2>
        {materials.length === 0 ? <p>{v.t("regAdmin.materials.none")}</p> : null}
        {materials.map((m) => {
          const title = pickText(m.title, chain);
          const session = m.sessionId ? sessionsById.get(m.sessionId) : undefined;
          const own = upload?.materialId === m.id ? upload.errors : undefined;
          const fileId = `file-${m.id}`;
          const localeId = `locale-${m.id}`;
          return (
            <article class="material" aria-labelledby={`m-${m.id}`}>
              <h3 id={`m-${m.id}`}>{title}</h3>
              <p class="meta">
                {v.t(VISIBILITY_KEYS[m.visibility])}
                {session ? (
                  <>
                    <br />
                    {sessionLabel(v, session, chain)}
                  </>
                ) : null}
              </p>
              <div class="table-scroll">
                <table>
                  <caption class="visually-hidden">{v.t("regAdmin.materials.filesOf", { title })}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{v.t("regAdmin.col.language")}</th>
                      <th scope="col">{v.t("regAdmin.materials.file")}</th>
                      <th scope="col">{v.t("regAdmin.col.actions")}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {v.locales.map((l) => {
                      const file = m.files.find((f) => f.locale === l);
                      return (
                        <tr>
                          <th scope="row" lang={l}>
                            {LOCALE_INFO[l].name}
                            {m.title[l] ? (
                              <>
                                <br />
                                <small>{m.title[l]}</small>
                              </>
                            ) : null}
                          </th>
                          <td>
                            {file ? (
                              <>
                                <a href={`${base}/${m.id}/files/${file.id}`}>{file.fileName}</a>{" "}
                                <small>({fileSize(v.locale, file.size)})</small>
                              </>
                            ) : (
                              <span class="muted">{v.t("regAdmin.materials.noFile")}</span>
                            )}
                          </td>
                          <td>
                            {file ? (
                              <form method="post" action={`${base}/${m.id}/files/${file.id}/delete`}>
                                <Csrf v={v} />
                                <button type="submit" class="small secondary">
                                  {v.t("regAdmin.materials.deleteFile", { language: LOCALE_INFO[l].name })}
                                </button>
                              </form>
                            ) : null}
                          </td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              </div>
              <form
                method="post"
                action={`${base}/${m.id}/files?_csrf=${encodeURIComponent(v.csrf)}`}
                enctype="multipart/form-data"
                class="upload"
              >
                <Field
                  v={v}
                  name={localeId}
                  label={v.t("regAdmin.materials.fileLanguage")}
                  errors={own?.locale ? { [localeId]: own.locale } : undefined}
                >
                  <select id={localeId} name="locale">
                    {v.locales.map((l) => (
                      <option value={l} lang={l} selected={l === (own ? upload?.locale : source)}>
                        {LOCALE_INFO[l].name}
                      </option>
                    ))}
                  </select>
                </Field>
                <Field
                  v={v}
                  name={fileId}
                  label={v.t("regAdmin.materials.chooseFile")}
                  hint={v.t("regAdmin.materials.fileHint")}
                  errors={own?.file ? { [fileId]: own.file } : undefined}
                >
                  <input
                    type="file"
                    id={fileId}
                    name="file"
                    required
                    accept=".pdf,.docx,.odt,.png,.jpg,.jpeg,.webp,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/vnd.oasis.opendocument.text,image/png,image/jpeg,image/webp"
                    aria-invalid={own?.file ? "true" : undefined}
                    aria-describedby={own?.file ? `${fileId}-hint ${fileId}-error` : `${fileId}-hint`}
                  />
                </Field>
                <button type="submit">{v.t("regAdmin.materials.upload")}</button>
              </form>
              <form method="post" action={`${base}/${m.id}/delete`} class="inline">
                <Csrf v={v} />
                <button type="submit" class="secondary danger">
                  {v.t("regAdmin.materials.delete")}
                </button>
              </form>
            </article>
          );
        })}
      </section>

      <section aria-labelledby="add-title">
        <h2 id="add-title">{v.t("regAdmin.materials.add")}</h2>
        <form method="post" action={base} class="stack">
          <Csrf v={v} />
          <TextInput
            v={v}
            name={`title_${source}`}
            label={v.t("regAdmin.materials.titleIn", { language: LOCALE_INFO[source].name })}
            value={values[`title_${source}`]}
            errors={errors}
            lang={source}
            required
          />
          {others.length > 0 ? (
            <details class="other-languages" open={others.some((l) => values[`title_${l}`] || errors?.[`title_${l}`])}>
              <summary>{v.t("regAdmin.materials.otherLanguages")}</summary>
              <div class="stack">
                {others.map((l) => (
                  <TextInput
                    v={v}
                    name={`title_${l}`}
                    label={v.t("regAdmin.materials.titleIn", { language: LOCALE_INFO[l].name })}
                    value={values[`title_${l}`]}
                    errors={errors}
                    lang={l}
                  />
                ))}
              </div>
            </details>
          ) : null}
          <fieldset id="visibility" class={errors?.visibility ? "has-error" : undefined}>
            <legend>{v.t("regAdmin.materials.visibility")}</legend>
            {errors?.visibility ? <p class="error">{v.t(errors.visibility)}</p> : null}
            {MATERIAL_VISIBILITIES.map((vis) => (
              <label>
                <input type="radio" name="visibility" value={vis} checked={(values.visibility || "public") === vis} />{" "}
                {v.t(VISIBILITY_KEYS[vis])}
              </label>
            ))}
          </fieldset>
          <Field v={v} name="sessionId" label={v.t("regAdmin.materials.session")} errors={errors}>
            <select id="sessionId" name="sessionId">
              <option value="">{v.t("regAdmin.materials.wholeEvent")}</option>
              {sessions.map((s) => (
                <option value={s.id} selected={values.sessionId === s.id}>
                  {sessionLabel(v, s, chain)}
                </option>
              ))}
            </select>
          </Field>
          <button type="submit">{v.t("regAdmin.materials.create")}</button>
        </form>
      </section>
    </EventPage>
  );
}

export function localizedFrom(values: Record<string, string>, field: string, locales: readonly Locale[]): LocalizedText {
  const out: LocalizedText = {};
  for (const l of locales) {
    const value = values[`${field}_${l}`]?.trim();
    if (value) out[l] = value;
  }
  return out;
}

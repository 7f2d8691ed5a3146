import type { Child } from "hono/jsx";
import { pickText } from "../../i18n/content.ts";
import { countryName } from "../../i18n/formats.ts";
import { LOCALE_INFO, type Locale } from "../../i18n/locales.ts";
import { formatDateTime, type MessageKey } from "../../i18n/messages.ts";
import { Csrf } from "../../ui/forms.tsx";
import type { View } from "../../web/context.ts";
import type { FieldErrors } from "../../web/forms.ts";
import { EventPage as EventFrame, type Tab as EventTab } from "../admin/views.tsx";
import type { Event, Occurrence, Question, Registration, RegistrationStatus } from "../model.ts";
import { formatOccurrenceTime } from "./status-mails.ts";

/** What every page of an event's registrations and materials knows about the event. */
export type EventHeader = { event: Event; title: string; chain: readonly Locale[] };

export type RegistrationCounts = Map<string, Record<RegistrationStatus, number>>;

export type FilterValues = { occurrenceId?: string; status?: RegistrationStatus; q?: string };

/** The statuses an organiser can still act on; declined and cancelled registrations are history. */
export const ACTIVE: readonly RegistrationStatus[] = ["confirmed", "waitlisted", "pending"];

export const STATUS_KEYS: Record<RegistrationStatus, MessageKey> = {
  confirmed: "events.status.confirmed",
  waitlisted: "events.status.waitlisted",
  pending: "events.status.pending",
  declined: "events.status.declined",
  cancelled: "events.status.cancelled",
};

export type Tab = "registrations" | "message" | "materials";

/**
 * The frame of the event admin (its title as the heading, the tabs), shared with the event's
 * other pages. Messages are part of registrations in the tab bar.
 */
export function EventPage({ v, header, tab, title, children }: { v: View; header: EventHeader; tab: Tab; title: string; children: Child }) {
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

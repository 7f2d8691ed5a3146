import { CommentsSection, type CommentThread } from "../../comments/index.ts";

import { countryName, dateRange, jsonForScript, languageName, longDate, timeRange, zonedMoment } from "../../i18n/formats.ts";
import { localePath } from "../../i18n/locales.ts";
import type { MessageKey } from "../../i18n/messages.ts";
import { FallbackNotice } from "../../ui/fallback-notice.tsx";
import { langOf } from "../../ui/language.ts";
import { PageMeta, SiteLayout } from "../../ui/layout.tsx";
import { query } from "../../ui/pager.tsx";
import { PosterLink } from "../../ui/poster-link.tsx";
import type { View } from "../../web/context.ts";
import { type Occurrence, registrationWindow, seatsLeft } from "../model.ts";
import type { EventForReader, SessionForReader } from "../read-event.ts";
import { agendaTimes, eventJsonLd, occurrenceTime } from "./format.ts";
import { kindLabel, MaterialList, OccurrenceWhen, ZoneForm } from "./views.tsx";

/** The page of one event: facts, dates with registration, texts, agenda, materials, JSON-LD and Open Graph. */

const ORG_ROLE_KEYS: Record<string, MessageKey> = {
  host: "site.event.hosts",
  "co-organiser": "site.event.coOrganisers",
  partner: "site.event.partners",
  funder: "site.event.funders",
};

function OccurrenceItem({
  v,
  read,
  occurrence,
  now,
  tz,
  agendaAt,
}: {
  v: View;
  read: EventForReader;
  occurrence: Occurrence;
  now: Date;
  tz: string | undefined;
  agendaAt: string | undefined;
}) {
  const { event } = read;
  const window = registrationWindow(occurrence, now);
  const isOver = occurrence.endsAt <= now.toISOString();
  const left = seatsLeft(occurrence);
  const slug = event.slug;
  const isMany = read.occurrences.length > 1;
  const when = occurrenceTime(v.locale, occurrence, event.timeZone);
  const register =
    left === 0
      ? v.t("site.occurrence.joinWaitlist")
      : event.requiresApproval
        ? v.t("site.occurrence.request")
        : v.t("site.occurrence.register");
  return (
    <li class={occurrence.isCancelled ? "occurrence is-cancelled" : "occurrence"}>
      <OccurrenceWhen v={v} occurrence={occurrence} zone={event.timeZone} tz={tz} />
      {window === "open" || window === "not-yet" ? (
        <p class="seats">
          {left === null
            ? v.t("site.occurrence.noLimit")
            : left === 0
              ? v.t("site.occurrence.full")
              : v.t("site.occurrence.seatsLeft", { count: left })}
        </p>
      ) : null}
      {window === "open" && !occurrence.registrationClosesAt ? null : (
        <p class="window">
          {isOver && !occurrence.isCancelled
            ? v.t("site.occurrence.ended")
            : window === "not-yet" && occurrence.registrationOpensAt
              ? v.t("site.occurrence.opensAt", { date: zonedMoment(v.locale, occurrence.registrationOpensAt, event.timeZone) })
              : window === "open" && occurrence.registrationClosesAt
                ? v.t("site.occurrence.closesAt", { date: zonedMoment(v.locale, occurrence.registrationClosesAt, event.timeZone) })
                : v.t(`events.window.${window}` as MessageKey)}
        </p>
      )}
      <p class="actions">
        {window === "open" ? (
          <a class="button" href={localePath(v.locale, `/events/${slug}/register/${occurrence.id}`)}>
            {register}
            {isMany ? <span class="visually-hidden"> — {when}</span> : null}
          </a>
        ) : null}
        {!occurrence.isCancelled && !isOver ? (
          <a href={localePath(v.locale, `/events/${slug}/calendar/${occurrence.id}.ics`)} download={`${slug}.ics`}>
            {v.t("site.occurrence.calendar")}
            {isMany ? <span class="visually-hidden"> — {when}</span> : null}
          </a>
        ) : null}
        {isMany && read.sessions.length > 0 && agendaAt !== occurrence.id ? (
          <a href={`${query({ at: occurrence.id, tz })}#agenda`}>
            {v.t("site.occurrence.agenda")}
            <span class="visually-hidden"> — {when}</span>
          </a>
        ) : null}
      </p>
    </li>
  );
}

function SessionPeople({ v, people }: { v: View; people: SessionForReader["people"] }) {
  if (people.length === 0) return null;
  return (
    <ul class="people">
      {people.map((p) => (
        <li>
          <a href={localePath(v.locale, `/people/${p.slug}`)}>{p.name}</a>
          <span class="role"> · {v.t(`events.role.${p.role}` as MessageKey)}</span>
          {p.position || p.organisation ? (
            <span class="meta person-detail">
              {p.position}
              {p.position && p.organisation ? ", " : ""}
              {p.organisation ? <a href={localePath(v.locale, `/organisations/${p.organisation.slug}`)}>{p.organisation.name}</a> : null}
            </span>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

function Agenda({ v, read, at, tz }: { v: View; read: EventForReader; at: Occurrence | undefined; tz: string | undefined }) {
  const { event } = read;
  const first = read.occurrences[0];
  if (read.sessions.length === 0 || !at || !first) return null;
  const zone = event.timeZone;
  const days = new Map<number, SessionForReader[]>();
  for (const s of read.sessions) days.set(s.day, [...(days.get(s.day) ?? []), s]);
  return (
    <section id="agenda" class="agenda-section" aria-labelledby="agenda-title">
      <h2 id="agenda-title">{v.t("site.event.agenda")}</h2>
      {read.occurrences.length > 1 ? <p class="meta">{v.t("site.event.agendaFor", { time: occurrenceTime(v.locale, at, zone) })}</p> : null}
      {[...days].map(([day, sessions]) => {
        const times = sessions.map((s) => ({ session: s, ...agendaTimes(s, at.startsAt, first.startsAt, zone) }));
        const dayStart = times[0]?.startsAt ?? at.startsAt;
        return (
          <section class="day" aria-labelledby={`day-${day}`}>
            <h3 id={`day-${day}`}>{v.t("site.event.day", { day, date: longDate(v.locale, dayStart, zone) })}</h3>
            <ol class="agenda">
              {times.map(({ session: s, startsAt, endsAt }) => (
                <li class={`session session-${s.kind}`}>
                  <p class="session-time">
                    <time datetime={startsAt} data-ends={endsAt} data-zones={[zone, tz].join(" ")} data-local="%s" data-style="time">
                      {timeRange(v.locale, startsAt, endsAt, zone)}
                    </time>
                    {tz && tz !== zone ? (
                      <span class="reader-time">
                        {timeRange(v.locale, startsAt, endsAt, tz)} ({tz})
                      </span>
                    ) : null}
                  </p>
                  <div class="session-body">
                    <p class="session-kind">
                      {v.t(`events.session.${s.kind}` as MessageKey)}
                      {s.room ? ` · ${s.room}` : ""}
                    </p>
                    <h4>{s.titleText || v.t(`events.session.${s.kind}` as MessageKey)}</h4>
                    {s.descriptionText ? <p class="session-text">{s.descriptionText}</p> : null}
                    <SessionPeople v={v} people={s.people} />
                  </div>
                </li>
              ))}
            </ol>
          </section>
        );
      })}
    </section>
  );
}

export function EventView({
  v,
  read,
  now,
  tz,
  agendaAt,
  url,
  comments,
}: {
  v: View;
  read: EventForReader;
  now: Date;
  tz: string | undefined;
  agendaAt: string | undefined;
  url: string;
  comments?: CommentThread | undefined;
}) {
  const { event } = read;
  const lang = langOf(v, read.locale);
  const at = now.toISOString();
  const agendaOccurrence =
    read.occurrences.find((o) => o.id === agendaAt) ??
    read.occurrences.find((o) => !o.isCancelled && o.endsAt >= at) ??
    read.occurrences.find((o) => !o.isCancelled) ??
    read.occurrences[0];
  const roles = ["host", "co-organiser", "partner", "funder"].map((role) => ({
    role,
    list: read.organisations.filter((o) => o.role === role),
  }));
  const first = read.occurrences.find((o) => !o.isCancelled) ?? read.occurrences[0];
  const last = [...read.occurrences].reverse().find((o) => !o.isCancelled) ?? first;
  const publicMaterials = read.materials.filter((m) => m.visibility === "public");
  const place = event.isOnline
    ? v.t("events.online")
    : [event.venue, event.address, read.city, event.country ? countryName(v.locale, event.country) : ""].filter((p) => p).join(", ");
  const head = (
    <>
      <PageMeta v={v} title={read.title} description={read.summary} />
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonForScript(eventJsonLd(read, url, v.baseUrl, v.locale)) }} />
    </>
  );
  return (
    <SiteLayout v={v} title={read.title} description={read.summary} head={head}>
      <article class="event">
        <FallbackNotice v={v} shownIn={read.locale} isOutdated={read.isOutdated} isTransliterated={read.isTransliterated} />
        <p class="eyebrow">
          {kindLabel(v, event.kind)}
          {first && last ? <> · {dateRange(v.locale, first.startsAt, last.endsAt, event.timeZone)}</> : null}
        </p>
        <h1 lang={lang}>{read.title}</h1>
        {read.summary ? (
          <p class="lead" lang={lang}>
            {read.summary}
          </p>
        ) : null}
        <dl class="facts event-facts">
          <div>
            <dt>{v.t("site.event.where")}</dt>
            <dd>{place}</dd>
          </div>
          {event.workingLanguages.length > 0 ? (
            <div>
              <dt>{v.t("site.event.languages")}</dt>
              <dd>{event.workingLanguages.map((l) => languageName(v.locale, l)).join(", ")}</dd>
            </div>
          ) : null}
          {event.interpretation.length > 0 ? (
            <div>
              <dt>{v.t("site.event.interpretation")}</dt>
              <dd>
                {event.interpretation
                  .map((pair) =>
                    pair
                      .split(">")
                      .map((l) => languageName(v.locale, l.trim()))
                      .join(" → "),
                  )
                  .join("; ")}
              </dd>
            </div>
          ) : null}
          {roles
            .filter((r) => r.list.length > 0)
            .map((r) => (
              <div>
                <dt>{v.t(ORG_ROLE_KEYS[r.role] as MessageKey, { count: r.list.length })}</dt>
                <dd>
                  {r.list.map((o, i) => (
                    <>
                      {i > 0 ? ", " : ""}
                      <a href={localePath(v.locale, `/organisations/${o.slug}`)}>{o.name}</a>
                    </>
                  ))}
                </dd>
              </div>
            ))}
          {read.programme ? (
            <div>
              <dt>{v.t("site.event.programme")}</dt>
              <dd>
                <a href={localePath(v.locale, `/programmes/${read.programme.slug}`)}>{read.programme.title}</a>
              </dd>
            </div>
          ) : null}
          {read.series ? (
            <div>
              <dt>{v.t("site.event.series")}</dt>
              <dd>
                <a href={localePath(v.locale, `/series/${read.series.slug}`)}>{read.series.title}</a>
              </dd>
            </div>
          ) : null}
          {read.topics.length > 0 ? (
            <div>
              <dt>{v.t("site.event.topics")}</dt>
              <dd>
                {read.topics.map((topic, i) => (
                  <>
                    {i > 0 ? ", " : ""}
                    <a href={`${localePath(v.locale, "/events")}${query({ topic: topic.slug })}`}>{topic.name}</a>
                  </>
                ))}
              </dd>
            </div>
          ) : null}
        </dl>
        <PosterLink v={v} path={`/events/${event.slug}`} />

        <section id="dates" class="dates" aria-labelledby="dates-title">
          <h2 id="dates-title">{v.t("site.event.dates", { count: read.occurrences.length })}</h2>
          {read.occurrences.length === 0 ? <p>{v.t("site.event.noDates")}</p> : null}
          {event.requiresApproval ? <p class="meta">{v.t("site.event.approval")}</p> : null}
          <ol class="occurrences">
            {read.occurrences.map((o) => (
              <OccurrenceItem v={v} read={read} occurrence={o} now={now} tz={tz} agendaAt={agendaOccurrence?.id} />
            ))}
          </ol>
          {read.occurrences.length > 0 ? (
            <ZoneForm
              v={v}
              action={localePath(v.locale, `/events/${event.slug}`)}
              tz={tz}
              keep={agendaAt ? { at: agendaAt } : {}}
              eventZone={event.timeZone}
            />
          ) : null}
        </section>

        {read.bodyHtml ? <div class="prose" lang={lang} dangerouslySetInnerHTML={{ __html: read.bodyHtml }} /> : null}

        {read.objectives.length > 0 ? (
          <section aria-labelledby="objectives-title">
            <h2 id="objectives-title">{v.t("site.event.objectives")}</h2>
            <ol class="objectives" lang={lang}>
              {read.objectives.map((o) => (
                <li>{o}</li>
              ))}
            </ol>
          </section>
        ) : null}

        <Agenda v={v} read={read} at={agendaOccurrence} tz={tz} />

        {publicMaterials.length > 0 ? (
          <section aria-labelledby="materials-title">
            <h2 id="materials-title">{v.t("site.event.materials")}</h2>
            <MaterialList v={v} materials={publicMaterials} href={(id) => localePath(v.locale, `/events/${event.slug}/materials/${id}`)} />
          </section>
        ) : null}
        {comments ? <CommentsSection v={v} thread={comments} /> : null}
      </article>
    </SiteLayout>
  );
}

import type { Child } from "hono/jsx";
import type { LocalizedText } from "../../i18n/content.ts";
import { countryOptions } from "../../i18n/formats.ts";
import { LOCALE_INFO, type Locale, localePath } from "../../i18n/locales.ts";
import { formatDateTime, type MessageKey } from "../../i18n/messages.ts";
import { hasZoneName, zoneName } from "../../i18n/zones.ts";
import { Check, ChoiceGroup, type Option, SelectField } from "../../ui/fields.tsx";
import { Csrf, ErrorSummary, TextArea, TextInput } from "../../ui/forms.tsx";
import { AdminLayout } from "../../ui/layout.tsx";
import { Pager } from "../../ui/pager.tsx";
import { LanguageCells, LanguageHeaders, StatusBadge } from "../../ui/translation-editor.tsx";
import type { View } from "../../web/context.ts";
import { type FieldErrors, type FormBody, one } from "../../web/forms.ts";
import { EVENT_KINDS, type Event, ORGANISATION_ROLES, type Organisation, type Programme, type Series, type Topic } from "../model.ts";
import { organisationRows, timeZoneOptions } from "./forms.ts";
import type { EventOverview } from "./read.ts";

/** The organiser's admin: the list of events, a new event, its settings and the translation of its texts. */

// ---- Shared pieces ----

export function has(values: FormBody, key: string, item: string): boolean {
  const value = values[key];
  return Array.isArray(value) ? value.includes(item) : value === item;
}

/** A short translatable text in the reader's language, else in any language it has. */
export function pickFor(v: View, text: LocalizedText): string {
  for (const l of [v.locale, ...v.locales]) if (text[l]) return text[l] as string;
  return Object.values(text).find((t) => t) ?? "";
}

/** How many numbered rows (`org_0`, `org_1`, …) hold a value: one past the last filled one. */
export function filledRows(values: FormBody, prefix: string): number {
  let count = 0;
  for (const [key, value] of Object.entries(values)) {
    const match = new RegExp(`^${prefix}_(\\d+)$`).exec(key);
    if (match && (Array.isArray(value) ? value.some((x) => x !== "") : value !== "")) count = Math.max(count, Number(match[1]) + 1);
  }
  return count;
}

export type EventHead = { event: Event; title: string };

/** The tabs of an event; registrations and materials are pages of another area that show the same tabs. */
export type Tab = "settings" | "texts" | "agenda" | "occurrences" | "form" | "registrations" | "materials";

/** The tabs of one event; pages of other areas (registrations, materials) are linked, not built here. */
export function EventTabs({ v, event, current }: { v: View; event: Event; current: Tab | undefined }) {
  const base = `/admin/events/${event.id}`;
  const tabs: { key: Tab | "view"; href: string; label: MessageKey }[] = [
    { key: "settings", href: base, label: "eventsAdmin.tabs.settings" },
    { key: "texts", href: `${base}/text/${LOCALE_INFO[event.sourceLocale].segment}`, label: "eventsAdmin.tabs.texts" },
    { key: "agenda", href: `${base}/agenda`, label: "eventsAdmin.tabs.agenda" },
    { key: "occurrences", href: `${base}/occurrences`, label: "eventsAdmin.tabs.occurrences" },
    { key: "form", href: `${base}/form`, label: "eventsAdmin.tabs.form" },
    { key: "registrations", href: `${base}/registrations`, label: "eventsAdmin.tabs.registrations" },
    { key: "materials", href: `${base}/materials`, label: "eventsAdmin.tabs.materials" },
    { key: "view", href: localePath(v.locale, `/events/${event.slug}`), label: "eventsAdmin.tabs.view" },
  ];
  return (
    <nav class="event-tabs" aria-label={v.t("eventsAdmin.tabs.label")}>
      <ul>
        {tabs.map((tab) => (
          <li>
            <a href={tab.href} aria-current={tab.key === current ? "page" : undefined}>
              {v.t(tab.label)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/**
 * The frame of every page about one event: its title as the main heading, what the page is, and
 * the tabs for those who manage the event (a translator sees only the way back to the list).
 */
export function EventPage({
  v,
  head,
  section,
  current,
  canManage,
  children,
}: {
  v: View;
  head: EventHead;
  section: string;
  current: Tab | undefined;
  canManage: boolean;
  children: Child;
}) {
  const { event } = head;
  return (
    <AdminLayout v={v} title={`${section} · ${head.title}`}>
      <p class="event-overline">
        <a href="/admin/events">{v.t("eventsAdmin.list.title")}</a>
        {" › "}
        {v.t(`events.kind.${event.kind}`)}
        {" · "}
        {event.isPublished ? v.t("eventsAdmin.published") : v.t("eventsAdmin.unpublished")}
      </p>
      <h1>
        <span lang={event.sourceLocale}>{head.title}</span>
        <span class="visually-hidden">{" — "}</span>
        <small class="event-section">{section}</small>
      </h1>
      {canManage ? <EventTabs v={v} event={event} current={current} /> : null}
      {children}
    </AdminLayout>
  );
}

// ---- List ----

export function EventListView({
  v,
  events,
  page,
  hasMore,
  canCreate,
  canManage,
  editable,
}: {
  v: View;
  events: EventOverview[];
  page: number;
  hasMore: boolean;
  canCreate: boolean;
  canManage: (event: EventOverview) => boolean;
  editable: (event: EventOverview, locale: Locale) => boolean;
}) {
  return (
    <AdminLayout v={v} title={v.t("eventsAdmin.list.title")}>
      <h1>{v.t("eventsAdmin.list.title")}</h1>
      {canCreate ? (
        <p>
          <a class="button" href="/admin/events/new">
            {v.t("eventsAdmin.list.new")}
          </a>
        </p>
      ) : null}
      {events.length === 0 ? (
        <p>{v.t("eventsAdmin.list.none")}</p>
      ) : (
        <div class="table-scroll event-table">
          <table class="events-admin-list">
            <caption class="visually-hidden">{v.t("eventsAdmin.list.caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{v.t("eventsAdmin.col.event")}</th>
                <th scope="col">{v.t("eventsAdmin.col.kind")}</th>
                <th scope="col">{v.t("eventsAdmin.col.date")}</th>
                <th scope="col">{v.t("eventsAdmin.col.visibility")}</th>
                <LanguageHeaders v={v} />
                <th scope="col">{v.t("eventsAdmin.col.registrations")}</th>
              </tr>
            </thead>
            <tbody>
              {events.map((e) => (
                <tr>
                  <th scope="row">
                    {canManage(e) ? (
                      <a href={`/admin/events/${e.id}`} lang={e.sourceLocale}>
                        {e.title}
                      </a>
                    ) : (
                      <span lang={e.sourceLocale}>{e.title}</span>
                    )}
                    <br />
                    <small>/{e.slug}</small>
                  </th>
                  <td>{v.t(`events.kind.${e.kind}`)}</td>
                  <td>{e.startsAt ? formatDateTime(v.locale, e.startsAt, "date", e.timeZone) : v.t("eventsAdmin.list.noDates")}</td>
                  <td>{e.isPublished ? v.t("eventsAdmin.published") : v.t("eventsAdmin.unpublished")}</td>
                  <LanguageCells
                    v={v}
                    badge={(l) => <StatusBadge v={v} status={e.statuses[l] ?? "missing"} />}
                    href={(l) => `/admin/events/${e.id}/text/${LOCALE_INFO[l].segment}`}
                    editable={(l) => editable(e, l)}
                    editLabel={(language) => v.t("eventsAdmin.list.editIn", { title: e.title, language })}
                  />
                  <td>{v.t("eventsAdmin.list.counts", e.counts)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pager v={v} page={page} hasNext={hasMore} href={(n) => `/admin/events?page=${n}`} label={v.t("eventsAdmin.list.pages")} />
    </AdminLayout>
  );
}

// ---- New event ----

function kindOptions(v: View): Option[] {
  return EVENT_KINDS.map((k) => ({ value: k, label: v.t(`events.kind.${k}`) }));
}

/** Zones by their city in the organiser's language, the IANA name beside it for the ones a city does not settle. */
function zoneOptions(v: View, current: string): Option[] {
  return timeZoneOptions(current).map((z) => ({
    value: z,
    label: hasZoneName(z) ? zoneName(v.locale, z) : z.replaceAll("_", " "),
  }));
}

export function NewEventView({ v, values, errors }: { v: View; values: FormBody; errors?: FieldErrors | undefined }) {
  const sourceLocale = one(values, "sourceLocale") || v.locale;
  return (
    <AdminLayout v={v} title={v.t("eventsAdmin.new.title")}>
      <h1>{v.t("eventsAdmin.new.title")}</h1>
      <p>{v.t("eventsAdmin.new.intro")}</p>
      <ErrorSummary v={v} errors={errors} />
      <form method="post" action="/admin/events/new" class="stack">
        <Csrf v={v} />
        <TextInput v={v} name="title" label={v.t("eventsAdmin.field.title")} value={one(values, "title")} errors={errors} required />
        <TextInput
          v={v}
          name="slug"
          label={v.t("eventsAdmin.field.slug")}
          hint={v.t("eventsAdmin.field.slugHint")}
          value={one(values, "slug")}
          errors={errors}
          required
        />
        <SelectField
          v={v}
          name="kind"
          label={v.t("eventsAdmin.field.kind")}
          value={one(values, "kind") || "webinar"}
          options={kindOptions(v)}
          errors={errors}
        />
        <SelectField
          v={v}
          name="sourceLocale"
          label={v.t("eventsAdmin.field.sourceLocale")}
          hint={v.t("eventsAdmin.field.sourceLocaleHint")}
          value={sourceLocale}
          options={v.locales.map((l) => ({ value: l, label: LOCALE_INFO[l].name, lang: l }))}
          errors={errors}
        />
        <SelectField
          v={v}
          name="timeZone"
          label={v.t("eventsAdmin.field.timeZone")}
          hint={v.t("eventsAdmin.field.timeZoneHint")}
          value={one(values, "timeZone") || "UTC"}
          options={zoneOptions(v, one(values, "timeZone"))}
          errors={errors}
        />
        <TextArea
          v={v}
          name="summary"
          label={v.t("eventsAdmin.field.summary")}
          hint={v.t("eventsAdmin.field.summaryHint")}
          value={one(values, "summary")}
          errors={errors}
          rows={3}
        />
        <button type="submit">{v.t("eventsAdmin.new.submit")}</button>
      </form>
    </AdminLayout>
  );
}

// ---- Settings ----

export type SettingsCatalogue = {
  programmes: Programme[];
  series: Series[];
  organisations: Organisation[];
  topics: Topic[];
  /** Accounts an administrator may hand the event to; empty for anyone else. */
  owners: { id: string; name: string; email: string }[];
};

export function SettingsView({
  v,
  head,
  values,
  errors,
  catalogue,
  isAdmin,
}: {
  v: View;
  head: EventHead;
  values: FormBody;
  errors?: FieldErrors | undefined;
  catalogue: SettingsCatalogue;
  isAdmin: boolean;
}) {
  const { event } = head;
  const isVenue = one(values, "where") === "venue";
  const rows = organisationRows(filledRows(values, "org"));
  const none = { value: "", label: v.t("eventsAdmin.none") };
  const countries = countryOptions(v.locale);
  return (
    <EventPage v={v} head={head} section={v.t("eventsAdmin.tabs.settings")} current="settings" canManage>
      <section class="publication" aria-labelledby="publication-title">
        <h2 id="publication-title">{v.t("eventsAdmin.publish.title")}</h2>
        <p>{event.isPublished ? v.t("eventsAdmin.publish.isPublished") : v.t("eventsAdmin.publish.isUnpublished")}</p>
        <form method="post" action={`/admin/events/${event.id}/${event.isPublished ? "unpublish" : "publish"}`} class="inline">
          <Csrf v={v} />
          <button type="submit" class={event.isPublished ? "secondary" : undefined}>
            {event.isPublished ? v.t("eventsAdmin.publish.unpublish") : v.t("eventsAdmin.publish.publish")}
          </button>
        </form>
      </section>
      <section aria-labelledby="settings-title">
        <h2 id="settings-title">{v.t("eventsAdmin.settings.title")}</h2>
        <ErrorSummary v={v} errors={errors} />
        <form method="post" action={`/admin/events/${event.id}`} class="stack">
          <Csrf v={v} />
          <TextInput
            v={v}
            name="slug"
            label={v.t("eventsAdmin.field.slug")}
            hint={v.t("eventsAdmin.field.slugHint")}
            value={one(values, "slug")}
            errors={errors}
            required
          />
          <SelectField
            v={v}
            name="kind"
            label={v.t("eventsAdmin.field.kind")}
            value={one(values, "kind")}
            options={kindOptions(v)}
            errors={errors}
          />
          <SelectField
            v={v}
            name="programmeId"
            label={v.t("eventsAdmin.field.programme")}
            value={one(values, "programmeId")}
            options={[none, ...catalogue.programmes.map((p) => ({ value: p.id, label: pickFor(v, p.title) || p.slug }))]}
            errors={errors}
          />
          <SelectField
            v={v}
            name="seriesId"
            label={v.t("eventsAdmin.field.series")}
            value={one(values, "seriesId")}
            options={[none, ...catalogue.series.map((s) => ({ value: s.id, label: pickFor(v, s.title) || s.slug }))]}
            errors={errors}
          />
          <SelectField
            v={v}
            name="timeZone"
            label={v.t("eventsAdmin.field.timeZone")}
            hint={v.t("eventsAdmin.field.timeZoneHint")}
            value={one(values, "timeZone")}
            options={zoneOptions(v, one(values, "timeZone"))}
            errors={errors}
          />
          <ChoiceGroup v={v} id="where" legend={v.t("eventsAdmin.field.where")} errors={errors}>
            <label>
              <input type="radio" name="where" value="online" checked={!isVenue} /> {v.t("eventsAdmin.where.online")}
            </label>
            <label>
              <input type="radio" name="where" value="venue" checked={isVenue} /> {v.t("eventsAdmin.where.venue")}
            </label>
          </ChoiceGroup>
          <fieldset class="venue">
            <legend>{v.t("eventsAdmin.field.venueLegend")}</legend>
            <p class="hint">{v.t("eventsAdmin.field.venueHint", { language: LOCALE_INFO[event.sourceLocale].name })}</p>
            <div class="stack">
              <TextInput
                v={v}
                name="venue"
                label={v.t("eventsAdmin.field.venue")}
                value={one(values, "venue")}
                errors={errors}
                lang={event.sourceLocale}
              />
              <TextInput
                v={v}
                name="address"
                label={v.t("eventsAdmin.field.address")}
                value={one(values, "address")}
                errors={errors}
                lang={event.sourceLocale}
              />
              <TextInput
                v={v}
                name="city"
                label={v.t("eventsAdmin.field.city")}
                value={one(values, "city")}
                errors={errors}
                lang={event.sourceLocale}
              />
              <SelectField
                v={v}
                name="country"
                label={v.t("eventsAdmin.field.country")}
                value={one(values, "country")}
                options={[none, ...countries.map((c) => ({ value: c.code, label: c.name }))]}
                errors={errors}
              />
            </div>
          </fieldset>
          <ChoiceGroup
            v={v}
            id="workingLanguages"
            legend={v.t("eventsAdmin.field.workingLanguages")}
            hint={v.t("eventsAdmin.field.workingLanguagesHint")}
            errors={errors}
          >
            {v.locales.map((l) => (
              <Check name="workingLanguages" value={l} checked={has(values, "workingLanguages", l)} label={LOCALE_INFO[l].name} lang={l} />
            ))}
          </ChoiceGroup>
          <TextInput
            v={v}
            name="otherLanguages"
            label={v.t("eventsAdmin.field.otherLanguages")}
            hint={v.t("eventsAdmin.field.otherLanguagesHint")}
            value={one(values, "otherLanguages")}
            errors={errors}
          />
          <TextInput
            v={v}
            name="interpretation"
            label={v.t("eventsAdmin.field.interpretation")}
            hint={v.t("eventsAdmin.field.interpretationHint")}
            value={one(values, "interpretation")}
            errors={errors}
          />
          <ChoiceGroup v={v} id="registration" legend={v.t("eventsAdmin.field.registration")} errors={errors}>
            <Check
              name="requiresApproval"
              value="yes"
              checked={one(values, "requiresApproval") === "yes"}
              label={v.t("eventsAdmin.field.requiresApproval")}
            />
            <Check
              name="allowsPseudonymous"
              value="yes"
              checked={one(values, "allowsPseudonymous") === "yes"}
              label={v.t("eventsAdmin.field.allowsPseudonymous")}
            />
          </ChoiceGroup>
          <ChoiceGroup
            v={v}
            id="organisations"
            legend={v.t("eventsAdmin.field.organisations")}
            hint={v.t("eventsAdmin.field.organisationsHint")}
            errors={errors}
          >
            {catalogue.organisations.length === 0 ? (
              <p>{v.t("eventsAdmin.field.noOrganisations")}</p>
            ) : (
              <div class="rows">
                {Array.from({ length: rows }, (_, i) => (
                  <div class="row">
                    <SelectField
                      v={v}
                      name={`org_${i}`}
                      label={v.t("eventsAdmin.field.organisation", { number: i + 1 })}
                      value={one(values, `org_${i}`)}
                      options={[
                        none,
                        ...catalogue.organisations.map((o) => ({
                          value: o.id,
                          label: [pickFor(v, o.name) || o.slug, o.shortName].filter(Boolean).join(" · "),
                        })),
                      ]}
                      errors={errors}
                    />
                    <SelectField
                      v={v}
                      name={`orgRole_${i}`}
                      label={v.t("eventsAdmin.field.organisationRole", { number: i + 1 })}
                      value={one(values, `orgRole_${i}`) || "host"}
                      options={ORGANISATION_ROLES.map((r) => ({ value: r, label: v.t(`events.orgRole.${r}`) }))}
                      errors={errors}
                    />
                  </div>
                ))}
              </div>
            )}
          </ChoiceGroup>
          <ChoiceGroup v={v} id="topics" legend={v.t("eventsAdmin.field.topics")} errors={errors}>
            {catalogue.topics.length === 0 ? (
              <p>{v.t("eventsAdmin.field.noTopics")}</p>
            ) : (
              <div class="checks">
                {catalogue.topics.map((topic) => (
                  <Check
                    name="topics"
                    value={topic.id}
                    checked={has(values, "topics", topic.id)}
                    label={pickFor(v, topic.name) || topic.slug}
                  />
                ))}
              </div>
            )}
          </ChoiceGroup>
          <button type="submit">{v.t("eventsAdmin.settings.save")}</button>
        </form>
      </section>
      {isAdmin ? (
        <section aria-labelledby="owner-title">
          <h2 id="owner-title">{v.t("eventsAdmin.owner.title")}</h2>
          <form method="post" action={`/admin/events/${event.id}/owner`} class="stack">
            <Csrf v={v} />
            <SelectField
              v={v}
              name="ownerId"
              label={v.t("eventsAdmin.owner.field")}
              hint={v.t("eventsAdmin.owner.hint")}
              value={event.ownerId ?? ""}
              options={[
                { value: "", label: v.t("eventsAdmin.owner.nobody") },
                ...catalogue.owners.map((o) => ({ value: o.id, label: `${o.name} <${o.email}>` })),
              ]}
              errors={errors}
            />
            <button type="submit" class="secondary">
              {v.t("eventsAdmin.owner.save")}
            </button>
          </form>
        </section>
      ) : null}
    </EventPage>
  );
}

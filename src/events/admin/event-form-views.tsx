import type { Organisation, Programme, Series, Topic } from "../../catalogue/index.ts";
import { countryOptions } from "../../i18n/formats.ts";
import { LOCALE_INFO } from "../../i18n/locales.ts";
import { hasZoneName, timeZoneOptions, zoneName } from "../../i18n/zones.ts";
import { Check, ChoiceGroup, type Option, SelectField } from "../../ui/fields.tsx";
import { Csrf, ErrorSummary, TextArea, TextInput } from "../../ui/forms.tsx";
import { pickFor } from "../../ui/language.ts";
import { AdminLayout } from "../../ui/layout.tsx";
import type { View } from "../../web/context.ts";
import { type FieldErrors, type FormBody, has, one } from "../../web/forms.ts";
import { EVENT_KINDS, ORGANISATION_ROLES } from "../model.ts";
import { organisationRows } from "./forms.ts";
import { type EventHead, EventPage, filledRows } from "./views.tsx";

/** The new-event form and an event's settings in the organiser's admin. */

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

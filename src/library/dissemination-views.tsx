import type { Organisation } from "../catalogue/index.ts";
import { LOCALE_INFO, type Locale } from "../i18n/locales.ts";
import { formatDateTime } from "../i18n/messages.ts";
import { SelectField } from "../ui/fields.tsx";
import { Csrf, ErrorSummary, TextArea, TextInput } from "../ui/forms.tsx";
import { pickFor } from "../ui/language.ts";
import { AdminLayout } from "../ui/layout.tsx";
import type { View } from "../web/context.ts";
import { type FieldErrors, type FormBody, one } from "../web/forms.ts";
import type { Dissemination, DisseminationTotals } from "./dissemination.ts";
import type { Resource } from "./resources.ts";

/** The dissemination log of a resource: entries, totals by partner and language, and the forms. */

/** The partner of an entry in the reader's language: the organisation's name, or the name typed in. */
export function partnerName(v: View, entry: Dissemination): string {
  return entry.organisationName ? pickFor(v, entry.organisationName) : entry.partner;
}

export function languageLabel(v: View, locale: Locale | null): string {
  return locale ? LOCALE_INFO[locale].name : v.t("library.dissemination.anyLanguage");
}

function EntryInputs({
  v,
  values,
  errors,
  organisations,
}: {
  v: View;
  values: FormBody;
  errors?: FieldErrors | undefined;
  organisations: Organisation[];
}) {
  return (
    <>
      <SelectField
        v={v}
        name="organisationId"
        label={v.t("library.dissemination.organisation")}
        hint={v.t("library.dissemination.organisationHint")}
        value={one(values, "organisationId")}
        options={[
          { value: "", label: v.t("library.dissemination.otherPartner") },
          ...organisations.map((o) => ({ value: o.id, label: pickFor(v, o.name) || o.shortName || o.slug })),
        ]}
        errors={errors}
      />
      <TextInput v={v} name="partner" label={v.t("library.dissemination.partner")} value={one(values, "partner")} errors={errors} />
      <TextInput
        v={v}
        name="copies"
        label={v.t("library.dissemination.copies")}
        value={one(values, "copies")}
        errors={errors}
        inputmode="numeric"
        required
      />
      <SelectField
        v={v}
        name="locale"
        label={v.t("library.dissemination.language")}
        value={one(values, "locale")}
        options={[
          { value: "", label: v.t("library.dissemination.anyLanguage") },
          ...v.locales.map((l) => ({ value: l, label: LOCALE_INFO[l].name, lang: l })),
        ]}
        errors={errors}
      />
      <TextInput
        v={v}
        name="places"
        label={v.t("library.dissemination.places")}
        hint={v.t("library.dissemination.placesHint")}
        value={one(values, "places")}
        errors={errors}
      />
      <TextInput
        v={v}
        name="distributedOn"
        type="date"
        label={v.t("library.dissemination.date")}
        value={one(values, "distributedOn")}
        errors={errors}
        required
      />
      <TextArea v={v} name="note" label={v.t("library.dissemination.note")} value={one(values, "note")} errors={errors} rows={3} />
    </>
  );
}

/** Copies in all, a row a partner or a language. */
function TotalsTable({
  v,
  caption,
  heading,
  rows,
}: {
  v: View;
  caption: string;
  heading: string;
  rows: { label: string; lang?: string | undefined; copies: number }[];
}) {
  return (
    <table>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{heading}</th>
          <th scope="col" class="num">
            {v.t("library.dissemination.copies")}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr>
            <th scope="row" lang={r.lang}>
              {r.label}
            </th>
            <td class="num">{r.copies}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function DisseminationView({
  v,
  resource,
  title,
  entries,
  totals,
  organisations,
  values,
  errors,
}: {
  v: View;
  resource: Resource;
  title: string;
  entries: Dissemination[];
  totals: DisseminationTotals;
  organisations: Organisation[];
  values: FormBody;
  errors?: FieldErrors | undefined;
}) {
  const base = `/admin/library/${resource.id}/dissemination`;
  const heading = v.t("library.dissemination.heading", { title });
  return (
    <AdminLayout v={v} title={heading}>
      <h1>{heading}</h1>
      <p>
        <a href={`/admin/library/${resource.id}`}>{v.t("library.admin.back")}</a>
      </p>
      <ErrorSummary v={v} errors={errors} />
      <section aria-labelledby="log-title">
        <h2 id="log-title">{v.t("library.dissemination.log")}</h2>
        {entries.length === 0 ? (
          <p>{v.t("library.dissemination.none")}</p>
        ) : (
          <>
            <div class="table-scroll">
              <table class="dissemination">
                <caption class="visually-hidden">{v.t("library.dissemination.log")}</caption>
                <thead>
                  <tr>
                    <th scope="col">{v.t("library.dissemination.date")}</th>
                    <th scope="col">{v.t("library.dissemination.partner")}</th>
                    <th scope="col" class="num">
                      {v.t("library.dissemination.copies")}
                    </th>
                    <th scope="col">{v.t("library.dissemination.language")}</th>
                    <th scope="col">{v.t("library.dissemination.places")}</th>
                    <th scope="col">{v.t("library.admin.actions")}</th>
                  </tr>
                </thead>
                <tbody>
                  {entries.map((e) => (
                    <tr>
                      <td>
                        <time datetime={e.distributedOn}>{formatDateTime(v.locale, `${e.distributedOn}T12:00:00Z`, "date")}</time>
                      </td>
                      <th scope="row">
                        {partnerName(v, e)}
                        {e.note ? (
                          <>
                            <br />
                            <small>{e.note}</small>
                          </>
                        ) : null}
                      </th>
                      <td class="num">{e.copies}</td>
                      <td lang={e.locale ?? undefined}>{languageLabel(v, e.locale)}</td>
                      <td>{e.places}</td>
                      <td>
                        <a href={`${base}/${e.id}`}>
                          {v.t("library.dissemination.edit")}
                          <span class="visually-hidden"> — {partnerName(v, e)}</span>
                        </a>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <p>
              <a href={`${base}.csv`} download>
                {v.t("library.dissemination.csv")}
              </a>
            </p>
            <h3>{v.t("library.dissemination.totals", { copies: totals.copies })}</h3>
            <div class="totals">
              <TotalsTable
                v={v}
                caption={v.t("library.dissemination.byPartner")}
                heading={v.t("library.dissemination.partner")}
                rows={totals.byPartner.map((p) => ({ label: p.name, copies: p.copies }))}
              />
              <TotalsTable
                v={v}
                caption={v.t("library.dissemination.byLanguage")}
                heading={v.t("library.dissemination.language")}
                rows={totals.byLocale.map((l) => ({ label: languageLabel(v, l.locale), lang: l.locale ?? undefined, copies: l.copies }))}
              />
            </div>
          </>
        )}
      </section>
      <section aria-labelledby="add-title">
        <h2 id="add-title">{v.t("library.dissemination.add")}</h2>
        <form method="post" action={base} class="stack">
          <Csrf v={v} />
          <EntryInputs v={v} values={values} errors={errors} organisations={organisations} />
          <button type="submit">{v.t("library.dissemination.addSubmit")}</button>
        </form>
      </section>
    </AdminLayout>
  );
}

export function DisseminationEditView({
  v,
  resource,
  title,
  entryId,
  organisations,
  values,
  errors,
}: {
  v: View;
  resource: Resource;
  title: string;
  entryId: string;
  organisations: Organisation[];
  values: FormBody;
  errors?: FieldErrors | undefined;
}) {
  const base = `/admin/library/${resource.id}/dissemination`;
  const heading = v.t("library.dissemination.editTitle", { title });
  return (
    <AdminLayout v={v} title={heading}>
      <h1>{heading}</h1>
      <p>
        <a href={base}>{v.t("library.dissemination.back")}</a>
      </p>
      <ErrorSummary v={v} errors={errors} />
      <form method="post" action={`${base}/${entryId}`} class="stack">
        <Csrf v={v} />
        <EntryInputs v={v} values={values} errors={errors} organisations={organisations} />
        <button type="submit">{v.t("form.save")}</button>
      </form>
      <form method="post" action={`${base}/${entryId}/delete`} class="inline">
        <Csrf v={v} />
        <button type="submit" class="secondary danger">
          {v.t("library.dissemination.delete")}
        </button>
      </form>
    </AdminLayout>
  );
}

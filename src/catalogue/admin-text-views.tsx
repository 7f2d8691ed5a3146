import type { TranslationStatus } from "../i18n/content.ts";
import { LOCALE_INFO, type Locale } from "../i18n/locales.ts";
import type { MessageKey } from "../i18n/messages.ts";
import { AdminLayout } from "../ui/layout.tsx";
import {
  LanguageCells,
  LanguageHeaders,
  LanguageNav,
  SourceChanges,
  StatusBadge,
  type TextField,
  TranslationForm,
} from "../ui/translation-editor.tsx";
import type { View } from "../web/context.ts";
import type { FieldErrors } from "../web/forms.ts";
import { KIND_TEXTS } from "./admin-views.tsx";
import { CATALOGUE_KINDS } from "./model.ts";
import type { CatalogueTextEditor, CatalogueTextRow } from "./texts.ts";

/** The translator's pages for the catalogue: every entry with its languages, and the texts of one entry in one language. */

const FIELD_LABELS: Record<string, MessageKey> = {
  name: "catalogueTexts.field.name",
  description: "catalogueTexts.field.description",
  title: "catalogueTexts.field.title",
  position: "catalogueTexts.field.position",
  bio: "catalogueTexts.field.bio",
};

export function catalogueTextHref(kind: string, id: string, locale: Locale): string {
  return `/admin/${kind}/${id}/translate/${LOCALE_INFO[locale].segment}`;
}

export function CatalogueTextsList({ v, rows, editable }: { v: View; rows: CatalogueTextRow[]; editable: (l: Locale) => boolean }) {
  return (
    <AdminLayout v={v} title={v.t("catalogueTexts.title")}>
      <h1>{v.t("catalogueTexts.title")}</h1>
      <p>{v.t("catalogueTexts.intro")}</p>
      {rows.length === 0 ? <p>{v.t("catalogueTexts.none")}</p> : null}
      {CATALOGUE_KINDS.map((kind) => {
        const own = rows.filter((r) => r.kind === kind).sort((a, b) => a.name.localeCompare(b.name, v.locale));
        if (own.length === 0) return null;
        return (
          <div class="table-scroll">
            <table>
              <caption>{v.t(KIND_TEXTS[kind].title)}</caption>
              <thead>
                <tr>
                  <th scope="col">{v.t("catalogueTexts.field.name")}</th>
                  <LanguageHeaders v={v} />
                </tr>
              </thead>
              <tbody>
                {own.map((row) => (
                  <tr>
                    <th scope="row">{row.name}</th>
                    <LanguageCells
                      v={v}
                      badge={(l) => <StatusBadge v={v} status={row.statuses[l] ?? "missing"} />}
                      href={(l) => catalogueTextHref(kind, row.id, l)}
                      editable={editable}
                      editLabel={(language) => v.t("catalogueTexts.editIn", { name: row.name, language })}
                    />
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        );
      })}
    </AdminLayout>
  );
}

export function CatalogueTextEditorView({
  v,
  editor,
  values,
  errors,
  editable,
}: {
  v: View;
  editor: CatalogueTextEditor;
  values: Record<string, string | string[]>;
  errors?: FieldErrors | undefined;
  editable: (l: Locale) => boolean;
}) {
  const { kind, id, locale } = editor;
  const language = LOCALE_INFO[locale].name;
  const items = editor.items.filter((i) => i.sourceLocale !== locale);
  const sourceLocale = items[0]?.sourceLocale ?? editor.items[0]?.sourceLocale ?? locale;
  const fields: TextField[] = items.map((i) => ({
    name: i.key,
    label: v.t(FIELD_LABELS[i.field] ?? "catalogueTexts.field.name"),
    ...(i.isLong ? { rows: 6 } : {}),
  }));
  const status: TranslationStatus = editor.statuses[locale] ?? "missing";
  return (
    <AdminLayout v={v} title={`${v.t("catalogueTexts.section", { language })} · ${editor.name}`}>
      <p>
        <a href="/admin/catalogue-texts">{v.t("catalogueTexts.title")}</a> › {v.t(KIND_TEXTS[kind].title)}
      </p>
      <h1>
        {editor.name}
        <span class="visually-hidden">{" — "}</span> <small>{v.t("catalogueTexts.section", { language })}</small>
      </h1>
      <LanguageNav
        v={v}
        label={v.t("catalogueTexts.languages")}
        originalLabel={v.t("eventsAdmin.text.original")}
        sourceLocale={sourceLocale}
        current={locale}
        statuses={editor.statuses}
        href={(l) => catalogueTextHref(kind, id, l)}
        editable={editable}
      />
      {items.length === 0 ? (
        <p>{v.t("catalogueTexts.nothing", { language })}</p>
      ) : (
        <>
          <p>
            {v.t("eventsAdmin.text.statusLine")} <StatusBadge v={v} status={status} />
          </p>
          <SourceChanges v={v} fields={fields} changes={items.flatMap((i) => (i.change ? [i.change] : []))} sourceLocale={sourceLocale} />
          <TranslationForm
            v={v}
            locale={locale}
            sourceLocale={sourceLocale}
            action={catalogueTextHref(kind, id, locale)}
            fields={fields}
            source={Object.fromEntries(items.map((i) => [i.key, i.source]))}
            values={values}
            errors={errors}
            statusHint={v.t("fieldTexts.statusHint")}
          />
        </>
      )}
    </AdminLayout>
  );
}

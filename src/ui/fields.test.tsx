import assert from "node:assert/strict";
import { test } from "node:test";
import type { Locale } from "../i18n/locales.ts";
import { translator } from "../i18n/messages.ts";
import type { View } from "../web/context.ts";
import { Check, ChoiceGroup, LocalizedFields, SelectField } from "./fields.tsx";
import { Pager } from "./pager.tsx";

function viewIn(locale: Locale): View {
  return {
    locale,
    t: translator(locale),
    user: null,
    csrf: "token",
    path: undefined,
    alternates: [],
    siteName: "Outreach",
    locales: ["en", "ru", "sr-Cyrl"],
    baseUrl: new URL("https://outreach.example/"),
  };
}

const html = (node: unknown) => String(node);

test("the select marks the chosen option and shows its error next to it", () => {
  const v = viewIn("en");
  const out = html(
    <SelectField
      v={v}
      name="kind"
      label="Kind"
      value="b"
      errors={{ kind: "form.invalid" }}
      options={[
        { value: "a", label: "A" },
        { value: "b", label: "B", lang: "ru" },
      ]}
    />,
  );
  assert.match(out, /<option value="b" selected="" lang="ru">B<\/option>/);
  assert.doesNotMatch(out, /<option value="a" selected/);
  assert.match(out, /<p class="error" id="kind-error">/);
  assert.match(out, /aria-invalid="true"/);
  assert.match(
    html(<SelectField v={v} name="k" label="K" value={undefined} options={[{ value: "", label: "None" }]} />),
    /<option value="" selected="">/,
  );
});

test("a checkbox group has its legend and error, and each box its state", () => {
  const out = html(
    <ChoiceGroup v={viewIn("en")} id="topicIds" legend="Topics" errors={{ topicIds: "form.invalid" }}>
      <Check name="topicIds" value="t1" checked={true} label="HIV" />
      <Check name="topicIds" value="t2" checked={false} label="Refugees" />
    </ChoiceGroup>,
  );
  assert.match(out, /<fieldset id="topicIds" class="has-error"/);
  assert.match(out, /<legend>Topics<\/legend>/);
  assert.match(out, /value="t1" checked=""/);
  assert.doesNotMatch(out, /value="t2" checked/);
});

test("per-language fields show the source language and fold the others, opened when one holds text", () => {
  const v = viewIn("en");
  const folded = html(
    <LocalizedFields v={v} name="title" label="Title" sourceLocale="en" locales={v.locales} values={{ title_en: "Hello" }} />,
  );
  assert.match(folded, /name="title_en" type="text" value="Hello"/);
  assert.match(folded, /<details class="translations">/);
  assert.match(folded, /name="title_ru"[^>]*lang="ru"/);
  const open = html(
    <LocalizedFields v={v} name="title" label="Title" sourceLocale="en" locales={v.locales} values={{ title_ru: "Привет" }} />,
  );
  assert.match(open, /<details class="translations" open="">/);
});

test("the pager links the previous and next pages and leaves out the ones that are not there", () => {
  const v = viewIn("en");
  const href = (page: number) => `/en/events?page=${page}`;
  assert.equal(html(<Pager v={v} page={1} hasNext={false} href={href} />), "");
  const first = html(<Pager v={v} page={1} hasNext={true} href={href} />);
  assert.match(first, /<a href="\/en\/events\?page=2" rel="next">/);
  assert.doesNotMatch(first, /rel="prev"/);
  const middle = html(<Pager v={v} page={2} hasNext={true} href={href} label="Events" />);
  assert.match(middle, /<nav class="pager" aria-label="Events">/);
  assert.match(middle, /<a href="\/en\/events\?page=1" rel="prev">/);
  const last = html(<Pager v={v} page={3} hasNext={false} href={href} />);
  assert.doesNotMatch(last, /rel="next"/);
});

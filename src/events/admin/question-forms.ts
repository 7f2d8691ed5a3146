import type { LocalizedText } from "../../i18n/content.ts";
import type { Locale } from "../../i18n/locales.ts";
import { type FieldErrors, type FormBody, trimmed } from "../../web/forms.ts";
import { QUESTION_KINDS, type Question, type QuestionKind } from "../model.ts";
import type { QuestionInput } from "../questions.ts";
import { isOneOf, localized, localizedValues, type Parsed, tooLong } from "./forms.ts";

/** The registration question form of the organiser's admin: raw form bodies in, question inputs or field errors out, and back. */

/** The stored value of an option, from its text in the source language: "Harm reduction worker" → "harm-reduction-worker". */
export function optionValue(label: string): string {
  return label
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60);
}

function lines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== "");
}

export function parseQuestion(
  body: FormBody,
  sourceLocale: Locale,
  locales: readonly Locale[],
  existing: Question | undefined,
): Parsed<QuestionInput> {
  const errors: FieldErrors = {};
  const kind = trimmed(body, "kind");
  if (!isOneOf(QUESTION_KINDS, kind)) errors.kind = "form.invalid";
  const label = localized(body, "label", locales);
  const help = localized(body, "help", locales);
  if (!label[sourceLocale]) errors[`label_${sourceLocale}`] = "events.labelRequired";
  for (const l of locales) {
    tooLong(errors, body, `label_${l}`, 500);
    tooLong(errors, body, `help_${l}`, 1000);
  }
  const options: QuestionInput["options"] = [];
  if (kind === "choice" || kind === "multi") {
    const source = lines(trimmed(body, `options_${sourceLocale}`));
    if (source.length < 2) errors[`options_${sourceLocale}`] = "events.optionsRequired";
    if (source.length > 50 || source.some((s) => s.length > 200)) errors[`options_${sourceLocale}`] = "form.tooLong";
    const translated = new Map(locales.map((l) => [l, lines(trimmed(body, `options_${l}`))]));
    for (const l of locales) {
      const list = translated.get(l) ?? [];
      if (l !== sourceLocale && list.length > 0 && list.length !== source.length) errors[`options_${l}`] = "eventsAdmin.optionsMismatch";
    }
    const used = new Set<string>();
    for (const [i, text] of source.entries()) {
      // Answers already given keep their meaning when an option's wording is left as it was.
      const kept = existing?.options.find((o) => o.label[sourceLocale] === text)?.value;
      let value = kept ?? (optionValue(text) || `option-${i + 1}`);
      for (let n = 2; used.has(value); n++) value = `${optionValue(text) || "option"}-${n}`;
      used.add(value);
      const optionLabel: LocalizedText = {};
      for (const l of locales) {
        const line = translated.get(l)?.[i];
        if (line) optionLabel[l] = line;
      }
      options.push({ value, label: optionLabel });
    }
  }
  return {
    errors,
    input: { kind: kind as QuestionKind, label, help, options, isRequired: trimmed(body, "isRequired") === "yes" },
  };
}

export function questionValues(question: Question | undefined, locales: readonly Locale[]): FormBody {
  if (!question) return { kind: "text" };
  const values: FormBody = {
    kind: question.kind,
    isRequired: question.isRequired ? "yes" : "",
    ...localizedValues("label", question.label),
    ...localizedValues("help", question.help),
  };
  for (const l of locales) {
    const list = question.options.map((o) => o.label[l] ?? "");
    if (list.some((x) => x !== "")) values[`options_${l}`] = list.join("\n");
  }
  return values;
}

import { z } from "zod";
import { LOCALES } from "../i18n/locales.ts";
import { localToUtc } from "../i18n/zones.ts";
import { asList, type FieldErrors, type FormBody, fieldErrors, one, SLUG_PATTERN } from "../web/forms.ts";
import { POST_KINDS } from "./model.ts";
import type { PostSettings, TextInput } from "./posts.ts";

/** The admin forms of posts, parsed at the boundary: raw form bodies in, typed input or field errors out. */

type Parsed<T> = { input: T; errors: FieldErrors } | { input: undefined; errors: FieldErrors };

function parse<S extends z.ZodObject>(schema: S, values: Record<string, unknown>): Parsed<z.infer<S>> {
  const parsed = schema.safeParse(values);
  return parsed.success ? { input: parsed.data, errors: {} } : { input: undefined, errors: fieldErrors(parsed.error) };
}

const slug = z.string().trim().toLowerCase().regex(SLUG_PATTERN, "pages.slugInvalid").max(100, "form.tooLong");

const textFields = {
  title: z.string().trim().min(1, "pages.titleRequired").max(200, "form.tooLong"),
  summary: z.string().trim().max(500, "form.tooLong"),
  body: z.string().max(200_000, "form.tooLong"),
  cover_alt: z.string().trim().max(300, "form.tooLong"),
};

const newPostForm = z.object({
  slug,
  kind: z.enum(POST_KINDS, "form.invalid"),
  sourceLocale: z.enum(LOCALES, "form.invalid"),
  ...textFields,
});

export type NewPostForm = z.infer<typeof newPostForm>;

export function parseNewPost(body: FormBody): Parsed<NewPostForm> {
  return parse(newPostForm, Object.fromEntries(Object.keys(newPostForm.shape).map((k) => [k, one(body, k)])));
}

const textForm = z.object({ ...textFields, status: z.enum(["draft", "published"]).catch("draft") });

export function parseText(body: FormBody): Parsed<TextInput> {
  return parse(textForm, Object.fromEntries(Object.keys(textForm.shape).map((k) => [k, one(body, k)])));
}

const settingsForm = z.object({
  slug,
  kind: z.enum(POST_KINDS, "form.invalid"),
  authorProfileId: z.string().max(100, "form.invalid"),
  programmeId: z.string().max(100, "form.invalid"),
});

/** The settings form: one value each for slug, kind, author and programme; lists for the links. */
export function parseSettings(body: FormBody): Parsed<PostSettings> {
  const parsed = parse(settingsForm, Object.fromEntries(Object.keys(settingsForm.shape).map((k) => [k, one(body, k)])));
  if (!parsed.input) return parsed;
  const ids = (key: string) => asList(body[key]).filter((id) => id !== "" && id.length <= 100);
  return {
    input: {
      slug: parsed.input.slug,
      kind: parsed.input.kind,
      authorProfileId: parsed.input.authorProfileId || null,
      programmeId: parsed.input.programmeId || null,
      topicIds: ids("topicIds"),
      organisationIds: ids("organisationIds"),
      eventIds: ids("eventIds"),
      resourceIds: ids("resourceIds"),
    },
    errors: {},
  };
}

/** The zone the schedule form offers first: the region the seeds' networks work in. */
export const DEFAULT_SCHEDULE_ZONE = "Europe/Belgrade";

/** A local date and time in a chosen zone, as UTC ISO; a field error when either is not valid. */
export function parseSchedule(body: FormBody): Parsed<{ publishAt: string }> {
  const local = one(body, "publishAt").trim();
  const zone = one(body, "zone").trim() || DEFAULT_SCHEDULE_ZONE;
  if (!local) return { input: undefined, errors: { publishAt: "posts.schedule.required" } };
  const utc = localToUtc(local.slice(0, 16), zone);
  if (!utc) return { input: undefined, errors: { publishAt: "posts.schedule.invalid" } };
  return { input: { publishAt: utc }, errors: {} };
}

import type { Actor } from "../access/policy.ts";
import { listOutbox } from "../email/mailer.ts";
import { createEvent, type NewEvent, setEventPublished } from "../events/events.ts";
import type { Event, Occurrence, QuestionKind } from "../events/model.ts";
import { type OccurrenceInput, saveOccurrence } from "../events/occurrences.ts";
import { saveQuestion } from "../events/questions.ts";
import type { Services } from "../web/context.ts";
import type { TestApp } from "./harness.ts";

/**
 * A published event with occurrences for tests: by default a webinar in Europe/Paris with two
 * occurrences on 7 December 2026 (09:00 and 16:30 local), three seats each, one required question.
 */
export async function createTestEvent(
  services: Services,
  actor: Actor,
  options: {
    slug?: string;
    overrides?: Partial<NewEvent>;
    occurrences?: Partial<OccurrenceInput>[];
    questions?: { kind: QuestionKind; label: string; isRequired?: boolean; options?: string[] }[];
    isPublished?: boolean;
  } = {},
): Promise<{ event: Event; occurrences: Occurrence[]; questionIds: string[] }> {
  const event = await createEvent(services, actor, {
    slug: options.slug ?? `webinar-${Math.random().toString(36).slice(2, 8)}`,
    kind: "webinar",
    sourceLocale: "en",
    programmeId: null,
    seriesId: null,
    timeZone: "Europe/Paris",
    isOnline: true,
    venue: "",
    address: "",
    city: {},
    country: null,
    workingLanguages: ["en", "fr"],
    interpretation: ["en>fr"],
    requiresApproval: false,
    allowsPseudonymous: true,
    organisations: [],
    topicIds: [],
    fields: {
      title: "COVID-19 and harm reduction: sharing experiences in practice",
      summary: "How services adapted during the pandemic.",
      body: "Programme implementers compare notes.",
      objectives: "Share practice\nKeep services open",
    },
    ...options.overrides,
  });
  const specs = options.occurrences ?? [
    { startsAt: "2026-12-07T08:00:00.000Z", endsAt: "2026-12-07T09:30:00.000Z" },
    { startsAt: "2026-12-07T15:30:00.000Z", endsAt: "2026-12-07T17:00:00.000Z" },
  ];
  const occurrences: Occurrence[] = [];
  for (const spec of specs) {
    occurrences.push(
      await saveOccurrence(services, actor, event.id, null, {
        startsAt: "2026-12-07T08:00:00.000Z",
        endsAt: "2026-12-07T09:30:00.000Z",
        capacity: 3,
        registrationOpensAt: null,
        registrationClosesAt: null,
        reminders: [1440, 60],
        joinUrl: "https://meet.example.org/covid-hr",
        ...spec,
      }),
    );
  }
  const questionIds: string[] = [];
  for (const q of options.questions ?? [{ kind: "organisation", label: "Your organisation", isRequired: true }]) {
    questionIds.push(
      await saveQuestion(services, actor, event.id, null, {
        kind: q.kind,
        label: { en: q.label },
        help: {},
        options: (q.options ?? []).map((o) => ({ value: o.toLowerCase().replace(/\W+/g, "-"), label: { en: o } })),
        isRequired: q.isRequired ?? false,
      }),
    );
  }
  if (options.isPublished ?? true) await setEventPublished(services, actor, event.id, true);
  return { event: { ...event, isPublished: options.isPublished ?? true }, occurrences, questionIds };
}

/**
 * The token of the private link in the newest mail to an address, after sending the queued mail:
 * the registration form and the API answer alike for every address, so the link is only in the mail.
 */
export async function tokenFromMail(t: Pick<TestApp, "worker" | "config">, email: string): Promise<string> {
  await t.worker?.drain();
  const mail = (await listOutbox(t.config.dataDir)).find((m) => m.to === email.toLowerCase() && /\/registrations\//.test(m.text));
  const match = /\/registrations\/([\w-]+)/.exec(mail?.text ?? "");
  if (!match) throw new Error(`no mail with a private link to ${email}`);
  return match[1] as string;
}

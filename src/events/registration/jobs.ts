import { z } from "zod";
import { LOCALES } from "../../i18n/locales.ts";
import type { AnyJob, JobDefinition } from "../../jobs/queue.ts";
import type { Services } from "../../web/context.ts";
import { ADDRESS_CHANGE, mailAddressChange } from "./address-change.ts";
import { REGISTER, settleRegistration } from "./registrations.ts";
import { REMIND, sendReminders } from "./reminders.ts";

const remindPayload = z.object({ occurrenceId: z.string(), minutes: z.number().int().positive(), startsAt: z.string() });

/** Sends the reminders of one occurrence at the time the organiser chose, e.g. 24 h and 1 h before. */
export function reminderJob(services: Services): AnyJob {
  const job: JobDefinition<typeof remindPayload> = {
    name: REMIND,
    schema: remindPayload,
    maxAttempts: 5,
    async run(payload) {
      await sendReminders(services, payload);
    },
  };
  return job;
}

const registerPayload = z.object({
  occurrenceId: z.string(),
  registrationId: z.string(),
  requestedAt: z.string().optional(),
  input: z.object({
    name: z.string(),
    email: z.string(),
    locale: z.enum(LOCALES),
    isPseudonymous: z.boolean(),
    answers: z.record(z.string(), z.union([z.string(), z.array(z.string())])),
  }),
});

/** Settles a registration sent through the public form or the API; see `requestRegistration`. */
export function registrationJob(services: Services): AnyJob {
  const job: JobDefinition<typeof registerPayload> = {
    name: REGISTER,
    schema: registerPayload,
    maxAttempts: 5,
    async run(payload) {
      await settleRegistration(services, payload);
    },
  };
  return job;
}

const addressChangePayload = z.object({ registrationId: z.string(), email: z.string() });

/** Mails a registrant's new address its confirmation link (or a further link); see `mailAddressChange`. */
export function addressChangeJob(services: Services): AnyJob {
  const job: JobDefinition<typeof addressChangePayload> = {
    name: ADDRESS_CHANGE,
    schema: addressChangePayload,
    maxAttempts: 5,
    async run(payload) {
      await mailAddressChange(services, payload);
    },
  };
  return job;
}

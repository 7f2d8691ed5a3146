import { z } from "zod";
import type { AnyJob, JobDefinition } from "../jobs/queue.ts";
import type { Services } from "../web/context.ts";
import { REMIND, sendReminders } from "./registrations.ts";

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

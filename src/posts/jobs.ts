import { z } from "zod";
import type { AnyJob, JobDefinition } from "../jobs/queue.ts";
import type { Services } from "../web/context.ts";
import { PUBLISH_JOB, runScheduledPublish } from "./publishing.ts";

const publishPayload = z.object({ postId: z.string(), locale: z.string(), publishAt: z.string() });

/** Publishes one language of a post at the time an editor chose. */
export function publishJob(services: Services): AnyJob {
  const job: JobDefinition<typeof publishPayload> = {
    name: PUBLISH_JOB,
    schema: publishPayload,
    maxAttempts: 8,
    async run(payload) {
      await runScheduledPublish(services, payload);
    },
  };
  return job;
}

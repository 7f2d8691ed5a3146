// What synchronous=FULL costs registrations on SQLite, against NORMAL: sequential registrations
// through app.inject on one database, in alternating batches so that both modes see the same load.
// Run: node --import tsx bench/sqlite-synchronous.ts [registrations, default 500]
import { sql } from "kysely";
import type { Actor } from "../src/access/policy.ts";
import { createPerson } from "../src/testing/client.ts";
import { createTestEvent } from "../src/testing/events.ts";
import { startTestApp } from "../src/testing/harness.ts";

const total = Number(process.argv[2] ?? 500);
const batch = 50;
const t = await startTestApp("sqlite", { env: { OUTREACH_REGISTRATION_LIMIT: "1000000" } });
try {
  const p = await createPerson(t.services, "organiser");
  const organiser: Actor = { id: p.id, role: "organiser", locales: [] };
  const { occurrences, questionIds } = await createTestEvent(t.services, organiser, { occurrences: [{ capacity: null }] });
  const url = `/api/v1/occurrences/${occurrences[0]!.id}/registrations`;
  const spent = { NORMAL: 0, FULL: 0 };
  const count = { NORMAL: 0, FULL: 0 };
  let n = 0;
  for (let done = 0; done < total * 2; done += batch) {
    const mode = (done / batch) % 2 === 0 ? "NORMAL" : "FULL";
    await sql.raw(`pragma synchronous = ${mode}`).execute(t.services.db);
    const started = process.hrtime.bigint();
    for (let i = 0; i < batch; i++) {
      const res = await t.app.inject({
        method: "POST",
        url,
        payload: { name: `Person ${n}`, email: `bench-${n++}@example.org`, answers: { [questionIds[0]!]: "Network" } },
      });
      if (res.statusCode !== 201) throw new Error(`registration answered ${res.statusCode}: ${res.body}`);
    }
    spent[mode] += Number(process.hrtime.bigint() - started) / 1e6;
    count[mode] += batch;
  }
  for (const mode of ["NORMAL", "FULL"] as const) {
    console.log(`synchronous=${mode}: ${count[mode]} registrations, ${(spent[mode] / count[mode]).toFixed(2)} ms each`);
  }
} finally {
  await t.cleanup();
}

import { newId } from "../db/ids.ts";
import type { Db } from "../db/index.ts";
import type { CommentsTable } from "../db/schema.ts";
import { contentHash, findKeys, putKey } from "./keys.ts";
import { itemDate, itemLabel, type Member } from "./plan.ts";
import type { ImportRun, Tally } from "./report.ts";
import { htmlToText } from "./wordpress-html.ts";
import { wordpressDate } from "./wxr.ts";

/**
 * Comments keep their WordPress moderation state (approved, held, spam) and belong to the language
 * version of the post they were written on. Pingbacks, trackbacks and binned comments are left out.
 * Nobody is notified: these were moderated, or not, on the old site. Only the name and the text are
 * kept: not the commenter's email (Outreach deletes a commenter's email after 90 days anyway, and
 * these are older), IP address or web site.
 */

const STATES: Record<string, CommentsTable["status"]> = { "1": "approved", "0": "pending", spam: "spam" };

export async function importComments(run: ImportRun, db: Db, tally: Tally, postId: string, member: Member): Promise<void> {
  const { item } = member;
  const comments = item.comments;
  if (comments.length === 0) return;
  const keys = new Map(
    (
      await findKeys(
        db,
        run.source,
        comments.map((c) => `comment:${c.id}`),
      )
    ).map((k) => [k.externalId, k]),
  );
  for (const c of comments) {
    const label = `comment #${c.id} on ${itemLabel(item)}`;
    if (c.type === "pingback" || c.type === "trackback") {
      tally.skip({ kind: "comments", label, reason: `a ${c.type}, not a comment` });
      continue;
    }
    const status = STATES[c.approved];
    if (!status) {
      tally.skip({
        kind: "comments",
        label,
        reason: c.approved.includes("trash") ? "in the trash" : `unknown moderation state "${c.approved}"`,
      });
      continue;
    }
    const body = htmlToText(c.content);
    if (!body) {
      tally.skip({ kind: "comments", label, reason: "empty" });
      continue;
    }
    const values = {
      subject_type: "post" as const,
      subject_id: postId,
      locale: member.locale,
      author_name: htmlToText(c.author).slice(0, 100) || "—",
      author_email: null,
      body,
      status,
      created_at: wordpressDate(c.date) ?? wordpressDate(c.localDate) ?? itemDate(item) ?? run.now,
    };
    const hash = contentHash(values);
    const externalId = `comment:${c.id}`;
    const key = keys.get(externalId);
    if (key?.contentHash === hash) {
      tally.count("comments", "unchanged");
      continue;
    }
    const exists = key ? await db.selectFrom("comments").select("id").where("id", "=", key.subjectId).executeTakeFirst() : undefined;
    if (key && !exists) {
      tally.skip({ kind: "comments", label, reason: "deleted in Outreach after an earlier import; not brought back" });
      continue;
    }
    const id = exists?.id ?? newId();
    if (exists) await db.updateTable("comments").set(values).where("id", "=", id).execute();
    else
      await db
        .insertInto("comments")
        .values({ id, ...values, address_hash: null, moderated_at: null, moderated_by: null })
        .execute();
    await putKey(db, run.source, { externalId, subjectType: "comment", subjectId: id, contentHash: hash }, run.now);
    tally.count("comments", exists ? "updated" : "created");
  }
}

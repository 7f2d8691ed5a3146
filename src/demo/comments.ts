import type { Actor } from "../access/policy.ts";
import { addMs, DAY, HOUR } from "../clock.ts";
import { newId } from "../db/ids.ts";
import type { Ctx, Db } from "../db/index.ts";
import type { CommentsTable } from "../db/schema.ts";
import type { Locale } from "../i18n/locales.ts";
import { COVID_WEBINAR_SLUG } from "./events-covid.ts";
import { UPCOMING_WEBINAR_SLUG } from "./events-upcoming.ts";

/** Where a demo comment was written: an event or a post, by slug (src/demo/events-*.ts, posts-news.ts). */
type DemoTarget = { event: string } | { post: string };

type DemoComment = {
  on: DemoTarget;
  locale: Locale;
  name: string;
  email?: string;
  body: string;
  status: "pending" | "approved";
  hoursAgo: number;
};

const REFUGEE_INFO = "information-for-refugees-2023";
const ONLINE_GUIDE = "online-harm-reduction-guide";

/** Comments written for the demo: a few waiting for moderation (one of them obvious spam), two approved. */
const DEMO_COMMENTS: DemoComment[] = [
  {
    on: { post: REFUGEE_INFO },
    locale: "uk",
    name: "Оксана",
    body: "Добрий день! Де в Новому Саді можна взяти надруковані інформаційні матеріали українською? Ми волонтеримо в пункті допомоги біженцям і хотіли б мати кілька десятків примірників на стійці.",
    status: "pending",
    hoursAgo: 5,
  },
  {
    on: { post: REFUGEE_INFO },
    locale: "sr-Latn",
    name: "Jelena, prihvatni centar",
    email: "jelena.shelter@example.org",
    body: "Hvala na ovim materijalima! U našem prihvatnom centru razdelili smo ih već prvog dana, a najviše pitanja je bilo o zdravstvenoj zaštiti.\n\nDa li možemo da dobijemo još primeraka na ruskom?",
    status: "pending",
    hoursAgo: 20,
  },
  {
    on: { event: UPCOMING_WEBINAR_SLUG },
    locale: "ru",
    name: "Дмитрий",
    body: "Будет ли на вебинаре перевод на русский язык? Несколько аутрич-работников из нашей программы хотели бы подключиться, но английский знают не все.",
    status: "pending",
    hoursAgo: 30,
  },
  {
    on: { post: ONLINE_GUIDE },
    locale: "en",
    name: "Best Deals 24",
    email: "deals@cheap-meds.example",
    body: "Great article!!! Buy meds online without prescription https://cheap-meds.example/shop and get a bonus at https://cheap-meds.example/bonus fast worldwide delivery",
    status: "pending",
    hoursAgo: 2,
  },
  {
    on: { post: ONLINE_GUIDE },
    locale: "en",
    name: "Sam, outreach worker",
    body: "We started answering questions in a messenger channel last year. Is there a version of the guide that covers keeping the chat history safe for the people who write to us?",
    status: "pending",
    hoursAgo: 50,
  },
  {
    on: { post: REFUGEE_INFO },
    locale: "en",
    name: "Ana",
    body: "We printed the small poster with the QR code and put it up at the drop-in centre. People scan it while they wait.",
    status: "approved",
    hoursAgo: 24 * 12,
  },
  {
    on: { event: COVID_WEBINAR_SLUG },
    locale: "ru",
    name: "Марина",
    body: "Спасибо организаторам! Опыт коллег с выдачей препаратов на несколько дней на дом очень пригодился нашей программе.",
    status: "approved",
    hoursAgo: 24 * 30,
  },
];

async function findTarget(db: Db, on: DemoTarget): Promise<{ type: CommentsTable["subject_type"]; id: string } | undefined> {
  if ("event" in on) {
    const event = await db.selectFrom("events").select("id").where("slug", "=", on.event).executeTakeFirst();
    return event ? { type: "event", id: event.id } : undefined;
  }
  const post = await db.selectFrom("posts").select("id").where("slug", "=", on.post).executeTakeFirst();
  return post ? { type: "post", id: post.id } : undefined;
}

/**
 * Loads the demo's comments after its posts and events, so that the moderation queue has work in
 * it. Comments whose page is missing are left out. No mail goes out: these arrived "before".
 */
export async function loadDemoComments(ctx: Ctx, editor: Actor): Promise<void> {
  const now = ctx.clock.now();
  for (const c of DEMO_COMMENTS) {
    const target = await findTarget(ctx.db, c.on);
    if (!target) continue;
    const createdAt = addMs(now, -c.hoursAgo * HOUR);
    const isApproved = c.status === "approved";
    await ctx.db
      .insertInto("comments")
      .values({
        id: newId(),
        subject_type: target.type,
        subject_id: target.id,
        locale: c.locale,
        author_name: c.name,
        author_email: c.email ?? null,
        body: c.body,
        status: c.status,
        address_hash: null,
        created_at: createdAt.toISOString(),
        moderated_at: isApproved ? addMs(createdAt, DAY).toISOString() : null,
        moderated_by: isApproved ? editor.id : null,
      })
      .execute();
  }
}

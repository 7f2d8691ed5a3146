import type { Actor } from "../access/policy.ts";
import {
  type OrganisationInput,
  type ProgrammeInput,
  saveOrganisation,
  saveProfile,
  saveProgramme,
  saveTopic,
  type TopicInput,
} from "../catalogue/index.ts";
import { DAY } from "../clock.ts";
import type { Ctx, Db } from "../db/index.ts";
import type { LocalizedText } from "../i18n/content.ts";
import type { Locale } from "../i18n/locales.ts";
import { createPost, type PostKind, publishPostLanguage, savePostText, schedulePostLanguage } from "../posts/index.ts";

import { NEWS_POSTS } from "./posts-news.ts";
import { DIALOGUE_STATEMENT, POSTER_NEWS, REFUGEE_BLOG } from "./posts-notes.ts";

/** A post of the demo network, as plain data; `loadDemoPosts` makes it real through the posts domain. */
export type DemoPost = {
  slug: string;
  kind: PostKind;
  /** When it went public, in every language it has (drafts aside). */
  publishedAt?: string;
  /** Not published at all. */
  isDraft?: boolean;
  /** Scheduled, in its original language, this many days after the demo is loaded. */
  scheduleInDays?: number;
  author?: string;
  programme?: string;
  topics: string[];
  organisations: string[];
  /** Library resources by slug; left out when the library demo has none by that slug. */
  resources?: string[];
  /** Fields of the original changed after translation, to show outdated translations. */
  revisedSource?: Partial<{ title: string; summary: string; body: string }>;
  translations: { locale: Locale; status?: "draft" | "published"; fields: { title: string; summary: string; body: string } }[];
};

export const DEMO_POSTS: DemoPost[] = [...NEWS_POSTS, REFUGEE_BLOG, DIALOGUE_STATEMENT, POSTER_NEWS];

/** Topics the posts need beside those of the events; the library demo may have made some already. */
export const POST_TOPICS: TopicInput[] = [
  {
    slug: "refugees",
    name: {
      en: "Refugees",
      ru: "Беженцы",
      uk: "Біженці",
      "sr-Latn": "Izbeglice",
      "sr-Cyrl": "Избеглице",
      lt: "Pabėgėliai",
      fr: "Personnes réfugiées",
    },
  },
  {
    slug: "women-who-use-drugs",
    name: {
      en: "Women who use drugs",
      ru: "Женщины, употребляющие наркотики",
      uk: "Жінки, які вживають наркотики",
      "sr-Latn": "Žene koje koriste droge",
      "sr-Cyrl": "Жене које користе дроге",
      lt: "Narkotikus vartojančios moterys",
      fr: "Femmes qui consomment des drogues",
    },
  },
  {
    slug: "drug-policy",
    name: {
      en: "Drug policy",
      ru: "Наркополитика",
      uk: "Наркополітика",
      "sr-Latn": "Politika o drogama",
      "sr-Cyrl": "Политика о дрогама",
      lt: "Narkotikų politika",
      fr: "Politique des drogues",
    },
  },
  {
    slug: "hiv",
    name: { en: "HIV", ru: "ВИЧ", uk: "ВІЛ", "sr-Latn": "HIV", "sr-Cyrl": "ХИВ", lt: "ŽIV", fr: "VIH" },
  },
];

export const POST_ORGANISATIONS: OrganisationInput[] = [
  {
    slug: "dpnsee",
    shortName: "DPNSEE",
    kind: "network",
    country: "RS",
    website: "http://dpnsee.org/",
    name: {
      en: "Drug Policy Network South East Europe",
      ru: "Сеть по наркополитике Юго-Восточной Европы",
      uk: "Мережа з наркополітики Південно-Східної Європи",
      "sr-Latn": "Mreža za politiku o drogama Jugoistočne Evrope",
      "sr-Cyrl": "Мрежа за политику о дрогама Југоисточне Европе",
    },
    description: {
      en: "A network of organisations in South East Europe working for drug policies based on human rights and evidence; a member of the EU Civil Society Forum on Drugs.",
      ru: "Сеть организаций Юго-Восточной Европы, которая добивается наркополитики, основанной на правах человека и доказательствах; член Форума гражданского общества ЕС по наркотикам.",
      "sr-Latn":
        "Mreža organizacija iz Jugoistočne Evrope koja se zalaže za politiku o drogama zasnovanu na ljudskim pravima i dokazima; članica Foruma civilnog društva EU o drogama.",
      "sr-Cyrl":
        "Мрежа организација из Југоисточне Европе која се залаже за политику о дрогама засновану на људским правима и доказима; чланица Форума цивилног друштва ЕУ о дрогама.",
    },
  },
  {
    slug: "ehra",
    shortName: "EHRA",
    kind: "network",
    country: "LT",
    website: null,
    name: {
      en: "Eurasian Harm Reduction Association",
      ru: "Евразийская ассоциация снижения вреда",
      uk: "Євразійська асоціація зменшення шкоди",
      lt: "Eurazijos žalos mažinimo asociacija",
    },
    description: {
      en: "Published the recommendations for setting up online harm reduction services.",
      ru: "Выпустила рекомендации по организации онлайн-услуг снижения вреда.",
    },
  },
];

export const POST_PROGRAMMES: ProgrammeInput[] = [
  {
    slug: "emergency-support-ukraine",
    title: {
      en: "Emergency support for Ukraine and neighbouring countries",
      ru: "Экстренная поддержка Украины и соседних стран",
      uk: "Екстрена підтримка України та сусідніх країн",
      "sr-Latn": "Hitna podrška Ukrajini i susednim zemljama",
      "sr-Cyrl": "Хитна подршка Украјини и суседним земљама",
    },
    description: {
      en: "The UNODC-led project “Emergency support for the provision of HIV and Harm Reduction services among key populations in Ukraine and refugees in selected neighbouring countries”; in Serbia, DPNSEE used it in 2023 for information for refugees and for training on the needs of women who use drugs.",
      ru: "Проект под руководством УНП ООН «Экстренная поддержка предоставления услуг по ВИЧ и снижению вреда ключевым группам населения в Украине и беженцам в отдельных соседних странах»; в Сербии DPNSEE в 2023 году подготовила по нему информацию для беженцев и обучение о потребностях женщин, употребляющих наркотики.",
      "sr-Latn":
        "Projekat koji vodi UNODC, „Hitna podrška pružanju usluga u oblasti HIV-a i smanjenja štete ključnim populacijama u Ukrajini i izbeglicama u odabranim susednim zemljama”; u Srbiji je DPNSEE u 2023. kroz njega pripremila informacije za izbeglice i obuke o potrebama žena koje koriste droge.",
    },
  },
];

type DemoProfileInput = { slug: string; name: string; organisation: string; position: LocalizedText; bio: LocalizedText };

/** The byline of the network's own posts: its secretariat, not a person. */
export const POST_PROFILES: DemoProfileInput[] = [
  {
    slug: "dpnsee-secretariat",
    name: "DPNSEE secretariat",
    organisation: "dpnsee",
    position: {
      en: "Secretariat of the network",
      ru: "Секретариат сети",
      "sr-Latn": "Sekretarijat mreže",
      "sr-Cyrl": "Секретаријат мреже",
    },
    bio: {
      en: "Writes the network's news and blog, and coordinates its members' contributions to the Civil Society Forum on Drugs.",
      ru: "Пишет новости и блог сети и координирует вклад её членов в Форум гражданского общества по наркотикам.",
    },
  },
];

/** The id of each slug in a table, for the slugs asked for. */
async function idsBySlug(db: Db, table: "topics" | "organisations" | "programmes" | "profiles" | "resources" | "events", slugs: string[]) {
  if (slugs.length === 0) return new Map<string, string>();
  const rows = await db.selectFrom(table).select(["id", "slug"]).where("slug", "in", slugs).execute();
  return new Map(rows.map((r) => [r.slug, r.id]));
}

/** Adds what the posts refer to, unless the events or library demo added it already. */
async function ensureCatalogue(ctx: Ctx, actor: Actor): Promise<void> {
  const topics = await idsBySlug(
    ctx.db,
    "topics",
    POST_TOPICS.map((t) => t.slug),
  );
  for (const t of POST_TOPICS) if (!topics.has(t.slug)) await saveTopic(ctx, actor, null, t);
  const organisations = await idsBySlug(
    ctx.db,
    "organisations",
    POST_ORGANISATIONS.map((o) => o.slug),
  );
  for (const o of POST_ORGANISATIONS) if (!organisations.has(o.slug)) await saveOrganisation(ctx, actor, null, o);
  const programmes = await idsBySlug(
    ctx.db,
    "programmes",
    POST_PROGRAMMES.map((p) => p.slug),
  );
  for (const p of POST_PROGRAMMES) if (!programmes.has(p.slug)) await saveProgramme(ctx, actor, null, p);
  const profiles = await idsBySlug(
    ctx.db,
    "profiles",
    POST_PROFILES.map((p) => p.slug),
  );
  const orgIds = await idsBySlug(
    ctx.db,
    "organisations",
    POST_PROFILES.map((p) => p.organisation),
  );
  for (const { organisation, ...p } of POST_PROFILES) {
    if (!profiles.has(p.slug)) await saveProfile(ctx, actor, null, { ...p, organisationId: orgIds.get(organisation) ?? null });
  }
}

function required(map: Map<string, string>, kind: string, slug: string): string {
  const id = map.get(slug);
  if (!id) throw new Error(`the demo post refers to ${kind} "${slug}", which the demo does not define`);
  return id;
}

async function loadPost(ctx: Ctx, actor: Actor, spec: DemoPost): Promise<void> {
  const [source, ...translations] = spec.translations;
  if (!source) throw new Error(`the demo post ${spec.slug} has no text`);
  const [topics, organisations, programmes, profiles, resources] = await Promise.all([
    idsBySlug(ctx.db, "topics", spec.topics),
    idsBySlug(ctx.db, "organisations", spec.organisations),
    idsBySlug(ctx.db, "programmes", spec.programme ? [spec.programme] : []),
    idsBySlug(ctx.db, "profiles", spec.author ? [spec.author] : []),
    idsBySlug(ctx.db, "resources", spec.resources ?? []),
  ]);
  const post = await createPost(ctx, actor, {
    slug: spec.slug,
    kind: spec.kind,
    sourceLocale: source.locale,
    authorProfileId: spec.author ? required(profiles, "profile", spec.author) : null,
    programmeId: spec.programme ? required(programmes, "programme", spec.programme) : null,
    topicIds: spec.topics.map((t) => required(topics, "topic", t)),
    organisationIds: spec.organisations.map((o) => required(organisations, "organisation", o)),
    eventIds: [],
    // Resources come from the library demo; a post links to those it finds.
    resourceIds: (spec.resources ?? []).flatMap((r) => resources.get(r) ?? []),
    fields: { ...source.fields, cover_alt: "" },
  });
  const isPublished = !spec.isDraft && spec.publishedAt !== undefined;
  if (isPublished) await publishPostLanguage(ctx, actor, post.id, source.locale, { at: spec.publishedAt });
  for (const t of translations) {
    const status = t.status ?? "published";
    await savePostText(ctx, actor, post.id, t.locale, { ...t.fields, cover_alt: "", status });
    if (isPublished && status === "published") await publishPostLanguage(ctx, actor, post.id, t.locale, { at: spec.publishedAt });
  }
  if (spec.revisedSource) {
    // The original changes after it was translated: its translations become "outdated", and the
    // text it replaced is kept as a revision.
    await savePostText(ctx, actor, post.id, source.locale, { ...source.fields, ...spec.revisedSource, cover_alt: "", status: "published" });
  }
  if (spec.scheduleInDays !== undefined) {
    const day = new Date(ctx.clock.now().getTime() + spec.scheduleInDays * DAY);
    day.setUTCHours(7, 0, 0, 0);
    await schedulePostLanguage(ctx, actor, post.id, source.locale, day.toISOString());
  }
}

/**
 * Loads the demo's posts after its library: DPNSEE's 2023 news in their languages, a blog post, a
 * statement, one post scheduled a few days ahead and one left as a draft.
 */
export async function loadDemoPosts(ctx: Ctx, editor: Actor): Promise<void> {
  await ensureCatalogue(ctx, editor);
  for (const spec of DEMO_POSTS) await loadPost(ctx, editor, spec);
}

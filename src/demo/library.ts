import type { Actor } from "../access/policy.ts";
import { findOrganisation, findProgramme, findTopic, saveOrganisation, saveProgramme, saveTopic } from "../catalogue/index.ts";
import type { Config } from "../config.ts";
import type { Ctx } from "../db/index.ts";
import { pickText } from "../i18n/content.ts";
import {
  addDissemination,
  countDownload,
  createResource,
  saveResourceFile,
  saveResourceTranslation,
  setResourcePublished,
} from "../library/index.ts";

import { renderDemoDocument } from "./library-documents.ts";
import {
  DEMO_LIBRARY_ORGANISATIONS,
  DEMO_LIBRARY_PROGRAMMES,
  DEMO_LIBRARY_TOPICS,
  DEMO_RESOURCES,
  type DemoText,
  DOCUMENT_LABELS,
} from "./library-texts.ts";

type LibraryCtx = Ctx & { config: Pick<Config, "dataDir" | "locales"> };

/** The id of each catalogue entry by slug: the one already there, else a new one. */
async function ensureCatalogue(ctx: LibraryCtx, editor: Actor) {
  const organisations = new Map<string, string>();
  for (const o of DEMO_LIBRARY_ORGANISATIONS) {
    const found = await findOrganisation(ctx.db, { slug: o.slug });
    organisations.set(o.slug, found?.id ?? (await saveOrganisation(ctx, editor, null, o)).id);
  }
  const programmes = new Map<string, string>();
  for (const p of DEMO_LIBRARY_PROGRAMMES) {
    const found = await findProgramme(ctx.db, { slug: p.slug });
    programmes.set(p.slug, found?.id ?? (await saveProgramme(ctx, editor, null, p)).id);
  }
  for (const t of DEMO_LIBRARY_TOPICS) {
    if (!(await findTopic(ctx.db, { slug: t.slug }))) await saveTopic(ctx, editor, null, t);
  }
  return { organisations, programmes };
}

function bodyOf(text: DemoText, contentsLabel: string): string {
  return `${text.intro}\n\n## ${contentsLabel}\n\n${text.sections.map((s) => `- ${s.heading}`).join("\n")}`;
}

async function* once(bytes: Buffer): AsyncIterable<Buffer> {
  yield bytes;
}

/**
 * Loads the demo library (before the posts, which link to it): DPNSEE's two information documents
 * for refugees in Serbia with a PDF in Ukrainian, Russian, Serbian and English, EHRA's guide to
 * online services in English and Russian, their dissemination log (illustrative numbers) and a
 * few downloads. Files go through the same function as an upload.
 */
export async function loadDemoLibrary(ctx: LibraryCtx, editor: Actor): Promise<void> {
  const { organisations, programmes } = await ensureCatalogue(ctx, editor);
  const enabled = ctx.config.locales;
  for (const demo of DEMO_RESOURCES) {
    const texts = demo.texts.filter((t) => enabled.includes(t.locale));
    const [source, ...others] = texts;
    if (!source) continue;
    const topicIds: string[] = [];
    for (const slug of demo.topics) {
      const topic = await findTopic(ctx.db, { slug });
      if (topic) topicIds.push(topic.id);
    }
    const label = (locale: string) => DOCUMENT_LABELS[locale as keyof typeof DOCUMENT_LABELS] ?? DOCUMENT_LABELS.en!;
    const resource = await createResource(ctx, editor, {
      slug: demo.slug,
      kind: demo.kind,
      organisationId: organisations.get(demo.organisation) ?? null,
      programmeId: demo.programme ? (programmes.get(demo.programme) ?? null) : null,
      topicIds,
      sourceLocale: source.locale,
      title: source.text.title,
      summary: source.text.summary,
      body: bodyOf(source.text, label(source.locale).contents),
    });
    for (const t of others) {
      await saveResourceTranslation(ctx, editor, resource.id, t.locale, {
        title: t.text.title,
        summary: t.text.summary,
        body: bodyOf(t.text, label(t.locale).contents),
        status: "published",
      });
    }
    const publisher = DEMO_LIBRARY_ORGANISATIONS.find((o) => o.slug === demo.organisation);
    for (const t of texts) {
      const pdf = await renderDemoDocument({
        lang: t.locale,
        publisher: publisher ? `${pickText(publisher.name, [t.locale, "en"])} (${publisher.shortName})` : "",
        imprint: demo.imprint[t.locale] ?? "",
        title: t.text.title,
        summary: t.text.summary,
        contentsLabel: label(t.locale).contents,
        demoNote: label(t.locale).demoNote,
        sections: t.text.sections,
      });
      await saveResourceFile(ctx, editor, resource.id, { locale: t.locale, fileName: `${demo.slug}-${t.locale}.pdf`, content: once(pdf) });
    }
    await setResourcePublished(ctx, editor, resource.id, true);
    for (const entry of demo.dissemination) {
      await addDissemination(
        ctx,
        editor,
        resource.id,
        {
          organisationId: null,
          partner: entry.partner,
          locale: entry.locale && enabled.includes(entry.locale) ? entry.locale : null,
          copies: entry.copies,
          places: entry.places,
          distributedOn: entry.distributedOn,
          note: "Illustrative number of copies, for the demo.",
        },
        enabled,
      );
    }
    for (const [locale, count] of Object.entries(demo.downloads)) {
      if (!texts.some((t) => t.locale === locale)) continue;
      for (let i = 0; i < (count ?? 0); i++) await countDownload(ctx, resource.id, locale as (typeof texts)[number]["locale"]);
    }
  }
}

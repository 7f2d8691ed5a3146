import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import PDFDocument from "pdfkit";
import type { Locale } from "../i18n/locales.ts";
import type { DemoSection } from "./library-texts.ts";

/**
 * The demo library's files: small A4 PDFs made at demo load from the texts in library-texts.ts, a
 * title page with the contents, then the sections. DejaVu Sans covers Latin and Cyrillic, and
 * pdfkit embeds only the glyphs used, so each file stays around 20 KB.
 */

const fonts = (() => {
  const require = createRequire(import.meta.url);
  const dir = require.resolve("dejavu-fonts-ttf/package.json").replace(/package\.json$/, "ttf/");
  return { regular: readFileSync(`${dir}DejaVuSans.ttf`), bold: readFileSync(`${dir}DejaVuSans-Bold.ttf`) };
})();

export type DemoDocumentInput = {
  lang: Locale;
  publisher: string;
  /** "Belgrade, 2023" */
  imprint: string;
  title: string;
  summary: string;
  contentsLabel: string;
  demoNote: string;
  sections: DemoSection[];
};

const MARGIN = 64;
const ACCENT = "#1d4f6e";
const INK = "#111111";
const MUTED = "#4a4a4a";

export async function renderDemoDocument(input: DemoDocumentInput): Promise<Buffer> {
  const doc = new PDFDocument({
    size: "A4",
    margin: MARGIN,
    lang: input.lang,
    displayTitle: true,
    font: null as unknown as string,
    info: { Title: input.title, Author: input.publisher, CreationDate: new Date("2023-06-01T00:00:00Z") },
  });
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  doc.registerFont("sans", fonts.regular);
  doc.registerFont("sans-bold", fonts.bold);
  const width = doc.page.width - 2 * MARGIN;

  // Title page: publisher, title, summary, contents, imprint and the note that this is a demo edition.
  doc.font("sans-bold").fontSize(12).fillColor(ACCENT).text(input.publisher, { width });
  doc.moveDown(4);
  doc.font("sans-bold").fontSize(24).fillColor(INK).text(input.title, { width, lineGap: 4 });
  doc.moveDown(1);
  doc.font("sans").fontSize(13).fillColor(MUTED).text(input.summary, { width, lineGap: 3 });
  doc.moveDown(2);
  doc.font("sans-bold").fontSize(12).fillColor(INK).text(input.contentsLabel, { width });
  doc.moveDown(0.5);
  input.sections.forEach((section, i) => {
    doc
      .font("sans")
      .fontSize(11)
      .fillColor(INK)
      .text(`${i + 1}. ${section.heading}`, { width, indent: 0, lineGap: 2 });
  });
  const bottom = doc.page.height - MARGIN;
  doc.font("sans").fontSize(9).fillColor(MUTED);
  const noteHeight = doc.heightOfString(input.demoNote, { width });
  doc.text(input.demoNote, MARGIN, bottom - noteHeight, { width });
  doc
    .font("sans-bold")
    .fontSize(11)
    .fillColor(ACCENT)
    .text(input.imprint, MARGIN, bottom - noteHeight - 24, { width });

  // The sections.
  doc.addPage();
  input.sections.forEach((section, i) => {
    doc
      .font("sans-bold")
      .fontSize(14)
      .fillColor(ACCENT)
      .text(`${i + 1}. ${section.heading}`, { width, lineGap: 2 });
    doc.moveDown(0.4);
    doc.font("sans").fontSize(11).fillColor(INK).text(section.text, { width, lineGap: 3, align: "left" });
    doc.moveDown(1.2);
  });
  doc.end();
  return done;
}

import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import PDFDocument from "pdfkit";
import QRCode from "qrcode";
import type { Locale } from "../i18n/locales.ts";

/**
 * A printable A4 poster: the site's name, a title, a few facts, a short text cut to fit, and a
 * large QR code of the page's address with the address printed under it. DejaVu Sans covers Latin
 * and Cyrillic; pdfkit embeds only the glyphs used. The same input gives the same bytes, so a
 * poster can be cached and compared.
 */
export type PosterInput = {
  /** The language of the texts, for the PDF's /Lang. */
  lang: Locale;
  siteName: string;
  title: string;
  summary: string;
  /** Short lines under the title: when and where, the languages it is available in. */
  facts: string[];
  /** The absolute address the QR code encodes. */
  url: string;
  /** "Scan the code to open this page", in the poster's language. */
  scanHint: string;
  /** Written as the PDF's creation date: the content's last change, not the time of the request. */
  updatedAt: string;
};

const fonts = (() => {
  const require = createRequire(import.meta.url);
  const dir = require.resolve("dejavu-fonts-ttf/package.json").replace(/package\.json$/, "ttf/");
  return { regular: readFileSync(`${dir}DejaVuSans.ttf`), bold: readFileSync(`${dir}DejaVuSans-Bold.ttf`) };
})();

/** A4 portrait in points. */
const PAGE = { width: 595.28, height: 841.89 };
const MARGIN = 54;
const WIDTH = PAGE.width - 2 * MARGIN;
const QR_SIZE = 250;
const INK = "#111111";
const ACCENT = "#1d4f6e";
const MUTED = "#3d3d3d";

/** Renders the poster; see PosterInput. Takes some tens of milliseconds: cache through `cachedPoster`. */
export async function renderPoster(input: PosterInput): Promise<Buffer> {
  const doc = new PDFDocument({
    size: "A4",
    margin: 0,
    lang: input.lang,
    displayTitle: true,
    font: null as unknown as string,
    info: { Title: input.title, Author: input.siteName, Creator: input.siteName, CreationDate: new Date(input.updatedAt) },
  });
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  doc.registerFont("sans", fonts.regular);
  doc.registerFont("sans-bold", fonts.bold);

  // The site's name and a rule.
  doc
    .font("sans-bold")
    .fontSize(15)
    .fillColor(ACCENT)
    .text(input.siteName, MARGIN, MARGIN, { width: WIDTH, lineBreak: false, ellipsis: "…" });
  const ruleY = MARGIN + 26;
  doc
    .moveTo(MARGIN, ruleY)
    .lineTo(PAGE.width - MARGIN, ruleY)
    .lineWidth(1.5)
    .strokeColor(ACCENT)
    .stroke();

  // The bottom block, measured from the bottom up: address, hint, QR code.
  doc.font("sans").fontSize(11);
  const urlHeight = doc.heightOfString(input.url, { width: WIDTH, align: "center" });
  const urlY = PAGE.height - MARGIN - urlHeight;
  doc.font("sans-bold").fontSize(14);
  const hintHeight = doc.heightOfString(input.scanHint, { width: WIDTH, align: "center" });
  const hintY = urlY - 6 - hintHeight;
  const qrY = hintY - 12 - QR_SIZE;

  // The title, as large as fits in a third of the space above the code.
  let y = ruleY + 28;
  const textBottom = qrY - 36;
  const titleRoom = Math.min(210, (textBottom - y) / 2);
  let size = 34;
  doc.font("sans-bold");
  while (size > 20 && doc.fontSize(size).heightOfString(input.title, { width: WIDTH, lineGap: 2 }) > titleRoom) size -= 2;
  doc.fontSize(size);
  const title = fitText(doc, input.title, titleRoom, { width: WIDTH, lineGap: 2 });
  doc.fillColor(INK).text(title, MARGIN, y, { width: WIDTH, lineGap: 2 });
  y = doc.y + 14;

  // Facts, then as much of the summary as fits.
  doc.font("sans").fontSize(13).fillColor(MUTED);
  for (const fact of input.facts) {
    const line = fitText(doc, fact, Math.max(0, textBottom - y), { width: WIDTH });
    if (!line) break;
    doc.text(line, MARGIN, y, { width: WIDTH });
    y = doc.y + 4;
  }
  if (input.summary) {
    y += 10;
    // Larger when short, to be read from a step away; cut when even the smallest size is too long.
    const room = Math.max(0, textBottom - y);
    let summarySize = 20;
    doc.font("sans");
    while (summarySize > 14 && doc.fontSize(summarySize).heightOfString(input.summary, { width: WIDTH, lineGap: 3 }) > room) summarySize--;
    doc.fontSize(summarySize).fillColor(INK);
    const summary = fitText(doc, input.summary, room, { width: WIDTH, lineGap: 3 });
    if (summary) doc.text(summary, MARGIN, y, { width: WIDTH, lineGap: 3 });
  }

  // Drawn last so that text extraction and screen readers meet the title first.
  drawQrCode(doc, input.url, (PAGE.width - QR_SIZE) / 2, qrY, QR_SIZE);
  doc.font("sans-bold").fontSize(14).fillColor(INK).text(input.scanHint, MARGIN, hintY, { width: WIDTH, align: "center" });
  doc.font("sans").fontSize(11).fillColor(MUTED).text(input.url, MARGIN, urlY, { width: WIDTH, align: "center" });

  doc.end();
  return done;
}

type TextOptions = PDFKit.Mixins.TextOptions;

/** The text, cut at a word and ended with "…" when it would be taller than `maxHeight` in the current font. */
function fitText(doc: PDFKit.PDFDocument, text: string, maxHeight: number, options: TextOptions): string {
  const clean = text.replace(/\s+/g, " ").trim();
  if (doc.heightOfString(clean, options) <= maxHeight) return clean;
  const words = clean.split(" ");
  let low = 0;
  let high = words.length - 1;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (doc.heightOfString(`${words.slice(0, mid).join(" ")}…`, options) <= maxHeight) low = mid;
    else high = mid - 1;
  }
  return low === 0
    ? ""
    : `${words
        .slice(0, low)
        .join(" ")
        .replace(/[\s,;:.–-]+$/, "")}…`;
}

/**
 * Draws the QR code as vector squares (sharper in print than an image), one rectangle per run of
 * dark modules in a row. Error correction Q survives a crease or a smudge; the page around it is
 * blank for well over the four modules of quiet zone a reader needs.
 */
function drawQrCode(doc: PDFKit.PDFDocument, text: string, x: number, y: number, size: number): void {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: "Q" });
  const cell = size / modules.size;
  for (let row = 0; row < modules.size; row++) {
    let col = 0;
    while (col < modules.size) {
      if (!modules.get(row, col)) {
        col++;
        continue;
      }
      const start = col;
      while (col < modules.size && modules.get(row, col)) col++;
      // A hair of overlap keeps viewers from drawing seams between neighbouring rows.
      doc.rect(x + start * cell, y + row * cell, (col - start) * cell, cell + 0.05);
    }
  }
  doc.fillColor("#000000").fill();
}

const MAX_POSTERS = 48;
const posters = new Map<string, Promise<Buffer>>();

/**
 * The poster for this input from a small in-memory cache of recent ones (keyed by the whole
 * input, so any change to the text, the address or the date makes a new one), else rendered.
 */
export function cachedPoster(input: PosterInput): Promise<Buffer> {
  const key = createHash("sha256").update(JSON.stringify(input)).digest("base64url");
  const hit = posters.get(key);
  if (hit) {
    posters.delete(key);
    posters.set(key, hit);
    return hit;
  }
  const made = renderPoster(input);
  made.catch(() => posters.delete(key));
  posters.set(key, made);
  if (posters.size > MAX_POSTERS) {
    const oldest = posters.keys().next().value;
    if (oldest !== undefined) posters.delete(oldest);
  }
  return made;
}

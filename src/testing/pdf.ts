import jsqr from "jsqr";
import * as mupdf from "mupdf";

// jsqr is CommonJS with a default export: its function sits at .default under NodeNext.
const jsQR = jsqr.default;

/** A PDF as a reader would see it: its page count, the first page's size in points, and its text. */
export function readPdf(bytes: Buffer) {
  const doc = mupdf.Document.openDocument(bytes, "application/pdf");
  const page = doc.loadPage(0);
  const [x0, y0, x1, y1] = page.getBounds();
  const text = page.toStructuredText("preserve-whitespace").asText().replace(/\s+/g, " ");
  return { pages: doc.countPages(), size: [Math.round(x1 - x0), Math.round(y1 - y0)], text, doc, page };
}

/** Renders the first page at 144 dpi and decodes the QR code on it, as a phone camera would. */
export function decodeQr(bytes: Buffer): string | undefined {
  const { page } = readPdf(bytes);
  const pixmap = page.toPixmap(mupdf.Matrix.scale(2, 2), mupdf.ColorSpace.DeviceRGB, false);
  const width = pixmap.getWidth();
  const height = pixmap.getHeight();
  const rgb = pixmap.getPixels();
  const stride = pixmap.getStride();
  const rgba = new Uint8ClampedArray(width * height * 4);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const from = y * stride + x * 3;
      const to = (y * width + x) * 4;
      rgba[to] = rgb[from] ?? 0;
      rgba[to + 1] = rgb[from + 1] ?? 0;
      rgba[to + 2] = rgb[from + 2] ?? 0;
      rgba[to + 3] = 255;
    }
  }
  return jsQR(rgba, width, height)?.data;
}

import { stringify } from "csv-stringify/sync";
import type { FastifyReply } from "fastify";

/** A spreadsheet must not run what someone typed: cells that would start a formula get a leading quote. */
export function safeCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/**
 * Sends rows as a CSV download that spreadsheets open as UTF-8 (with a byte-order mark and CRLF),
 * every cell made safe, never cached: such exports hold what people gave an organiser.
 */
export function sendCsv(reply: FastifyReply, fileName: string, rows: readonly (readonly string[])[]): FastifyReply {
  const csv = stringify(
    rows.map((row) => row.map(safeCell)),
    { bom: true, record_delimiter: "windows" },
  );
  return reply
    .header("Content-Type", "text/csv; charset=utf-8")
    .header("Content-Disposition", `attachment; filename="${fileName}"`)
    .header("Cache-Control", "private, no-store")
    .send(csv);
}

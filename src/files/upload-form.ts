import type { Readable } from "node:stream";
import type { FastifyRequest } from "fastify";
import { AppError } from "../errors.ts";
import type { MessageKey } from "../i18n/messages.ts";
import type { FieldErrors } from "../web/forms.ts";
import { isAcceptableInput } from "../web/input.ts";

/**
 * Upload forms (multipart) read in the route, after the form-token check. A form without JavaScript
 * sends its token in its address, since the body is read only later: use `csrfFromQuery` as the
 * route's onRequest hook, and `receiveFileForm` in its handler.
 */

/** Takes the form token from the address (`?_csrf=`) when no header carries it; it is then checked as any other. */
export async function csrfFromQuery(req: FastifyRequest): Promise<void> {
  const token = (req.query as Record<string, unknown> | undefined)?._csrf;
  if (typeof token === "string" && req.headers["x-csrf-token"] === undefined) req.headers["x-csrf-token"] = token;
}

/** Reads what is left of an upload so the request completes; errors no longer matter here. */
async function drain(stream: Readable): Promise<void> {
  try {
    for await (const _ of stream) {
      // discarded
    }
  } catch {
    // already failed or destroyed
  }
}

/** The error of a file cut off at the size limit. */
function isTooLarge(error: unknown): boolean {
  return (error as { code?: string } | null)?.code === "FST_REQ_FILE_TOO_LARGE";
}

/**
 * An upload stream whose failures read as what they mean to the person: a file cut off at the
 * limit is too large; a broken or cut-off request is a bad request, never a server error.
 */
async function* guarded(stream: AsyncIterable<Buffer>, tooLarge: MessageKey): AsyncIterable<Buffer> {
  try {
    for await (const chunk of stream) yield chunk;
  } catch (error) {
    throw isTooLarge(error) ? new AppError("VALIDATION_FAILED", { file: tooLarge }) : new AppError("BAD_REQUEST");
  }
}

export type FileForm = { fields: Record<string, string>; errors: FieldErrors | undefined };

/**
 * Reads a multipart form of a few text fields and one file named "file", and hands the file to
 * `save` with the fields sent before it. A file past `maxBytes`, a form without a file, or a field
 * error thrown by `save` come back as field errors, with the fields, for the form to be shown again;
 * a malformed body is a bad request. Whatever happens, the body is read to its end.
 */
export async function receiveFileForm(
  req: FastifyRequest,
  options: { maxBytes: number; tooLarge: MessageKey; required: MessageKey },
  save: (fields: Record<string, string>, file: { fileName: string; content: AsyncIterable<Buffer> }) => Promise<void>,
): Promise<FileForm> {
  const fields: Record<string, string> = {};
  let isSaved = false;
  let failure: unknown;
  if (req.isMultipart()) {
    try {
      for await (const part of req.parts({ limits: { fileSize: options.maxBytes + 1, files: 1, fields: 10 } })) {
        if (part.type === "field") {
          // A NUL or a broken character in a field is refused as in any other form.
          if (!isAcceptableInput(part.fieldname) || !isAcceptableInput(part.value)) failure ??= new AppError("BAD_REQUEST");
          else if (typeof part.value === "string") fields[part.fieldname] = part.value;
          continue;
        }
        if (!isAcceptableInput(part.filename)) failure ??= new AppError("BAD_REQUEST");
        if (part.fieldname !== "file" || isSaved || failure) {
          await drain(part.file);
          continue;
        }
        try {
          await save({ ...fields }, { fileName: part.filename, content: guarded(part.file, options.tooLarge) });
          isSaved = true;
        } catch (error) {
          failure = error;
        } finally {
          await drain(part.file);
        }
      }
    } catch (error) {
      failure ??= isTooLarge(error) ? new AppError("VALIDATION_FAILED", { file: options.tooLarge }) : new AppError("BAD_REQUEST");
    }
  }
  if (!isSaved && !failure) failure = new AppError("VALIDATION_FAILED", { file: options.required });
  if (!failure) return { fields, errors: undefined };
  if (failure instanceof AppError && Object.keys(failure.fields).length > 0) return { fields, errors: failure.fields };
  throw failure;
}

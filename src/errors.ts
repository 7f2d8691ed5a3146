import type { MessageKey } from "./i18n/messages.ts";

/**
 * Stable error codes. The code is for programs and tests; the message key is what a person reads,
 * in their language.
 */
export const ERROR_CODES = {
  NOT_FOUND: { status: 404, message: "error.notFound" },
  NOT_SIGNED_IN: { status: 401, message: "error.notSignedIn" },
  FORBIDDEN: { status: 403, message: "error.forbidden" },
  CSRF_INVALID: { status: 403, message: "error.csrf" },
  VALIDATION_FAILED: { status: 422, message: "error.validation" },
  BAD_REQUEST: { status: 400, message: "error.badRequest" },
  PAYLOAD_TOO_LARGE: { status: 413, message: "error.payloadTooLarge" },
  RATE_LIMITED: { status: 429, message: "error.rateLimited" },
  CONFLICT: { status: 409, message: "error.conflict" },
  TOKEN_INVALID: { status: 410, message: "error.tokenInvalid" },
  INTERNAL: { status: 500, message: "error.internal" },
  /** The database cannot be reached or cannot take writes (restarting, disk full): try again soon. */
  UNAVAILABLE: { status: 503, message: "error.unavailable" },
} as const satisfies Record<string, { status: number; message: MessageKey }>;

export type ErrorCode = keyof typeof ERROR_CODES;

/** An error a person can be told about: a stable code, an HTTP status, optional field errors. */
export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    readonly fields: Record<string, MessageKey> = {},
  ) {
    super(code);
    this.status = ERROR_CODES[code].status;
  }
}

/** An error with field errors, to show next to the fields of the form that was sent. */
export function isFieldError(error: unknown): error is AppError {
  return error instanceof AppError && Object.keys(error.fields).length > 0;
}

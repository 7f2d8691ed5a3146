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

/**
 * Stable domain codes: which rule refused a request, beside the general code and its HTTP status
 * (`CONFLICT` with `REGISTRATION_CLOSED`). The API answers one as `error.reason`; pages show the
 * localised message as before. None tells whether an address is registered: registering an address
 * twice is answered exactly as a first registration, so it has no code here.
 */
export const DOMAIN_CODES = {
  EVENT_NOT_FOUND: { code: "NOT_FOUND", description: "No such event, or it is not published." },
  OCCURRENCE_NOT_FOUND: { code: "NOT_FOUND", description: "No such occurrence, or its event is not published." },
  REGISTRATION_NOT_FOUND: { code: "NOT_FOUND", description: "No such registration." },
  REGISTRATION_WINDOW_NOT_OPEN: { code: "CONFLICT", description: "Registration for the occurrence has not opened yet." },
  REGISTRATION_CLOSED: { code: "CONFLICT", description: "Registration for the occurrence has closed." },
  OCCURRENCE_STARTED: { code: "CONFLICT", description: "The occurrence has started; it takes no more registrations or moves." },
  OCCURRENCE_CANCELLED: { code: "CONFLICT", description: "The occurrence is cancelled." },
  REGISTRATION_STATUS_CHANGED: { code: "CONFLICT", description: "The registration's status does not allow this, or it changed meanwhile." },
  ALREADY_REGISTERED_THERE: {
    code: "CONFLICT",
    description: "An organiser's move: the person's address already holds a registration for the target occurrence.",
  },
  CAPACITY_BELOW_CONFIRMED: { code: "CONFLICT", description: "A capacity cannot go below the seats already taken." },
  SLUG_TAKEN: { code: "CONFLICT", description: "Another event already has this slug." },
} as const satisfies Record<string, { code: ErrorCode; description: string }>;

export type DomainCode = keyof typeof DOMAIN_CODES;

/** The domain code of a registration window that is not open. */
export function windowCode(window: "not-yet" | "closed" | "started" | "cancelled"): DomainCode {
  return {
    "not-yet": "REGISTRATION_WINDOW_NOT_OPEN",
    closed: "REGISTRATION_CLOSED",
    started: "OCCURRENCE_STARTED",
    cancelled: "OCCURRENCE_CANCELLED",
  }[window] as DomainCode;
}

/** An error a person can be told about: a stable code, an HTTP status, optional field errors and domain code. */
export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    readonly fields: Record<string, MessageKey> = {},
    readonly reason?: DomainCode,
  ) {
    super(code);
    this.status = ERROR_CODES[code].status;
  }
}

/** An error with field errors, to show next to the fields of the form that was sent. */
export function isFieldError(error: unknown): error is AppError {
  return error instanceof AppError && Object.keys(error.fields).length > 0;
}

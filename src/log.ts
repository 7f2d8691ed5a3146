import pino from "pino";

export type Logger = pino.Logger;

/**
 * Structured JSON logs. Requests are logged by route pattern (/:locale/account/reset/:token), never
 * by their raw address, query string, body, client address or user agent: no personal data.
 */
export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  const options = { level, base: undefined, timestamp: pino.stdTimeFunctions.isoTime };
  return destination ? pino(options, destination) : pino(options);
}

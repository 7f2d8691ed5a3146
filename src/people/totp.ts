import { Secret, TOTP } from "otpauth";
import QRCode from "qrcode";

const PERIOD = 30;

function totp(secret: string, label = "", issuer = "Outreach"): TOTP {
  return new TOTP({ issuer, label, algorithm: "SHA1", digits: 6, period: PERIOD, secret: Secret.fromBase32(secret) });
}

export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

/** The otpauth:// URI an authenticator app reads, and the same as an SVG QR code. */
export async function totpEnrolment(secret: string, email: string, issuer: string) {
  const uri = totp(secret, email, issuer).toString();
  const svg = await QRCode.toString(uri, { type: "svg", margin: 1, errorCorrectionLevel: "M" });
  return { uri, svg };
}

/**
 * Checks a 6-digit code, allowing one step of clock drift either way.
 * Returns the time step it matched, so that a code cannot be used twice; null when it does not match
 * or was already used.
 */
export function checkTotp(secret: string, code: string, lastStep: number | null, now: Date): number | null {
  const token = code.replace(/\s+/g, "");
  if (!/^\d{6}$/.test(token)) return null;
  const timestamp = now.getTime();
  const delta = totp(secret).validate({ token, timestamp, window: 1 });
  if (delta === null) return null;
  const step = Math.floor(timestamp / 1000 / PERIOD) + delta;
  if (lastStep !== null && step <= lastStep) return null;
  return step;
}

/** The current code, for tests and the CLI. */
export function currentTotp(secret: string, now: Date): string {
  return totp(secret).generate({ timestamp: now.getTime() });
}

import type { FastifyReply } from "fastify";
import type { Services } from "./context.ts";

/** The only two cookies Outreach sets: the session, when signed in, and the language choice. */
export const SESSION_COOKIE = "sid";
export const LANGUAGE_COOKIE = "lang";

export function sessionCookieName(services: Pick<Services, "config">): string {
  // The __Host- prefix pins the cookie to this host and path, over HTTPS only.
  return services.config.isHttps ? `__Host-${SESSION_COOKIE}` : SESSION_COOKIE;
}

export function cookieOptions(services: Pick<Services, "config">, maxAgeSeconds?: number) {
  return {
    path: "/",
    httpOnly: true,
    sameSite: "lax" as const,
    secure: services.config.isHttps,
    ...(maxAgeSeconds === undefined ? {} : { maxAge: maxAgeSeconds }),
  };
}

export function setSessionCookie(reply: FastifyReply, services: Pick<Services, "config">, token: string): void {
  reply.setCookie(sessionCookieName(services), token, cookieOptions(services));
}

export function clearSessionCookie(reply: FastifyReply, services: Pick<Services, "config">): void {
  reply.clearCookie(sessionCookieName(services), cookieOptions(services));
}

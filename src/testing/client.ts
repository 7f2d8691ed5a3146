import type { FastifyInstance, LightMyRequestResponse } from "fastify";
import type { Role } from "../access/policy.ts";
import type { Ctx } from "../db/index.ts";
import type { Locale } from "../i18n/locales.ts";
import { createUser, type User } from "../people/accounts.ts";
import { currentTotp, newTotpSecret } from "../people/totp.ts";
import type { TestClock } from "./harness.ts";

/**
 * A browser stand-in over app.inject: keeps cookies, and takes the form token from the last page,
 * so tests post forms exactly as a person's browser would.
 */
export class TestClient {
  private cookies = new Map<string, string>();
  private csrf: string | undefined;
  /** Each client comes from its own address, as different people would. */
  readonly remoteAddress =
    `10.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250) + 1}`;
  constructor(
    private readonly app: FastifyInstance,
    private readonly headers: Record<string, string> = {},
  ) {}

  private remember(res: LightMyRequestResponse): void {
    for (const c of res.cookies as { name: string; value: string; maxAge?: number; expires?: Date }[]) {
      const isCleared = c.value === "" || c.maxAge === 0 || (c.expires !== undefined && c.expires.getTime() < Date.now());
      if (isCleared) this.cookies.delete(c.name);
      else this.cookies.set(c.name, c.value);
    }
    const match = /name="_csrf" value="([^"]+)"/.exec(res.body);
    if (match) this.csrf = match[1];
  }

  private cookieHeader(): Record<string, string> {
    return this.cookies.size === 0 ? {} : { cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ") };
  }

  cookie(name: string): string | undefined {
    return this.cookies.get(name);
  }

  async get(url: string, headers: Record<string, string> = {}): Promise<LightMyRequestResponse> {
    const res = await this.app.inject({
      method: "GET",
      url,
      remoteAddress: this.remoteAddress,
      headers: { ...this.headers, ...this.cookieHeader(), ...headers },
    });
    this.remember(res);
    return res;
  }

  /** Posts a form; the token comes from the last page fetched unless the form gives one. */
  async post(
    url: string,
    form: Record<string, string | string[]> = {},
    headers: Record<string, string> = {},
  ): Promise<LightMyRequestResponse> {
    const body = new URLSearchParams();
    if (this.csrf && !("_csrf" in form)) body.append("_csrf", this.csrf);
    for (const [k, v] of Object.entries(form)) for (const item of Array.isArray(v) ? v : [v]) body.append(k, item);
    const res = await this.app.inject({
      method: "POST",
      url,
      remoteAddress: this.remoteAddress,
      payload: body.toString(),
      headers: { ...this.headers, ...this.cookieHeader(), "content-type": "application/x-www-form-urlencoded", ...headers },
    });
    this.remember(res);
    return res;
  }

  /** Fetches the form page first (for its token), then posts to the same address. */
  async submit(url: string, form: Record<string, string | string[]> = {}): Promise<LightMyRequestResponse> {
    await this.get(url);
    return this.post(url, form);
  }
}

export type Person = User & { password: string; totpSecret: string | null };

/** Creates an account; staff get a second factor set up, as they would at their first sign-in. */
export async function createPerson(ctx: Ctx, role: Role, options: { locales?: Locale[]; email?: string } = {}): Promise<Person> {
  const password = "correct horse battery staple";
  const email = options.email ?? `${role}-${Math.random().toString(36).slice(2, 8)}@example.org`;
  const user = await createUser(ctx, { email, name: `Test ${role}`, password, role, locales: options.locales ?? [] });
  const isStaff = ["admin", "editor", "organiser", "translator"].includes(role);
  const totpSecret = isStaff ? newTotpSecret() : null;
  if (totpSecret) await ctx.db.updateTable("users").set({ totp_secret: totpSecret }).where("id", "=", user.id).execute();
  return { ...user, hasTotp: totpSecret !== null, password, totpSecret };
}

/** Signs a person in through the forms, with the second factor when they have one. */
export async function signIn(client: TestClient, person: Person, clock: TestClock): Promise<void> {
  await client.get("/en/account/sign-in");
  const res = await client.post("/en/account/sign-in", { email: person.email, password: person.password });
  if (res.statusCode !== 303) throw new Error(`sign-in failed: ${res.statusCode}`);
  if (person.totpSecret) {
    await client.get("/en/account/two-factor");
    // A code is taken once: after a test the harness puts the clock back, so an earlier test of the
    // file may have used this one already; the next step's code is then taken, as a person would wait.
    let done = await client.post("/en/account/two-factor", { code: currentTotp(person.totpSecret, clock.now()) });
    for (let tries = 0; done.statusCode === 422 && tries < 20; tries++) {
      clock.advance(30_000);
      done = await client.post("/en/account/two-factor", { code: currentTotp(person.totpSecret, clock.now()) });
    }
    if (done.statusCode !== 303) throw new Error(`second factor failed: ${done.statusCode}`);
    clock.advance(31_000);
  }
}

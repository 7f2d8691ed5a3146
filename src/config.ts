import path from "node:path";
import { z } from "zod";
import { isLocale, LOCALES, type Locale } from "./i18n/locales.ts";

/** Settings read from the environment once, at start. */
export type Config = {
  host: string;
  port: number;
  baseUrl: URL;
  isHttps: boolean;
  databaseUrl: string | undefined;
  dataDir: string;
  smtpUrl: string | undefined;
  mailFrom: string;
  locales: Locale[];
  defaultLocale: Locale;
  fallbacks: Map<Locale, Locale[]>;
  siteName: string;
  logLevel: "fatal" | "error" | "warn" | "info" | "debug" | "trace" | "silent";
  trustProxy: boolean;
  runJobs: boolean;
  secret: string | undefined;
  /** Registrations one client address may send per 10 minutes. */
  registrationLimit: number;
};

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Configuration is not valid:\n${problems.map((p) => `  ${p}`).join("\n")}`);
  }
}

const flag = z
  .enum(["1", "0", "true", "false", "yes", "no", "on", "off"], {
    error: "must be true or false",
  })
  .transform((v) => ["1", "true", "yes", "on"].includes(v));

const localeList = z.string().transform((value, ctx) => {
  const items = value
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  const unknown = items.filter((s) => !isLocale(s));
  if (unknown.length > 0) {
    ctx.addIssue({
      code: "custom",
      message: `unknown language ${unknown.join(", ")}; choose from ${LOCALES.join(", ")}`,
    });
    return z.NEVER;
  }
  return items as Locale[];
});

const envSchema = z.object({
  HOST: z.string().min(1).default("127.0.0.1"),
  PORT: z.coerce
    .number({ error: "must be a whole number from 1 to 65535" })
    .int("must be a whole number from 1 to 65535")
    .min(0, "must be a whole number from 1 to 65535")
    .max(65535, "must be a whole number from 1 to 65535")
    .default(3000),
  OUTREACH_BASE_URL: z.url({ error: "must be a full address such as https://example.org" }).optional(),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must start with postgres:// or postgresql://")
    .optional(),
  OUTREACH_DATA_DIR: z.string().min(1).default("data"),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, "must start with smtp:// or smtps://")
    .optional(),
  MAIL_FROM: z.string().min(3).default("Outreach <outreach@localhost>"),
  OUTREACH_LOCALES: localeList.optional(),
  OUTREACH_DEFAULT_LOCALE: z
    .string()
    .refine(isLocale, `must be one of ${LOCALES.join(", ")}`)
    .default("en"),
  OUTREACH_FALLBACKS: z.string().optional(),
  OUTREACH_SITE_NAME: z.string().min(1).default("Outreach"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  TRUST_PROXY: flag.default(false),
  OUTREACH_JOBS: flag.default(true),
  OUTREACH_SECRET: z.string().min(32, "must be at least 32 characters long").optional(),
  OUTREACH_REGISTRATION_LIMIT: z.coerce
    .number({ error: "must be a whole number of at least 1" })
    .int("must be a whole number of at least 1")
    .min(1, "must be a whole number of at least 1")
    .default(60),
});

/** Parses OUTREACH_FALLBACKS, e.g. "uk=ru,en;sr-Cyrl=sr-Latn,en". */
function parseFallbacks(value: string | undefined, problems: string[]): Map<Locale, Locale[]> {
  const map = new Map<Locale, Locale[]>();
  if (!value) return map;
  for (const rule of value
    .split(";")
    .map((s) => s.trim())
    .filter(Boolean)) {
    const [from, to] = rule.split("=");
    const chain = (to ?? "")
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean);
    if (!from || !isLocale(from.trim()) || chain.length === 0 || !chain.every(isLocale)) {
      problems.push(`OUTREACH_FALLBACKS: "${rule}" must look like uk=ru,en with known languages`);
      continue;
    }
    map.set(from.trim() as Locale, chain as Locale[]);
  }
  return map;
}

/** Reads and validates the environment; throws ConfigError listing every mistake. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: Partial<Config> = {}): Config {
  const input = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ""));
  const parsed = envSchema.safeParse(input);
  const problems: string[] = [];
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const key = String(issue.path[0] ?? "environment");
      const got = input[key];
      problems.push(`${key}: ${issue.message}${got === undefined ? "" : ` (got "${got}")`}`);
    }
    throw new ConfigError(problems);
  }
  const e = parsed.data;
  const locales = e.OUTREACH_LOCALES ?? [...LOCALES];
  const defaultLocale = e.OUTREACH_DEFAULT_LOCALE as Locale;
  if (!locales.includes(defaultLocale)) {
    problems.push(`OUTREACH_DEFAULT_LOCALE: "${defaultLocale}" is not in OUTREACH_LOCALES`);
  }
  // Serbian readers are better served by the other script than by English.
  const fallbacks = parseFallbacks(e.OUTREACH_FALLBACKS ?? "sr-Cyrl=sr-Latn;sr-Latn=sr-Cyrl", problems);
  if (problems.length > 0) throw new ConfigError(problems);
  const port = overrides.port ?? e.PORT;
  const baseUrl = new URL(e.OUTREACH_BASE_URL ?? `http://localhost:${port}`);
  return {
    host: e.HOST,
    port,
    baseUrl,
    isHttps: baseUrl.protocol === "https:",
    databaseUrl: e.DATABASE_URL,
    dataDir: path.resolve(e.OUTREACH_DATA_DIR),
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
    locales,
    defaultLocale,
    fallbacks,
    siteName: e.OUTREACH_SITE_NAME,
    logLevel: e.LOG_LEVEL,
    trustProxy: e.TRUST_PROXY,
    runJobs: e.OUTREACH_JOBS,
    secret: e.OUTREACH_SECRET,
    registrationLimit: e.OUTREACH_REGISTRATION_LIMIT,
    ...overrides,
  };
}

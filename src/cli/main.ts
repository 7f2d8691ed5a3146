import { parseArgs } from "node:util";
import { systemClock } from "../clock.ts";
import { ConfigError, loadConfig } from "../config.ts";
import { DatabaseFileError, databaseFault, migrateToLatest, openStore } from "../db/index.ts";
import { AppError } from "../errors.ts";
import { isLocale, type Locale } from "../i18n/locales.ts";
import { formatReport } from "../import/report.ts";
import { importWordPress, readWxrFile } from "../import/wordpress.ts";
import { WxrError } from "../import/wxr.ts";
import { createApiToken, createUser, findUserByEmail, resetTwoFactorByEmail, toUser } from "../people/index.ts";

import { reindexAll } from "../search/index.ts";
import { serve } from "../server.ts";

const HELP = `Usage: outreach <command> [options]

Commands:
  serve [--port N] [--no-demo]        Run the site (migrates first; loads the demo network on an empty database)
  migrate                             Bring the database schema up to date
  create-admin --email E --password P [--name N]
                                      Add an administrator account
  token create --email E              Print a new API token for that account
  reset-two-factor --email E          Remove that account's second factor and recovery codes (audited);
                                      they set up a new one at their next sign-in
  import wordpress FILE.xml [--files DIR] [--source URL] [--language L] [--dry-run]
                                      Import a WordPress export (Tools → Export): posts, pages,
                                      topics, authors, comments, attachments from DIR (a copy of
                                      wp-content/uploads); old addresses redirect. Safe to run again.
  search reindex                      Rebuild the search index from the stored content
  help                                Show this text

Configuration comes from the environment: see the README.`;

/** Runs one command; returns the process exit code. */
export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case "serve": {
        const { values } = parseArgs({ args: rest, options: { port: { type: "string" }, "no-demo": { type: "boolean" } } });
        const overrides = values.port === undefined ? {} : { port: parsePort(values.port) };
        const config = loadConfig(process.env, overrides);
        await serve(config, { demo: !values["no-demo"] });
        return 0;
      }
      case "migrate": {
        const config = loadConfig();
        const store = openStore(config);
        const ran = await migrateToLatest(store.db);
        await store.close();
        console.log(ran.length === 0 ? "The database is up to date." : `Ran ${ran.length} migration(s): ${ran.join(", ")}`);
        return 0;
      }
      case "create-admin": {
        const { values } = parseArgs({
          args: rest,
          options: { email: { type: "string" }, password: { type: "string" }, name: { type: "string" } },
        });
        if (!values.email || !values.password) return usage("create-admin needs --email and --password");
        const store = openStore(loadConfig());
        await migrateToLatest(store.db);
        try {
          const ctx = { db: store.db, clock: systemClock };
          await createUser(ctx, { email: values.email, password: values.password, name: values.name ?? "Administrator", role: "admin" });
          console.log(`Created administrator ${values.email}. A second factor is set up at the first sign-in.`);
        } finally {
          await store.close();
        }
        return 0;
      }
      case "reset-two-factor": {
        const { values } = parseArgs({ args: rest, options: { email: { type: "string" } } });
        if (!values.email) return usage("reset-two-factor needs --email");
        const store = openStore(loadConfig());
        await migrateToLatest(store.db);
        try {
          const ctx = { db: store.db, clock: systemClock };
          if (!(await resetTwoFactorByEmail(ctx, values.email))) {
            console.error(`No account has the address ${values.email}.`);
            return 1;
          }
          console.log(`Two-step verification of ${values.email} was reset. It is set up again at the next sign-in.`);
        } finally {
          await store.close();
        }
        return 0;
      }
      case "token": {
        const { values, positionals } = parseArgs({ args: rest, allowPositionals: true, options: { email: { type: "string" } } });
        if (positionals[0] !== "create" || !values.email) return usage("token create needs --email");
        const store = openStore(loadConfig());
        await migrateToLatest(store.db);
        try {
          const ctx = { db: store.db, clock: systemClock };
          const row = await findUserByEmail(ctx, values.email);
          if (!row) {
            console.error(`No account has the address ${values.email}.`);
            return 1;
          }
          const token = await createApiToken(ctx, toUser(row).id);
          console.log(token);
        } finally {
          await store.close();
        }
        return 0;
      }
      case "search": {
        if (rest[0] !== "reindex" || rest.length > 1) return usage("search needs the subcommand reindex");
        const store = openStore(loadConfig());
        await migrateToLatest(store.db);
        try {
          const { documents } = await reindexAll({ db: store.db, clock: systemClock });
          console.log(`Indexed ${documents} search document(s).`);
        } finally {
          await store.close();
        }
        return 0;
      }
      case "import":
        return await runImport(rest);
      case undefined:
      case "help":
      case "--help":
        console.log(HELP);
        return 0;
      default:
        return usage(`Unknown command "${command}".`);
    }
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      return 2;
    }
    if (error instanceof DatabaseFileError) {
      console.error(error.message);
      return 1;
    }
    const fault = databaseFault(error);
    if (fault) {
      console.error(
        fault.kind === "full"
          ? `The database has no space left to write (${fault.code}): free some disk space, then start again.`
          : `The database cannot be reached (${fault.code}): check DATABASE_URL and that PostgreSQL is running, then start again.`,
      );
      return 1;
    }
    if (error instanceof AppError) {
      console.error(
        `${error.code}${
          Object.keys(error.fields).length
            ? `: ${Object.entries(error.fields)
                .map(([k, v]) => `${k} (${v})`)
                .join(", ")}`
            : ""
        }`,
      );
      return 1;
    }
    if (error instanceof TypeError && (error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS")) return usage(error.message);
    throw error;
  }
}

async function runImport(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { files: { type: "string" }, source: { type: "string" }, language: { type: "string" }, "dry-run": { type: "boolean" } },
  });
  const [format, file, ...extra] = positionals;
  if (format !== "wordpress" || !file || extra.length > 0) return usage("import wordpress needs one FILE.xml");
  if (values.language !== undefined && !isLocale(values.language)) return usage(`--language: unknown language "${values.language}"`);
  const config = loadConfig();
  let wxr: Awaited<ReturnType<typeof readWxrFile>>;
  try {
    wxr = await readWxrFile(file);
  } catch (error) {
    if (!(error instanceof WxrError)) throw error;
    console.error(`Cannot import ${error.message}`);
    return 2;
  }
  const store = openStore(config);
  try {
    await migrateToLatest(store.db);
    const isTty = process.stderr.isTTY;
    const report = await importWordPress({ db: store.db, clock: systemClock, config }, wxr, {
      filesDir: values.files,
      source: values.source,
      language: values.language as Locale | undefined,
      isDryRun: values["dry-run"] ?? false,
      onProgress: (kind, done, total) => {
        if (isTty) process.stderr.write(`\r${kind} ${done}/${total}${done === total ? "\n" : ""}`);
        else if (done === total || done % 100 === 0) process.stderr.write(`${kind} ${done}/${total}\n`);
      },
    });
    console.log(formatReport(report));
  } catch (error) {
    if (!(error instanceof WxrError)) throw error;
    console.error(`Cannot import ${file}: ${error.message}`);
    return 2;
  } finally {
    await store.close();
  }
  return 0;
}

function parsePort(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new ConfigError([`--port: must be a whole number from 1 to 65535 (got "${value}")`]);
  return port;
}

function usage(problem: string): number {
  console.error(`${problem}\n\n${HELP}`);
  return 2;
}

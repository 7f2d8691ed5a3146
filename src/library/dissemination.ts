import { type Actor, can } from "../access/policy.ts";
import { recordAudit } from "../audit/audit.ts";
import { existingIds } from "../catalogue/index.ts";
import { newId } from "../db/ids.ts";
import type { Ctx, Db } from "../db/index.ts";
import type { DisseminationRow } from "../db/schema.ts";
import { AppError } from "../errors.ts";
import { type LocalizedText, parseLocalized } from "../i18n/content.ts";
import { isLocale, type Locale } from "../i18n/locales.ts";
import type { MessageKey } from "../i18n/messages.ts";
import { findResource } from "./resources.ts";

/**
 * The dissemination log of a resource: printed copies handed to a partner (an organisation of the
 * catalogue, or a name typed in) for its places, such as border police stations or refugee centres.
 */

export type DisseminationInput = {
  /** An organisation of the catalogue; when empty, `partner` names the partner. */
  organisationId: string | null;
  partner: string;
  /** The language of the copies, when they are all in one. */
  locale: Locale | null;
  copies: number;
  places: string;
  /** "YYYY-MM-DD" */
  distributedOn: string;
  note: string;
};

export type Dissemination = DisseminationInput & {
  id: string;
  resourceId: string;
  /** The organisation's name in every language it has, when the partner is one of the catalogue. */
  organisationName: LocalizedText | null;
  createdAt: string;
};

function toDissemination(row: DisseminationRow, organisationName: string | null | undefined): Dissemination {
  return {
    id: row.id,
    resourceId: row.resource_id,
    organisationId: row.organisation_id,
    organisationName: organisationName ? parseLocalized(organisationName) : null,
    partner: row.partner,
    locale: row.locale && isLocale(row.locale) ? row.locale : null,
    copies: Number(row.copies),
    places: row.places,
    distributedOn: row.distributed_on,
    note: row.note,
    createdAt: row.created_at,
  };
}

/** A calendar date "YYYY-MM-DD" that exists. */
export function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

async function checkEntry(db: Db, input: DisseminationInput, locales: readonly Locale[]): Promise<void> {
  const errors: Record<string, MessageKey> = {};
  if (input.organisationId) {
    if (!(await existingIds(db, "organisations", [input.organisationId])).size) errors.organisationId = "form.invalid";
  } else if (!input.partner.trim()) {
    errors.partner = "library.dissemination.partnerRequired";
  }
  if (input.locale && !locales.includes(input.locale)) errors.locale = "form.invalid";
  if (!Number.isInteger(input.copies) || input.copies < 1 || input.copies > 10_000_000)
    errors.copies = "library.dissemination.copiesInvalid";
  if (!isCalendarDate(input.distributedOn)) errors.distributedOn = "library.dissemination.dateInvalid";
  if (Object.keys(errors).length > 0) throw new AppError("VALIDATION_FAILED", errors);
}

function rowValues(input: DisseminationInput) {
  return {
    organisation_id: input.organisationId || null,
    partner: input.organisationId ? "" : input.partner.trim(),
    locale: input.locale,
    copies: input.copies,
    places: input.places.trim(),
    distributed_on: input.distributedOn,
    note: input.note.trim(),
  };
}

/** Adds an entry to the log of a resource. */
export async function addDissemination(
  ctx: Ctx,
  actor: Actor,
  resourceId: string,
  input: DisseminationInput,
  locales: readonly Locale[],
): Promise<string> {
  if (!can(actor, "library.manage")) throw new AppError("FORBIDDEN");
  await findResource(ctx.db, resourceId);
  await checkEntry(ctx.db, input, locales);
  const id = newId();
  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .insertInto("disseminations")
      .values({ id, resource_id: resourceId, ...rowValues(input), created_by: actor.id, created_at: ctx.clock.now().toISOString() })
      .execute();
    await recordAudit(
      { db: trx, clock: ctx.clock },
      { actorId: actor.id, action: "resource.dissemination-added", subjectType: "resource", subjectId: resourceId },
    );
  });
  return id;
}

/** Changes an entry of the log. */
export async function updateDissemination(
  ctx: Ctx,
  actor: Actor,
  resourceId: string,
  entryId: string,
  input: DisseminationInput,
  locales: readonly Locale[],
): Promise<void> {
  if (!can(actor, "library.manage")) throw new AppError("FORBIDDEN");
  await findDissemination(ctx.db, resourceId, entryId);
  await checkEntry(ctx.db, input, locales);
  await ctx.db.transaction().execute(async (trx) => {
    await trx.updateTable("disseminations").set(rowValues(input)).where("id", "=", entryId).execute();
    await recordAudit(
      { db: trx, clock: ctx.clock },
      { actorId: actor.id, action: "resource.dissemination-changed", subjectType: "resource", subjectId: resourceId },
    );
  });
}

/** Removes an entry of the log. */
export async function deleteDissemination(ctx: Ctx, actor: Actor, resourceId: string, entryId: string): Promise<void> {
  if (!can(actor, "library.manage")) throw new AppError("FORBIDDEN");
  await findDissemination(ctx.db, resourceId, entryId);
  await ctx.db.transaction().execute(async (trx) => {
    await trx.deleteFrom("disseminations").where("id", "=", entryId).execute();
    await recordAudit(
      { db: trx, clock: ctx.clock },
      { actorId: actor.id, action: "resource.dissemination-deleted", subjectType: "resource", subjectId: resourceId },
    );
  });
}

function selectEntries(db: Db) {
  return db
    .selectFrom("disseminations")
    .leftJoin("organisations", "organisations.id", "disseminations.organisation_id")
    .selectAll("disseminations")
    .select("organisations.name as organisation_name");
}

/** One entry of the log of this resource, or NOT_FOUND. */
export async function findDissemination(db: Db, resourceId: string, entryId: string): Promise<Dissemination> {
  const row = await selectEntries(db)
    .where("disseminations.id", "=", entryId)
    .where("disseminations.resource_id", "=", resourceId)
    .executeTakeFirst();
  if (!row) throw new AppError("NOT_FOUND");
  return toDissemination(row, row.organisation_name);
}

/** The log of a resource, newest distribution first. */
export async function listDisseminations(db: Db, resourceId: string): Promise<Dissemination[]> {
  const rows = await selectEntries(db)
    .where("disseminations.resource_id", "=", resourceId)
    .orderBy("disseminations.distributed_on", "desc")
    .orderBy("disseminations.created_at", "desc")
    .execute();
  return rows.map((row) => toDissemination(row, row.organisation_name));
}

export type DisseminationTotals = {
  copies: number;
  /** Copies per partner, most first; `name` is the partner's name as `partnerName` gives it. */
  byPartner: { name: string; copies: number }[];
  /** Copies per language, most first; null for copies in no one language. */
  byLocale: { locale: Locale | null; copies: number }[];
};

/** Totals of a log, by partner and by language; `partnerName` names a partner in the reader's language. */
export function totalDisseminations(entries: readonly Dissemination[], partnerName: (entry: Dissemination) => string): DisseminationTotals {
  const byPartner = new Map<string, number>();
  const byLocale = new Map<Locale | null, number>();
  let copies = 0;
  for (const entry of entries) {
    copies += entry.copies;
    const name = partnerName(entry);
    byPartner.set(name, (byPartner.get(name) ?? 0) + entry.copies);
    byLocale.set(entry.locale, (byLocale.get(entry.locale) ?? 0) + entry.copies);
  }
  const most = <K>(map: Map<K, number>) => [...map].sort((a, b) => b[1] - a[1]);
  return {
    copies,
    byPartner: most(byPartner).map(([name, n]) => ({ name, copies: n })),
    byLocale: most(byLocale).map(([locale, n]) => ({ locale, copies: n })),
  };
}

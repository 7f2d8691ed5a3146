import { DateTime, IANAZone } from "luxon";
import type { Locale } from "./locales.ts";
import { type MessageKey, SOURCE_CATALOG, translate } from "./messages.ts";

/**
 * Time zones by their canonical IANA names. The runtime's ICU (CLDR) still calls Kyiv
 * "Europe/Kiev" and Kolkata "Asia/Calcutta", and people paste old names; every name that comes
 * in is mapped here, so the stored zone, the TZID of an .ics and its VTIMEZONE all say the same.
 */

/** Old names (IANA's `backward` links) and the zone each now is. */
const ALIASES: Record<string, string> = {
  "Europe/Kiev": "Europe/Kyiv",
  "Europe/Uzhgorod": "Europe/Kyiv",
  "Europe/Zaporozhye": "Europe/Kyiv",
  "Asia/Calcutta": "Asia/Kolkata",
  "Asia/Katmandu": "Asia/Kathmandu",
  "Asia/Saigon": "Asia/Ho_Chi_Minh",
  "Asia/Rangoon": "Asia/Yangon",
  "Asia/Dacca": "Asia/Dhaka",
  "Asia/Thimbu": "Asia/Thimphu",
  "Asia/Ashkhabad": "Asia/Ashgabat",
  "Asia/Ulan_Bator": "Asia/Ulaanbaatar",
  "Asia/Macao": "Asia/Macau",
  "Asia/Chongqing": "Asia/Shanghai",
  "Asia/Chungking": "Asia/Shanghai",
  "Asia/Harbin": "Asia/Shanghai",
  "Asia/Tel_Aviv": "Asia/Jerusalem",
  "Asia/Istanbul": "Europe/Istanbul",
  "Europe/Nicosia": "Asia/Nicosia",
  "Europe/Tiraspol": "Europe/Chisinau",
  "Europe/Belfast": "Europe/London",
  "America/Godthab": "America/Nuuk",
  "America/Buenos_Aires": "America/Argentina/Buenos_Aires",
  "America/Indianapolis": "America/Indiana/Indianapolis",
  "America/Fort_Wayne": "America/Indiana/Indianapolis",
  "America/Louisville": "America/Kentucky/Louisville",
  "America/Montreal": "America/Toronto",
  "Atlantic/Faeroe": "Atlantic/Faroe",
  "Africa/Asmera": "Africa/Asmara",
  "Pacific/Enderbury": "Pacific/Kanton",
  "Pacific/Truk": "Pacific/Chuuk",
  "Pacific/Ponape": "Pacific/Pohnpei",
  "US/Eastern": "America/New_York",
  "US/Central": "America/Chicago",
  "US/Mountain": "America/Denver",
  "US/Pacific": "America/Los_Angeles",
  "W-SU": "Europe/Moscow",
  GB: "Europe/London",
  Turkey: "Europe/Istanbul",
  "Etc/UTC": "UTC",
  "Etc/UCT": "UTC",
  "Etc/Universal": "UTC",
  "Etc/Zulu": "UTC",
  "Etc/GMT": "UTC",
  UCT: "UTC",
  Universal: "UTC",
  Zulu: "UTC",
  GMT: "UTC",
};

const ALIASES_LOWER = new Map(Object.entries(ALIASES).map(([alias, zone]) => [alias.toLowerCase(), zone]));

/** The canonical IANA name of a zone, from any spelling the runtime accepts; undefined when it is no zone. */
export function canonicalZone(value: unknown): string | undefined {
  if (typeof value !== "string") return undefined;
  const name = value.trim();
  if (name.length === 0 || name.length > 64 || !/^[A-Za-z][A-Za-z0-9_+/-]*$/.test(name)) return undefined;
  const mapped = ALIASES_LOWER.get(name.toLowerCase());
  if (mapped) return mapped;
  if (name.toUpperCase() === "UTC") return "UTC";
  if (!IANAZone.isValidZone(name)) return undefined;
  // Keep the runtime's own capitalisation ("europe/paris" → "Europe/Paris").
  const known = KNOWN_BY_LOWER.get(name.toLowerCase());
  return known ?? name;
}

/** The aliases that are stored names to migrate, for the migration's own copy of the list. */
export const ZONE_ALIASES: Readonly<Record<string, string>> = ALIASES;

const RUNTIME_ZONES = Intl.supportedValuesOf("timeZone");
const KNOWN_BY_LOWER = new Map(RUNTIME_ZONES.map((z) => [z.toLowerCase(), ALIASES[z] ?? z]));

/** Every zone the runtime knows, by canonical name, sorted. */
export const CANONICAL_ZONES: readonly string[] = [...new Set([...RUNTIME_ZONES.map((z) => ALIASES[z] ?? z), "UTC"])].sort();

/**
 * The zones offered without a search: where the networks' members and partners are, west to
 * east. Each has its city name in every shipped language (`zone.*` messages).
 */
export const OFFERED_ZONES: readonly string[] = [
  "America/New_York",
  "UTC",
  "Europe/Lisbon",
  "Europe/London",
  "Africa/Casablanca",
  "Europe/Paris",
  "Europe/Berlin",
  "Europe/Belgrade",
  "Europe/Sarajevo",
  "Europe/Skopje",
  "Europe/Tirane",
  "Europe/Warsaw",
  "Europe/Athens",
  "Europe/Sofia",
  "Europe/Bucharest",
  "Europe/Chisinau",
  "Europe/Kyiv",
  "Europe/Vilnius",
  "Europe/Riga",
  "Europe/Tallinn",
  "Europe/Helsinki",
  "Europe/Istanbul",
  "Europe/Minsk",
  "Europe/Moscow",
  "Africa/Nairobi",
  "Asia/Tbilisi",
  "Asia/Yerevan",
  "Asia/Baku",
  "Europe/Samara",
  "Asia/Tashkent",
  "Asia/Dushanbe",
  "Asia/Ashgabat",
  "Asia/Yekaterinburg",
  "Asia/Almaty",
  "Asia/Bishkek",
  "Asia/Kolkata",
  "Asia/Kathmandu",
  "Asia/Novosibirsk",
  "Asia/Bangkok",
  "Asia/Jakarta",
  "Asia/Shanghai",
  "Asia/Kuala_Lumpur",
];

function zoneKey(zone: string): string {
  return `zone.${zone.replaceAll("/", ".")}`;
}

/** Whether a zone has its city name in the catalogs. */
export function hasZoneName(zone: string): boolean {
  return zoneKey(zone) in SOURCE_CATALOG;
}

/**
 * A zone as a reader knows it: the city in their language ("Київ"), or for a zone without a
 * message the last part of its name with spaces ("Port Moresby").
 */
export function zoneName(locale: Locale, zone: string): string {
  const canonical = canonicalZone(zone) ?? zone;
  const key = zoneKey(canonical);
  if (key in SOURCE_CATALOG) return translate(locale, key as MessageKey);
  return (canonical.split("/").at(-1) ?? canonical).replaceAll("_", " ");
}

export function isTimeZone(zone: string): boolean {
  return IANAZone.isValidZone(zone);
}

const LOCAL_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;

/** "2026-12-07T09:00" in Europe/Paris → "2026-12-07T08:00:00.000Z"; undefined when not a valid time. */
export function localToUtc(local: string, zone: string): string | undefined {
  if (!LOCAL_PATTERN.test(local) || !isTimeZone(zone)) return undefined;
  const dt = DateTime.fromISO(local, { zone });
  return dt.isValid ? (dt.toUTC().toISO({ suppressMilliseconds: false }) ?? undefined) : undefined;
}

/** The wall-clock "YYYY-MM-DDTHH:MM" of a UTC instant in a zone, for forms. */
export function utcToLocal(iso: string, zone: string): string {
  return DateTime.fromISO(iso, { zone: "utc" }).setZone(zone).toFormat("yyyy-MM-dd'T'HH:mm");
}

/** The UTC offset of a zone at an instant, e.g. "UTC+01:00", shown next to times. */
export function zoneOffsetLabel(iso: string, zone: string): string {
  const offset = DateTime.fromISO(iso, { zone: "utc" }).setZone(zone).toFormat("ZZ");
  return `UTC${offset}`;
}

/**
 * The IANA time zones to choose from, by canonical name (Europe/Kyiv, not the runtime's
 * Europe/Kiev): the offered zones first, then every other; a stored alias shows as its zone.
 */
export function timeZoneOptions(current: string): string[] {
  const zone = canonicalZone(current);
  const rest = CANONICAL_ZONES.filter((z) => !OFFERED_ZONES.includes(z));
  const all = [...OFFERED_ZONES, ...rest];
  return zone && !all.includes(zone) ? [...all, zone] : all;
}

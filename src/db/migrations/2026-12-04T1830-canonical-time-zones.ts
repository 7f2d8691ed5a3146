import type { Kysely } from "kysely";

// Events stored under an old zone name (Europe/Kiev, Asia/Calcutta, …) move to the zone's
// canonical IANA name, so the TZID of their .ics matches its VTIMEZONE. A copy of IANA's
// `backward` links that matter here: a migration never imports app code.
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

type Events = { events: { time_zone: string } };

export async function up(db: Kysely<unknown>): Promise<void> {
  const events = db as unknown as Kysely<Events>;
  for (const [alias, zone] of Object.entries(ALIASES)) {
    await events.updateTable("events").set({ time_zone: zone }).where("time_zone", "=", alias).execute();
  }
}

// The old names are not kept: going down leaves the canonical names, which every version reads.
export async function down(_db: Kysely<unknown>): Promise<void> {}

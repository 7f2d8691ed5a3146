import assert from "node:assert/strict";
import { test } from "node:test";
import { COUNTRY_CODES, canonicalLanguage, countryName, countryOptions, fileSize, languageName } from "./formats.ts";
import { localToUtc, timeZoneOptions, utcToLocal, zoneOffsetLabel } from "./zones.ts";

test("file sizes are SI, 1000-based, as browsers and systems show them, in the reader's language", () => {
  assert.equal(fileSize("en", 1_500_000), "1.5 MB");
  assert.equal(fileSize("ru", 1_500_000), "1,5 МБ");
  assert.equal(fileSize("en", 2_000), "2 kB");
  assert.equal(fileSize("en", 999), "999 byte");
});

test("countries and languages are named in the reader's language, in one list", () => {
  assert.equal(countryName("en", "UA"), "Ukraine");
  assert.equal(countryName("ru", "UA"), "Украина");
  assert.equal(countryName("en", "XK"), "Kosovo");
  assert.ok(COUNTRY_CODES.includes("XK") && !COUNTRY_CODES.includes("SU") && !COUNTRY_CODES.includes("EU"));
  const ru = countryOptions("ru");
  assert.equal(ru.length, COUNTRY_CODES.length);
  assert.equal(ru.find((c) => c.code === "LT")?.name, "Литва");
  assert.deepEqual(
    ru.map((c) => c.name),
    [...ru.map((c) => c.name)].sort(new Intl.Collator("ru").compare),
  );
  assert.equal(languageName("en", "ru"), "Russian");
  assert.equal(languageName("ru", "uk"), "украинский");
});

test("wall-clock times convert to UTC and back in a zone, across a change of offset", () => {
  assert.equal(localToUtc("2026-12-07T09:00", "Europe/Paris"), "2026-12-07T08:00:00.000Z");
  assert.equal(localToUtc("2026-07-07T09:00", "Europe/Paris"), "2026-07-07T07:00:00.000Z");
  assert.equal(localToUtc("2026-12-07 09:00", "Europe/Paris"), undefined);
  assert.equal(localToUtc("2026-12-07T09:00", "Mars/Olympus"), undefined);
  assert.equal(utcToLocal("2026-12-07T08:00:00.000Z", "Europe/Paris"), "2026-12-07T09:00");
  assert.equal(zoneOffsetLabel("2026-12-07T08:00:00.000Z", "Europe/Kyiv"), "UTC+02:00");
});

test("language tags are written canonically, and zones offered by their canonical names", () => {
  assert.equal(canonicalLanguage("sr-latn"), "sr-Latn");
  assert.equal(canonicalLanguage("not a tag"), undefined);
  const zones = timeZoneOptions("Europe/Kiev");
  assert.ok(zones.includes("Europe/Kyiv") && !zones.includes("Europe/Kiev"));
});

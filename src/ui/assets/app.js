// Small progressive enhancements; every page works without this file.
// Focus the error summary of a form that came back with errors, so screen readers announce it.
document.addEventListener("DOMContentLoaded", () => {
  const summary = document.querySelector(".error-summary");
  if (summary instanceof HTMLElement) summary.focus();
});

// Event times in the reader's own zone: each <time data-local> gets its time as the browser's zone
// tells it, unless the page already shows that zone (data-zones). The text is the page's own message.
// Browsers may still name a zone by its old name; the page uses the canonical one (src/i18n/zones.ts).
const OLD_ZONE_NAMES = {
  "Europe/Kiev": "Europe/Kyiv",
  "Europe/Uzhgorod": "Europe/Kyiv",
  "Europe/Zaporozhye": "Europe/Kyiv",
  "Asia/Calcutta": "Asia/Kolkata",
  "Asia/Katmandu": "Asia/Kathmandu",
  "Asia/Saigon": "Asia/Ho_Chi_Minh",
  "Asia/Rangoon": "Asia/Yangon",
  "Asia/Ashkhabad": "Asia/Ashgabat",
  "Europe/Tiraspol": "Europe/Chisinau",
};
document.addEventListener("DOMContentLoaded", () => {
  let zone;
  try {
    zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  } catch {
    return;
  }
  if (!zone) return;
  zone = OLD_ZONE_NAMES[zone] || zone;
  const select = document.querySelector("form[data-zone-form] select");
  const option = select instanceof HTMLSelectElement ? [...select.options].find((o) => o.value === zone) : undefined;
  // The chooser names zones by their city in the page's language; other zones keep their IANA name.
  const zoneLabel = option ? option.text : zone;
  const lang = document.documentElement.lang || undefined;
  for (const el of document.querySelectorAll("time[data-local]")) {
    if (!(el instanceof HTMLTimeElement) || (el.dataset.zones || "").split(" ").includes(zone)) continue;
    const start = new Date(el.dateTime);
    const end = new Date(el.dataset.ends || el.dateTime);
    if (Number.isNaN(start.getTime()) || Number.isNaN(end.getTime())) continue;
    const style = el.dataset.style === "time" ? { timeStyle: "short" } : { dateStyle: "medium", timeStyle: "short" };
    const format = new Intl.DateTimeFormat(lang, { ...style, timeZone: zone });
    const text =
      typeof format.formatRange === "function" ? format.formatRange(start, end) : `${format.format(start)} – ${format.format(end)}`;
    const out = document.createElement("span");
    out.className = "local-time";
    out.textContent = (el.dataset.local || "%s").replace("%s", `${text} (${zoneLabel})`);
    el.after(out);
  }
  // The zone chooser starts at the reader's own zone.
  if (option && select instanceof HTMLSelectElement) select.value = zone;
});

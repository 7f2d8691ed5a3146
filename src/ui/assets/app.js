// Small progressive enhancements; every page works without this file.
// Focus the error summary of a form that came back with errors, so screen readers announce it.
document.addEventListener("DOMContentLoaded", () => {
  const summary = document.querySelector(".error-summary");
  if (summary instanceof HTMLElement) summary.focus();
});

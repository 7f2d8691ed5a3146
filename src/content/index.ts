// The door of src/content/ (pages, their translation workflow and publishing).
// Other folders import content only through this file (src/architecture.test.ts); tests may reach inside.
// scripts/doors.ts adds what another folder starts to use.
export { createPage, listPublishedPages, PAGE_FIELDS, readPage, saveTranslation, setPagePublished } from "./pages.ts";
export { registerPageRoutes } from "./routes.tsx";

// The door of src/library/ (resources with a file per language, downloads and dissemination).
// Other folders import library only through this file (src/architecture.test.ts); tests may reach inside.
// scripts/doors.ts adds what another folder starts to use.
export { addDissemination } from "./dissemination.ts";
export { countDownload, saveResourceFile } from "./files.ts";
export type { LibraryPage } from "./read.ts";
export { listPublicResources, readResource } from "./read.ts";
export type { ResourceKind } from "./resources.ts";
export { createResource, saveResourceTranslation, setResourcePublished } from "./resources.ts";
export { registerLibraryRoutes } from "./routes.tsx";
export { ResourceItem } from "./views.tsx";

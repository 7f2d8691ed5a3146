// The door of src/files/ (what every upload shares: checking, storing and sending files).
// Other folders import files only through this file (src/architecture.test.ts); tests may reach inside.
// scripts/doors.ts adds what another folder starts to use.
export { detectFileKind, sendStoredFile, storeUpload } from "./stored.ts";
export { csrfFromQuery, receiveFileForm } from "./upload-form.ts";
export type { Upload } from "./uploads.ts";
export { ALL_KINDS, findUpload, IMAGE_KINDS, IMAGE_MAX_BYTES, registerUploadRoutes, saveUpload, uploadUrl } from "./uploads.ts";

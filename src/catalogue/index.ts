// The door of src/catalogue/ (organisations, speaker profiles, programmes, series and topics: the kernel every domain links to).
// Other folders import catalogue only through this file (src/architecture.test.ts); tests may reach inside.
// scripts/doors.ts adds what another folder starts to use.
export { registerCatalogueRoutes } from "./admin-routes.tsx";
export type { OrganisationInput, ProgrammeInput, SeriesInput, TopicInput } from "./catalogue.ts";
export {
  countEntries,
  existingIds,
  findOrganisation,
  findProfile,
  findProgramme,
  findSeries,
  findTopic,
  listAddresses,
  listOrganisations,
  listProfiles,
  listProgrammes,
  listSeries,
  listSeriesOfProgramme,
  listTopics,
  saveOrganisation,
  saveProfile,
  saveProgramme,
  saveSeries,
  saveTopic,
} from "./catalogue.ts";
export type { CatalogueKind, Organisation, Profile, Programme, Series, Topic } from "./model.ts";
export { listCatalogueTextStatuses } from "./texts.ts";

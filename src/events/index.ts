// The door of src/events/ (events, occurrences, agendas, registration and materials).
// Other folders import events only through this file (src/architecture.test.ts); tests may reach inside.
// scripts/doors.ts adds what another folder starts to use.
export { registerEventAdminRoutes } from "./admin/routes.tsx";
export type { EventSettings } from "./events.ts";
export {
  createEvent,
  eventToManage,
  listEventTranslations,
  saveEventTranslation,
  setEventPublished,
  updateEventSettings,
} from "./events.ts";
export { openEventFieldCounts } from "./field-texts.ts";
export { registerMaterialAdminRoutes } from "./materials/admin-routes.tsx";
export type {
  Event,
  EventFields,
  EventKind,
  Occurrence,
  OrganisationRole,
  QuestionKind,
  Registration,
  RegistrationWindow,
  SessionKind,
  SessionRole,
} from "./model.ts";
export {
  EVENT_KINDS,
  eventFieldsOf,
  ORGANISATION_ROLES,
  objectiveList,
  oneOf,
  QUESTION_KINDS,
  REGISTRATION_STATUSES,
  registrationWindow,
  SESSION_KINDS,
  SESSION_ROLES,
  seatsLeft,
  sessionTimes,
  toEvent,
} from "./model.ts";
export type { OccurrenceInput } from "./occurrences.ts";
export { findOccurrence, listOccurrences, saveOccurrence, setOccurrenceCancelled } from "./occurrences.ts";
export { listQuestions, saveQuestion } from "./questions.ts";
export type { EventPage, EventSummary } from "./read.ts";
export { listEventsOf, organisationRoles, publishedEvents, sessionsOf } from "./read.ts";
export { readEvent } from "./read-event.ts";
export { registerRegistrationAdminRoutes } from "./registration/admin-routes.tsx";
export { approveRegistration, cancelRegistration, declineRegistration, moveRegistration } from "./registration/changes.ts";
export { EVENT_EMAILS } from "./registration/emails.ts";
export { addressChangeJob, registrationJob, reminderJob } from "./registration/jobs.ts";
export { listRegistrations } from "./registration/organiser-list.ts";
export type { SiteInfo } from "./registration/registrations.ts";
export { findRegistration, register, registrationRule, requestRegistration } from "./registration/registrations.ts";
export { purgeRegistrations } from "./registration/retention.ts";
export { eventUrl } from "./registration/status-mails.ts";
export { listSessionPeople, listSessions, saveSession } from "./sessions.ts";
export { occurrenceTime } from "./site/format.ts";
export { registerEventSiteRoutes } from "./site/routes.tsx";
export { EventItem } from "./site/views.tsx";

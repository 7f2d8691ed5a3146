// The door of src/people/ (accounts, sessions, two factors, invitations and password resets).
// Other folders import people only through this file (src/architecture.test.ts); tests may reach inside.
// scripts/doors.ts adds what another folder starts to use.
export {
  createApiToken,
  createUser,
  ensureFirstAdmin,
  findUserByEmail,
  setUiLocale,
  toUser,
  userForApiToken,
} from "./accounts.ts";
export { PEOPLE_EMAILS } from "./emails.ts";
export { passwordResetJob } from "./invitations.ts";
export { registerPeopleRoutes } from "./routes.tsx";
export { findSession, purgeExpiredAccountLinks } from "./sessions.ts";
export { resetTwoFactorByEmail } from "./two-factor.ts";

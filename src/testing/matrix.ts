/** Who may reach a route, for the role matrix in src/people/policy.test.ts; areas add their rows in `*.matrix.ts`. */
export const WHO = {
  everyone: "anonymous pending admin editor organiser translator member-contact participant",
  signedIn: "admin editor organiser translator member-contact participant",
  staff: "admin editor organiser translator",
  pending: "pending",
  admin: "admin",
  editors: "admin editor",
  translators: "admin editor translator",
  organisers: "admin organiser",
  eventTranslators: "admin organiser translator",
  catalogue: "admin editor organiser",
  /** Reached by no browser session: API writes take a bearer token only. */
  nobody: "",
};

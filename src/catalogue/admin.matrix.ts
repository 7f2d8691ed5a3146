import { WHO } from "../testing/matrix.ts";

/** Rows of the role matrix for these routes: "METHOD /pattern" → who gets through. */
export const ROUTES: Record<string, string> = {
  ...Object.fromEntries(
    ["organisations", "profiles", "programmes", "series", "topics"].flatMap((kind) => [
      [`GET /admin/${kind}`, WHO.catalogue],
      [`GET /admin/${kind}/new`, WHO.catalogue],
      [`POST /admin/${kind}/new`, WHO.catalogue],
      [`GET /admin/${kind}/:id`, WHO.catalogue],
      [`POST /admin/${kind}/:id`, WHO.catalogue],
      [`GET /admin/${kind}/:id/translate/:lang`, WHO.staff],
      [`POST /admin/${kind}/:id/translate/:lang`, WHO.staff],
    ]),
  ),
  "GET /admin/catalogue-texts": WHO.staff,
};

// The door of src/search/ (the search index: analysis, indexing on change, ranked results).
// Other folders import search only through this file (src/architecture.test.ts); tests may reach inside.
// scripts/doors.ts adds what another folder starts to use.
export { MAX_QUERY_LENGTH } from "./analyse.ts";
export type { Segment } from "./highlight.ts";
export type { SearchType } from "./indexing.ts";
export { reindex, SEARCH_TYPES } from "./indexing.ts";
export { reindexAll } from "./reindex.ts";
export type { SearchHit, SearchResults } from "./search.ts";
export { PAGE_SIZE, search } from "./search.ts";

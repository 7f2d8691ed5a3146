// The door of src/posts/ (news, blog posts and statements, per-language publishing and revisions).
// Other folders import posts only through this file (src/architecture.test.ts); tests may reach inside.
// scripts/doors.ts adds what another folder starts to use.
export { publishJob } from "./jobs.ts";
export type { PostKind } from "./model.ts";
export { POST_FIELDS } from "./model.ts";
export { createPost, savePostText } from "./posts.ts";
export { publishPostLanguage, schedulePostLanguage } from "./publishing.ts";
export type { ListPage, PostSummary } from "./read.ts";
export { listPublicPosts, readPost } from "./read.ts";
export { registerPostRoutes } from "./routes.tsx";
export { PostItem, withParams } from "./site-views.tsx";

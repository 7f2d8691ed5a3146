// The door of src/comments/ (comments on posts and events, their defences and moderation).
// Other folders import comments only through this file (src/architecture.test.ts); tests may reach inside.
// scripts/doors.ts adds what another folder starts to use.

export type { CommentThread } from "./comments.ts";
export { commentThread, purgeCommentSenders } from "./comments.ts";
export { COMMENT_EMAILS } from "./emails.ts";
export { registerCommentRoutes } from "./routes.tsx";
export { CommentsSection } from "./views.tsx";

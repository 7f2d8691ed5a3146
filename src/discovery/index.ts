// The door of src/discovery/ (feeds, the sitemap, robots.txt and QR posters).
// Other folders import discovery only through this file (src/architecture.test.ts); tests may reach inside.
// scripts/doors.ts adds what another folder starts to use.
export { FeedLinks } from "./feed-links.tsx";
export { registerDiscoveryRoutes } from "./routes.tsx";

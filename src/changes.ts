/**
 * The content-changed signal. A domain announces here that public content changed (a page
 * published, an event moved, a file replaced); listeners below the domains react without the
 * domains knowing them: the micro-cache empties, the events reader forgets its cached counts.
 * Only this instance hears it; other instances catch up within their caches' lifetimes.
 */
export const contentChanged = new EventTarget();

export function announceContentChange(): void {
  contentChanged.dispatchEvent(new Event("change"));
}

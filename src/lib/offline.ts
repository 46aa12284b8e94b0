// Reading without data (issue 18): names the service worker (scripts/service-worker.mjs) and the page script
// (src/scripts/offline.ts) share.

/** The one cache that holds what a reader opened or saved: pages, their stylesheet and pictures, never videos. */
export const SAVED_CACHE = 'ny-i-aalborg-saved';

/** The page a never-saved address shows when there is no connection, one per language. */
export const OFFLINE_SLUG = 'offline';

/** How long the worker waits for the network before it serves a saved copy: a stalled roaming connection
 *  should not leave a reader looking at a blank page when the page is already on the phone. The network answer
 *  still replaces the saved copy when it comes. */
export const NETWORK_TIMEOUT_SECONDS = 6;

/** The service worker's address: at the root, so it may serve every page of the site. */
export const WORKER_URL = '/sw.js';

/** A size for a reader: whole kilobytes, at least 1. */
export const kilobytes = (bytes: number) => `${Math.max(1, Math.round(bytes / 1024))} KB`;

/**
 * When this copy of the site was built: shown as "dane z <data>" when the browser is offline.
 * Evaluated once per build (module scope), so every page shows the same date. BUILD_DATE
 * (YYYY-MM-DD) makes a build reproducible.
 */
export const builtOn: string = process.env.BUILD_DATE ?? new Date().toISOString().slice(0, 10);

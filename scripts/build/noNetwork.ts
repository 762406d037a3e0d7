/**
 * Preloaded into `observable build` and `observable preview` (node --import): any attempt to
 * fetch over the network stops with a message saying what was asked for. The site must build on
 * an intranet with no internet, so a build that would need it must fail here too, on a connected
 * machine, not only on the intranet.
 */
const allowed = /^(data|blob|file):|^https?:\/\/(127\.0\.0\.1|localhost|\[::1\])(:\d+)?\//;

const originalFetch = globalThis.fetch;
globalThis.fetch = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
  const url = typeof input === "string" ? input : input instanceof URL ? input.href : input.url;
  if (!allowed.test(url)) {
    throw new Error(
      `offline build: refused to fetch ${url} — the site must build without the internet. ` +
        "If Framework asks for an npm package, add it to VENDORED_MODULES in scripts/offline-npm.ts."
    );
  }
  return originalFetch(input, init);
};

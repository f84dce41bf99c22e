// zod (which reaches the page through @atalaya/domain) probes once for eval with `new Function('')`.
// The Content-Security-Policy forbids eval, so the browser blocks the probe and reports a
// securitypolicyviolation on every page that validates anything. `jitless` skips the probe; zod keeps
// its settings on this global, so it must be set before zod loads: main.tsx imports this module first.
const scope = globalThis as { __zod_globalConfig?: { jitless?: boolean } };
scope.__zod_globalConfig = Object.assign(scope.__zod_globalConfig ?? {}, { jitless: true });

export {};

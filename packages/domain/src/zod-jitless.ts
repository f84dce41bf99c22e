// zod probes once for eval with `Function('')` when it builds an object schema, unless `jitless` is set.
// In the browser the Content-Security-Policy forbids eval, so the probe would be blocked and reported as a
// securitypolicyviolation on every page. zod reaches the page only through this package, and keeps its
// settings on this global, so the setting is made here, before any module of this package builds a schema
// (index.ts imports this module first). A bundler may put zod and this package in a chunk that runs before
// the app's entry code, which is why the app cannot make this setting itself. On the server, zod keeps its
// compiled parsers.
if ('document' in globalThis) {
  const scope = globalThis as { __zod_globalConfig?: { jitless?: boolean } };
  scope.__zod_globalConfig = Object.assign(scope.__zod_globalConfig ?? {}, { jitless: true });
}

export {};

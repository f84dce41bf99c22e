import type { createApp } from '../../src/app.ts';

type App = ReturnType<typeof createApp>;

/** What @hono/node-server hands the app for a request from `address`: the Node request, with its socket. */
export const fromPeer = (address: string) => ({ incoming: { socket: { remoteAddress: address } } });

/** A tRPC mutation as a browser on `origin` posts it, from the TCP peer `peer`, with extra headers. */
export function trpcPost(app: App, procedure: string, input: unknown, options: { origin: string; peer: string; headers?: Record<string, string> }) {
  return app.request(
    `/trpc/${procedure}`,
    {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: options.origin, ...options.headers },
      body: JSON.stringify({ json: input }),
    },
    fromPeer(options.peer),
  );
}

/** The "name=value" pairs a response sets, by cookie name, with the attributes each came with. */
export function setCookies(res: Response): Map<string, { value: string; attributes: string }> {
  const cookies = new Map<string, { value: string; attributes: string }>();
  for (const header of res.headers.getSetCookie()) {
    const [pair = '', ...attributes] = header.split(';');
    const at = pair.indexOf('=');
    cookies.set(pair.slice(0, at).trim(), { value: pair.slice(at + 1), attributes: attributes.join(';').trim() });
  }
  return cookies;
}

/** The error a tRPC mutation answered with. */
export async function trpcError(res: Response): Promise<{ message: string; data: { code: string; retryAfterSeconds: number | null } }> {
  const body = (await res.json()) as { error: { json: { message: string; data: { code: string; retryAfterSeconds: number | null } } } };
  return body.error.json;
}

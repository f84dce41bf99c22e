/** Signs in through the real tRPC endpoint and returns the session cookie ("name=value"). */
export async function signInCookie(
  request: (path: string, init: RequestInit) => Response | Promise<Response>,
  origin: string,
  email: string,
  password: string,
): Promise<string> {
  const res = await request('/trpc/auth.signIn', {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin },
    body: JSON.stringify({ json: { email, password } }),
  });
  if (res.status !== 200) throw new Error(`Sign-in as ${email} failed with ${res.status}: ${await res.text()}`);
  const cookie = res.headers.get('set-cookie')?.split(';')[0];
  if (!cookie) throw new Error('Sign-in set no cookie');
  return cookie;
}

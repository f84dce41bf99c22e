import { MAX_BATCH_CALLS } from '@atalaya/domain';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi } from '../../test/trpc-fake.tsx';
import { makeTrpcClient } from './trpc.ts';

afterEach(() => vi.unstubAllGlobals());

describe('the tRPC client', () => {
  it(`sends the calls of one moment in one request, split so that none holds more than the server's ${MAX_BATCH_CALLS}`, async () => {
    const api = fakeApi({ 'items.byId': (input) => ({ id: (input as { id: number }).id }) });
    const client = makeTrpcClient('http://test.invalid');
    const ids = Array.from({ length: MAX_BATCH_CALLS * 2 + 5 }, (_, i) => i + 1);
    const items = await Promise.all(ids.map((id) => client.items.byId.query({ id })));
    expect(items.map((item) => (item as { id: number }).id)).toEqual(ids);
    const batchSizes = api.requests.map((r) => new URL(r.url).pathname.split(',').length);
    expect(batchSizes).toEqual([MAX_BATCH_CALLS, MAX_BATCH_CALLS, 5]);
  });
});

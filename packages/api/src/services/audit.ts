import type { Database, Transaction } from '@atalaya/db';
import type { Context } from '../context.ts';

export interface AuditEvent {
  action: string;
  entity: string;
  entityId: string | number | null;
  before?: unknown;
  after?: unknown;
}

// JSON.stringify writes a lone surrogate (possible in any JSON a client sends) as a \udxxx escape, which
// Postgres refuses in a json column: the write would fail with a server error. The text columns receive
// U+FFFD for it on the way to UTF-8, so the audit record gets the same.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const toJson = (value: unknown): string => JSON.stringify(value, (_key, v: unknown) => (typeof v === 'string' ? v.replace(LONE_SURROGATE, '\uFFFD') : v));

/**
 * Records who changed what, in the transaction of the change itself: the change and its entry are committed
 * together or not at all (a failed entry undoes the change; an interrupted change leaves no entry).
 */
export async function audit(trx: Transaction<Database>, ctx: Pick<Context, 'user' | 'requestId'>, event: AuditEvent): Promise<void> {
  await trx
    .insertInto('audit_log')
    .values({
      actor_id: ctx.user?.id ?? null,
      actor_label: ctx.user?.email ?? null,
      action: event.action,
      entity: event.entity,
      entity_id: event.entityId === null ? null : String(event.entityId),
      before: event.before === undefined ? null : toJson(event.before),
      after: event.after === undefined ? null : toJson(event.after),
      request_id: ctx.requestId,
    })
    .execute();
}

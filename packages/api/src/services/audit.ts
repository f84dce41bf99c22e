import type { Database, Kysely, Transaction } from '@atalaya/db';
import type { Context } from '../context.ts';

export interface AuditEvent {
  action: string;
  entity: string;
  entityId: string | number | null;
  before?: unknown;
  after?: unknown;
}

/** Records who changed what; runs in the caller's transaction so a rolled-back write leaves no entry. */
export async function audit(db: Kysely<Database> | Transaction<Database>, ctx: Pick<Context, 'user' | 'requestId'>, event: AuditEvent): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      actor_id: ctx.user?.id ?? null,
      actor_label: ctx.user?.email ?? null,
      action: event.action,
      entity: event.entity,
      entity_id: event.entityId === null ? null : String(event.entityId),
      before: event.before === undefined ? null : JSON.stringify(event.before),
      after: event.after === undefined ? null : JSON.stringify(event.after),
      request_id: ctx.requestId,
    })
    .execute();
}

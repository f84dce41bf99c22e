import { inTransaction, type Database, type Kysely } from '@atalaya/db';
import type { Context } from '../../context.ts';
import { audit } from '../audit.ts';
import { EXPORT_EXTENSION, type ExportKind } from './filename.ts';
import type { ExportScope } from './scope.ts';

/**
 * Logs one export: `export.items_csv`, `export.observations_csv` or `export.briefing_pdf`, on the
 * share link or saved view it went through (else on no entity), with the filter and the number
 * of rows (items in a briefing). `complete: false` marks a download that stopped part-way.
 */
export async function recordExport(
  db: Kysely<Database>,
  ctx: Pick<Context, 'user' | 'requestId'>,
  args: { kind: ExportKind; scope: ExportScope; rows: number; complete: boolean },
): Promise<void> {
  const { scope } = args;
  const [entity, entityId] =
    scope.shareLinkId !== null ? ['share_link', scope.shareLinkId] : scope.viewId !== null ? ['saved_view', scope.viewId] : ['export', null];
  await inTransaction(db, (trx) => audit(trx, ctx, {
    action: `export.${args.kind}_${EXPORT_EXTENSION[args.kind]}`,
    entity,
    entityId,
    after: {
      filter: scope.filter,
      rows: args.rows,
      ...(args.complete ? {} : { complete: false }),
      ...(scope.viewId !== null ? { viewId: scope.viewId } : {}),
      ...(scope.shareLinkId !== null ? { shareLinkId: scope.shareLinkId } : {}),
    },
  }));
}

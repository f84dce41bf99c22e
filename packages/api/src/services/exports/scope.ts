import { decodeFilter, encodeFilter, FilterError, type Filter } from '@atalaya/domain';
import type { Context, SessionUser } from '../../context.ts';
import { badRequest } from '../../errors.ts';
import { forbidden } from '../access.ts';
import type { ShareGrant } from '../shares.ts';
import { getView } from '../views.ts';
import { EXPORT_LANGS, type ExportLang } from './labels.ts';

/** What one export covers, and through what it was asked for (for the file name and the audit log). */
export interface ExportScope {
  filter: Filter;
  lang: ExportLang;
  /** The saved view's name (or the share link's view), which names the file. */
  viewName: string | null;
  viewId: number | null;
  shareLinkId: number | null;
}

const LANG = 'lang';
const VIEW = 'view';

function readLang(params: URLSearchParams): ExportLang {
  const lang = params.get(LANG) ?? 'en';
  if (!(EXPORT_LANGS as readonly string[]).includes(lang)) throw badRequest(`Unknown language "${lang.slice(0, 20)}": use en or es`);
  return lang as ExportLang;
}

function readFilter(params: URLSearchParams): Filter {
  try {
    return decodeFilter(params, { ignore: [LANG, VIEW] });
  } catch (error) {
    if (error instanceof FilterError) throw badRequest(error.message);
    throw error;
  }
}

const hasFilterParams = (params: URLSearchParams) => [...params.keys()].some((key) => key !== LANG && key !== VIEW);

/**
 * A signed-in user's export: the filter in the query string (the dashboard's own encoding), or
 * `view=<id>`, a saved view the user may see (other views are not found, as on the Views page).
 */
export async function memberExportScope(ctx: Pick<Context, 'db' | 'requestId'> & { user: SessionUser }, params: URLSearchParams): Promise<ExportScope> {
  const lang = readLang(params);
  const viewParam = params.get(VIEW);
  if (viewParam === null) return { filter: readFilter(params), lang, viewName: null, viewId: null, shareLinkId: null };
  if (hasFilterParams(params)) throw badRequest('Export either a saved view or a filter, not both');
  if (!/^\d{1,9}$/.test(viewParam) || Number(viewParam) === 0) throw badRequest(`Invalid view "${viewParam.slice(0, 20)}"`);
  const view = await getView(ctx, Number(viewParam));
  return { filter: view.filter, lang, viewName: view.name, viewId: view.id, shareLinkId: null };
}

/**
 * An export through a share link: always the link's frozen filter. A query string may repeat that
 * filter (the shared dashboard's URL does) but asking for anything else is refused.
 */
export function sharedExportScope(grant: ShareGrant, params: URLSearchParams): ExportScope {
  const lang = readLang(params);
  if (params.has(VIEW)) throw forbidden('A share link exports only the view it was made for.');
  if (hasFilterParams(params) && encodeFilter(readFilter(params)) !== encodeFilter(grant.filter)) {
    throw forbidden('A share link exports only the view it was made for: remove the filter from the address.');
  }
  return { filter: grant.filter, lang, viewName: grant.viewName, viewId: null, shareLinkId: grant.linkId };
}

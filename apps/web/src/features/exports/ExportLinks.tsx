import { useId } from 'react';
import { useLocation } from 'react-router';
import { useLang, useMessages } from '../../i18n/index.tsx';
import { shareTokenFromPath } from '../../lib/trpc.ts';
import { useFilter } from '../filters/use-filter.ts';
import { EXPORT_FILES, exportHref } from './export-links.ts';
import { messages } from './messages.ts';
import './exports.css';

/** Downloads of what the screen shows: items and figures as CSV, the briefing pack as PDF, for the filter in the URL (or the share link's), in the reader's language. */
export function ExportLinks() {
  const t = useMessages(messages);
  const id = useId();
  const { pathname } = useLocation();
  const { search } = useFilter();
  const { lang } = useLang();
  const token = shareTokenFromPath(pathname);
  return (
    <div className="export-links" role="group" aria-labelledby={id}>
      <span id={id} className="export-label">
        {t('label')}
      </span>
      {EXPORT_FILES.map(({ kind, file }) => (
        <a key={kind} className="export-link" href={exportHref(file, { token, filterSearch: search, lang })} download>
          {t(kind)}
        </a>
      ))}
    </div>
  );
}

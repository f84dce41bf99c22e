import type { EditionSummary } from '@atalaya/api';
import { Link } from 'react-router';
import { DemoTag } from '../../app/DemoTag.tsx';
import { useFormat, useMessages } from '../../i18n/index.tsx';
import { messages } from './messages.ts';

/** The published editions, newest first, each linking to the edition as it was published. */
export function EditionsTable({ editions }: { editions: readonly EditionSummary[] }) {
  const t = useMessages(messages);
  const fmt = useFormat();
  if (editions.length === 0) return <p className="empty">{t('noEditions')}</p>;
  return (
    <div className="table-scroll">
      <table className="editions-archive">
        <thead>
          <tr>
            <th scope="col">{t('colDate')}</th>
            <th scope="col">{t('colTitle')}</th>
            <th scope="col">{t('colAuthor')}</th>
            <th scope="col" className="num">
              {t('colItems')}
            </th>
          </tr>
        </thead>
        <tbody>
          {editions.map((e) => (
            <tr key={e.id}>
              <td className="nowrap">
                <time dateTime={e.publishedOn}>{fmt.date(e.publishedOn)}</time>
              </td>
              <th scope="row">
                <Link to={`/editions/${e.id}`}>{e.title}</Link>
                {e.demo ? (
                  <>
                    {' '}
                    <DemoTag />
                  </>
                ) : null}
              </th>
              <td>{e.author ?? '—'}</td>
              <td className="num">{fmt.number(e.itemCount)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

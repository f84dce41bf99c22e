import type { RiskCategory } from '@atalaya/domain';
import { ScrollTable } from '../../app/ScrollTable.tsx';
import { useFormat, useLang, useMessages } from '../../i18n/index.tsx';
import { DemoTag } from '../../app/DemoTag.tsx';
import { categoryName, levelColors, levelName, scopeName } from './labels.ts';
import { messages } from './messages.ts';
import type { LevelsGrid as Grid } from './types.ts';

interface Props {
  grid: Grid;
  /** The state whose history is open, if any. */
  selectedState: string | null;
  onRate: (state: string, category: RiskCategory) => void;
  onHistory: (state: string) => void;
}

/** The 32 states × categories: each cell the level in force (or "Not rated"), a button that opens the rating form. */
export function LevelsGrid({ grid, selectedState, onRate, onHistory }: Props) {
  const t = useMessages(messages);
  const { lang } = useLang();
  const fmt = useFormat();
  const rows = [...grid.states].sort((a, b) => scopeName(a.state).localeCompare(scopeName(b.state), 'es'));
  return (
    <ScrollTable
      className="levels-grid"
      caption={<caption className="hint">{t('gridCaption', { date: fmt.date(grid.date) })}</caption>}
      columns={[t('state'), ...grid.categories.map((c) => categoryName(c, lang)), <span className="visually-hidden">{t('history')}</span>]}
    >
      {rows.map((row) => {
        const state = scopeName(row.state);
        return (
          <tr key={row.state} className={row.state === selectedState ? 'is-selected' : undefined}>
            <th scope="row">
              {state}
              {row.drafts > 0 ? (
                <>
                  {' '}
                  <span className="badge badge-draft">{row.drafts === 1 ? t('draftsOne') : t('draftsMany', { n: row.drafts })}</span>
                </>
              ) : null}
            </th>
            {grid.categories.map((category) => {
              const rating = row.ratings[category] ?? null;
              const label = levelName(rating?.level, lang);
              return (
                <td key={category}>
                  <button
                    type="button"
                    className={`level-cell${rating ? '' : ' is-unrated'}`}
                    style={levelColors(rating?.level)}
                    aria-label={t('rateCell', { state, category: categoryName(category, lang), level: label })}
                    title={rating ? t('since', { date: fmt.date(rating.effectiveOn) }) : undefined}
                    onClick={() => onRate(row.state, category)}
                  >
                    {label}
                  </button>
                  {rating?.demo ? <DemoTag /> : null}
                </td>
              );
            })}
            <td>
              <button type="button" aria-pressed={row.state === selectedState} aria-label={t('historyOf', { state })} onClick={() => onHistory(row.state)}>
                {t('historyButton')}
              </button>
            </td>
          </tr>
        );
      })}
    </ScrollTable>
  );
}

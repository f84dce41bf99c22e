import { seriesByKey, type StateIso } from '@atalaya/domain';
import { skipToken, useQuery } from '@tanstack/react-query';
import { useId, useMemo } from 'react';
import { Link } from 'react-router';
import { QueryState } from '../../app/QueryState.tsx';
import { useFormat, useLang, useMessages } from '../../i18n/index.tsx';
import { useTRPC } from '../../lib/trpc.ts';
import { scopeName } from './labels.ts';
import { messages } from './messages.ts';
import type { SignalStatus } from './types.ts';

export function StatusTag({ status }: { status: SignalStatus }) {
  const t = useMessages(messages);
  return <span className={`signal-status is-${status}`}>{t(`signal_${status}`)}</span>;
}

/**
 * A state's computed signals (`levels.signals`) beside the rating form: homicide case files and item volume,
 * each with its inputs, thresholds and the series it came from. Labelled as computed, never as a level.
 */
export function StateSignals({ state, date }: { state: StateIso | null; date: string }) {
  const t = useMessages(messages);
  const { lang, locale } = useLang();
  const fmt = useFormat();
  const trpc = useTRPC();
  const id = useId();
  const signals = useQuery(trpc.levels.signals.queryOptions(state ? { date, states: [state] } : skipToken));
  // Thresholds such as 1.25 need two decimals; the app's number format keeps one.
  const ratio = useMemo(() => new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }), [locale]);
  const value = (n: number | null) => (n === null ? t('none') : fmt.number(n));
  return (
    <section className="signals wide" aria-labelledby={id}>
      <h3 id={id}>{t('signals')}</h3>
      {state === null ? (
        <p className="hint">{t('signalsChoose')}</p>
      ) : (
        <>
          <p className="hint">{t('signalsIntro', { date: fmt.date(date) })}</p>
          <QueryState query={signals} what={t('signalsWhat')}>
            {(answer) => {
              const s = answer.states.find((x) => x.state === state);
              if (!s) return <p className="empty">{t('signalsNone')}</p>;
              const files = s.caseFiles;
              const m = answer.method;
              const series = seriesByKey(m.caseFiles.series);
              return (
                <dl className="signal-list">
                  <dt>
                    {series?.label[lang] ?? m.caseFiles.source} <StatusTag status={files.status} />
                  </dt>
                  <dd>
                    {files.month === null ? (
                      <p>{t('caseFilesNoData')}</p>
                    ) : (
                      <ul>
                        <li>{t('caseFilesMonth', { month: fmt.month(files.month), value: value(files.value) })}</li>
                        <li>
                          {t('caseFilesMean', { n: files.trailingMonths, mean: value(files.trailingMean) })} <StatusTag status={files.vsMean} />
                        </li>
                        <li>
                          {t('caseFilesYearAgo', { value: value(files.yearAgo) })} <StatusTag status={files.vsYearAgo} />
                        </li>
                      </ul>
                    )}
                    <p className="hint">
                      {t('caseFilesThresholds', {
                        redRatio: ratio.format(m.caseFiles.thresholds.red.ratio),
                        redMin: m.caseFiles.thresholds.red.minIncrease,
                        amberRatio: ratio.format(m.caseFiles.thresholds.amber.ratio),
                        amberMin: m.caseFiles.thresholds.amber.minIncrease,
                      })}{' '}
                      {m.caseFiles.sourceKind === 'third_party' ? t('thirdParty') : null}{' '}
                      <Link to={`/states/${state}`} target="_blank" rel="noopener">
                        {t('seriesLink', { state: scopeName(state) })}
                      </Link>
                    </p>
                  </dd>
                  <dt>
                    {t('itemsSignal', { state: scopeName(state) })} <StatusTag status={s.items.status} />
                  </dt>
                  <dd>
                    <ul>
                      <li>{t('itemsRecent', { n: s.items.recent, mean: fmt.number(s.items.recentWeeklyMean) })}</li>
                      <li>{t('itemsPrevious', { n: s.items.previous, mean: fmt.number(s.items.previousWeeklyMean) })}</li>
                    </ul>
                    <p className="hint">
                      {t('itemsThresholds', {
                        redRatio: ratio.format(m.items.thresholds.red.ratio),
                        redMin: ratio.format(m.items.thresholds.red.minIncrease),
                        redItems: m.items.minRecent.red,
                        amberRatio: ratio.format(m.items.thresholds.amber.ratio),
                        amberMin: ratio.format(m.items.thresholds.amber.minIncrease),
                        amberItems: m.items.minRecent.amber,
                      })}
                    </p>
                  </dd>
                </dl>
              );
            }}
          </QueryState>
        </>
      )}
    </section>
  );
}

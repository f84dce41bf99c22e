import type { StateProfile } from '@atalaya/api';
import { stateByIso, type Filter, type StateIso } from '@atalaya/domain';
import { useQuery } from '@tanstack/react-query';
import { QueryState } from '../../app/QueryState.tsx';
import { useFormat, useLang, useMessages } from '../../i18n/index.tsx';
import { useTRPC } from '../../lib/trpc.ts';
import { localToday } from '../filters/date-presets.ts';
import { levelsDate } from '../risk/levels.ts';
import { LevelSummary } from '../risk/LevelSummary.tsx';
import { stateEnglishName, stateName } from '../states/state-names.ts';
import { messages } from './messages.ts';

/** How many latest items and top topics a state slide lists: what a room can read from the back. */
export const STATE_ITEMS = 3;
export const STATE_TOPICS = 5;

/** One state's profile within the filter (the state profile page's query), shared by its slide and its notes. */
export function useStateProfile(code: StateIso, filter: Filter) {
  const trpc = useTRPC();
  return useQuery(trpc.states.profile.queryOptions({ code, filter }));
}

/** A state's display name, and its English name when that differs ('Ciudad de México (Mexico City)'). */
export function stateNames(code: StateIso): { name: string; english: string | null } {
  const state = stateByIso(code);
  return state ? { name: stateName(state), english: stateEnglishName(state) } : { name: code, english: null };
}

/**
 * A stop of the state walk-through: the state's item count, the firm's level at the end of the
 * period with its rationale, its top topics and its latest items.
 */
export function StateSlide({ code, count, stop, of, filter, today = localToday() }: { code: StateIso; count: number; stop: number; of: number; filter: Filter; today?: string }) {
  const t = useMessages(messages);
  const fmt = useFormat();
  const { lang } = useLang();
  const { name, english } = stateNames(code);
  const profile = useStateProfile(code, filter);
  return (
    <article className="slide-state">
      {/* The level sits beside the state's name, where the heading leaves room, so the slide still fits the screen. */}
      <div className="slide-state-top">
        <header className="slide-head">
          <p className="slide-kicker">{t('stateKicker', { n: stop, total: of })}</p>
          <h2>
            <span lang="es">{name}</span>
            {english && lang === 'en' ? <span className="slide-english"> ({english})</span> : null}
          </h2>
          <p className="slide-count">
            <strong>{t(count === 1 ? 'stateCount_one' : 'stateCount_other', { n: fmt.number(count) })}</strong>
            {profile.data ? <> {t('stateNational', { n: fmt.number(profile.data.nationalItemCount) })}</> : null}
          </p>
        </header>
        <section className="slide-level" aria-label={t('riskLevel')}>
          <LevelSummary code={code} stateLabel={name} date={levelsDate(filter, today)} />
        </section>
      </div>
      <QueryState query={profile} what={t('stateWhat', { state: name })}>
        {(data) => <StateDetails profile={data} />}
      </QueryState>
    </article>
  );
}

function StateDetails({ profile }: { profile: StateProfile }) {
  const t = useMessages(messages);
  const fmt = useFormat();
  const { lang } = useLang();
  const topics = profile.topTopics.slice(0, STATE_TOPICS);
  const items = profile.items.items.slice(0, STATE_ITEMS);
  return (
    <div className="slide-columns">
      <section aria-labelledby={`${profile.code}-topics`}>
        <h3 id={`${profile.code}-topics`}>{t('topTopics')}</h3>
        {topics.length === 0 ? (
          <p className="slide-meta">{t('noTopics')}</p>
        ) : (
          <ol className="slide-topics">
            {topics.map((topic) => (
              <li key={topic.slug}>
                <span>{topic.label[lang]}</span> <span className="slide-number">{fmt.number(topic.count)}</span>
              </li>
            ))}
          </ol>
        )}
      </section>
      <section aria-labelledby={`${profile.code}-items`}>
        <h3 id={`${profile.code}-items`}>{t('latestItems')}</h3>
        {items.length === 0 ? (
          <p className="slide-meta">{t('noStateItems')}</p>
        ) : (
          <ul className="slide-list">
            {items.map((item) => (
              <li key={item.id}>
                <span className="slide-list-headline">{item.headline}</span>
                <span className="slide-meta">
                  {item.outlet ?? t('unknownOutlet')} · <time dateTime={item.date}>{fmt.date(item.date)}</time>
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

import type { Dashboard } from '@atalaya/api';
import { ratingAsOf, riskLevelInfo, type Filter, type StateIso } from '@atalaya/domain';
import { useFormat, useLang, useMessages } from '../../i18n/index.tsx';
import { placeLabel } from '../../lib/places.ts';
import { localToday } from '../filters/date-presets.ts';
import { paragraphs } from '../items/figures.ts';
import { levelsDate, rationaleFor } from '../risk/levels.ts';
import { useRatingHistory, useStateLevels } from '../risk/queries.ts';
import { messages as trendMessages } from '../trends/messages.ts';
import { Citation } from './ItemSlide.tsx';
import { messages } from './messages.ts';
import type { Slide } from './slides.ts';
import { stateNames, STATE_TOPICS, useStateProfile } from './StateSlide.tsx';

/** How many states the map slide's notes name. */
const MAP_NOTE_STATES = 8;

/**
 * What the presenter reads beside a slide: the commentary on the title slide, the summary and
 * citation on an item slide, the counts behind the map, the figures and the state slides.
 */
export function SlideNotes({ slide, data, filter }: { slide: Slide; data: Dashboard; filter: Filter }) {
  const t = useMessages(messages);
  const trends = useMessages(trendMessages);
  const fmt = useFormat();
  const { lang } = useLang();
  switch (slide.kind) {
    case 'title':
      return data.commentary ? (
        <div className="notes-body">
          <p className="slide-meta">
            {data.commentary.author ? `${data.commentary.author} · ` : ''}
            <time dateTime={data.commentary.publishedOn}>{fmt.date(data.commentary.publishedOn)}</time> ·{' '}
            {t('commentaryFrom', { edition: data.commentary.title })}
          </p>
          {paragraphs(data.commentary.commentary).map((paragraph, i) => (
            <p key={i}>{paragraph}</p>
          ))}
        </div>
      ) : (
        <p className="notes-body">{t('noCommentary')}</p>
      );
    case 'map': {
      const top = data.counts.byState.slice(0, MAP_NOTE_STATES);
      return (
        <p className="notes-body">
          {top.length === 0
            ? t('notesMapNone')
            : t('notesMap', { list: top.map((c) => `${placeLabel(c.key, lang)} ${fmt.number(c.count)}`).join(', ') })}
        </p>
      );
    }
    case 'levels':
      return <LevelsNotes filter={filter} />;
    case 'kpis': {
      const figure = (value: number | null) => (value === null ? t('notesNoData') : fmt.number(value));
      const { items, prisonerTransfers, homicideRate } = data.kpis;
      return (
        <p className="notes-body">
          {t('notesKpis', { items: figure(items.value), transfers: figure(prisonerTransfers.value), rate: figure(homicideRate.value) })}
        </p>
      );
    }
    case 'trend':
      return <p className="notes-body">{trends('scopeHint')}</p>;
    case 'item':
      return (
        <div className="notes-body">
          {paragraphs(slide.item.summary).map((paragraph, i) => (
            <p key={i}>{paragraph}</p>
          ))}
          <Citation item={slide.item} />
        </div>
      );
    case 'state':
      return <StateNotes code={slide.code} count={slide.count} filter={filter} />;
  }
}

function StateNotes({ code, count, filter }: { code: StateIso; count: number; filter: Filter }) {
  const t = useMessages(messages);
  const fmt = useFormat();
  const { lang } = useLang();
  const profile = useStateProfile(code, filter);
  const name = stateNames(code).name;
  const topics = profile.data?.topTopics.slice(0, STATE_TOPICS) ?? [];
  return (
    <div className="notes-body">
      <p>
        {t('notesState', {
          state: name,
          n: fmt.number(count),
          national: profile.data ? fmt.number(profile.data.nationalItemCount) : '…',
        })}
      </p>
      {topics.length > 0 ? (
        <p>{t('notesTopics', { list: topics.map((topic) => t('topicCount', { topic: topic.label[lang], n: fmt.number(topic.count) })).join(', ') })}</p>
      ) : null}
      <StateLevelNotes code={code} date={levelsDate(filter, localToday())} />
    </div>
  );
}

/** "5 · Extreme": a level and its name in the reader's language. */
function useLevelName(): (level: number) => string {
  const { lang } = useLang();
  return (level) => {
    const info = riskLevelInfo(level);
    return info ? `${info.level} · ${info[lang]}` : String(level);
  };
}

/** The state's overall level in force at the end of the period, and the rationale to read out. */
function StateLevelNotes({ code, date }: { code: StateIso; date: string }) {
  const t = useMessages(messages);
  const fmt = useFormat();
  const { lang } = useLang();
  const levelName = useLevelName();
  const history = useRatingHistory(code);
  if (!history.data) return null;
  const rating = ratingAsOf(history.data, code, 'overall', date);
  if (!rating) return <p>{t('notesNotRatedState', { date: fmt.date(date) })}</p>;
  const rationale = rationaleFor(rating, lang);
  return (
    <>
      <p>
        {t('notesLevel', { level: levelName(rating.level), date: fmt.date(rating.effectiveOn) })}
        {rating.demo ? ` ${t('notesDemo')}` : ''}
      </p>
      <p lang={rationale.lang}>{rationale.text}</p>
    </>
  );
}

/** The rated states, highest level first, and how many are not rated: what the levels slide shows, to say aloud. */
function LevelsNotes({ filter }: { filter: Filter }) {
  const t = useMessages(messages);
  const fmt = useFormat();
  const { lang } = useLang();
  const levelName = useLevelName();
  const date = levelsDate(filter, localToday());
  const levels = useStateLevels(date);
  if (!levels.data) return <p className="notes-body">…</p>;
  const rated = levels.data.flatMap((s) => (s.rating ? [{ state: s.state, level: s.rating.level }] : [])).sort((a, b) => b.level - a.level);
  const notRated = levels.data.length - rated.length;
  return (
    <div className="notes-body">
      <p>
        {rated.length === 0
          ? t('notesLevelsNone', { date: fmt.date(date) })
          : t('notesLevels', { date: fmt.date(date), list: rated.map((r) => `${placeLabel(r.state, lang)} ${levelName(r.level)}`).join(', ') })}
      </p>
      {notRated > 0 ? <p>{t('notesNotRated', { n: notRated })}</p> : null}
    </div>
  );
}

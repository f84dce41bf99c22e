import { EMPTY_FILTER, foldAccents, matchStates, NATIONAL, stateByIso, TOPICS, topicBySlug, type Filter } from '@atalaya/domain';
import { useQuery } from '@tanstack/react-query';
import { useCallback, useId, useMemo, useState } from 'react';
import { useLang, useMessages, type Lang } from '../../i18n/index.tsx';
import { useTRPC } from '../../lib/trpc.ts';
import { scopeName, stateEnglishName, stateName } from '../states/state-names.ts';
import { DateRange } from './DateRange.tsx';
import { useFilterParts } from './filter-parts.ts';
import { FilterSummary } from './FilterSummary.tsx';
import { localToday, withDates } from './date-presets.ts';
import { messages } from './messages.ts';
import { MultiCombobox, type ComboOption } from './MultiCombobox.tsx';
import { SearchBox } from './SearchBox.tsx';
import { useFilter } from './use-filter.ts';
import { usePhoneLayout } from './use-phone-layout.ts';
import { useShare } from '../share/share-context.tsx';
import { SaveViewButton } from '../views/SaveViewButton.tsx';

const fold = (s: string) => foldAccents(s).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

// Words that mean "the whole country" rather than one state.
const NATIONAL_WORDS = ['national', 'nacional', 'nationwide', 'whole country', 'todo el pais', 'pais', 'country', 'federal'];

function stateOption(iso: string, lang: Lang): ComboOption {
  const state = stateByIso(iso);
  if (!state) return { value: iso, label: iso };
  const english = stateEnglishName(state);
  // Spanish names keep their Spanish pronunciation on the English page.
  return { value: iso, label: stateName(state), hint: english ?? undefined, lang: lang === 'es' ? undefined : 'es' };
}

/** The states picker's matches: states by Spanish/English name, code or alias, and 'National'. */
export function searchStates(query: string, lang: Lang, nationalLabel: string, nationalHint: string): ComboOption[] {
  const national: ComboOption = { value: NATIONAL, label: nationalLabel, hint: nationalHint };
  const states = matchStates(query).map((s) => stateOption(s.iso, lang));
  const q = fold(query);
  if (q === '') return [national, ...states];
  if (NATIONAL_WORDS.some((w) => w.startsWith(q) || w.split(' ').some((part) => part.startsWith(q)))) return [national, ...states];
  // 'Mexico' and 'MX' name the country too, though states that carry the word match better.
  if (['mexico', 'mx'].some((w) => w.startsWith(q))) return [...states, national];
  return states;
}

function searchTopics(query: string, lang: Lang): ComboOption[] {
  const q = fold(query);
  return TOPICS.filter((topic) => q === '' || ` ${fold(`${topic.en} ${topic.es}`)}`.includes(` ${q}`)).map((topic) => ({
    value: topic.slug,
    label: topic[lang],
  }));
}

export interface FilterBarProps {
  /** Today's date, 'YYYY-MM-DD'; presets count back from it. Injectable for tests. */
  today?: string;
}

/**
 * Dates, states, topics, organizations and text. Every change writes the URL (a new history
 * entry, so Back undoes it); the URL is the only state.
 */
export function FilterBar(props: FilterBarProps) {
  // A shared link's filter is frozen: it is shown, not edited.
  return useShare() ? <FrozenFilter /> : <EditableFilterBar {...props} />;
}

/** The filter of a shared view, as text. */
function FrozenFilter() {
  const t = useMessages(messages);
  const { filter } = useFilter();
  const parts = useFilterParts(filter);
  return (
    <section className="panel filter-bar filter-frozen" aria-labelledby="filter-bar-heading">
      <h2 id="filter-bar-heading" className="visually-hidden">
        {t('filters')}
      </h2>
      {parts.length === 0 ? (
        <p>{t('everything')}</p>
      ) : (
        <dl className="frozen-filter">
          {parts.map(([label, value]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}

function EditableFilterBar({ today = localToday() }: FilterBarProps) {
  const t = useMessages(messages);
  const { lang } = useLang();
  const trpc = useTRPC();
  const { filter, setFilter } = useFilter();
  const orgs = useQuery(trpc.tags.counts.queryOptions({ kind: 'organization' }));

  const update = useCallback((patch: Partial<Filter>) => setFilter((current) => ({ ...current, ...patch })), [setFilter]);

  const orgLabels = useMemo(() => new Map((orgs.data ?? []).map((o) => [o.slug, o.label[lang]])), [orgs.data, lang]);
  const searchOrgs = useCallback(
    (query: string): ComboOption[] => {
      const q = fold(query);
      return (orgs.data ?? [])
        .filter((o) => q === '' || ` ${fold(`${o.label.en} ${o.label.es} ${o.slug}`)}`.includes(` ${q}`) || fold(o.slug).includes(q))
        .map((o) => ({ value: o.slug, label: o.label[lang], hint: t('itemsCount', { n: o.count }) }));
    },
    [orgs.data, lang, t],
  );

  const orgLabel = useCallback((slug: string) => orgLabels.get(slug) ?? slug, [orgLabels]);
  const parts = useFilterParts(filter, { today, orgLabel });
  // On a phone the bar folds into one line until asked for, so the first screen shows data.
  const phone = usePhoneLayout();
  const [open, setOpen] = useState(false);
  const panelId = useId();

  const isEmpty = !filter.from && !filter.to && filter.states.length === 0 && filter.topics.length === 0 && filter.orgs.length === 0 && !filter.q;

  return (
    <section className="panel filter-bar" aria-labelledby="filter-bar-heading">
      <h2 id="filter-bar-heading" className="visually-hidden">
        {t('filters')}
      </h2>
      {phone ? <FilterSummary parts={parts} expanded={open} controls={panelId} onToggle={() => setOpen((o) => !o)} /> : null}
      <div id={panelId} className="filter-panel" hidden={phone && !open}>
        <div className="filter-row">
          <SearchBox value={filter.q ?? ''} onSearch={(q) => update({ q: q === '' ? undefined : q })} />
          <DateRange value={{ from: filter.from, to: filter.to }} today={today} onChange={(range) => setFilter((current) => withDates(current, range))} />
          <button type="button" className="clear-all" disabled={isEmpty} onClick={() => setFilter(EMPTY_FILTER)}>
            {t('clearAll')}
          </button>
          <SaveViewButton filter={filter} />
        </div>
        <div className="filter-row filter-pickers">
          <MultiCombobox
            label={t('states')}
            placeholder={t('statesPlaceholder')}
            search={(q) => searchStates(q, lang, t('national'), t('nationalHint'))}
            selected={filter.states}
            labelOf={(code) => scopeName(code, lang)}
            onChange={(states) => update({ states: states as Filter['states'] })}
          />
          <MultiCombobox
            label={t('topics')}
            placeholder={t('topicsPlaceholder')}
            search={(q) => searchTopics(q, lang)}
            selected={filter.topics}
            labelOf={(slug) => topicBySlug(slug)?.[lang] ?? slug}
            onChange={(topics) => update({ topics: topics as Filter['topics'] })}
          />
          <div className="combo-wrap">
            <MultiCombobox
              label={t('orgs')}
              placeholder={t('orgsPlaceholder')}
              search={searchOrgs}
              selected={filter.orgs}
              labelOf={orgLabel}
              onChange={(slugs) => update({ orgs: slugs })}
              status={orgs.isPending ? t('orgsLoading') : orgs.isError ? t('orgsError') : undefined}
            />
            {orgs.isError ? (
              <p className="field-error" role="alert">
                {t('orgsError')}{' '}
                <button type="button" className="link-like" onClick={() => void orgs.refetch()}>
                  {t('retry')}
                </button>
              </p>
            ) : null}
          </div>
        </div>
      </div>
    </section>
  );
}

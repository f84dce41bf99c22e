import { countryByCode, NATIONAL, topicBySlug, type TopicSlug } from '@atalaya/domain';
import { useMemo } from 'react';
import { useLang, useMessages, type Lang } from '../../i18n/index.tsx';
import { BORDER_REGION, placeLabel } from '../../lib/places.ts';
import { ORGANIZATION_CHOICES, PERSON_CHOICES, PLACE_CHOICES, resolveChoice, resolveOrNew, resolvePlace, TOPIC_CHOICES, type Choice } from './choices.ts';
import { messages } from './messages.ts';
import { TagEditor } from './TagEditor.tsx';
import type { ReviewItem, ReviewTag } from './types.ts';
import type { Track } from './use-save-tracker.ts';
import type { ReviewMutations } from './use-review-mutations.ts';

const tagChips = (tags: readonly ReviewTag[]) => tags.map((t) => ({ value: t.slug, label: t.label, origin: t.origin, confidence: t.confidence }));
// Kept tags are sent with their label so the API never has to guess one.
const asTopic = (slug: string): TopicSlug[] => {
  const topic = topicBySlug(slug);
  return topic ? [topic.slug] : [];
};
const named = (tags: readonly ReviewTag[]) => tags.map((t) => ({ slug: t.slug, label: t.label }));

/**
 * The pickers as the reader's language names their entries. States keep their Spanish names; the
 * national scope, the border region, countries and topics follow the language, the other language's
 * name becoming the hint. Every name still finds its entry, whatever the language.
 */
function usePickers(lang: Lang) {
  const t = useMessages(messages);
  return useMemo(() => {
    const place = PLACE_CHOICES.map((c): Choice => {
      if (c.value === NATIONAL) return { ...c, label: placeLabel(c.value, lang), hint: t('placeHintNational') };
      if (c.value === BORDER_REGION) return { ...c, label: placeLabel(c.value, lang), hint: t('placeHintBorder') };
      const country = countryByCode(c.value);
      if (!country || lang === 'en') return c;
      return { ...c, label: country.nameEs, hint: country.nameEn !== country.nameEs ? country.nameEn : '' };
    });
    const topic = lang === 'en' ? TOPIC_CHOICES : TOPIC_CHOICES.map((c): Choice => ({ ...c, label: c.hint ?? c.label, hint: c.label }));
    return { place, topic };
  }, [lang, t]);
}

/** Places, topics, organizations and people of one item; each change replaces the list on the server at once. */
export function ItemTags({ item, track, mutations: m }: { item: ReviewItem; track: Track; mutations: ReviewMutations }) {
  const { lang } = useLang();
  const pickers = usePickers(lang);
  const places = item.places.map((p) => p.code);
  const topics = item.topics.flatMap((t) => asTopic(t.slug));

  return (
    <div className="item-tags">
      <TagEditor
        kind="place"
        chips={item.places.map((p) => ({ value: p.code, label: placeLabel(p.code, lang), origin: p.origin, confidence: p.confidence }))}
        choices={pickers.place}
        resolve={resolvePlace}
        busy={m.setPlaces.isPending}
        onAdd={(choice) => void track(m.setPlaces.mutateAsync({ itemId: item.id, places: [...places, choice.value] }))}
        onRemove={(code) => void track(m.setPlaces.mutateAsync({ itemId: item.id, places: places.filter((p) => p !== code) }))}
      />
      <TagEditor
        kind="topic"
        chips={tagChips(item.topics).map((chip) => ({ ...chip, label: topicBySlug(chip.value)?.[lang] ?? chip.label }))}
        choices={pickers.topic}
        resolve={(input) => resolveChoice(TOPIC_CHOICES, input)}
        busy={m.setTopics.isPending}
        onAdd={(choice) => void track(m.setTopics.mutateAsync({ itemId: item.id, topics: [...topics, ...asTopic(choice.value)] }))}
        onRemove={(slug) => void track(m.setTopics.mutateAsync({ itemId: item.id, topics: topics.filter((t) => t !== slug) }))}
      />
      <TagEditor
        kind="organization"
        chips={tagChips(item.organizations)}
        choices={ORGANIZATION_CHOICES}
        resolve={(input) => resolveOrNew(ORGANIZATION_CHOICES, input)}
        busy={m.setOrganizations.isPending}
        onAdd={(choice) =>
          void track(m.setOrganizations.mutateAsync({ itemId: item.id, organizations: [...named(item.organizations), { slug: choice.value, label: choice.label }] }))
        }
        onRemove={(slug) =>
          void track(m.setOrganizations.mutateAsync({ itemId: item.id, organizations: named(item.organizations).filter((t) => t.slug !== slug) }))
        }
      />
      <TagEditor
        kind="person"
        chips={tagChips(item.people)}
        choices={PERSON_CHOICES}
        resolve={(input) => resolveOrNew(PERSON_CHOICES, input)}
        busy={m.setPeople.isPending}
        onAdd={(choice) => void track(m.setPeople.mutateAsync({ itemId: item.id, people: [...named(item.people), { slug: choice.value, label: choice.label }] }))}
        onRemove={(slug) => void track(m.setPeople.mutateAsync({ itemId: item.id, people: named(item.people).filter((t) => t.slug !== slug) }))}
      />
    </div>
  );
}

import { topicBySlug, type TopicSlug } from '@atalaya/domain';
import { ORGANIZATION_CHOICES, PERSON_CHOICES, PLACE_CHOICES, placeLabel, resolveChoice, resolveOrNew, resolvePlace, TOPIC_CHOICES } from './choices.ts';
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

/** Places, topics, organizations and people of one item; each change replaces the list on the server at once. */
export function ItemTags({ item, track, mutations: m }: { item: ReviewItem; track: Track; mutations: ReviewMutations }) {
  const places = item.places.map((p) => p.code);
  const topics = item.topics.flatMap((t) => asTopic(t.slug));

  return (
    <div className="item-tags">
      <TagEditor
        title="Places"
        noun="place"
        chips={item.places.map((p) => ({ value: p.code, label: placeLabel(p.code), origin: p.origin, confidence: p.confidence }))}
        choices={PLACE_CHOICES}
        resolve={resolvePlace}
        busy={m.setPlaces.isPending}
        onAdd={(choice) => void track(m.setPlaces.mutateAsync({ itemId: item.id, places: [...places, choice.value] }))}
        onRemove={(code) => void track(m.setPlaces.mutateAsync({ itemId: item.id, places: places.filter((p) => p !== code) }))}
      />
      <TagEditor
        title="Topics"
        noun="topic"
        chips={tagChips(item.topics)}
        choices={TOPIC_CHOICES}
        resolve={(input) => resolveChoice(TOPIC_CHOICES, input)}
        busy={m.setTopics.isPending}
        onAdd={(choice) => void track(m.setTopics.mutateAsync({ itemId: item.id, topics: [...topics, ...asTopic(choice.value)] }))}
        onRemove={(slug) => void track(m.setTopics.mutateAsync({ itemId: item.id, topics: topics.filter((t) => t !== slug) }))}
      />
      <TagEditor
        title="Organizations"
        noun="organization"
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
        title="People"
        noun="person"
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

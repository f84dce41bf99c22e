import { useLang, type Lang } from '../../i18n/index.tsx';

/** An item's topics as chips in the reader's language: the `<li>`s of a `.chips` list. */
export function TopicChips({ topics }: { topics: ReadonlyArray<{ slug: string; label: Record<Lang, string> }> }) {
  const { lang } = useLang();
  return topics.map((topic) => (
    <li key={topic.slug} className="chip chip-topic">
      {topic.label[lang]}
    </li>
  ));
}

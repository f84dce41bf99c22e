import type { Filter } from '@atalaya/domain';
import { CaseFilesCard } from '../trends/CaseFilesChart.tsx';
import { SeizuresCard } from '../trends/SeizuresChart.tsx';
import { TopicVolumeCard } from '../trends/TopicVolumeChart.tsx';
import { TransfersCard } from '../trends/TransfersChart.tsx';
import '../trends/trends.css';
import type { TrendChart } from './slides.ts';

/** One of the dashboard's trend cards at projector size (recharts travels in this chunk, loaded by trend slides only). */
export default function TrendCard({ chart, filter }: { chart: TrendChart; filter: Filter }) {
  switch (chart) {
    case 'case-files':
      return <CaseFilesCard filter={filter} size="large" />;
    case 'transfers':
      return <TransfersCard filter={filter} size="large" />;
    case 'seizures':
      return <SeizuresCard filter={filter} size="large" />;
    case 'topic-volume':
      return <TopicVolumeCard filter={filter} size="large" />;
  }
}

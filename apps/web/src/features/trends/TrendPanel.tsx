import type { Filter } from '@atalaya/domain';
import { CaseFilesCard } from './CaseFilesChart.tsx';
import type { ChartSize } from './palette.ts';
import { SeizuresCard } from './SeizuresChart.tsx';
import { TopicVolumeCard } from './TopicVolumeChart.tsx';
import { TransfersCard } from './TransfersChart.tsx';

/** The four trend charts for a filter (recharts lives in this chunk, loaded after the screen). */
export default function TrendPanel({ filter, size = 'default' }: { filter: Filter; size?: ChartSize }) {
  return (
    <div className="trend-grid">
      <CaseFilesCard filter={filter} size={size} />
      <TransfersCard filter={filter} size={size} />
      <SeizuresCard filter={filter} size={size} />
      <TopicVolumeCard filter={filter} size={size} />
    </div>
  );
}

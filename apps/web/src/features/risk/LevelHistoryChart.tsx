import type { RiskCategory } from '@atalaya/domain';
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { StepRow } from './levels.ts';

// Okabe–Ito colours, told apart with the common colour-vision deficiencies; each category also has
// its own dash pattern, so colour is never the only cue.
const STYLE: Record<RiskCategory, { stroke: string; dash?: string; width: number }> = {
  overall: { stroke: '#0072B2', width: 3 },
  violence: { stroke: '#D55E00', dash: '6 3', width: 2 },
  'kidnap-extortion': { stroke: '#009E73', dash: '2 3', width: 2 },
  'road-cargo': { stroke: '#CC79A7', dash: '8 3 2 3', width: 2 },
  'unrest-political': { stroke: '#8a6d00', dash: '12 4', width: 2 },
};

/** The level of each rated category over time as steps (recharts is loaded with this chunk only). */
export default function LevelHistoryChart({
  rows,
  categories,
  categoryLabel,
  levelLabel,
  formatDate,
}: {
  rows: StepRow[];
  categories: RiskCategory[];
  categoryLabel(category: RiskCategory): string;
  /** Short label of a level for the axis ("4 High"). */
  levelLabel(level: number): string;
  formatDate(iso: string): string;
}) {
  const dateOf = (time: number) => new Date(time).toISOString().slice(0, 10);
  return (
    <div className="risk-chart" aria-hidden="true">
      <ResponsiveContainer width="100%" height={220}>
        {/* Hidden from assistive tech (the table beside it carries the same steps), so not focusable either. */}
        <LineChart data={rows} margin={{ top: 8, right: 16, bottom: 4, left: 8 }} accessibilityLayer={false}>
          <CartesianGrid stroke="#e3e9ee" vertical={false} />
          <XAxis
            dataKey="time"
            type="number"
            scale="time"
            domain={['dataMin', 'dataMax']}
            tickFormatter={(time: number) => formatDate(dateOf(time))}
            tick={{ fontSize: 12, fill: '#5b6b78' }}
            minTickGap={32}
          />
          <YAxis domain={[1, 5]} ticks={[1, 2, 3, 4, 5]} allowDecimals={false} tickFormatter={levelLabel} tick={{ fontSize: 12, fill: '#5b6b78' }} width={104} />
          <Tooltip
            labelFormatter={(time) => formatDate(dateOf(Number(time)))}
            formatter={(value) => (typeof value === 'number' ? levelLabel(value) : String(value))}
          />
          <Legend wrapperStyle={{ fontSize: 13 }} />
          {categories.map((category) => (
            <Line
              key={category}
              type="stepAfter"
              dataKey={category}
              name={categoryLabel(category)}
              stroke={STYLE[category].stroke}
              strokeWidth={STYLE[category].width}
              strokeDasharray={STYLE[category].dash}
              dot={false}
              connectNulls={false}
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}

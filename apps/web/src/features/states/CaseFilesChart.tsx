import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { MonthRow } from './profile-data.ts';

// Okabe–Ito blue and orange: distinguishable with the common colour-vision deficiencies,
// and the national line is dashed as well, so colour is never the only cue.
const STATE_COLOUR = '#0072B2';
const NATIONAL_COLOUR = '#D55E00';

/** State vs national monthly case files per 100k (recharts is loaded with this chunk only). */
export default function CaseFilesChart({
  rows,
  stateLabel,
  nationalLabel,
  formatMonth,
  formatNumber,
}: {
  rows: MonthRow[];
  stateLabel: string;
  nationalLabel: string;
  formatMonth(iso: string): string;
  formatNumber(n: number): string;
}) {
  return (
    <div className="profile-chart" aria-hidden="true">
      <ResponsiveContainer width="100%" height={240}>
        {/* Hidden from assistive tech (the "Show data" table beside it carries the figures), so it must
            not be focusable either: no recharts keyboard layer, whose svg takes tabindex=0. */}
        <LineChart data={rows} margin={{ top: 8, right: 16, bottom: 4, left: 0 }} accessibilityLayer={false}>
          <CartesianGrid stroke="#e3e9ee" vertical={false} />
          <XAxis dataKey="month" tickFormatter={formatMonth} tick={{ fontSize: 12, fill: '#5b6b78' }} minTickGap={24} />
          <YAxis tick={{ fontSize: 12, fill: '#5b6b78' }} width={40} tickFormatter={formatNumber} />
          <Tooltip
            labelFormatter={(label) => formatMonth(String(label))}
            formatter={(value) => (typeof value === 'number' ? formatNumber(value) : String(value))}
          />
          <Legend wrapperStyle={{ fontSize: 13 }} />
          <Line type="monotone" dataKey="statePer100k" name={stateLabel} stroke={STATE_COLOUR} strokeWidth={2.5} dot={false} connectNulls isAnimationActive={false} />
          <Line
            type="monotone"
            dataKey="nationalPer100k"
            name={nationalLabel}
            stroke={NATIONAL_COLOUR}
            strokeWidth={2}
            strokeDasharray="6 4"
            dot={false}
            connectNulls
            isAnimationActive={false}
          />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}

import type { AdvisoryRow } from '@atalaya/stats';

// The US State Department's per-state travel advisory for Mexico, two vintages (levels as published: 1 exercise
// normal precautions … 4 do not travel). An outside reference shown beside the firm's levels, never mixed in.
const LABELS = { 1: 'Exercise normal precautions', 2: 'Exercise increased caution', 3: 'Reconsider travel', 4: 'Do not travel' } as const;
const VINTAGES = [
  {
    asOf: '2018-01-10',
    confidence: 'high' as const,
    sourceUrls: [
      'https://www.eastbaytimes.com/2019/12/19/mexico-danger-map-travel-warnings-updated-by-state-department/',
      'https://wfaa.com/article/news/nation-world/us-issues-mexico-travel-warning-with-several-states-marked-do-not-travel/507-047d7eb9-5747-4f7c-97e3-ce15dfbe6ee5',
    ],
    note: 'The first advisory rated state by state (as reported by the press).',
    levels: 'AGU2 BCN2 BCS2 CAM2 COA3 COL4 CHP2 CHH3 CMX2 DUR3 GUA2 GRO4 HID2 JAL3 MEX3 MIC4 MOR3 NAY3 NLE3 OAX2 PUE2 QUE2 ROO2 SLP3 SIN4 SON3 TAB2 TAM4 TLA2 VER2 YUC2 ZAC3',
  },
  {
    asOf: '2024-12-06',
    confidence: 'medium' as const,
    sourceUrls: [
      'https://mexicodailypost.news/2024/12/06/us-issues-travel-alert-for-30-mexican-states',
      'https://spanish-walking.com/new-travel-advisory-the-u-s-state-department-updates-its-warnings-for-mexico-amid-frequent-violent-crimes',
    ],
    note: 'Levels as press reports gave them; the advisory itself was not archived with this extract.',
    levels: 'AGU2 BCN3 BCS2 CAM1 COA2 COL4 CHP3 CHH3 CMX2 DUR2 GUA3 GRO4 HID2 JAL3 MEX2 MIC4 MOR3 NAY2 NLE2 OAX2 PUE2 QUE2 ROO2 SLP2 SIN4 SON3 TAB2 TAM4 TLA2 VER2 YUC1 ZAC4',
  },
];

export const DEMO_ADVISORY: readonly AdvisoryRow[] = VINTAGES.flatMap((v) =>
  v.levels.split(' ').map((entry) => {
    const level = Number(entry.slice(3)) as AdvisoryRow['level'];
    return { state: `MX-${entry.slice(0, 3)}`, level, label: LABELS[level], asOf: v.asOf, issuer: 'US Department of State', confidence: v.confidence, sourceUrls: v.sourceUrls, note: v.note };
  }),
);

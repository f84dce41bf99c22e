import { describe, expect, it } from 'vitest';
import { extractMetrics, type MetricHit } from '../../src/extract/index.ts';

const DATE = '2025-03-14';
const run = (text: string, date: string | null = DATE) => extractMetrics(text, { date });
const one = (text: string, date: string | null = DATE): MetricHit => {
  const hits = run(text, date);
  expect(hits, JSON.stringify(hits.map((h) => [h.series, h.value]))).toHaveLength(1);
  return hits[0] as MetricHit;
};

describe('extractMetrics: prisoner transfers', () => {
  it('reads a transfer or extradition of N people', () => {
    expect(one('Mexico approved the extradition of twenty-nine cartel bosses.')).toMatchObject({
      series: 'prisoner_transfers',
      value: 29,
      unit: 'people',
      place: 'MX',
      cumulative: false,
    });
    expect(one('The transfer of 26 prisoners took place at dawn.').value).toBe(26);
    expect(one('The expulsion of 37 gang operatives to Texas surprised few.')).toMatchObject({ value: 37, place: 'MX' });
    expect(one('Fueron enviados veintinueve reos a Estados Unidos.').value).toBe(29);
  });

  it('marks a running total as cumulative, with lower confidence and no period start', () => {
    const h = one('A total of 92 inmates have now been extradited under this government.');
    expect(h).toMatchObject({ series: 'prisoner_transfers', value: 92, cumulative: true, periodStart: null, periodEnd: DATE });
    expect(h.confidence).toBeLessThan(one('The transfer of 26 prisoners took place at dawn.').confidence);
  });

  it('reads "sent N" and "N … were flown" as transfers', () => {
    expect(one('Mexico sent 26 prisoners to the United States on Tuesday.')).toMatchObject({ series: 'prisoner_transfers', value: 26 });
    expect(one('Twelve cartel figures were flown to Texas overnight.')).toMatchObject({ series: 'prisoner_transfers', value: 12 });
  });

  it('needs the transfer to be about those people, not just in the sentence', () => {
    expect(run('Police questioned 29 cartel members.')).toEqual([]);
    expect(run('Congress passed the extradition reform with 31 members voting in favour.')).toEqual([]);
  });
});

describe('extractMetrics: drug seizures', () => {
  it('reads kilos, tons and grams of a drug in kg, with the drug as dimension', () => {
    expect(one('Marines seized 150 kilos of methamphetamine at a ranch.')).toMatchObject({
      series: 'drug_seizure_kg',
      value: 150,
      unit: 'kg',
      dimension: 'methamphetamine',
    });
    expect(one('Agents seized 12 kgs of meth.').dimension).toBe('methamphetamine');
    expect(one('Soldiers seized 3 tons of drugs in a truck.')).toMatchObject({ value: 3000, dimension: 'other' });
    expect(one('Inspectors seized 310 kilos and 250 grams of marijuana.')).toMatchObject({ value: 310.25, dimension: 'marijuana' });
    expect(one('Se aseguraron 1,5 toneladas de cocaína.')).toMatchObject({ value: 1500, dimension: 'cocaine' });
  });

  it.each([
    'Troops seized nearly 8 tons of cocaine.',
    'Troops seized more than 8 tons of cocaine.',
    'Troops seized almost 8 tons of cocaine.',
    'Troops seized about 8 tons of cocaine.',
    'Troops seized some 8 tons of cocaine.',
    'Se aseguraron más de 8 toneladas de cocaína.',
    'Se aseguraron casi 8 toneladas de cocaína.',
    'Se aseguraron alrededor de 8 toneladas de cocaína.',
  ])('marks approximations: %s', (text) => {
    expect(one(text)).toMatchObject({ value: 8000, approximate: true });
  });

  it('keeps "over" as an approximation', () => {
    const h = one('The navy seized over 8 tons of cocaine off the coast.');
    expect(h).toMatchObject({ value: 8000, approximate: true, dimension: 'cocaine' });
  });

  it('does not read drug weights in a sentence with no seizure anywhere in the item', () => {
    expect(run('Labs there produce 5 tons of methamphetamine a month.')).toEqual([]);
  });

  it('keeps CBP fentanyl in pounds and converts other pounds to kg with a note', () => {
    expect(one('US Customs seized 900 pounds of fentanyl on the Mexican border.')).toMatchObject({
      series: 'fentanyl_seizures_cbp_lb',
      value: 900,
      unit: 'lb',
      place: 'MX',
    });
    const kg = one('Police seized 100 pounds of cocaine in a warehouse.');
    expect(kg).toMatchObject({ series: 'drug_seizure_kg', unit: 'kg', value: 45.359, dimension: 'cocaine' });
    expect(kg.note).toMatch(/100 lb/);
  });

  it('reads fentanyl pills in English and Spanish', () => {
    expect(one('Agents seized 120,500 fentanyl pills in a bus.')).toMatchObject({ series: 'fentanyl_pills_seized', value: 120500, unit: 'pills' });
    expect(one('Se aseguraron 2,5 millones de pastillas de fentanilo.').value).toBe(2500000);
  });

  it('drops figures placed abroad and follows a compared figure to its own place', () => {
    const hits = run('CBP seized 40 pounds of fentanyl near Canadian crossings, versus 9,000 pounds along the Mexican border.');
    expect(hits.map((h) => [h.series, h.value, h.place])).toEqual([['fentanyl_seizures_cbp_lb', 9000, 'MX']]);
  });

  it('does not take the destination of a shipment as its place', () => {
    const h = one('In Manzanillo, marines seized 200 kilos of cocaine bound for Spain.');
    expect(h.place).toBe('MX-COL');
  });
});

describe('extractMetrics: homicides, missing persons, border', () => {
  it('reads a homicide rate with the place named before it', () => {
    const hits = run("Mexico's homicide rate (25 per 100,000) trails Colima's homicide rate (95 per 100,000).");
    expect(hits.map((h) => [h.series, h.value, h.unit, h.place])).toEqual([
      ['homicide_rate', 25, 'per 100k', 'MX'],
      ['homicide_rate', 95, 'per 100k', 'MX-COL'],
    ]);
  });

  it('does not read a US overdose rate as a Mexican homicide rate', () => {
    expect(run("Ohio's overdose rate (48.1 per 100,000) keeps rising.")).toEqual([]);
    const hits = run("Sonora's homicide rate (40 per 100,000) is close to the overdose death rate in the US (31 per 100,000).");
    expect(hits.map((h) => [h.value, h.place])).toEqual([[40, 'MX-SON']]);
  });

  it('reads homicide victims, missing persons and border encounters', () => {
    expect(one('The state counted 1,950 victims of intentional homicide.')).toMatchObject({ series: 'homicide_victims', value: 1950 });
    expect(one('Over 1,100 killed in Sinaloa since the split.')).toMatchObject({ series: 'homicide_victims', value: 1100, approximate: true, place: 'MX-SIN' });
    expect(one('Families search for 110,000 missing persons.')).toMatchObject({ series: 'missing_persons', value: 110000 });
    expect(one('Hay más de 110 mil personas desaparecidas.')).toMatchObject({ series: 'missing_persons', value: 110000, approximate: true });
    expect(one('Border Patrol made 48,200 arrests at the border in November.')).toMatchObject({
      series: 'border_encounters',
      value: 48200,
      periodStart: '2024-11-01',
      periodEnd: '2024-11-30',
      date: '2024-11-30',
    });
  });

  it('reads "killed N people" and "left N dead" after an attack as homicide victims', () => {
    expect(one('Gunmen killed 9 people at a bar in Celaya.')).toMatchObject({ series: 'homicide_victims', value: 9, place: 'MX-GUA' });
    expect(one('An ambush left 4 dead near Apatzingán.')).toMatchObject({ series: 'homicide_victims', value: 4, place: 'MX-MIC' });
    expect(run('A storm left 4 dead near Acapulco.')).toEqual([]);
  });

  it('reads "since YEAR" as a running total from that year', () => {
    expect(one('Since 2007, more than 400,000 people have been killed in Mexico.')).toMatchObject({
      series: 'homicide_victims',
      value: 400000,
      approximate: true,
      cumulative: true,
      periodStart: '2007-01-01',
      periodEnd: DATE,
    });
  });

  it('reads migrants counted by an apprehension as border encounters', () => {
    expect(one('Border Patrol agents apprehended 800 migrants near the border.')).toMatchObject({ series: 'border_encounters', value: 800, place: 'MX' });
    expect(run('A caravan of 800 migrants left the border town.')).toEqual([]);
  });

  it('reads "from A in month to B in month" as two observations with their own periods', () => {
    const hits = run('Migrant encounters fell from 190,000 in January 2024 to 47,000 in August 2024.');
    expect(hits.map((h) => [h.series, h.value, h.periodStart, h.periodEnd])).toEqual([
      ['border_encounters', 190000, '2024-01-01', '2024-01-31'],
      ['border_encounters', 47000, '2024-08-01', '2024-08-31'],
    ]);
  });
});

describe('extractMetrics: numbers that are not metrics', () => {
  it('ignores percentages, money, years and dates', () => {
    expect(run('Trump threatened 25% tariffs and a $5,000,000 reward.')).toEqual([]);
    expect(run('Spending reached 2.5% of GDP in 2023.')).toEqual([]);
    expect(run('The 1985 murder still haunts the agency; he was caught in 2013.')).toEqual([]);
    expect(run('The deadline moved from April 2 to March 4, 2025.')).toEqual([]);
    expect(run('The leader known as Z-40 was sent to the United States for extradition.')).toEqual([]);
    expect(run('Two-thirds of the weapons came from abroad, officials said after the extradition.')).toEqual([]);
  });

  it('does not join a percentage and a count into a range', () => {
    expect(one('Homicides fell 12% to 1,900 in March.')).toMatchObject({ series: 'homicide_victims', value: 1900, approximate: false, periodStart: '2025-03-01' });
  });

  it('keeps a range as its lower bound, approximate, with a note', () => {
    const h = one('Between 20 and 30 inmates were transferred to federal custody in the US.');
    expect(h).toMatchObject({ series: 'prisoner_transfers', value: 20, approximate: true });
    expect(h.note).toMatch(/20–30/);
  });
});

describe('extractMetrics: periods and dates', () => {
  it('uses the item date as a point when the sentence states no period', () => {
    const h = one('Marines seized 150 kilos of methamphetamine at a ranch.');
    expect(h).toMatchObject({ periodStart: DATE, periodEnd: DATE, date: DATE });
  });

  it('reads "in just N days" as the N days ending on the item date', () => {
    const hits = run('In just 10 days, troops seized 2 tons of cocaine and 5,000 fentanyl pills.', '2025-03-10');
    expect(hits.map((h) => [h.value, h.periodStart, h.periodEnd])).toEqual([
      [2000, '2025-03-01', '2025-03-10'],
      [5000, '2025-03-01', '2025-03-10'],
    ]);
  });

  it('reads a year, a month range and a Spanish year', () => {
    expect(one('In 2024, agents seized 700 kilos of fentanyl.')).toMatchObject({ periodStart: '2024-01-01', periodEnd: '2024-12-31' });
    expect(one('Border Patrol logged 500,000 encounters between November 2022 and October 2023.')).toMatchObject({
      periodStart: '2022-11-01',
      periodEnd: '2023-10-31',
    });
    expect(one('En 2023 se aseguraron 900 kilos de cocaína.')).toMatchObject({ periodStart: '2023-01-01', periodEnd: '2023-12-31' });
  });

  it('leaves dates empty when neither the text nor the item gives one', () => {
    expect(one('Marines seized 150 kilos of methamphetamine.', null)).toMatchObject({ periodStart: null, periodEnd: null, date: null });
  });

  it('returns the whole sentence as evidence and the quantity span inside it', () => {
    const text = 'A quiet week. Then marines seized 150 kilos of methamphetamine at a ranch. Nothing else.';
    const h = one(text);
    expect(h.text).toBe('Then marines seized 150 kilos of methamphetamine at a ranch.');
    expect(text.slice(h.start, h.end)).toBe(h.text);
    expect(h.quantity.text).toBe('150 kilos of methamphetamine');
    expect(text.slice(h.quantity.start, h.quantity.end)).toBe(h.quantity.text);
  });
});

import { describe, expect, it } from 'vitest';
import { extractTopics } from '../../src/extract/index.ts';

const slugs = (text: string, headline?: string) => extractTopics(text, { headline }).map((t) => t.slug);

describe('extractTopics', () => {
  it('finds topics from English and Spanish cues, stems included', () => {
    expect(slugs('Mexico extradited two men; the extraditions followed months of talks.')).toContain('extraditions-transfers');
    expect(slugs('La extradición y el traslado de reos se aceleraron.')).toContain('extraditions-transfers');
    expect(slugs('Fentanyl labs multiplied as fentanyl prices fell and fentanyl pills spread.')).toContain('fentanyl-synthetic-drugs');
    expect(slugs('El decomiso y el aseguramiento de droga crecieron.')).toContain('drug-seizures');
    expect(slugs('New tariffs hit exports; aranceles del 25%.')).toContain('tariffs-trade');
    expect(slugs('A migrant caravan reached the border.')).toContain('migration-border');
    expect(slugs('The cartel was named a foreign terrorist organization; la organización terrorista respondió.')).toContain('terrorism-designations');
    expect(slugs('Plans for a supermax prison revived; el penal de máxima seguridad.')).toContain('prisons');
    // Short cues match whole words, plural included.
    expect(slugs('Six cartels were named FTOs after the terrorism review.')).toContain('terrorism-designations');
  });

  it('needs more than one passing mention in the body', () => {
    expect(slugs('The minister also mentioned tariffs.')).toEqual([]);
    expect(slugs('The minister also mentioned tariffs and exports.')).toEqual(['tariffs-trade']);
  });

  it('weighs cues in the headline more, and does not count the headline twice', () => {
    const apart = extractTopics('The minister spoke at length.', { headline: 'Tariffs loom' });
    expect(apart.map((t) => t.slug)).toEqual(['tariffs-trade']);
    // Evidence outside the text: no offsets, the cue as written.
    expect(apart[0]).toMatchObject({ start: -1, end: -1, text: 'Tariffs' });
    const withHeadline = extractTopics('Tariffs loom\nThe minister spoke at length.', { headline: 'Tariffs loom' });
    expect(withHeadline.map((t) => t.slug)).toEqual(['tariffs-trade']);
    expect(withHeadline[0]?.confidence).toBe(0.6);
    expect(withHeadline[0]?.text).toBe('Tariffs');
  });

  it('grows confidence with the number of cues and returns at most five topics', () => {
    const one = extractTopics('Tariffs and exports.')[0]?.confidence ?? 0;
    const many = extractTopics('Tariffs and exports; a trade war over the USMCA and imports.')[0]?.confidence ?? 0;
    expect(many).toBeGreaterThan(one);
    const busy = extractTopics(
      'Cartel gunmen killed a migrant at the border; fentanyl seized; tariffs; an extradition; a prison riot; corruption and bribery; terrorist designation; a bilateral security agreement with the United States; NATO and Ukraine.',
    );
    expect(busy.length).toBeLessThanOrEqual(5);
  });

  it('tags US–Mexico cooperation only when the United States is named', () => {
    expect(slugs('Mexico and Italy signed a bilateral security agreement.')).not.toContain('us-mexico-cooperation');
    expect(slugs('Mexico and the United States signed a bilateral security agreement.')).toContain('us-mexico-cooperation');
  });

  it('returns nothing for text off the taxonomy', () => {
    expect(slugs('Women ordered more cakes and salads this year.')).toEqual([]);
  });
});

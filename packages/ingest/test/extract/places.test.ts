import { describe, expect, it } from 'vitest';
import { extractPlaces } from '../../src/extract/index.ts';

const codes = (text: string) => extractPlaces(text).map((p) => p.code).sort();
const hit = (text: string, code: string) => extractPlaces(text).find((p) => p.code === code);

describe('extractPlaces: states and localities', () => {
  it('finds states by name, official name, English name, alias and demonym', () => {
    expect(codes('Clashes in Sinaloa left roads closed.')).toEqual(['MX-SIN']);
    expect(codes('El gobierno de Coahuila de Zaragoza respondió.')).toEqual(['MX-COA']);
    expect(codes('Police in Michoacan (no accent) reported calm.')).toEqual(['MX-MIC']);
    expect(codes('Tourists returned to Q. Roo beaches.')).toEqual(['MX-ROO']);
    expect(codes('Sinaloan prosecutors opened a case.')).toEqual(['MX-SIN']);
    expect(codes('Fiscales sinaloenses abrieron un caso.')).toEqual(['MX-SIN']);
    expect(hit('Sinaloan prosecutors opened a case.', 'MX-SIN')?.via).toBe('demonym');
  });

  it('maps localities from the gazetteer to their state', () => {
    expect(codes('A shooting in Culiacán closed schools.')).toEqual(['MX-SIN']);
    expect(codes('Migrants gathered in Tapachula.')).toEqual(['MX-CHP']);
    expect(codes('Marines searched a ranch near Badiraguato.')).toEqual(['MX-SIN']);
    expect(codes('A fugitive was caught in Playa del Carmen.')).toEqual(['MX-ROO']);
    const port = hit('Inspectors opened a container in the Port of Veracruz.', 'MX-VER');
    expect(port).toMatchObject({ via: 'locality', text: 'Port of Veracruz' });
  });

  it('gives evidence offsets into the original text', () => {
    const text = 'Troops arrived in Culiacán on Monday.';
    const p = hit(text, 'MX-SIN');
    expect(p && text.slice(p.start, p.end)).toBe('Culiacán');
    // An abbreviation keeps its final period.
    expect(hit('Agents of the U.S. arrived.', 'US')?.text).toBe('U.S.');
  });

  it('reports a city named like its state once: "Chihuahua city"', () => {
    const hits = extractPlaces('Gunmen attacked a bar in Chihuahua City; Chihuahua state police responded.');
    expect(hits.filter((h) => h.code === 'MX-CHH')).toHaveLength(1);
    expect(hits.map((h) => h.code)).toEqual(['MX-CHH']);
  });

  it('tells Baja California Sur from Baja California', () => {
    expect(codes('Tourism grew in Baja California Sur.')).toEqual(['MX-BCS']);
    expect(codes('Tourism grew in Baja California.')).toEqual(['MX-BCN']);
    expect(codes('Baja California and Baja California Sur signed a pact.')).toEqual(['MX-BCN', 'MX-BCS']);
  });

  it('tells Nuevo León from León, Guanajuato', () => {
    expect(codes('Factories in Nuevo León hired more workers.')).toEqual(['MX-NLE']);
    expect(codes('Factories in León, Guanajuato hired more workers.')).toEqual(['MX-GUA']);
  });

  it('treats Veracruz the port and the state as one place', () => {
    expect(codes('Veracruz port workers struck while Veracruz officials watched.')).toEqual(['MX-VER']);
  });
});

describe('extractPlaces: Mexico the country, the state and the city', () => {
  it('reads "Mexico" about the whole country as national scope, never as the State of Mexico', () => {
    expect(codes("Mexico's homicide rate fell last year.")).toEqual(['MX']);
    expect(hit("Mexico's homicide rate fell last year.", 'MX')).toMatchObject({ via: 'national' });
    expect(codes('Mexican authorities announced new checkpoints.')).toEqual(['MX']);
    expect(codes('Las detenciones crecieron a nivel nacional.')).toEqual(['MX']);
  });

  it('reads the State of Mexico by its own names', () => {
    expect(codes('Violence rose in the State of Mexico.')).toEqual(['MX-MEX']);
    expect(codes('La violencia creció en el Estado de México.')).toEqual(['MX-MEX']);
    expect(codes('Edomex police arrested two men.')).toEqual(['MX-MEX']);
  });

  it('reads Mexico City as MX-CMX, not MX-MEX', () => {
    expect(codes('Protests filled Mexico City.')).toEqual(['MX-CMX']);
    expect(codes('Marchas en la Ciudad de México.')).toEqual(['MX-CMX']);
    expect(codes('CDMX prosecutors filed charges.')).toEqual(['MX-CMX']);
  });

  it('drops a passing "Mexico" when the text is about one state, keeps it when it is about the country', () => {
    expect(codes('A convoy left southern Mexico from Tapachula.')).toEqual(['MX-CHP']);
    expect(codes('Sinaloa saw clashes; Mexico sent troops.')).toEqual(['MX-SIN']);
    expect(codes("Sinaloa saw clashes as Mexico's government sent troops nationwide.")).toEqual(['MX', 'MX-SIN']);
  });

  it('does not read New Mexico or the Gulf of Mexico as Mexico', () => {
    expect(codes('Smugglers crossed into New Mexico.')).toEqual(['US']);
    expect(codes('A tanker sank in the Gulf of Mexico.')).toEqual([]);
  });
});

describe('extractPlaces: names that are also surnames and first names', () => {
  it('skips state names used as surnames', () => {
    expect(codes('A statue of Vicente Guerrero was restored.')).toEqual([]);
    expect(codes('A school named after José María Morelos reopened.')).toEqual([]);
    expect(codes('Guerrero police found the vehicle.')).toEqual(['MX-GRO']);
    expect(codes('Durango and Colima reported fewer thefts.')).toEqual(['MX-COL', 'MX-DUR']);
  });

  it('skips Juárez the surname and the cartel, keeps Ciudad Juárez', () => {
    expect(codes('Benito Juárez was born in 1806.')).toEqual([]);
    expect(codes('The Cártel de Juárez lost a leader.')).toEqual([]);
    expect(codes('A bridge in Ciudad Juárez reopened.')).toEqual(['MX-CHH']);
  });

  it('keeps ambiguous city names only when the text supports them', () => {
    expect(codes('Victoria Sánchez won the award.')).toEqual([]);
    expect(codes('Leon Panetta spoke at the forum.')).toEqual([]);
    expect(codes('Orders rose in Culiacán, Victoria, and Navojoa.')).toEqual(['MX-SIN', 'MX-SON', 'MX-TAM']);
    expect(codes('Roadblocks went up in Victoria.')).toEqual(['MX-TAM']);
    expect(hit('Roadblocks went up in Victoria.', 'MX-TAM')?.confidence).toBeLessThan(0.8);
  });

  it('does not read a cartel named after a state or city as a place', () => {
    expect(codes('The Sinaloa Cartel and the Jalisco New Generation Cartel fought.')).toEqual([]);
    expect(codes('The Tijuana cartel and el Cártel de Tijuana are the same group.')).toEqual([]);
    expect(codes('The Tijuana cartel fought for Tijuana.')).toEqual(['MX-BCN']);
  });
});

describe('extractPlaces: foreign countries', () => {
  it('returns ISO 3166-1 codes from names, abbreviations and demonyms', () => {
    expect(codes('Canada sent envoys; so did the United States.')).toEqual(['CA', 'US']);
    expect(codes('U.S. agents and Canadian police met.')).toEqual(['CA', 'US']);
    expect(codes('The US asked for more arrests.')).toEqual(['US']);
    expect(codes('Italy offered training.')).toEqual(['IT']);
    expect(codes('A Salvadoran court ruled.')).toEqual(['SV']);
    expect(codes('A Chinese broker was detained.')).toEqual(['CN']);
    expect(codes('Reunión con Estados Unidos.')).toEqual(['US']);
  });

  it('reads "us" the pronoun and "EU" the European Union as nothing', () => {
    expect(codes('Let us see what happens.')).toEqual([]);
    expect(codes('The EU adopted sanctions.')).toEqual([]);
    expect(codes('La secretaria de Seguridad de EU habló.')).toEqual(['US']);
  });

  it('reads Washington as the US government with low confidence', () => {
    const us = hit('Washington welcomed the arrests.', 'US');
    expect(us?.via).toBe('alias');
    expect(us?.confidence).toBeLessThan(0.5);
  });

  it('does not read Latin American or North American as the United States', () => {
    expect(codes('Latin American leaders and North American partners met.')).toEqual([]);
    expect(codes('American officials praised the move.')).toEqual(['US']);
  });

  it('sorts by confidence and gives one hit per code', () => {
    const hits = extractPlaces('Sinaloa, Sinaloa, Sinaloa and a Canadian visitor.');
    expect(hits.map((h) => h.code)).toEqual(['MX-SIN', 'CA']);
    expect(hits[0]?.confidence).toBeGreaterThan(0.9);
  });
});

import { describe, expect, it } from 'vitest';
import { extractOrganizations, extractPeople } from '../../src/extract/index.ts';

const orgs = (text: string) => extractOrganizations(text).map((o) => o.slug).sort();
const people = (text: string) => extractPeople(text).map((p) => p.slug).sort();

describe('extractOrganizations', () => {
  it('merges the aliases of a cartel into one slug', () => {
    const hits = extractOrganizations(
      'The Jalisco New Generation Cartel (CJNG) grew; the Cártel Jalisco Nueva Generación denied it.',
    );
    expect(hits).toHaveLength(1);
    // The strongest mention (the short name) is the evidence.
    expect(hits[0]).toMatchObject({ slug: 'cjng', name: 'CJNG', text: 'CJNG' });
  });

  it('knows the cartels by their English and Spanish names', () => {
    expect(orgs('The Sinaloa Cartel split.')).toEqual(['sinaloa-cartel']);
    expect(orgs('El Cártel de Sinaloa se dividió.')).toEqual(['sinaloa-cartel']);
    expect(orgs('el cártel de Sinaloa y el cartel del Golfo')).toEqual(['gulf-cartel', 'sinaloa-cartel']);
    expect(orgs('Los Chapitos lost ground.')).toEqual(['los-chapitos']);
    expect(orgs('Leaders of the Zetas Cartel were sent north.')).toEqual(['los-zetas']);
    expect(orgs('Los Zetas once ruled the border.')).toEqual(['los-zetas']);
  });

  it('knows US, Mexican and international agencies', () => {
    expect(orgs('The FBI and the DEA worked with CBP.')).toEqual(['cbp', 'dea', 'fbi']);
    expect(orgs("The Attorney General's Office (FGR) charged him.")).toEqual(['fgr']);
    expect(orgs('Mexico’s Security Ministry and the National Guard deployed.')).toEqual(['guardia-nacional', 'sspc']);
    expect(orgs('La Secretaría de Seguridad y la Guardia Nacional desplegaron agentes.')).toEqual(['guardia-nacional', 'sspc']);
    expect(orgs('The Navy and Semar are one body; so are Sedena and the Army.')).toEqual(['sedena', 'semar']);
    expect(orgs('Interpol, UNICRI, MI6 and MI5 shared files.')).toEqual(['interpol', 'mi5', 'mi6', 'unicri']);
  });

  it('reads Customs as Mexican customs unless it is US Customs', () => {
    expect(orgs('Customs officers found the shipment.')).toEqual(['anam']);
    expect(orgs('US Customs officers found the shipment.')).toEqual(['cbp']);
  });

  it('does not give Mexican agency names to foreign bodies', () => {
    expect(orgs('The U.S. Army and the Texas National Guard patrolled.')).toEqual([]);
    expect(orgs("The U.S. Attorney General's Office declined.")).toEqual([]);
  });

  it('leaves state bodies to the state', () => {
    expect(orgs('La Fiscalía General del Estado de Sinaloa abrió una carpeta.')).toEqual([]);
    expect(orgs('La Fiscalía General atrajo el caso.')).toEqual(['fgr']);
    expect(orgs('La Secretaría de Seguridad Pública de Jalisco informó.')).toEqual([]);
  });

  it('counts a bare "Defense" only beside other Mexican forces', () => {
    expect(orgs('The Navy, Defense and the National Guard took part.')).toEqual(['guardia-nacional', 'sedena', 'semar']);
    expect(orgs('Defense spending rose again.')).toEqual([]);
  });

  it('is case-sensitive where a common word would collide', () => {
    expect(orgs('Un hombre cruzó la frontera.')).toEqual([]);
    expect(orgs('The UN condemned the attack.')).toEqual(['un']);
    expect(orgs('A yacht left the marina at dawn.')).toEqual([]);
  });
});

describe('extractPeople', () => {
  it('merges every form of a name into one slug', () => {
    const hits = extractPeople('Omar García Harfuch spoke. Later García Harfuch and Garcia Harfuch were quoted; Harfuch left.');
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ slug: 'omar-garcia-harfuch', name: 'Omar García Harfuch', text: 'Omar García Harfuch' });
    expect(hits[0]?.confidence).toBeGreaterThan(0.95);
  });

  it('knows officials by full name and surname', () => {
    expect(people('Kash Patel met Kristi Noem.')).toEqual(['kash-patel', 'kristi-noem']);
    expect(people('Sheinbaum called Trump.')).toEqual(['claudia-sheinbaum', 'donald-trump']);
    expect(people('Claudia Sheinbaum called Donald Trump.')).toEqual(['claudia-sheinbaum', 'donald-trump']);
    expect(people('Rafael Caro Quintero was flown out.')).toEqual(['rafael-caro-quintero']);
  });

  it('matches names with a quoted nickname in the middle', () => {
    expect(people('Ismael “El Mayo” Zambada pleaded guilty.')).toEqual(['ismael-zambada']);
    expect(people('Antonio "Tony Montana" Oseguera Cervantes was sent north.')).toEqual(['antonio-oseguera-cervantes']);
    expect(people('Agents remembered Enrique “Kiki” Camarena.')).toEqual(['enrique-camarena']);
    const zambada = extractPeople('Ismael “El Mayo” Zambada pleaded guilty.')[0];
    expect(zambada?.text).toBe('Ismael “El Mayo” Zambada');
  });

  it('gives each of two brothers named together their own slug', () => {
    expect(people('Miguel and Omar Treviño Morales were extradited.')).toEqual([
      'miguel-angel-trevino-morales',
      'omar-trevino-morales',
    ]);
  });

  it('does not read "El mayo" the month or "rubio" the colour as people', () => {
    expect(people('El mayo pasado llovió.')).toEqual([]);
    expect(people('Un hombre rubio huyó.')).toEqual([]);
    expect(people('El Mayo fue detenido.')).toEqual(['ismael-zambada']);
  });
});

/**
 * Atalaya's demo newsletter: seven "Security Chatter" editions by Fausto
 * Carbajal (Miranda Delphi Solutions), December 2024 – January 2026, one file
 * per edition under ./editions/. Every text is written for the demo; figures
 * come from the public statistics in /work/shared/data and the sample
 * newsletters, and each item metric quotes its sentence of the summary.
 */
import { EDITION as E_2024_12_04 } from './editions/2024-12-04.ts';
import { EDITION as E_2025_02_28 } from './editions/2025-02-28.ts';
import { EDITION as E_2025_03_12 } from './editions/2025-03-12.ts';
import { EDITION as E_2025_06_18 } from './editions/2025-06-18.ts';
import { EDITION as E_2025_08_13 } from './editions/2025-08-13.ts';
import { EDITION as E_2025_10_22 } from './editions/2025-10-22.ts';
import { EDITION as E_2026_01_21 } from './editions/2026-01-21.ts';
import type { DemoEdition } from './types.ts';

/** Oldest first. */
export const DEMO_EDITIONS: DemoEdition[] = [
  E_2024_12_04,
  E_2025_02_28,
  E_2025_03_12,
  E_2025_06_18,
  E_2025_08_13,
  E_2025_10_22,
  E_2026_01_21,
];

/** Display names of the organization slugs the demo items use. */
export const DEMO_ORGANIZATION_LABELS: Record<string, { name: string; fullName: string }> = {
  // Criminal groups
  cjng: { name: 'CJNG', fullName: 'Cártel Jalisco Nueva Generación' },
  'sinaloa-cartel': { name: 'Sinaloa Cartel', fullName: 'Cártel de Sinaloa' },
  'los-chapitos': { name: 'Los Chapitos', fullName: 'Los Chapitos' },
  'la-mayiza': { name: 'La Mayiza', fullName: 'La Mayiza' },
  'los-zetas': { name: 'Los Zetas', fullName: 'Los Zetas' },
  'cartel-del-noreste': { name: 'CDN', fullName: 'Cártel del Noreste' },
  'gulf-cartel': { name: 'Gulf Cartel', fullName: 'Cártel del Golfo' },
  'beltran-leyva': { name: 'Beltrán Leyva Organization', fullName: 'Organización Beltrán Leyva' },
  'la-familia-michoacana': { name: 'La Familia Michoacana', fullName: 'La Familia Michoacana' },
  'carteles-unidos': { name: 'Cárteles Unidos', fullName: 'Cárteles Unidos' },
  'guerreros-unidos': { name: 'Guerreros Unidos', fullName: 'Guerreros Unidos' },
  'los-ardillos': { name: 'Los Ardillos', fullName: 'Los Ardillos' },
  'guadalajara-cartel': { name: 'Guadalajara Cartel', fullName: 'Cártel de Guadalajara' },
  'juarez-cartel': { name: 'Juárez Cartel', fullName: 'Cártel de Juárez' },
  'tren-de-aragua': { name: 'Tren de Aragua', fullName: 'Tren de Aragua' },
  // Mexican government and agencies
  sspc: { name: 'SSPC', fullName: 'Secretaría de Seguridad y Protección Ciudadana' },
  fgr: { name: 'FGR', fullName: 'Fiscalía General de la República' },
  sedena: { name: 'Sedena', fullName: 'Secretaría de la Defensa Nacional' },
  semar: { name: 'Semar', fullName: 'Secretaría de Marina' },
  'guardia-nacional': { name: 'Guardia Nacional', fullName: 'Guardia Nacional' },
  sre: { name: 'SRE', fullName: 'Secretaría de Relaciones Exteriores' },
  inegi: { name: 'INEGI', fullName: 'Instituto Nacional de Estadística y Geografía' },
  sesnsp: { name: 'SESNSP', fullName: 'Secretariado Ejecutivo del Sistema Nacional de Seguridad Pública' },
  // United States
  fbi: { name: 'FBI', fullName: 'Federal Bureau of Investigation' },
  dea: { name: 'DEA', fullName: 'Drug Enforcement Administration' },
  cbp: { name: 'CBP', fullName: 'U.S. Customs and Border Protection' },
  dhs: { name: 'DHS', fullName: 'U.S. Department of Homeland Security' },
  doj: { name: 'DOJ', fullName: 'U.S. Department of Justice' },
  'state-department': { name: 'State Department', fullName: 'U.S. Department of State' },
  treasury: { name: 'Treasury', fullName: 'U.S. Department of the Treasury' },
  // International bodies
  interpol: { name: 'Interpol', fullName: 'International Criminal Police Organization' },
  unicri: { name: 'UNICRI', fullName: 'United Nations Interregional Crime and Justice Research Institute' },
  unodc: { name: 'UNODC', fullName: 'United Nations Office on Drugs and Crime' },
};

/** Display names of the person slugs the demo items use. */
export const DEMO_PEOPLE_LABELS: Record<string, string> = {
  // Mexico: government and politics
  'claudia-sheinbaum': 'Claudia Sheinbaum',
  'omar-garcia-harfuch': 'Omar García Harfuch',
  'alejandro-gertz-manero': 'Alejandro Gertz Manero',
  'ernestina-godoy': 'Ernestina Godoy',
  'juan-ramon-de-la-fuente': 'Juan Ramón de la Fuente',
  'raymundo-morales': 'Raymundo Pedro Morales Ángeles',
  'ruben-rocha-moya': 'Rubén Rocha Moya',
  'adan-augusto-lopez': 'Adán Augusto López Hernández',
  'hernan-bermudez-requena': 'Hernán Bermúdez Requena',
  'clara-brugada': 'Clara Brugada',
  'carlos-manzo': 'Carlos Manzo',
  'bernardo-bravo': 'Bernardo Bravo',
  'carlos-ignacio-velazquez-tiscareno': 'Carlos Ignacio Velázquez Tiscareño',
  // United States and others
  'donald-trump': 'Donald Trump',
  'marco-rubio': 'Marco Rubio',
  'kash-patel': 'Kash Patel',
  'kristi-noem': 'Kristi Noem',
  'howard-lutnick': 'Howard Lutnick',
  'mike-waltz': 'Mike Waltz',
  'lindsey-graham': 'Lindsey Graham',
  'ronald-johnson': 'Ronald Johnson',
  'elena-kagan': 'Elena Kagan',
  'enrique-camarena': 'Enrique "Kiki" Camarena',
  'justin-trudeau': 'Justin Trudeau',
  'nayib-bukele': 'Nayib Bukele',
  // Organized crime
  'rafael-caro-quintero': 'Rafael Caro Quintero',
  'ismael-zambada': 'Ismael "El Mayo" Zambada',
  'joaquin-guzman': 'Joaquín "El Chapo" Guzmán',
  'joaquin-guzman-lopez': 'Joaquín Guzmán López',
  'ovidio-guzman': 'Ovidio Guzmán López',
  'antonio-oseguera-cervantes': 'Antonio Oseguera Cervantes',
  'abigael-gonzalez-valencia': 'Abigael González Valencia',
  'miguel-angel-trevino-morales': 'Miguel Ángel Treviño Morales',
  'omar-trevino-morales': 'Omar Treviño Morales',
  'vicente-carrillo-fuentes': 'Vicente Carrillo Fuentes',
  'ricardo-gonzalez-sauceda': 'Ricardo González Sauceda',
  'armando-gomez-nunez': 'Armando Gómez Núñez',
  'zhi-dong-zhang': 'Zhi Dong Zhang',
};

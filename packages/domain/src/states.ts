import { z } from 'zod';

/** ISO 3166-2:MX codes, in INEGI order (index 0 is INEGI '01'). */
export const STATE_ISO_CODES = [
  'MX-AGU',
  'MX-BCN',
  'MX-BCS',
  'MX-CAM',
  'MX-COA',
  'MX-COL',
  'MX-CHP',
  'MX-CHH',
  'MX-CMX',
  'MX-DUR',
  'MX-GUA',
  'MX-GRO',
  'MX-HID',
  'MX-JAL',
  'MX-MEX',
  'MX-MIC',
  'MX-MOR',
  'MX-NAY',
  'MX-NLE',
  'MX-OAX',
  'MX-PUE',
  'MX-QUE',
  'MX-ROO',
  'MX-SLP',
  'MX-SIN',
  'MX-SON',
  'MX-TAB',
  'MX-TAM',
  'MX-TLA',
  'MX-VER',
  'MX-YUC',
  'MX-ZAC',
] as const;

export type StateIso = (typeof STATE_ISO_CODES)[number];

/** Scope of a figure or an item that concerns the whole country rather than one state. */
export const NATIONAL = 'MX' as const;

export type PlaceScope = StateIso | typeof NATIONAL;

export interface MexicanState {
  /** INEGI entity code, two digits: '01'..'32'. */
  inegi: string;
  iso: StateIso;
  /** Short official name as INEGI writes it ('Coahuila', 'México'). */
  name: string;
  /** Full constitutional name ('Coahuila de Zaragoza', 'Estado de México'). */
  officialName: string;
  nameEn: string;
  /**
   * Abbreviations and informal names. Accent variants are left out because
   * matchers fold accents. Very short ones ('BC', 'NL') are only safe to match
   * case-sensitively in running text.
   */
  aliases: readonly string[];
  /** English and Spanish demonyms, singular (Spanish in both genders when they differ). */
  demonyms: readonly string[];
  /** The 2024 population INEGI uses as the denominator of its homicide rates. */
  population2024: number;
}

type StateRow = Omit<MexicanState, 'inegi' | 'iso'>;

// Rows follow STATE_ISO_CODES; INEGI and ISO codes are derived from the position
// so the two lists cannot drift apart.
const ROWS: readonly StateRow[] = [
  {
    name: 'Aguascalientes',
    officialName: 'Aguascalientes',
    nameEn: 'Aguascalientes',
    aliases: ['Ags.'],
    demonyms: ['hidrocálido', 'hidrocálida', 'aguascalentense'],
    population2024: 1500621,
  },
  {
    name: 'Baja California',
    officialName: 'Baja California',
    nameEn: 'Baja California',
    aliases: ['BC', 'B.C.'],
    demonyms: ['Baja Californian', 'bajacaliforniano', 'bajacaliforniana'],
    population2024: 3785346,
  },
  {
    name: 'Baja California Sur',
    officialName: 'Baja California Sur',
    nameEn: 'Baja California Sur',
    aliases: ['BCS', 'B.C.S.'],
    demonyms: ['sudcaliforniano', 'sudcaliforniana'],
    population2024: 880151,
  },
  {
    name: 'Campeche',
    officialName: 'Campeche',
    nameEn: 'Campeche',
    aliases: ['Camp.'],
    demonyms: ['campechano', 'campechana'],
    population2024: 944239,
  },
  {
    name: 'Coahuila',
    officialName: 'Coahuila de Zaragoza',
    nameEn: 'Coahuila',
    aliases: ['Coah.'],
    demonyms: ['Coahuilan', 'coahuilense'],
    population2024: 3349581,
  },
  {
    name: 'Colima',
    officialName: 'Colima',
    nameEn: 'Colima',
    aliases: [],
    demonyms: ['colimense'],
    population2024: 735321,
  },
  {
    name: 'Chiapas',
    officialName: 'Chiapas',
    nameEn: 'Chiapas',
    aliases: ['Chis.'],
    demonyms: ['Chiapan', 'Chiapanecan', 'chiapaneco', 'chiapaneca'],
    population2024: 5797064,
  },
  {
    name: 'Chihuahua',
    officialName: 'Chihuahua',
    nameEn: 'Chihuahua',
    aliases: ['Chih.'],
    demonyms: ['Chihuahuan', 'chihuahuense'],
    population2024: 3860915,
  },
  {
    name: 'Ciudad de México',
    officialName: 'Ciudad de México',
    nameEn: 'Mexico City',
    aliases: ['CDMX', 'DF', 'D.F.', 'Distrito Federal', 'México D.F.'],
    demonyms: ['capitalino', 'capitalina', 'chilango', 'chilanga'],
    population2024: 9331540,
  },
  {
    name: 'Durango',
    officialName: 'Durango',
    nameEn: 'Durango',
    aliases: ['Dgo.'],
    demonyms: ['duranguense'],
    population2024: 1897608,
  },
  {
    name: 'Guanajuato',
    officialName: 'Guanajuato',
    nameEn: 'Guanajuato',
    aliases: ['Gto.'],
    demonyms: ['guanajuatense'],
    population2024: 6332681,
  },
  {
    name: 'Guerrero',
    officialName: 'Guerrero',
    nameEn: 'Guerrero',
    aliases: ['Gro.'],
    demonyms: ['guerrerense'],
    population2024: 3606400,
  },
  {
    name: 'Hidalgo',
    officialName: 'Hidalgo',
    nameEn: 'Hidalgo',
    aliases: ['Hgo.'],
    demonyms: ['hidalguense'],
    population2024: 3242031,
  },
  {
    name: 'Jalisco',
    officialName: 'Jalisco',
    nameEn: 'Jalisco',
    aliases: ['Jal.'],
    demonyms: ['Jaliscan', 'jalisciense', 'tapatío', 'tapatía'],
    population2024: 8716154,
  },
  {
    name: 'México',
    officialName: 'Estado de México',
    nameEn: 'State of Mexico',
    aliases: ['Edomex', 'Edo. Méx.', 'Edo. de México', 'Mexico State'],
    demonyms: ['mexiquense'],
    population2024: 17704334,
  },
  {
    name: 'Michoacán',
    officialName: 'Michoacán de Ocampo',
    nameEn: 'Michoacán',
    aliases: ['Mich.'],
    demonyms: ['michoacano', 'michoacana'],
    population2024: 4944660,
  },
  {
    name: 'Morelos',
    officialName: 'Morelos',
    nameEn: 'Morelos',
    aliases: ['Mor.'],
    demonyms: ['morelense'],
    population2024: 1981058,
  },
  {
    name: 'Nayarit',
    officialName: 'Nayarit',
    nameEn: 'Nayarit',
    aliases: ['Nay.'],
    demonyms: ['nayarita'],
    population2024: 1250783,
  },
  {
    name: 'Nuevo León',
    officialName: 'Nuevo León',
    nameEn: 'Nuevo León',
    aliases: ['NL', 'N.L.'],
    demonyms: ['neoleonés', 'neoleonesa', 'nuevoleonés', 'nuevoleonesa', 'regiomontano', 'regiomontana'],
    population2024: 6129559,
  },
  {
    name: 'Oaxaca',
    officialName: 'Oaxaca',
    nameEn: 'Oaxaca',
    aliases: ['Oax.'],
    demonyms: ['Oaxacan', 'oaxaqueño', 'oaxaqueña'],
    population2024: 4296344,
  },
  {
    name: 'Puebla',
    officialName: 'Puebla',
    nameEn: 'Puebla',
    aliases: ['Pue.'],
    demonyms: ['poblano', 'poblana'],
    population2024: 6593645,
  },
  {
    name: 'Querétaro',
    officialName: 'Querétaro',
    nameEn: 'Querétaro',
    aliases: ['Qro.', 'Querétaro de Arteaga'],
    demonyms: ['queretano', 'queretana'],
    population2024: 2537470,
  },
  {
    name: 'Quintana Roo',
    officialName: 'Quintana Roo',
    nameEn: 'Quintana Roo',
    aliases: ['Q. Roo', 'Q.Roo', 'QRoo'],
    demonyms: ['quintanarroense'],
    population2024: 1908991,
  },
  {
    name: 'San Luis Potosí',
    officialName: 'San Luis Potosí',
    nameEn: 'San Luis Potosí',
    aliases: ['SLP', 'S.L.P.'],
    demonyms: ['potosino', 'potosina'],
    population2024: 2880573,
  },
  {
    // 'Sin.' is left out of the aliases: folded, it is the Spanish word "sin".
    name: 'Sinaloa',
    officialName: 'Sinaloa',
    nameEn: 'Sinaloa',
    aliases: [],
    demonyms: ['Sinaloan', 'sinaloense'],
    population2024: 3096466,
  },
  {
    // 'Son.' is left out for the same reason: "son" is a common Spanish verb.
    name: 'Sonora',
    officialName: 'Sonora',
    nameEn: 'Sonora',
    aliases: [],
    demonyms: ['Sonoran', 'sonorense'],
    population2024: 3063001,
  },
  {
    name: 'Tabasco',
    officialName: 'Tabasco',
    nameEn: 'Tabasco',
    aliases: ['Tab.'],
    demonyms: ['Tabascan', 'tabasqueño', 'tabasqueña'],
    population2024: 2521528,
  },
  {
    name: 'Tamaulipas',
    officialName: 'Tamaulipas',
    nameEn: 'Tamaulipas',
    aliases: ['Tamps.'],
    demonyms: ['Tamaulipan', 'tamaulipeco', 'tamaulipeca'],
    population2024: 3565979,
  },
  {
    name: 'Tlaxcala',
    officialName: 'Tlaxcala',
    nameEn: 'Tlaxcala',
    aliases: ['Tlax.'],
    demonyms: ['tlaxcalteca'],
    population2024: 1470107,
  },
  {
    // 'Ver.' is left out: folded, it is the Spanish verb "ver".
    name: 'Veracruz',
    officialName: 'Veracruz de Ignacio de la Llave',
    nameEn: 'Veracruz',
    aliases: [],
    demonyms: ['Veracruzan', 'veracruzano', 'veracruzana', 'jarocho', 'jarocha'],
    population2024: 8094754,
  },
  {
    name: 'Yucatán',
    officialName: 'Yucatán',
    nameEn: 'Yucatán',
    aliases: ['Yuc.'],
    demonyms: ['Yucatecan', 'yucateco', 'yucateca'],
    population2024: 2371844,
  },
  {
    name: 'Zacatecas',
    officialName: 'Zacatecas',
    nameEn: 'Zacatecas',
    aliases: ['Zac.'],
    demonyms: ['Zacatecan', 'zacatecano', 'zacatecana'],
    population2024: 1656521,
  },
];

/** The 32 federal entities, in INEGI order (01..32). */
export const STATES: readonly MexicanState[] = Object.freeze(
  STATE_ISO_CODES.map((iso, i): MexicanState => {
    const row = ROWS[i];
    if (!row) throw new Error(`Missing catalog row for ${iso}`);
    return Object.freeze({ inegi: String(i + 1).padStart(2, '0'), iso, ...row });
  }),
);

const BY_ISO = new Map<string, MexicanState>(STATES.map((s) => [s.iso, s]));

export function isStateIso(v: string): v is StateIso {
  return BY_ISO.has(v);
}

/** Exact, case-sensitive lookup: 'MX-SIN'. */
export function stateByIso(iso: string): MexicanState | undefined {
  return BY_ISO.get(iso);
}

/** Accepts the code with or without its leading zero: '1', '01' or 1. */
export function stateByInegi(code: string | number): MexicanState | undefined {
  const text = typeof code === 'number' ? String(code) : code.trim();
  if (!/^\d{1,2}$/.test(text)) return undefined;
  const n = Number(text);
  return n >= 1 && n <= STATES.length ? STATES[n - 1] : undefined;
}

const unknownState = (iss: { input?: unknown }) => `Unknown state "${String(iss.input)}"`;

export const zStateIso: z.ZodType<StateIso> = z.enum(STATE_ISO_CODES, { error: unknownState });

/** A state's ISO code, or 'MX' for the whole country. */
export const zPlaceScope = z.enum([NATIONAL, ...STATE_ISO_CODES], { error: unknownState });

import type { StateIso, TopicSlug } from '@atalaya/domain';

/**
 * Word lists and sentence templates for synthetic items, written for this generator. Slots in braces are
 * filled per item: {city} {state} {estado} {cartel} {cartel_es} {agency} {n} {qty} {drug} {droga} {month}.
 */

/** States most present in the press first; the generator weighs them Zipf-like in this order. */
export const STATES_BY_COVERAGE: readonly StateIso[] = [
  'MX-SIN', 'MX-GRO', 'MX-MIC', 'MX-JAL', 'MX-CHH', 'MX-TAM', 'MX-GUA', 'MX-BCN', 'MX-SON', 'MX-ZAC', 'MX-MEX',
  'MX-CMX', 'MX-NLE', 'MX-MOR', 'MX-VER', 'MX-OAX', 'MX-CHP', 'MX-COL', 'MX-DUR', 'MX-QUE', 'MX-PUE', 'MX-SLP',
  'MX-TAB', 'MX-ROO', 'MX-NAY', 'MX-HID', 'MX-COA', 'MX-AGU', 'MX-BCS', 'MX-CAM', 'MX-TLA', 'MX-YUC',
];

/** Topics from the most to the least frequent in a security newsletter. */
export const TOPICS_BY_FREQUENCY: readonly TopicSlug[] = [
  'cartels-organized-crime', 'homicides-violence', 'fentanyl-synthetic-drugs', 'drug-seizures', 'extraditions-transfers',
  'security-policy-forces', 'us-mexico-cooperation', 'migration-border', 'disappearances', 'arms-trafficking',
  'tariffs-trade', 'corruption', 'terrorism-designations', 'prisons', 'human-rights-child-recruitment',
  'international-cooperation', 'geopolitics',
];

/** Topics whose items are usually about the country as a whole rather than one state. */
export const NATIONAL_TOPICS: ReadonlySet<TopicSlug> = new Set([
  'tariffs-trade', 'us-mexico-cooperation', 'terrorism-designations', 'international-cooperation', 'geopolitics', 'extraditions-transfers',
]);

/** Topics that often come together with another (a seizure story is usually also a drugs story). */
export const RELATED_TOPICS: Partial<Record<TopicSlug, readonly TopicSlug[]>> = {
  'drug-seizures': ['fentanyl-synthetic-drugs', 'security-policy-forces', 'cartels-organized-crime'],
  'fentanyl-synthetic-drugs': ['drug-seizures', 'us-mexico-cooperation', 'cartels-organized-crime'],
  'homicides-violence': ['cartels-organized-crime', 'security-policy-forces', 'disappearances'],
  'cartels-organized-crime': ['homicides-violence', 'security-policy-forces', 'arms-trafficking'],
  'extraditions-transfers': ['us-mexico-cooperation', 'cartels-organized-crime'],
  'terrorism-designations': ['us-mexico-cooperation', 'cartels-organized-crime', 'geopolitics'],
  'tariffs-trade': ['us-mexico-cooperation', 'geopolitics', 'migration-border'],
  'disappearances': ['human-rights-child-recruitment', 'homicides-violence'],
};

/** Organization slugs of the groups active in a state (catalog slugs); others fall back to the two largest. */
export const CARTELS_BY_STATE: Partial<Record<StateIso, readonly string[]>> = {
  'MX-SIN': ['sinaloa-cartel', 'los-chapitos', 'la-mayiza'],
  'MX-GRO': ['los-ardillos', 'los-tlacos', 'la-familia-michoacana', 'guerreros-unidos'],
  'MX-MIC': ['cjng', 'carteles-unidos', 'los-viagras', 'caballeros-templarios'],
  'MX-JAL': ['cjng'],
  'MX-CHH': ['sinaloa-cartel', 'juarez-cartel'],
  'MX-TAM': ['gulf-cartel', 'cartel-del-noreste'],
  'MX-GUA': ['santa-rosa-de-lima', 'cjng'],
  'MX-BCN': ['sinaloa-cartel', 'cjng'],
  'MX-SON': ['sinaloa-cartel', 'caborca-cartel', 'los-chapitos'],
  'MX-ZAC': ['cjng', 'sinaloa-cartel'],
  'MX-CMX': ['la-union-tepito'],
  'MX-TAB': ['la-barredora'],
  'MX-MEX': ['la-familia-michoacana', 'cjng'],
};
export const DEFAULT_CARTELS = ['cjng', 'sinaloa-cartel'] as const;

export const MX_AGENCIES = ['sedena', 'semar', 'guardia-nacional', 'fgr', 'sspc', 'gabinete-de-seguridad'] as const;
export const US_AGENCIES = ['dea', 'doj', 'cbp', 'treasury', 'state-department', 'fbi'] as const;

export const DRUGS: ReadonlyArray<{ key: 'fentanyl' | 'methamphetamine' | 'cocaine' | 'marijuana' | 'heroin'; en: string; es: string }> = [
  { key: 'methamphetamine', en: 'methamphetamine', es: 'metanfetamina' },
  { key: 'fentanyl', en: 'fentanyl', es: 'fentanilo' },
  { key: 'cocaine', en: 'cocaine', es: 'cocaína' },
  { key: 'marijuana', en: 'marijuana', es: 'marihuana' },
  { key: 'heroin', en: 'heroin', es: 'heroína' },
];

export const OUTLETS_ES = [
  'Reforma', 'El Universal', 'Milenio', 'Proceso', 'Animal Político', 'El Financiero', 'La Jornada', 'Excélsior',
  'Ríodoce', 'Zeta Tijuana', 'El Heraldo de México', 'Infobae México',
] as const;
export const OUTLETS_EN = [
  'Reuters', 'Associated Press', 'The New York Times', 'The Washington Post', 'Los Angeles Times', 'InSight Crime',
  'Bloomberg', 'Mexico News Daily', 'Border Report', 'The Wall Street Journal',
] as const;

export const AUTHORS = [
  'Redacción', 'Marcela Ibarra', 'Tomás Villalobos', 'Daniela Cuevas', 'Rubén Salazar', 'Kevin Hart', 'Laura Benson',
  'Jorge Medina', 'Ana Lucía Prieto', 'Sam Whitaker',
] as const;

export const PARTNERS = ['Fausto Carbajal', 'Elena Ríos', 'Miguel Treviño'] as const;

export const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

interface TopicText {
  headlines: readonly string[];
  /** Spanish titles for items from Mexican outlets. */
  titles: readonly string[];
  sentences: readonly string[];
}

export const TOPIC_TEXT: Record<TopicSlug, TopicText> = {
  'cartels-organized-crime': {
    headlines: [
      'Infighting in the {cartel} spreads to the outskirts of {city}',
      '{cartel} cell leader captured in {city}, {state}',
      'Business owners in {city} report new extortion demands from the {cartel}',
      'Turf war between factions of the {cartel} closes schools in {state}',
    ],
    titles: ['Disputa entre facciones de {cartel_es} alcanza a {city}', 'Capturan en {city} a jefe de célula de {cartel_es}', 'Comerciantes de {city} denuncian cobro de piso'],
    sentences: [
      'Local officials in {city} say the {cartel} has been recruiting lookouts and collecting fees from shops and transport companies.',
      'Security analysts describe the {cartel} as fragmented, with cells that answer to different leaders in {state}.',
      'The arrest was carried out by {agency} personnel after weeks of surveillance, according to the state prosecutor.',
      'Residents of {city} described roadblocks with burning vehicles that lasted several hours.',
    ],
  },
  'homicides-violence': {
    headlines: [
      '{n} people killed in a weekend of attacks in {city}',
      'Gunmen ambush a police patrol on the highway near {city}',
      'Homicides in {state} rise for a third straight month',
      'Bodies of {n} men found on a roadside outside {city}',
    ],
    titles: ['Fin de semana violento deja {n} muertos en {city}', 'Emboscan a policías cerca de {city}', 'Repuntan homicidios en {estado}'],
    sentences: [
      'State authorities counted {n} victims in {city} over the period and attributed most of the killings to rival criminal groups.',
      'The violence prompted the deployment of additional {agency} units to the municipality.',
      'Local media reported that several of the victims had been reported missing days earlier.',
      'The state government has not given a motive, but investigators are examining links to the {cartel}.',
    ],
  },
  'fentanyl-synthetic-drugs': {
    headlines: [
      'Navy dismantles a synthetic drug laboratory in the hills of {state}',
      'Precursor chemicals for fentanyl intercepted at the port serving {city}',
      'US officials credit Mexican lab raids for a drop in fentanyl potency',
      'Clandestine lab producing {drug} found near {city}',
    ],
    titles: ['Desmantelan narcolaboratorio en {estado}', 'Aseguran precursores químicos en {city}', 'Cae producción de fentanilo, dicen autoridades'],
    sentences: [
      'Officials said the site could produce large quantities of {drug} and was linked to the {cartel}.',
      'Precursor chemicals shipped from Asia remain the main bottleneck for fentanyl production, according to US officials.',
      'The laboratory had reactors, pill presses and several hundred litres of chemicals, the {agency} said.',
    ],
  },
  'drug-seizures': {
    headlines: [
      'Soldiers seize {qty} kg of {drug} at a checkpoint in {state}',
      'Record {drug} haul in {city} tied to the {cartel}',
      '{agency} reports {qty} kilograms of {drug} seized in {month}',
      'Tractor-trailer carrying {drug} stopped on the highway out of {city}',
    ],
    titles: ['Aseguran {qty} kilos de {droga} en {estado}', 'Decomisan cargamento de {droga} en {city}', 'Incautan {droga} en retén de {estado}'],
    sentences: [
      'Troops found {qty} kilograms of {drug} hidden in a false floor of the vehicle, the {agency} said.',
      'It was the largest seizure of {drug} in {state} this year, according to federal figures.',
      'Two people were detained at the scene and handed over to federal prosecutors.',
    ],
  },
  'extraditions-transfers': {
    headlines: [
      'Mexico sends {n} alleged cartel figures to the United States',
      'Accused {cartel} operator extradited to face charges in Texas',
      'Second mass transfer of prisoners to the US this year',
    ],
    titles: ['Envía México a {n} reos a Estados Unidos', 'Extraditan a presunto operador de {cartel_es}', 'Nuevo traslado masivo de reos a EU'],
    sentences: [
      'The {n} prisoners were flown from several federal prisons and handed to US marshals, officials said.',
      'Several of those sent north face charges of drug trafficking and money laundering in US federal courts.',
      'The government presented the transfer as a sovereign decision under the National Security Law.',
    ],
  },
  'security-policy-forces': {
    headlines: [
      'National Guard expands its presence in {state} after a wave of attacks',
      'Security cabinet presents a new strategy for {state}',
      'Federal forces take over policing in {city}',
    ],
    titles: ['Llega la Guardia Nacional a {city}', 'Presentan estrategia de seguridad para {estado}', 'Fuerzas federales asumen seguridad en {city}'],
    sentences: [
      'The plan sends {n} more troops to {state} and creates a joint intelligence cell with the state prosecutor.',
      'Critics say the federal deployment has not reduced violence in {city} in earlier years.',
    ],
  },
  'us-mexico-cooperation': {
    headlines: [
      'US and Mexican officials agree on a new security working group',
      'Washington praises Mexico for arrests of {cartel} leaders',
      'High-level security dialogue resumes in Mexico City',
    ],
    titles: ['Acuerdan México y EU nuevo grupo de seguridad', 'Reanudan diálogo de seguridad bilateral'],
    sentences: [
      'The two governments agreed to share more intelligence on fentanyl trafficking and arms smuggling.',
      'Mexican officials insisted that cooperation does not include the presence of foreign troops.',
    ],
  },
  'migration-border': {
    headlines: [
      'Migrant encounters at the border fall again in {month}',
      'Shelters in {city} fill as deportations increase',
      'Smuggling network moving migrants through {state} dismantled',
    ],
    titles: ['Albergues de {city} rebasan su capacidad', 'Desarticulan red de tráfico de migrantes en {estado}'],
    sentences: [
      'Shelter operators in {city} said they were housing more than {n} people, many of them deported from the United States.',
      'US figures show border encounters at their lowest level in years.',
    ],
  },
  'disappearances': {
    headlines: [
      'Search collective finds clandestine graves near {city}',
      'Families march in {city} to demand a search for the missing',
      'Missing persons registry grows in {state}',
    ],
    titles: ['Colectivo localiza fosas en {city}', 'Marchan familias de desaparecidos en {city}'],
    sentences: [
      'Volunteers from a search collective located {n} burial sites after a tip from a local resident.',
      'Families say the state prosecutor has been slow to identify remains found in {state}.',
    ],
  },
  'arms-trafficking': {
    headlines: [
      'Assault rifles smuggled from Arizona seized in {state}',
      'Weapons cache linked to the {cartel} found in {city}',
    ],
    titles: ['Aseguran arsenal en {city}', 'Decomisan armas de alto poder en {estado}'],
    sentences: [
      'Authorities recovered {n} rifles, grenades and thousands of rounds of ammunition.',
      'Officials traced several of the weapons to gun shops in the southwestern United States.',
    ],
  },
  'tariffs-trade': {
    headlines: ['Tariff threat clouds the outlook for Mexican exporters', 'Trade talks link tariffs to progress on fentanyl'],
    titles: ['Amenaza arancelaria preocupa a exportadores', 'Negociación comercial se liga al fentanilo'],
    sentences: [
      'Business groups warned that new duties would hit auto parts and agricultural exports first.',
      'Officials on both sides said security and trade are now discussed at the same table.',
    ],
  },
  'corruption': {
    headlines: ['Former officials in {state} charged with protecting the {cartel}', 'Mayor of {city} arrested on organized crime charges'],
    titles: ['Detienen a alcalde de {city}', 'Acusan a exfuncionarios de {estado} de proteger a {cartel_es}'],
    sentences: [
      'Prosecutors allege the officials received monthly payments in exchange for information on police operations.',
      'The case adds to a list of local officials in {state} accused of ties to criminal groups.',
    ],
  },
  'terrorism-designations': {
    headlines: ['US adds the {cartel} to its list of terrorist organizations', 'Terrorist designation of cartels raises legal risks for companies'],
    titles: ['EU designa como organización terrorista a {cartel_es}'],
    sentences: [
      'Lawyers warned that companies paying extortion to the {cartel} could face material-support charges in the US.',
      'The designation allows US agencies to use broader financial and intelligence tools against the group.',
    ],
  },
  'prisons': {
    headlines: ['Riot at a state prison in {city} leaves {n} dead', 'Inmates escape from a prison in {state}'],
    titles: ['Motín en penal de {city} deja {n} muertos', 'Se fugan reos de penal en {estado}'],
    sentences: ['Authorities regained control of the prison after several hours and transferred the leaders of the riot.'],
  },
  'human-rights-child-recruitment': {
    headlines: ['Report documents forced recruitment of teenagers in {state}', 'Human rights commission questions a military operation in {city}'],
    titles: ['Documentan reclutamiento de menores en {estado}'],
    sentences: ['Rights groups say criminal groups lure young people with fake job offers on social media.'],
  },
  'international-cooperation': {
    headlines: ['Mexico and Canada agree to share information on precursor chemicals', 'European police join an investigation into a Mexican trafficking network'],
    titles: ['México y Canadá comparten información sobre precursores'],
    sentences: ['The agreement covers customs data, financial intelligence and joint training.'],
  },
  'geopolitics': {
    headlines: ['Mexico weighs its response to pressure from Washington', 'Chinese precursor exports back in the spotlight'],
    titles: ['México evalúa su respuesta a la presión de Washington'],
    sentences: ['Diplomats described the relationship as tense but functional.'],
  },
};

/** Closing sentences that fit any item. */
export const CONTEXT_SENTENCES = [
  'The federal government did not comment on the case.',
  'The incident is part of a broader pattern of violence that has affected the region for years.',
  'Companies with operations in {state} were advised to review travel and logistics plans.',
  'The newspaper said the information came from official sources who asked not to be named.',
  'Local business chambers called for more protection on the main highways.',
];

export const COMMENTARY_SENTENCES = [
  'The week was dominated by violence in {state}, where the local balance between criminal groups keeps shifting.',
  'Washington kept up its pressure on fentanyl and arms, and Mexico City answered with arrests and seizures.',
  'National averages continue to hide very local risk; site and travel decisions should rest on municipal detail.',
  'Transfers of prisoners to the United States remain the government’s main signal of cooperation.',
  'Extortion of transport and retail businesses is the risk our clients mention most often.',
];

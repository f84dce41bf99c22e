/**
 * 'cartel' covers every organized-crime group (cartels, their factions, gangs,
 * mafias); 'agency' law-enforcement, military, intelligence and statistical
 * bodies; 'government' ministries, executive offices, courts and legislatures.
 */
export type OrganizationKind = 'cartel' | 'agency' | 'international' | 'government' | 'company';

export interface Organization {
  slug: string;
  /** Short display name: 'CJNG', 'Sinaloa Cartel', 'FGR'. */
  name: string;
  /** Full name in the organization's own language: 'Cártel Jalisco Nueva Generación'. */
  fullName: string;
  kind: OrganizationKind;
  /** ISO 3166-1 alpha-2 of the home country, or 'INT' for international bodies. */
  country: string;
  /**
   * Every other form the English and Spanish press uses, including the full
   * name and its translations; a matcher looks for `name` and these. Accent
   * variants are not needed (matchers fold accents).
   */
  aliases: readonly string[];
}

export interface Person {
  slug: string;
  name: string;
  /** Every other form the press uses (surname alone, nickname, full legal name). */
  aliases: readonly string[];
  /** What the person is known for, in English, as the press of the period describes them. */
  role: string;
}

const org = (
  slug: string,
  name: string,
  fullName: string,
  kind: OrganizationKind,
  country: string,
  others: readonly string[] = [],
): Organization =>
  Object.freeze({
    slug,
    name,
    fullName,
    kind,
    country,
    aliases: Object.freeze(fullName === name ? [...others] : [fullName, ...others]),
  });

export const ORGANIZATIONS: readonly Organization[] = Object.freeze([
  // Criminal groups
  org('cjng', 'CJNG', 'Cártel Jalisco Nueva Generación', 'cartel', 'MX', [
    'Jalisco New Generation Cartel',
    'Jalisco Cartel New Generation',
    'Jalisco Cartel',
    'Cártel de Jalisco Nueva Generación',
    'Cártel de Jalisco',
  ]),
  org('sinaloa-cartel', 'Sinaloa Cartel', 'Cártel de Sinaloa', 'cartel', 'MX', [
    'CDS',
    'Sinaloa Federation',
    'Federación de Sinaloa',
    'Pacific Cartel',
    'Cártel del Pacífico',
  ]),
  org('los-chapitos', 'Los Chapitos', 'Los Chapitos', 'cartel', 'MX', [
    'Chapitos',
    'Chapitos faction',
    'facción de Los Chapitos',
    'Los Menores',
  ]),
  org('la-mayiza', 'La Mayiza', 'La Mayiza', 'cartel', 'MX', [
    'Mayiza',
    'Los Mayos',
    'Mayo faction',
    'facción de El Mayo',
  ]),
  org('los-zetas', 'Los Zetas', 'Los Zetas', 'cartel', 'MX', [
    'Zetas',
    'Zetas Cartel',
    'Los Zetas Cartel',
    'Cártel de Los Zetas',
  ]),
  org('cartel-del-noreste', 'CDN', 'Cártel del Noreste', 'cartel', 'MX', [
    'Northeast Cartel',
    'Cartel of the Northeast',
  ]),
  org('gulf-cartel', 'Gulf Cartel', 'Cártel del Golfo', 'cartel', 'MX', ['CDG']),
  org('beltran-leyva', 'Beltrán Leyva Organization', 'Organización Beltrán Leyva', 'cartel', 'MX', [
    'BLO',
    'Beltrán Leyva Cartel',
    'Cártel de los Beltrán Leyva',
    'Los Beltrán Leyva',
    'hermanos Beltrán Leyva',
    'Beltrán Leyva group',
    'grupo de los Beltrán Leyva',
  ]),
  org('la-familia-michoacana', 'La Familia Michoacana', 'La Familia Michoacana', 'cartel', 'MX', [
    'Familia Michoacana',
    'LFM',
  ]),
  org('la-nueva-familia-michoacana', 'La Nueva Familia Michoacana', 'La Nueva Familia Michoacana', 'cartel', 'MX', [
    'Nueva Familia Michoacana',
    'LNFM',
  ]),
  org('carteles-unidos', 'Cárteles Unidos', 'Cárteles Unidos', 'cartel', 'MX', ['United Cartels']),
  org('caballeros-templarios', 'Caballeros Templarios', 'Los Caballeros Templarios', 'cartel', 'MX', [
    'Knights Templar',
    'Knights Templar Cartel',
    'Templarios',
  ]),
  org('los-viagras', 'Los Viagras', 'Los Viagras', 'cartel', 'MX', ['Viagras']),
  org('guerreros-unidos', 'Guerreros Unidos', 'Guerreros Unidos', 'cartel', 'MX', ['United Warriors']),
  org('los-ardillos', 'Los Ardillos', 'Los Ardillos', 'cartel', 'MX', ['Ardillos']),
  org('los-tlacos', 'Los Tlacos', 'Los Tlacos', 'cartel', 'MX', ['Tlacos', 'Tlacos Cartel']),
  org('guadalajara-cartel', 'Guadalajara Cartel', 'Cártel de Guadalajara', 'cartel', 'MX'),
  org('juarez-cartel', 'Juárez Cartel', 'Cártel de Juárez', 'cartel', 'MX', [
    'Vicente Carrillo Fuentes Organization',
    'Nuevo Cártel de Juárez',
    'New Juárez Cartel',
    'La Línea',
  ]),
  org('caborca-cartel', 'Caborca Cartel', 'Cártel de Caborca', 'cartel', 'MX'),
  org('santa-rosa-de-lima', 'Santa Rosa de Lima Cartel', 'Cártel de Santa Rosa de Lima', 'cartel', 'MX', [
    'CSRL',
    'Cártel Santa Rosa de Lima',
  ]),
  org('la-union-tepito', 'La Unión Tepito', 'La Unión Tepito', 'cartel', 'MX', ['Unión Tepito', 'Tepito Union']),
  org('la-barredora', 'La Barredora', 'La Barredora', 'cartel', 'MX'),
  org('los-cuinis', 'Los Cuinis', 'Los Cuinis', 'cartel', 'MX', ['Cuinis']),
  org('los-deltas', 'Los Deltas', 'Los Deltas', 'cartel', 'MX'),
  org('tren-de-aragua', 'Tren de Aragua', 'Tren de Aragua', 'cartel', 'VE', ['TdA']),
  org('ms-13', 'MS-13', 'Mara Salvatrucha', 'cartel', 'SV', ['MS13', 'Mara Salvatrucha 13']),
  org('clan-del-golfo', 'Clan del Golfo', 'Clan del Golfo', 'cartel', 'CO', [
    'Gulf Clan',
    'Autodefensas Gaitanistas de Colombia',
    'AGC',
  ]),
  org('ndrangheta', "'Ndrangheta", "'Ndrangheta", 'cartel', 'IT', ['Ndrangheta']),

  // Mexican government and agencies
  org('presidencia', 'Presidencia', 'Presidencia de la República', 'government', 'MX', [
    'Mexican Presidency',
    'Office of the President',
    'Palacio Nacional',
    'National Palace',
  ]),
  org('gabinete-de-seguridad', 'Gabinete de Seguridad', 'Gabinete de Seguridad', 'government', 'MX', [
    'Security Cabinet',
    'Gabinete de Seguridad del Gobierno de México',
  ]),
  org('sspc', 'SSPC', 'Secretaría de Seguridad y Protección Ciudadana', 'government', 'MX', [
    'Security Ministry',
    'Ministry of Security',
    'Ministry of Security and Citizen Protection',
    'Secretariat of Security and Citizen Protection',
    'Secretaría de Seguridad',
  ]),
  org('fgr', 'FGR', 'Fiscalía General de la República', 'agency', 'MX', [
    "Attorney General's Office",
    "Mexican Attorney General's Office",
    'Office of the Attorney General',
    'Fiscalía General',
    'PGR',
    'Procuraduría General de la República',
  ]),
  org('sedena', 'Sedena', 'Secretaría de la Defensa Nacional', 'agency', 'MX', [
    'Defensa',
    'Secretaría de Defensa Nacional',
    'Defense Ministry',
    'Ministry of Defense',
    'Mexican Defense Ministry',
    'Secretariat of National Defense',
    'Mexican Army',
    'Army',
    'Ejército Mexicano',
    'Ejército',
  ]),
  org('semar', 'Semar', 'Secretaría de Marina', 'agency', 'MX', [
    'Navy',
    'Mexican Navy',
    'Navy Ministry',
    'Marina',
    'Armada de México',
    'Mexican Marines',
  ]),
  org('guardia-nacional', 'Guardia Nacional', 'Guardia Nacional', 'agency', 'MX', [
    'National Guard',
    'Mexican National Guard',
    'GN',
  ]),
  org('fam', 'FAM', 'Fuerza Aérea Mexicana', 'agency', 'MX', ['Mexican Air Force', 'Fuerza Aérea']),
  org('sre', 'SRE', 'Secretaría de Relaciones Exteriores', 'government', 'MX', [
    'Foreign Ministry',
    'Mexican Foreign Ministry',
    'Ministry of Foreign Affairs',
    'Foreign Affairs Ministry',
    'Cancillería',
  ]),
  org('shcp', 'SHCP', 'Secretaría de Hacienda y Crédito Público', 'government', 'MX', [
    'Hacienda',
    'Finance Ministry',
    'Ministry of Finance',
  ]),
  org('economia', 'Secretaría de Economía', 'Secretaría de Economía', 'government', 'MX', [
    'Economy Ministry',
    'Ministry of Economy',
    'Economy Secretariat',
  ]),
  org('uif', 'UIF', 'Unidad de Inteligencia Financiera', 'agency', 'MX', ['Financial Intelligence Unit']),
  org('cni', 'CNI', 'Centro Nacional de Inteligencia', 'agency', 'MX', ['National Intelligence Center']),
  org('anam', 'ANAM', 'Agencia Nacional de Aduanas de México', 'agency', 'MX', [
    'Aduanas',
    'Mexican Customs',
    'National Customs Agency',
  ]),
  org('inm', 'INM', 'Instituto Nacional de Migración', 'agency', 'MX', [
    'National Migration Institute',
    'National Institute of Migration',
  ]),
  org('cofepris', 'Cofepris', 'Comisión Federal para la Protección contra Riesgos Sanitarios', 'agency', 'MX', [
    'Federal Commission for the Protection against Sanitary Risks',
  ]),
  org('inegi', 'INEGI', 'Instituto Nacional de Estadística y Geografía', 'agency', 'MX', [
    'National Institute of Statistics and Geography',
  ]),
  org('sesnsp', 'SESNSP', 'Secretariado Ejecutivo del Sistema Nacional de Seguridad Pública', 'agency', 'MX', [
    'Executive Secretariat of the National Public Security System',
    'Secretariado Ejecutivo',
  ]),
  org('cnb', 'CNB', 'Comisión Nacional de Búsqueda de Personas', 'agency', 'MX', [
    'Comisión Nacional de Búsqueda',
    'National Search Commission',
  ]),
  org('cndh', 'CNDH', 'Comisión Nacional de los Derechos Humanos', 'agency', 'MX', [
    'National Human Rights Commission',
  ]),
  org('scjn', 'SCJN', 'Suprema Corte de Justicia de la Nación', 'government', 'MX', [
    'Mexican Supreme Court',
    'Supreme Court of Justice of the Nation',
    'Suprema Corte',
  ]),
  org('senado-mx', 'Senado de la República', 'Senado de la República', 'government', 'MX', [
    'Mexican Senate',
  ]),

  // United States
  org('white-house', 'White House', 'The White House', 'government', 'US', ['Casa Blanca']),
  org('state-department', 'State Department', 'U.S. Department of State', 'government', 'US', [
    'Department of State',
    'Departamento de Estado',
  ]),
  org('doj', 'DOJ', 'U.S. Department of Justice', 'government', 'US', [
    'Department of Justice',
    'Justice Department',
    'Departamento de Justicia',
  ]),
  org('dhs', 'DHS', 'U.S. Department of Homeland Security', 'government', 'US', [
    'Department of Homeland Security',
    'Homeland Security',
    'Departamento de Seguridad Nacional',
  ]),
  org('treasury', 'Treasury', 'U.S. Department of the Treasury', 'government', 'US', [
    'Treasury Department',
    'US Treasury',
    'Departamento del Tesoro',
  ]),
  org('pentagon', 'Pentagon', 'U.S. Department of Defense', 'government', 'US', [
    'Department of Defense',
    'DoD',
    'Department of War',
    'Pentágono',
    'Departamento de Defensa',
    'Departamento de Guerra',
  ]),
  org('commerce-department', 'Commerce Department', 'U.S. Department of Commerce', 'government', 'US', [
    'Department of Commerce',
    'Departamento de Comercio',
  ]),
  org('ustr', 'USTR', 'Office of the United States Trade Representative', 'government', 'US', [
    'US Trade Representative',
    'Representante Comercial de Estados Unidos',
  ]),
  org('us-embassy', 'U.S. Embassy in Mexico', 'U.S. Embassy in Mexico', 'government', 'US', [
    'US Embassy',
    'Embajada de Estados Unidos',
  ]),
  org('us-supreme-court', 'U.S. Supreme Court', 'Supreme Court of the United States', 'government', 'US', [
    'Supreme Court',
    'Corte Suprema de Estados Unidos',
  ]),
  org('fbi', 'FBI', 'Federal Bureau of Investigation', 'agency', 'US', ['Buró Federal de Investigaciones']),
  org('dea', 'DEA', 'Drug Enforcement Administration', 'agency', 'US', [
    'Administración para el Control de Drogas',
  ]),
  org('cbp', 'CBP', 'U.S. Customs and Border Protection', 'agency', 'US', [
    'Customs and Border Protection',
    'US Customs',
    'Oficina de Aduanas y Protección Fronteriza',
  ]),
  org('border-patrol', 'Border Patrol', 'U.S. Border Patrol', 'agency', 'US', ['USBP', 'Patrulla Fronteriza']),
  org('ice', 'ICE', 'U.S. Immigration and Customs Enforcement', 'agency', 'US', [
    'Immigration and Customs Enforcement',
    'Servicio de Inmigración y Control de Aduanas',
  ]),
  org('atf', 'ATF', 'Bureau of Alcohol, Tobacco, Firearms and Explosives', 'agency', 'US', [
    'Oficina de Alcohol, Tabaco, Armas de Fuego y Explosivos',
  ]),
  org('ofac', 'OFAC', 'Office of Foreign Assets Control', 'agency', 'US', [
    'Oficina de Control de Activos Extranjeros',
  ]),
  org('fincen', 'FinCEN', 'Financial Crimes Enforcement Network', 'agency', 'US', [
    'Red de Control de Delitos Financieros',
  ]),
  org('cia', 'CIA', 'Central Intelligence Agency', 'agency', 'US', ['Agencia Central de Inteligencia']),
  org('northcom', 'NORTHCOM', 'U.S. Northern Command', 'agency', 'US', ['Northern Command', 'Comando Norte']),

  // Other countries' agencies
  org('mi6', 'MI6', 'Secret Intelligence Service', 'agency', 'GB', ['SIS']),
  org('mi5', 'MI5', 'Security Service', 'agency', 'GB'),
  org('rcmp', 'RCMP', 'Royal Canadian Mounted Police', 'agency', 'CA', ['Real Policía Montada de Canadá']),
  org('italy-justice-ministry', 'Italian Ministry of Justice', 'Ministero della Giustizia', 'government', 'IT', [
    'Ministry of Justice of Italy',
    "Italy's Ministry of Justice",
    'Ministerio de Justicia de Italia',
  ]),

  // International bodies
  org('un', 'UN', 'United Nations', 'international', 'INT', [
    'U.N.',
    'ONU',
    'Naciones Unidas',
    'Organización de las Naciones Unidas',
  ]),
  org('unodc', 'UNODC', 'United Nations Office on Drugs and Crime', 'international', 'INT', [
    'Oficina de las Naciones Unidas contra la Droga y el Delito',
    'ONUDD',
  ]),
  org('unicri', 'UNICRI', 'United Nations Interregional Crime and Justice Research Institute', 'international', 'INT', [
    'Instituto Interregional de las Naciones Unidas para Investigaciones sobre la Delincuencia y la Justicia',
  ]),
  org('interpol', 'Interpol', 'International Criminal Police Organization', 'international', 'INT', [
    'ICPO',
    'Organización Internacional de Policía Criminal',
  ]),
  org('oas', 'OAS', 'Organization of American States', 'international', 'INT', [
    'OEA',
    'Organización de los Estados Americanos',
  ]),
  org('iachr', 'IACHR', 'Inter-American Commission on Human Rights', 'international', 'INT', [
    'CIDH',
    'Comisión Interamericana de Derechos Humanos',
  ]),
  org('nato', 'NATO', 'North Atlantic Treaty Organization', 'international', 'INT', [
    'OTAN',
    'Organización del Tratado del Atlántico Norte',
  ]),

  // Companies
  org('pemex', 'Pemex', 'Petróleos Mexicanos', 'company', 'MX'),
  org('cibanco', 'CIBanco', 'CIBanco', 'company', 'MX'),
  org('intercam', 'Intercam', 'Intercam Banco', 'company', 'MX'),
  org('vector', 'Vector', 'Vector Casa de Bolsa', 'company', 'MX'),
  org('didi', 'DiDi', 'DiDi', 'company', 'CN', ['DiDi Food']),
  org('smith-wesson', 'Smith & Wesson', 'Smith & Wesson Brands', 'company', 'US', ['Smith and Wesson']),
]);

const person = (slug: string, name: string, role: string, aliases: readonly string[] = []): Person =>
  Object.freeze({ slug, name, role, aliases: Object.freeze([...aliases]) });

export const PEOPLE: readonly Person[] = Object.freeze([
  // Mexico: government
  person('claudia-sheinbaum', 'Claudia Sheinbaum', 'President of Mexico (from October 2024)', [
    'Sheinbaum',
    'Claudia Sheinbaum Pardo',
  ]),
  person('andres-manuel-lopez-obrador', 'Andrés Manuel López Obrador', 'President of Mexico (2018–2024)', [
    'AMLO',
    'López Obrador',
  ]),
  person('omar-garcia-harfuch', 'Omar García Harfuch', 'Mexican Secretary of Security and Citizen Protection (SSPC)', [
    'García Harfuch',
    'Garcia Harfuch',
    'Harfuch',
    'Omar Hamid García Harfuch',
  ]),
  person('alejandro-gertz-manero', 'Alejandro Gertz Manero', 'Attorney General of Mexico (FGR), 2019–2025', [
    'Gertz Manero',
    'Gertz',
  ]),
  person('ernestina-godoy', 'Ernestina Godoy', 'Attorney General of Mexico (FGR) from late 2025', [
    'Ernestina Godoy Ramos',
    'Godoy',
  ]),
  person('juan-ramon-de-la-fuente', 'Juan Ramón de la Fuente', 'Mexican Foreign Minister (SRE) under Sheinbaum', [
    'De la Fuente',
  ]),
  person('rosa-icela-rodriguez', 'Rosa Icela Rodríguez', 'Mexican Secretary of the Interior (Gobernación)', [
    'Rosa Icela',
  ]),
  person('marcelo-ebrard', 'Marcelo Ebrard', 'Mexican Secretary of Economy', ['Ebrard']),
  person('ricardo-trevilla', 'Ricardo Trevilla Trejo', 'Mexican Secretary of National Defense (Sedena)', [
    'Trevilla',
    'Ricardo Trevilla',
  ]),
  person('raymundo-morales', 'Raymundo Pedro Morales Ángeles', 'Mexican Secretary of the Navy (Semar)', [
    'Raymundo Morales',
  ]),
  person('ruben-rocha-moya', 'Rubén Rocha Moya', 'Governor of Sinaloa', ['Rocha Moya']),
  person('adan-augusto-lopez', 'Adán Augusto López Hernández', 'Mexican senator, former Secretary of the Interior', [
    'Adán Augusto',
  ]),
  person('genaro-garcia-luna', 'Genaro García Luna', 'Former Mexican security secretary, convicted in the US', [
    'García Luna',
  ]),
  person('hernan-bermudez-requena', 'Hernán Bermúdez Requena', 'Former Tabasco security chief, accused of leading La Barredora', [
    'Hernán Bermúdez',
    'Comandante H',
  ]),

  // United States
  person('donald-trump', 'Donald Trump', 'President of the United States (from January 2025)', [
    'Trump',
    'Donald J. Trump',
  ]),
  person('marco-rubio', 'Marco Rubio', 'US Secretary of State', ['Rubio']),
  person('kash-patel', 'Kash Patel', 'FBI Director', ['Kashyap Patel']),
  person('kristi-noem', 'Kristi Noem', 'US Secretary of Homeland Security', ['Noem']),
  person('howard-lutnick', 'Howard Lutnick', 'US Secretary of Commerce', ['Lutnick']),
  person('pam-bondi', 'Pam Bondi', 'US Attorney General', ['Bondi', 'Pamela Bondi']),
  person('pete-hegseth', 'Pete Hegseth', 'US Secretary of Defense', ['Hegseth']),
  person('mike-waltz', 'Mike Waltz', 'US National Security Adviser, later Ambassador to the UN', [
    'Waltz',
    'Michael Waltz',
  ]),
  person('tom-homan', 'Tom Homan', 'White House border czar', ['Homan', 'Thomas Homan']),
  person('terrance-cole', 'Terrance Cole', 'DEA Administrator', ['Terry Cole']),
  person('christopher-landau', 'Christopher Landau', 'US Deputy Secretary of State', ['Landau']),
  person('ronald-johnson', 'Ronald Johnson', 'US Ambassador to Mexico (from 2025)', [
    'Ambassador Ronald Johnson',
  ]),
  person('ken-salazar', 'Ken Salazar', 'US Ambassador to Mexico (2021–2025)'),
  person('lindsey-graham', 'Lindsey Graham', 'US Senator (South Carolina)', ['Graham']),
  person('enrique-camarena', 'Enrique "Kiki" Camarena', 'DEA agent murdered in Mexico in 1985', [
    'Kiki Camarena',
    'Enrique Camarena',
    'Enrique Camarena Salazar',
    'Camarena',
  ]),

  // Other countries
  person('justin-trudeau', 'Justin Trudeau', 'Prime Minister of Canada (2015–2025)', ['Trudeau']),
  person('mark-carney', 'Mark Carney', 'Prime Minister of Canada (from 2025)', ['Carney']),
  person('nayib-bukele', 'Nayib Bukele', 'President of El Salvador', ['Bukele']),
  person('gustavo-petro', 'Gustavo Petro', 'President of Colombia', ['Petro']),
  person('nicolas-maduro', 'Nicolás Maduro', 'Venezuelan head of state from 2013', ['Maduro']),
  person('javier-milei', 'Javier Milei', 'President of Argentina', ['Milei']),
  person('vladimir-putin', 'Vladimir Putin', 'President of Russia', ['Putin']),
  person('volodymyr-zelensky', 'Volodymyr Zelensky', 'President of Ukraine', ['Zelensky', 'Zelenskyy']),
  person('xi-jinping', 'Xi Jinping', 'President of China', ['President Xi']),
  person('benjamin-netanyahu', 'Benjamin Netanyahu', 'Prime Minister of Israel', ['Netanyahu']),
  person('richard-moore', 'Richard Moore', 'Chief of MI6 (2020–2025)', ['Sir Richard Moore']),
  person('ken-mccallum', 'Ken McCallum', 'Director General of MI5', ['McCallum']),

  // Organized crime
  person('rafael-caro-quintero', 'Rafael Caro Quintero', 'Guadalajara Cartel co-founder, sent to the US in 2025', [
    'Caro Quintero',
    'RCQ',
  ]),
  person('ismael-zambada', 'Ismael "El Mayo" Zambada', 'Sinaloa Cartel co-founder, in US custody since 2024', [
    'El Mayo',
    'El Mayo Zambada',
    'Mayo Zambada',
    'Ismael Zambada',
    'Ismael Zambada García',
  ]),
  person('joaquin-guzman', 'Joaquín "El Chapo" Guzmán', 'Sinaloa Cartel co-founder, serving a life sentence in the US', [
    'El Chapo',
    'Chapo Guzmán',
    'El Chapo Guzmán',
    'Joaquín Guzmán Loera',
  ]),
  person('ovidio-guzman', 'Ovidio Guzmán López', 'Son of El Chapo (Los Chapitos), extradited to the US in 2023', [
    'Ovidio Guzmán',
    'El Ratón',
  ]),
  person('joaquin-guzman-lopez', 'Joaquín Guzmán López', 'Son of El Chapo (Los Chapitos), in US custody since 2024'),
  person('ivan-archivaldo-guzman', 'Iván Archivaldo Guzmán Salazar', 'Leader of Los Chapitos', [
    'Iván Archivaldo',
    'Iván Archivaldo Guzmán',
  ]),
  person('jesus-alfredo-guzman', 'Jesús Alfredo Guzmán Salazar', 'Leader of Los Chapitos', [
    'Jesús Alfredo Guzmán',
    'Alfredo Guzmán',
  ]),
  person('nemesio-oseguera', 'Nemesio Oseguera Cervantes', 'Leader of the CJNG', [
    'El Mencho',
    'Mencho',
    'Nemesio Oseguera',
  ]),
  person('antonio-oseguera-cervantes', 'Antonio Oseguera Cervantes', "CJNG operator, El Mencho's brother, sent to the US in 2025", [
    'Tony Montana',
    'Antonio Oseguera',
  ]),
  person('abigael-gonzalez-valencia', 'Abigael González Valencia', 'Leader of Los Cuinis, sent to the US in 2025', [
    'Abigael González',
    'El Cuini',
  ]),
  person('miguel-angel-trevino-morales', 'Miguel Ángel Treviño Morales', 'Former Los Zetas leader, sent to the US in 2025', [
    'Z-40',
    'Z40',
    'Miguel Treviño',
    'Miguel Ángel Treviño',
  ]),
  person('omar-trevino-morales', 'Omar Treviño Morales', 'Former Los Zetas leader, sent to the US in 2025', [
    'Z-42',
    'Z42',
    'Omar Treviño',
  ]),
  person('vicente-carrillo-fuentes', 'Vicente Carrillo Fuentes', 'Former Juárez Cartel leader, sent to the US in 2025', [
    'El Viceroy',
    'Vicente Carrillo',
  ]),
  person('ricardo-gonzalez-sauceda', 'Ricardo González Sauceda', 'Cártel del Noreste figure, sent to the US in 2026', [
    'El Ricky',
  ]),
  person('armando-gomez-nunez', 'Armando Gómez Núñez', 'CJNG (Los Deltas) figure, sent to the US in 2026', [
    'Delta 1',
  ]),
  person('zhi-dong-zhang', 'Zhi Dong Zhang', 'Chinese national accused of brokering drug shipments, arrested in Mexico in 2024', [
    'Zhi Dong',
    'Brother Wang',
    'Hermano Wang',
  ]),
]);

const ORG_BY_SLUG = new Map(ORGANIZATIONS.map((o) => [o.slug, o]));
const PERSON_BY_SLUG = new Map(PEOPLE.map((p) => [p.slug, p]));

export function organizationBySlug(slug: string): Organization | undefined {
  return ORG_BY_SLUG.get(slug);
}

export function personBySlug(slug: string): Person | undefined {
  return PERSON_BY_SLUG.get(slug);
}

/**
 * Foreign countries that Mexico-security press mentions. Mexico itself is not
 * here: it is the 'MX' (national) place scope of the states catalog.
 */
export interface Country {
  /** ISO 3166-1 alpha-2. */
  code: string;
  nameEn: string;
  nameEs: string;
  /** Other names and abbreviations; accent variants are not needed (matchers fold accents). */
  aliases: readonly string[];
  /** English and Spanish demonyms, singular masculine for Spanish. */
  demonyms: readonly string[];
}

// 'America' is not an alias of the US: in Spanish-language text it means the
// continent. 'EU' and 'E.U.' are the Mexican press's abbreviation of Estados
// Unidos, but mean the European Union in English text: match them only in
// Spanish. 'Spanish' is not a demonym of Spain: this corpus says "Spanish"
// mostly about the language of an original article.
export const COUNTRIES: readonly Country[] = Object.freeze([
  {
    code: 'US',
    nameEn: 'United States',
    nameEs: 'Estados Unidos',
    aliases: ['U.S.', 'US', 'USA', 'U.S.A.', 'United States of America', 'EU', 'EE.UU.', 'EE. UU.', 'EEUU', 'E.U.'],
    demonyms: ['American', 'estadounidense', 'norteamericano'],
  },
  { code: 'CA', nameEn: 'Canada', nameEs: 'Canadá', aliases: [], demonyms: ['Canadian', 'canadiense'] },
  { code: 'GT', nameEn: 'Guatemala', nameEs: 'Guatemala', aliases: [], demonyms: ['Guatemalan', 'guatemalteco'] },
  { code: 'BZ', nameEn: 'Belize', nameEs: 'Belice', aliases: [], demonyms: ['Belizean', 'beliceño'] },
  {
    code: 'SV',
    nameEn: 'El Salvador',
    nameEs: 'El Salvador',
    aliases: [],
    demonyms: ['Salvadoran', 'Salvadorean', 'salvadoreño'],
  },
  { code: 'HN', nameEn: 'Honduras', nameEs: 'Honduras', aliases: [], demonyms: ['Honduran', 'hondureño'] },
  { code: 'NI', nameEn: 'Nicaragua', nameEs: 'Nicaragua', aliases: [], demonyms: ['Nicaraguan', 'nicaragüense'] },
  { code: 'CR', nameEn: 'Costa Rica', nameEs: 'Costa Rica', aliases: [], demonyms: ['Costa Rican', 'costarricense'] },
  { code: 'PA', nameEn: 'Panama', nameEs: 'Panamá', aliases: [], demonyms: ['Panamanian', 'panameño'] },
  { code: 'CO', nameEn: 'Colombia', nameEs: 'Colombia', aliases: [], demonyms: ['Colombian', 'colombiano'] },
  { code: 'VE', nameEn: 'Venezuela', nameEs: 'Venezuela', aliases: [], demonyms: ['Venezuelan', 'venezolano'] },
  { code: 'EC', nameEn: 'Ecuador', nameEs: 'Ecuador', aliases: [], demonyms: ['Ecuadorian', 'ecuatoriano'] },
  { code: 'PE', nameEn: 'Peru', nameEs: 'Perú', aliases: [], demonyms: ['Peruvian', 'peruano'] },
  { code: 'BO', nameEn: 'Bolivia', nameEs: 'Bolivia', aliases: [], demonyms: ['Bolivian', 'boliviano'] },
  { code: 'BR', nameEn: 'Brazil', nameEs: 'Brasil', aliases: [], demonyms: ['Brazilian', 'brasileño'] },
  {
    code: 'AR',
    nameEn: 'Argentina',
    nameEs: 'Argentina',
    aliases: [],
    demonyms: ['Argentine', 'Argentinian', 'argentino'],
  },
  { code: 'CL', nameEn: 'Chile', nameEs: 'Chile', aliases: [], demonyms: ['Chilean', 'chileno'] },
  { code: 'CU', nameEn: 'Cuba', nameEs: 'Cuba', aliases: [], demonyms: ['Cuban', 'cubano'] },
  { code: 'HT', nameEn: 'Haiti', nameEs: 'Haití', aliases: [], demonyms: ['Haitian', 'haitiano'] },
  {
    code: 'DO',
    nameEn: 'Dominican Republic',
    nameEs: 'República Dominicana',
    aliases: [],
    demonyms: ['Dominican', 'dominicano'],
  },
  {
    code: 'CN',
    nameEn: 'China',
    nameEs: 'China',
    aliases: ["People's Republic of China", 'PRC', 'República Popular China'],
    demonyms: ['Chinese', 'chino'],
  },
  // 'indio' is left out: in Mexican Spanish it refers to Indigenous Mexicans,
  // and the press writes 'hindú' for Indian nationals.
  { code: 'IN', nameEn: 'India', nameEs: 'India', aliases: [], demonyms: ['Indian', 'hindú'] },
  { code: 'IT', nameEn: 'Italy', nameEs: 'Italia', aliases: [], demonyms: ['Italian', 'italiano'] },
  { code: 'ES', nameEn: 'Spain', nameEs: 'España', aliases: [], demonyms: ['Spaniard', 'español'] },
  { code: 'PT', nameEn: 'Portugal', nameEs: 'Portugal', aliases: [], demonyms: ['Portuguese', 'portugués'] },
  { code: 'FR', nameEn: 'France', nameEs: 'Francia', aliases: [], demonyms: ['French', 'francés'] },
  { code: 'DE', nameEn: 'Germany', nameEs: 'Alemania', aliases: [], demonyms: ['German', 'alemán'] },
  {
    code: 'NL',
    nameEn: 'Netherlands',
    nameEs: 'Países Bajos',
    aliases: ['The Netherlands', 'Holland', 'Holanda'],
    demonyms: ['Dutch', 'neerlandés', 'holandés'],
  },
  { code: 'BE', nameEn: 'Belgium', nameEs: 'Bélgica', aliases: [], demonyms: ['Belgian', 'belga'] },
  {
    code: 'GB',
    nameEn: 'United Kingdom',
    nameEs: 'Reino Unido',
    aliases: ['UK', 'U.K.', 'Britain', 'Great Britain', 'Gran Bretaña'],
    demonyms: ['British', 'Briton', 'británico'],
  },
  {
    code: 'RU',
    nameEn: 'Russia',
    nameEs: 'Rusia',
    aliases: ['Russian Federation', 'Federación Rusa', 'Kremlin'],
    demonyms: ['Russian', 'ruso'],
  },
  { code: 'UA', nameEn: 'Ukraine', nameEs: 'Ucrania', aliases: [], demonyms: ['Ukrainian', 'ucraniano'] },
  { code: 'TR', nameEn: 'Turkey', nameEs: 'Turquía', aliases: ['Türkiye'], demonyms: ['Turkish', 'turco'] },
  { code: 'IL', nameEn: 'Israel', nameEs: 'Israel', aliases: [], demonyms: ['Israeli', 'israelí'] },
  {
    code: 'PS',
    nameEn: 'Palestine',
    nameEs: 'Palestina',
    aliases: ['State of Palestine', 'Gaza', 'Gaza Strip', 'Franja de Gaza', 'West Bank', 'Cisjordania'],
    demonyms: ['Palestinian', 'palestino'],
  },
  { code: 'IR', nameEn: 'Iran', nameEs: 'Irán', aliases: [], demonyms: ['Iranian', 'iraní'] },
  { code: 'SY', nameEn: 'Syria', nameEs: 'Siria', aliases: [], demonyms: ['Syrian', 'sirio'] },
  {
    code: 'KP',
    nameEn: 'North Korea',
    nameEs: 'Corea del Norte',
    aliases: ['DPRK', 'Democratic People’s Republic of Korea'],
    demonyms: ['North Korean', 'norcoreano'],
  },
  {
    code: 'KR',
    nameEn: 'South Korea',
    nameEs: 'Corea del Sur',
    aliases: ['Republic of Korea'],
    demonyms: ['South Korean', 'surcoreano'],
  },
  { code: 'JP', nameEn: 'Japan', nameEs: 'Japón', aliases: [], demonyms: ['Japanese', 'japonés'] },
  { code: 'PH', nameEn: 'Philippines', nameEs: 'Filipinas', aliases: [], demonyms: ['Filipino'] },
  { code: 'AU', nameEn: 'Australia', nameEs: 'Australia', aliases: [], demonyms: ['Australian', 'australiano'] },
  { code: 'CM', nameEn: 'Cameroon', nameEs: 'Camerún', aliases: [], demonyms: ['Cameroonian', 'camerunés'] },
  { code: 'MA', nameEn: 'Morocco', nameEs: 'Marruecos', aliases: [], demonyms: ['Moroccan', 'marroquí'] },
]);

const BY_CODE = new Map(COUNTRIES.map((c) => [c.code, c]));

/** Case-insensitive ISO 3166-1 alpha-2 lookup. */
export function countryByCode(code: string): Country | undefined {
  return BY_CODE.get(code.trim().toUpperCase());
}

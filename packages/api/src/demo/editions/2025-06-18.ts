import type { DemoEdition } from '../types.ts';

export const EDITION: DemoEdition = {
  slug: 'security-chatter-2025-06-18',
  title: 'Security Chatter – June 18, 2025',
  publishedOn: '2025-06-18',
  author: 'Fausto Carbajal',
  commentary: `Three months after the tariff scare, the relationship has settled into a pattern: steady pressure from Washington, steady delivery from Mexico City and a firm line from President Sheinbaum on foreign troops. The indicators the government likes to cite are moving its way. The daily homicide average reported by SESNSP is below the September 2024 baseline, and US border agents are finding far less fentanyl than a year ago.

Other signals point the opposite way. The Teuchitlán ranch in Jalisco exposed the scale of forced recruitment and disappearance, the murder of two close aides to Mexico City's mayor showed that the capital is not insulated, and the US Supreme Court has closed one of Mexico's main legal avenues against gun makers. Risk remains intensely local, and national averages hide it; state and municipal detail should drive travel and site decisions.`,
  items: [
    {
      headline: 'Teuchitlán ranch puts forced recruitment and disappearances back at the centre',
      summary: `The discovery by the Guerreros Buscadores search collective of a ranch in Teuchitlán, Jalisco, where hundreds of shoes and personal belongings were found, has become a national symbol of the disappearance crisis. Investigators say the property was used by the CJNG as a recruitment and training site for young people lured with fake job offers, and witnesses say some of those who refused or tried to escape were killed there.

The case has renewed criticism of the state prosecutor's early handling of the site and of the slow identification of victims. Mexico's national registry now lists more than 120,000 people as missing. The FGR said it was reviewing the state prosecutor's file, and President Sheinbaum announced reforms to strengthen search efforts and the national identification system.`,
      outlet: 'Animal Político',
      articleDate: '2025-03-20',
      articleAuthor: 'Redacción',
      originalTitle: 'Rancho Izaguirre: reclutamiento forzado y desaparición en Teuchitlán',
      url: null,
      language: 'es',
      places: ['MX-JAL', 'MX'],
      topics: ['disappearances', 'human-rights-child-recruitment', 'cartels-organized-crime'],
      organizations: ['cjng', 'fgr'],
      people: ['claudia-sheinbaum'],
      metrics: [
        {
          series: 'missing_persons',
          value: 120000,
          unit: 'people',
          place: 'MX',
          periodStart: '2025-03-20',
          periodEnd: '2025-03-20',
          text: "Mexico's national registry now lists more than 120,000 people as missing.",
        },
      ],
    },
    {
      headline: 'Army fentanyl seizures climb in early 2025, Defensa reports',
      summary: `The Defense Ministry reported that army units seized 89 kilograms of fentanyl in January and February 2025. That is roughly 44.5 kilograms a month, against an average of about 28 kilograms a month in the same two months of 2024. The report also listed drones taken from criminal groups, which now use explosive-laden drones routinely in parts of Michoacán and Guerrero.

The figures refer only to the army's own operations. Totals for the whole security cabinet, which also include the Navy, the National Guard and the FGR, are far higher, so the two series should not be compared directly or shown on the same chart.`,
      outlet: 'Buzos',
      articleDate: '2025-03-31',
      articleAuthor: null,
      originalTitle: 'Rinde Defensa informe de decomiso de fentanilo y drones',
      url: 'https://buzos.com.mx/storage/noticias/2025-03-31/Rinde%20Defensa%20informe%20de%20decomiso%20de%20fentanilo%20y%20drones.html',
      language: 'es',
      places: ['MX', 'MX-MIC', 'MX-GRO'],
      topics: ['drug-seizures', 'fentanyl-synthetic-drugs', 'security-policy-forces'],
      organizations: ['sedena'],
      people: [],
      metrics: [
        {
          series: 'drug_seizure_kg',
          value: 89,
          unit: 'kg',
          place: 'MX',
          periodStart: '2025-01-01',
          periodEnd: '2025-02-28',
          dimension: 'fentanyl',
          text: 'The Defense Ministry reported that army units seized 89 kilograms of fentanyl in January and February 2025.',
        },
      ],
    },
    {
      headline: "Mexico left off Trump's reciprocal tariff list, but fentanyl duties remain",
      summary: `Mexico did not appear among the countries hit by the "reciprocal" tariffs President Trump announced on 2 April, a relief for exporters who had braced for new duties. Goods that meet the USMCA's rules of origin keep entering the United States tariff-free, while the 25% levy tied to fentanyl and migration still applies to products outside the agreement. Steel, aluminium and cars remain subject to separate sectoral tariffs.

President Sheinbaum credited the outcome to the working relationship her government has built with Washington and to the security results delivered since February. Economists warned that the exemption could be revisited at any moment and that uncertainty continues to weigh on investment in manufacturing.`,
      outlet: 'El Financiero',
      articleDate: '2025-04-03',
      articleAuthor: 'Redacción',
      originalTitle: 'México se libra de los aranceles recíprocos; se mantienen los gravámenes por fentanilo',
      url: null,
      language: 'es',
      places: ['MX', 'US'],
      topics: ['tariffs-trade', 'us-mexico-cooperation', 'fentanyl-synthetic-drugs'],
      organizations: [],
      people: ['donald-trump', 'claudia-sheinbaum'],
      metrics: [],
    },
    {
      headline: "Sheinbaum says she turned down Trump's offer to send US troops",
      summary: `President Claudia Sheinbaum confirmed that Donald Trump suggested during a phone call that US troops could help Mexico fight the drug cartels, and said she refused. Mexico's sovereignty is not for sale, she told supporters, adding that cooperation with the United States can go far but never as far as subordination.

Her remarks followed a Wall Street Journal report that Trump had pressed for a bigger US military role against the cartels. Sheinbaum stressed that intelligence sharing and coordination continue and that her government is delivering results, pointing to the February prisoner transfer and the National Guard deployment along the northern border.`,
      outlet: 'Reuters',
      articleDate: '2025-05-03',
      articleAuthor: null,
      originalTitle: "Mexico's Sheinbaum says she rejected Trump proposal to send US troops",
      url: null,
      language: 'en',
      places: ['MX', 'US'],
      topics: ['geopolitics', 'us-mexico-cooperation', 'security-policy-forces'],
      organizations: ['guardia-nacional'],
      people: ['claudia-sheinbaum', 'donald-trump'],
      metrics: [],
    },
    {
      headline: "Peace Index ranks Colima as Mexico's least peaceful state in 2024",
      summary: `The Institute for Economics and Peace's Mexico Peace Index 2025, built on SESNSP victim data, puts Colima at the bottom of its table for 2024, with a homicide indicator above 100 killings per 100,000 inhabitants. The report puts Colima's rate at 101 per 100,000. Guanajuato, with more than 3,100 murders in 2024 and a rate of 49.3, and Morelos complete the trio the index singles out as the most violent states of the last administration.

Sinaloa and Zacatecas rank well below them on this measure, although violence in Sinaloa has surged since its internal war began in September. Because the index relies on prosecutors' victim counts rather than death certificates, its rates cannot be compared directly with INEGI's.`,
      outlet: 'El Rumbo',
      articleDate: '2025-05-14',
      articleAuthor: null,
      originalTitle: 'Colima, Guanajuato y Morelos, los estados más violentos del sexenio de AMLO según el Índice de Paz 2025',
      url: 'https://elrumbo.mx/2025/05/14/colima-guanajuato-y-morelos-los-estados-mas-violentos-del-sexenio-de-amlo-segun-el-indice-de-paz-2025',
      language: 'es',
      places: ['MX-COL', 'MX-GUA', 'MX-MOR', 'MX-SIN', 'MX-ZAC'],
      topics: ['homicides-violence'],
      organizations: ['sesnsp'],
      people: [],
      metrics: [
        {
          series: 'homicide_rate',
          value: 101,
          unit: 'per 100k',
          place: 'MX-COL',
          periodStart: '2024-01-01',
          periodEnd: '2024-12-31',
          text: "The report puts Colima's rate at 101 per 100,000.",
        },
        {
          series: 'homicide_rate',
          value: 49.3,
          unit: 'per 100k',
          place: 'MX-GUA',
          periodStart: '2024-01-01',
          periodEnd: '2024-12-31',
          text: 'Guanajuato, with more than 3,100 murders in 2024 and a rate of 49.3, and Morelos complete the trio the index singles out as the most violent states of the last administration.',
        },
      ],
    },
    {
      headline: 'US border agents seize far less fentanyl as flows appear to shift',
      summary: `Fentanyl seizures at the US–Mexico border have dropped sharply in 2025, according to US Customs and Border Protection data. Between January and April, officers on the southwest border seized 3,159 pounds of the drug, 48% less than in the same months of 2024. For the first seven months of fiscal 2025, which began in October, the total was about 7,700 pounds.

Officials in both countries cite the decline as evidence that enforcement is working. Analysts caution that smaller seizures can also reflect new smuggling routes, changes in purity or a shift towards other synthetic drugs, and note that the downward trend was already visible in late 2024.`,
      outlet: 'Reuters',
      articleDate: '2025-05-20',
      articleAuthor: null,
      originalTitle: 'Fentanyl seizures at US-Mexico border fall sharply in 2025',
      url: null,
      language: 'en',
      places: ['US', 'MX', 'MX-BCN', 'MX-SON'],
      topics: ['fentanyl-synthetic-drugs', 'drug-seizures', 'migration-border', 'us-mexico-cooperation'],
      organizations: ['cbp'],
      people: [],
      metrics: [],
    },
    {
      headline: "Two close aides to Mexico City's mayor shot dead in Benito Juárez",
      summary: `Ximena Guzmán, private secretary to Mexico City Mayor Clara Brugada, and José Muñoz, one of her advisers, were killed on 20 May when a gunman on a motorcycle opened fire on them on a busy avenue in the Benito Juárez borough. The attack, carried out in daylight in one of the capital's safest districts, bore the hallmarks of a planned execution.

Brugada promised there would be no impunity, and federal and city authorities formed a joint team to investigate. The killings shook the political class and raised questions about whether criminal groups are now prepared to target officials in the capital itself.`,
      outlet: 'El Universal',
      articleDate: '2025-05-21',
      articleAuthor: 'Redacción',
      originalTitle: 'Asesinan a Ximena Guzmán y José Muñoz, colaboradores cercanos de Clara Brugada',
      url: null,
      language: 'es',
      places: ['MX-CMX'],
      topics: ['homicides-violence', 'security-policy-forces'],
      organizations: [],
      people: ['clara-brugada'],
      metrics: [],
    },
    {
      headline: "US Supreme Court throws out Mexico's lawsuit against gun makers",
      summary: `The US Supreme Court unanimously dismissed Mexico's lawsuit against Smith & Wesson and other American gun manufacturers, ruling that a 2005 federal law shielding the industry from liability barred the claim. Mexico had argued that the companies knowingly helped weapons reach the cartels through the way they design, market and distribute their products.

Writing for the court, Justice Elena Kagan said Mexico had not plausibly shown that the manufacturers aided and abetted illegal sales. The ruling removes one of Mexico's main legal tools against the southbound flow of firearms. The Mexican government said it would keep pressing the issue through diplomacy and cooperation with US agencies, and pointed to its separate case against gun dealers in Arizona.`,
      outlet: 'The New York Times',
      articleDate: '2025-06-05',
      articleAuthor: null,
      originalTitle: "Supreme Court rejects Mexico's lawsuit against American gun makers",
      url: null,
      language: 'en',
      places: ['US', 'MX'],
      topics: ['arms-trafficking', 'us-mexico-cooperation'],
      organizations: [],
      people: ['elena-kagan'],
      metrics: [],
    },
  ],
};

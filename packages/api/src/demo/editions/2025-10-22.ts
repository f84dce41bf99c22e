import type { DemoEdition } from '../types.ts';

export const EDITION: DemoEdition = {
  slug: 'security-chatter-2025-10-22',
  title: 'Security Chatter – October 22, 2025',
  publishedOn: '2025-10-22',
  author: 'Fausto Carbajal',
  commentary: `The autumn has brought a quieter, more institutional phase in the security relationship. Marco Rubio's visit to Mexico City produced a high-level implementation group rather than headlines about troops, and the government now publishes performance figures on a regular schedule: about 3.5 million fentanyl pills seized in under a year, and a national daily homicide average well below the September 2024 baseline. Sonora shows both the progress and its limits, with a 46% fall in its daily average alongside persistent disputes in the south of the state.

The return of Hernán Bermúdez Requena and the fuel-smuggling case inside the Navy suggest that the next stage of pressure will fall on officials, not only on cartel members. Michoacán explains why caution is still warranted: the murder of the lime growers' leader exposes an extortion economy that federal deployments have not dismantled.`,
  items: [
    {
      headline: 'Daily homicide average falls to 64.9 in July as a few states carry the load',
      summary: `SESNSP data show an average of 64.9 intentional-homicide victims a day in July 2025, against 86.9 in September 2024, the month the federal government uses as its baseline. The decline has been steady but uneven, with a small group of states accounting for a large share of the killings.

Between January and July, Guanajuato concentrated 11.9% of the national total, followed by Chihuahua and Sinaloa with 7.2% each, Baja California with 7.1%, the State of Mexico with 6.6%, and Morelos and Michoacán with 5.1% each. Sonora recorded 723 victims in the seven months. That placed it among the ten most violent states, with 4.7% of all victims nationwide.`,
      outlet: 'Diario del Yaqui',
      articleDate: '2025-08-12',
      articleAuthor: 'Redacción',
      originalTitle: 'Sonora, entre los 10 estados con más homicidios',
      url: 'https://diariodelyaqui.mx/sonora/sonora-entre-los-10-estados-con-mas-homicidios/115590',
      language: 'es',
      places: ['MX', 'MX-SON', 'MX-GUA', 'MX-CHH', 'MX-SIN', 'MX-BCN', 'MX-MEX', 'MX-MOR', 'MX-MIC'],
      topics: ['homicides-violence'],
      organizations: ['sesnsp'],
      people: [],
      metrics: [
        {
          series: 'homicide_victims',
          value: 723,
          unit: 'victims',
          place: 'MX-SON',
          periodStart: '2025-01-01',
          periodEnd: '2025-07-31',
          text: 'Sonora recorded 723 victims in the seven months.',
        },
      ],
    },
    {
      headline: 'Security cabinet reports 3.5 million fentanyl pills seized since October',
      summary: `Federal security agencies have seized about 3.5 million fentanyl pills since the Sheinbaum administration took office in October 2024, according to figures presented by the security cabinet. The cabinet also reported large quantities of other drugs and firearms seized, tens of thousands of arrests and hundreds of clandestine methamphetamine laboratories dismantled, along with cocaine intercepted at sea by the Navy.

Officials present the numbers as proof that the strategy is disrupting cartel logistics, though independent analysts point out that cumulative seizure totals say little about how much fentanyl is still reaching the United States.`,
      outlet: 'Net Noticias',
      articleDate: '2025-08-26',
      articleAuthor: 'Redacción',
      originalTitle: 'Suman 3.5 millones de pastillas de fentanilo aseguradas en la administración actual',
      url: 'https://netnoticias.mx/nacional/suman-3-5-millones-de-pastillas-de-fentanilo-aseguradas-en-administracion-actual',
      language: 'es',
      places: ['MX'],
      topics: ['drug-seizures', 'fentanyl-synthetic-drugs', 'security-policy-forces', 'arms-trafficking'],
      organizations: ['sspc', 'semar', 'sedena', 'guardia-nacional'],
      people: ['claudia-sheinbaum'],
      metrics: [
        {
          series: 'fentanyl_pills_seized',
          value: 3500000,
          unit: 'pills',
          place: 'MX',
          periodStart: '2024-10-01',
          periodEnd: '2025-08-25',
          text: 'Federal security agencies have seized about 3.5 million fentanyl pills since the Sheinbaum administration took office in October 2024, according to figures presented by the security cabinet.',
        },
      ],
    },
    {
      headline: 'Rubio and Sheinbaum launch a high-level security group in Mexico City',
      summary: `Secretary of State Marco Rubio met President Claudia Sheinbaum at the National Palace, and the two governments announced a high-level security implementation group to follow up on their commitments against drug and arms trafficking. Both sides presented the understanding as resting on mutual trust, shared responsibility and respect for sovereignty and territorial integrity.

Rubio praised Mexico's cooperation as the closest in years, while Sheinbaum reiterated that there would be no US military action on Mexican soil. Foreign Secretary Juan Ramón de la Fuente and Ambassador Ronald Johnson took part in the talks. The group is expected to meet regularly and set measurable goals on fentanyl, firearms, money laundering and border security.`,
      outlet: 'AP',
      articleDate: '2025-09-03',
      articleAuthor: null,
      originalTitle: 'Rubio and Sheinbaum agree to new security group in Mexico City visit',
      url: null,
      language: 'en',
      places: ['MX-CMX', 'MX', 'US'],
      topics: ['us-mexico-cooperation', 'arms-trafficking', 'fentanyl-synthetic-drugs', 'security-policy-forces'],
      organizations: ['state-department', 'sre'],
      people: ['marco-rubio', 'claudia-sheinbaum', 'juan-ramon-de-la-fuente', 'ronald-johnson'],
      metrics: [],
    },
    {
      headline: 'Navy officers among those arrested over a fuel-smuggling network',
      summary: `Federal authorities have arrested serving navy officers, customs officials and business people accused of running a network that brought fuel into Mexico through the ports of Tamaulipas and other states while declaring it as other products to dodge taxes, a practice known as "huachicol fiscal". The investigation grew out of the seizure in March of a tanker that had docked at Tampico, followed by raids on fuel depots in Altamira.

Navy Secretary Admiral Raymundo Morales acknowledged that members of the institution were involved and said corruption in the ranks would not be tolerated. The case is among the first under this government to reach officers inside the armed forces, and it raises questions about the control of ports and customs, which were handed to the military under the previous administration.`,
      outlet: 'Proceso',
      articleDate: '2025-09-16',
      articleAuthor: 'Redacción',
      originalTitle: 'Caen marinos, aduaneros y empresarios por red de huachicol fiscal',
      url: null,
      language: 'es',
      places: ['MX-TAM', 'MX'],
      topics: ['corruption', 'security-policy-forces'],
      organizations: ['semar', 'fgr'],
      people: ['raymundo-morales'],
      metrics: [],
    },
    {
      headline: "La Barredora's alleged leader, Tabasco's former security chief, is back in Mexico",
      summary: `Hernán Bermúdez Requena, who served as Tabasco's security secretary while Adán Augusto López Hernández was governor, was arrested in Paraguay and returned to Mexico, where he faces charges linked to La Barredora, a criminal group accused of extortion, kidnapping and fuel theft in the state. Paraguayan authorities expelled him within days of his capture and he was handed to the FGR on arrival.

The case has put pressure on López Hernández, now the ruling party's leader in the Senate, who appointed him to the post. Tabasco's homicide rate tripled in 2024, according to INEGI.`,
      outlet: 'El Universal',
      articleDate: '2025-09-18',
      articleAuthor: 'Redacción',
      originalTitle: 'Hernán Bermúdez Requena llega a México tras su captura en Paraguay',
      url: null,
      language: 'es',
      places: ['MX-TAB', 'MX'],
      topics: ['corruption', 'cartels-organized-crime', 'international-cooperation'],
      organizations: ['fgr'],
      people: ['hernan-bermudez-requena', 'adan-augusto-lopez'],
      metrics: [],
    },
    {
      headline: "Sonora's daily homicide average falls 46% in a year",
      summary: `Sonora recorded an average of 2.2 intentional-homicide victims a day in September 2025, down from 4.1 in September 2024, a fall of 46%, according to SESNSP figures reported by Expreso. The state government credits closer coordination with federal forces and operations in Cajeme and the border municipalities for the improvement.

The drop does not mean the state is calm. Ciudad Obregón, Hermosillo and the border corridor between San Luis Río Colorado and Caborca remain contested by criminal cells linked to the Sinaloa Cartel's factions, and search collectives continue to report disappearances across the state.`,
      outlet: 'Expreso',
      articleDate: '2025-10-08',
      articleAuthor: 'Redacción',
      originalTitle: 'Sonora disminuye 46% promedio diario de homicidios',
      url: 'https://www.expreso.com.mx/noticias/sonora/sonora-disminuye-46-promedio-diario-de-homicidios/240164',
      language: 'es',
      places: ['MX-SON'],
      topics: ['homicides-violence', 'disappearances', 'cartels-organized-crime'],
      organizations: ['sesnsp', 'sinaloa-cartel'],
      people: [],
      metrics: [],
    },
    {
      headline: "Leader of Michoacán's lime growers found murdered near Apatzingán",
      summary: `Bernardo Bravo, who led the association of lime growers in the Apatzingán valley, was found dead inside a vehicle, days after publicly denouncing the extortion that criminal groups impose on producers in Michoacán's Tierra Caliente. Growers have complained for years that cartels charge a fee on every kilo of fruit, fix prices and threaten anyone who refuses to pay.

The killing drew condemnation from farmers' organisations and the state government. The case shows how extortion has become one of the most disruptive crimes for agricultural supply chains in the region, where Cárteles Unidos and the CJNG have fought each other for years.`,
      outlet: 'La Jornada',
      articleDate: '2025-10-21',
      articleAuthor: 'Redacción',
      originalTitle: 'Asesinan a Bernardo Bravo, líder de productores de limón en Apatzingán',
      url: null,
      language: 'es',
      places: ['MX-MIC'],
      topics: ['homicides-violence', 'cartels-organized-crime'],
      organizations: ['carteles-unidos', 'cjng'],
      people: ['bernardo-bravo'],
      metrics: [],
    },
  ],
};

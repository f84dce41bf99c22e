import type { DemoEdition } from '../types.ts';

export const EDITION: DemoEdition = {
  slug: 'security-chatter-2024-12-04',
  title: 'Security Chatter – December 4, 2024',
  publishedOn: '2024-12-04',
  author: 'Fausto Carbajal',
  commentary: `Two months into Claudia Sheinbaum's term, the security picture is moving on two fronts at once. At home, Omar García Harfuch's cabinet is producing arrests and seizures at a pace the previous government rarely matched, and the record fentanyl haul in northern Sinaloa shows that federal forces are now willing to hit production hubs in the middle of a factional war.

Abroad, the incoming Trump team is setting its terms early: tariff threats tied to fentanyl and migration, talk of military options and a push to treat cartels as terrorists. For clients, the near-term risk is less a change on the ground than volatility in the bilateral relationship. Trade rules, border crossings and the tone of official statements may shift from one week to the next, and contingency plans should assume that they will.`,
  items: [
    {
      headline: "Harfuch's strategy lands blows on most of Mexico's large cartels in its first weeks",
      summary: `Mexico's new security cabinet, coordinated by Security Secretary Omar García Harfuch and drawing on the army, the navy and the National Guard, says its intelligence-led approach has already hit most of the country's large criminal groups, the Sinaloa Cartel and the CJNG among them. Recent arrests include Omar Félix of Los Chapitos and Zhi Dong Zhang, a Chinese citizen accused of brokering drug shipments worldwide, along with figures from Los Ardillos, Guerreros Unidos and La Familia Michoacana.

The cabinet also points to what it has taken off the market. Over 39 days of operations, forces took 42 tonnes of drugs, more than 20 tonnes of it cocaine. The haul included 390,740 fentanyl pills. Officials argue that the mix of arrests and seizures is eroding the groups' finances and logistics.`,
      outlet: 'Milenio',
      articleDate: '2024-12-01',
      articleAuthor: 'Redacción',
      originalTitle: 'Estrategia de seguridad golpea a la mayoría de los cárteles en menos de dos meses',
      url: null,
      language: 'es',
      places: ['MX', 'MX-SIN', 'MX-GRO', 'MX-MIC', 'CN'],
      topics: ['security-policy-forces', 'cartels-organized-crime', 'drug-seizures', 'fentanyl-synthetic-drugs'],
      organizations: ['sspc', 'sedena', 'semar', 'guardia-nacional', 'sinaloa-cartel', 'cjng', 'los-chapitos', 'los-ardillos', 'guerreros-unidos', 'la-familia-michoacana'],
      people: ['omar-garcia-harfuch', 'zhi-dong-zhang'],
      metrics: [
        {
          series: 'fentanyl_pills_seized',
          value: 390740,
          unit: 'pills',
          place: 'MX',
          periodStart: '2024-10-01',
          periodEnd: '2024-11-08',
          text: 'The haul included 390,740 fentanyl pills.',
        },
      ],
    },
    {
      headline: 'Record fentanyl seizure in northern Sinaloa keeps Harfuch in the state',
      summary: `Navy, army, National Guard, FGR and SSPC personnel raided properties in Ahome and Guasave, in northern Sinaloa, on 2 and 3 December and seized what the federal government called the largest fentanyl haul in the country's history. Early reports spoke of some 1,500 kilograms before the figure was revised. Officials settled on about 1,100 kilograms of fentanyl pills across the two sites.

García Harfuch said he would extend his stay in Sinaloa to coordinate the federal deployment there. The state has been gripped since September by fighting between Los Chapitos and La Mayiza, the two factions of the Sinaloa Cartel, and the operation was read as a signal that federal forces intend to go after the cartel's synthetic-drug supply chain rather than merely contain the violence.`,
      outlet: 'Infobae',
      articleDate: '2024-12-04',
      articleAuthor: 'Redacción',
      originalTitle: 'Harfuch extenderá su estancia en Sinaloa para coordinar la estrategia de seguridad',
      url: 'https://infobae.com/mexico/2024/12/04/harfuch-extendera-su-estadia-en-sinaloa-para-coordinar-estrategia-de-seguridad',
      language: 'es',
      places: ['MX-SIN'],
      topics: ['drug-seizures', 'fentanyl-synthetic-drugs', 'security-policy-forces', 'cartels-organized-crime', 'homicides-violence'],
      organizations: ['semar', 'sedena', 'guardia-nacional', 'fgr', 'sspc', 'sinaloa-cartel', 'los-chapitos', 'la-mayiza'],
      people: ['omar-garcia-harfuch'],
      metrics: [
        {
          series: 'drug_seizure_kg',
          value: 1100,
          unit: 'kg',
          place: 'MX-SIN',
          periodStart: '2024-12-02',
          periodEnd: '2024-12-03',
          dimension: 'fentanyl',
          text: 'Officials settled on about 1,100 kilograms of fentanyl pills across the two sites.',
        },
      ],
    },
    {
      headline: 'Trump advisers sketch military options against the cartels',
      summary: `President-elect Donald Trump's team is weighing what Rolling Stone describes as a "soft invasion" of Mexico aimed at the drug cartels. The options reportedly under study range from drone strikes and air raids on cartel facilities to covert special-forces missions, cyber operations, embedded military advisers and snatch operations against cartel bosses. Trump has said he could send troops if Mexico fails to stem the flow of fentanyl.

Incoming officials such as Marco Rubio and Mike Waltz are said to favour using force, as long as it can be framed as cooperation with the Mexican government. Waltz has sponsored a bill authorising military assets against the cartels, and Senator Lindsey Graham wants them listed as foreign terrorist organisations, a step that would change the legal footing of any action.`,
      outlet: 'Rolling Stone',
      articleDate: '2024-11-27',
      articleAuthor: null,
      originalTitle: "Inside the Trump team's plans for a 'soft invasion' of Mexico",
      url: null,
      language: 'en',
      places: ['MX', 'US'],
      topics: ['geopolitics', 'us-mexico-cooperation', 'cartels-organized-crime', 'terrorism-designations', 'fentanyl-synthetic-drugs'],
      organizations: [],
      people: ['donald-trump', 'marco-rubio', 'mike-waltz', 'lindsey-graham'],
      metrics: [],
    },
    {
      headline: 'Sheinbaum asks Washington and Ottawa for respect and expects to see Trump soon',
      summary: `President Claudia Sheinbaum said Mexico expects to be treated with respect by its North American partners and that she hopes to meet President-elect Donald Trump in the near future, although no date has been fixed. Her remarks followed Canadian Prime Minister Justin Trudeau's dinner with Trump, after which Ottawa implied that Canada's situation is not comparable to Mexico's. Sheinbaum said she was surprised and asked Canada not to drag Mexico into its domestic politics.

Both neighbours face Trump's threat of a 25% tariff. Sheinbaum said her call with Trump dealt with intelligence sharing within the limits of each country's sovereignty, and she again ruled out any US military action on Mexican soil. She also played down a New York Times report on cartels recruiting chemistry students to make fentanyl. Both leaders said they hoped to avoid a trade war.`,
      outlet: 'Los Angeles Times',
      articleDate: '2024-12-01',
      articleAuthor: null,
      originalTitle: "Mexico's president wants respect from U.S. and Canada and a meeting with Trump",
      url: null,
      language: 'en',
      places: ['MX', 'US', 'CA'],
      topics: ['tariffs-trade', 'geopolitics', 'us-mexico-cooperation', 'fentanyl-synthetic-drugs'],
      organizations: [],
      people: ['claudia-sheinbaum', 'donald-trump', 'justin-trudeau'],
      metrics: [],
    },
    {
      headline: "US data show why Ottawa wants distance from Mexico's border problem",
      summary: `Canada's attempt to convince the incoming Trump administration that its border is a lesser problem than Mexico's has soured relations between Ottawa and Mexico City. US figures do show a wide gap. In fiscal 2024 customs officers intercepted just 43 pounds of fentanyl on the Canadian frontier, compared with 21,100 pounds on the Mexican one. Border Patrol logged 56,530 arrests on the southern border in October alone. At the northern border it recorded 23,721 over the whole fiscal year.

Sheinbaum, who says Trump welcomed her proposal on intelligence sharing, insists US agents will not operate freely inside Mexico. Canada is promising more helicopters, drones and officers along its border, which has irritated Mexican officials who recall backing Canada in earlier trade negotiations with Trump.`,
      outlet: 'ABC News',
      articleDate: '2024-12-02',
      articleAuthor: null,
      originalTitle: 'Canada says its border is different from Mexico. Here is what the numbers show',
      url: null,
      language: 'en',
      places: ['US', 'CA', 'MX'],
      topics: ['migration-border', 'fentanyl-synthetic-drugs', 'geopolitics', 'tariffs-trade'],
      organizations: ['cbp'],
      people: ['claudia-sheinbaum', 'donald-trump'],
      metrics: [
        {
          series: 'border_encounters',
          value: 56530,
          unit: 'encounters',
          place: 'US',
          periodStart: '2024-10-01',
          periodEnd: '2024-10-31',
          text: 'Border Patrol logged 56,530 arrests on the southern border in October alone.',
        },
      ],
    },
    {
      headline: 'Caravan leaves Tapachula in a race to reach the US before the inauguration',
      summary: `Another migrant caravan, made up mostly of Venezuelans and Cubans, set out from Tapachula, Chiapas, with the aim of crossing into the United States before Donald Trump is sworn in. Participants said they feared the incoming president's promises of a border emergency and mass deportations. Trump calls irregular migration an "invasion" and has tied his threatened 25% tariff on Mexican goods to it.

President Sheinbaum, who discussed migration with Trump by phone, says caravans no longer reach the border because Mexican authorities break them up along the way. More migrants are instead requesting asylum appointments through the CBP One app. Official US figures point to a steep decline in irregular crossings. Encounters fell to 54,000 in September 2024, down from 250,000 in December 2023.`,
      outlet: 'El Economista',
      articleDate: '2024-12-02',
      articleAuthor: 'Redacción',
      originalTitle: 'Sale de Tapachula nueva caravana migrante; busca llegar a EU antes de la toma de protesta de Trump',
      url: null,
      language: 'es',
      places: ['MX-CHP', 'MX', 'US', 'VE', 'CU'],
      topics: ['migration-border', 'tariffs-trade'],
      organizations: ['cbp'],
      people: ['donald-trump', 'claudia-sheinbaum'],
      metrics: [
        {
          series: 'border_encounters',
          value: 54000,
          unit: 'encounters',
          place: 'US',
          periodStart: '2024-09-01',
          periodEnd: '2024-09-30',
          text: 'Encounters fell to 54,000 in September 2024, down from 250,000 in December 2023.',
        },
        {
          series: 'border_encounters',
          value: 250000,
          unit: 'encounters',
          place: 'US',
          periodStart: '2023-12-01',
          periodEnd: '2023-12-31',
          text: 'Encounters fell to 54,000 in September 2024, down from 250,000 in December 2023.',
        },
      ],
    },
    {
      headline: 'Meth bound for Cameroon and marijuana for the Dominican Republic seized at Veracruz',
      summary: `Customs inspectors at the Port of Veracruz, working with the FGR and the Navy, found methamphetamine concealed inside 3,840 rolls of plastic film that had been shipped from Jalisco for export to Cameroon. The load weighed 290 kilograms, and the seizure was announced on 1 December. In a separate joint inspection, officers turned up 722 kilograms and 719 grams of marijuana hidden in furniture, sent from Yucatán and addressed to the Dominican Republic.

Port director Carlos Ignacio Velázquez Tiscareño credited closer coordination among Customs, the Navy and the port's protection unit for the growing number of seizures, and said the Dominican Republic had been the most frequent destination of the shipments intercepted this year.`,
      outlet: 'Proceso',
      articleDate: '2024-12-03',
      articleAuthor: 'Redacción',
      originalTitle: 'FGR y Marina aseguran en Veracruz metanfetamina con destino a Camerún y mariguana rumbo a República Dominicana',
      url: null,
      language: 'es',
      places: ['MX-VER', 'MX-JAL', 'MX-YUC', 'CM', 'DO'],
      topics: ['drug-seizures', 'fentanyl-synthetic-drugs', 'security-policy-forces'],
      organizations: ['fgr', 'semar'],
      people: ['carlos-ignacio-velazquez-tiscareno'],
      metrics: [
        {
          series: 'drug_seizure_kg',
          value: 290,
          unit: 'kg',
          place: 'MX-VER',
          periodStart: '2024-12-01',
          periodEnd: '2024-12-01',
          dimension: 'methamphetamine',
          text: 'The load weighed 290 kilograms, and the seizure was announced on 1 December.',
        },
        {
          series: 'drug_seizure_kg',
          value: 722.719,
          unit: 'kg',
          place: 'MX-VER',
          periodStart: '2024-11-01',
          periodEnd: '2024-12-03',
          dimension: 'marijuana',
          text: 'In a separate joint inspection, officers turned up 722 kilograms and 719 grams of marijuana hidden in furniture, sent from Yucatán and addressed to the Dominican Republic.',
        },
      ],
    },
  ],
};

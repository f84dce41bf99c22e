import type { DemoEdition } from '../types.ts';

export const EDITION: DemoEdition = {
  slug: 'security-chatter-2025-03-12',
  title: 'Security Chatter – March 12, 2025',
  publishedOn: '2025-03-12',
  author: 'Fausto Carbajal',
  commentary: `The past fortnight confirmed that Mexico now negotiates security and trade as a single file. The transfer of 29 prisoners, Caro Quintero and the Treviño Morales brothers included, settled a grievance Washington had nursed for decades, yet the tariff relief it bought is temporary and conditional, running only to April 2.

The talk of a joint maximum-security prison is revealing: it concedes that Mexican prisons cannot reliably hold cartel leaders, while offering a shared fix instead of a unilateral one. At the same time Mexico is widening its circle of partners, as the letter of intent signed with Italy and UNICRI shows. We expect pressure from Washington to build again before the April deadline. Clients should treat any lull as a window to review their exposure, not as a sign that the dispute is settled.`,
  items: [
    {
      headline: 'Could the terrorist listings help Mexico on US gun trafficking?',
      summary: `Writing in Nexos, Cecilia Farfán argues that Washington's decision to brand six Mexican criminal groups as terrorists, though awkward for the relationship, could give Mexico leverage on firearms. She traces the designation partly to the previous government's insistence that fentanyl was a purely American problem, and points to a rough symmetry between the two countries' death tolls: Mexico's homicide rate is of the same order as the US rate of overdose deaths, and the worst-hit Mexican states compare with the worst-hit US states.

Since the designation outlaws material support to these groups, she reasons, Mexico can press the US on the guns that arm them, as most weapons recovered in Mexico are traced back to American manufacturers or dealers.`,
      outlet: 'Nexos',
      articleDate: '2025-03-04',
      articleAuthor: 'Cecilia Farfán',
      originalTitle: 'Terrorismo, fentanilo y armas: una oportunidad que México no debería desperdiciar',
      url: null,
      language: 'es',
      places: ['MX', 'US'],
      topics: ['terrorism-designations', 'arms-trafficking', 'fentanyl-synthetic-drugs', 'homicides-violence', 'us-mexico-cooperation'],
      organizations: [],
      people: [],
      metrics: [],
    },
    {
      headline: 'Mexico and the US weigh a joint maximum-security prison for cartel bosses',
      summary: `Officials from both countries have started to discuss a supermax facility reserved for top organised-crime leaders, according to press reports. The aim would be to cut jailed bosses off from the outside world so that they can no longer run their organisations from their cells, a recurring failure of Mexican prisons, where inmates often control entire wings.

US penitentiary specialists would advise on the design, which reportedly includes phone-signal jammers, three security perimeters, hooded guards, judges whose identities are kept secret and AI-assisted surveillance with facial recognition. Supporters in Washington present it as a cooperative way to weaken the six groups recently designated as terrorist organisations. Comparisons with El Salvador's CECOT mega-prison, opened by Nayib Bukele in 2023, are inevitable.`,
      outlet: 'El Imparcial',
      articleDate: '2025-03-06',
      articleAuthor: 'Jairo Vázquez',
      originalTitle: 'México y EU evalúan una cárcel de máxima seguridad exclusiva para capos',
      url: null,
      language: 'es',
      places: ['MX', 'US', 'SV'],
      topics: ['prisons', 'us-mexico-cooperation', 'terrorism-designations', 'security-policy-forces'],
      organizations: [],
      people: ['nayib-bukele'],
      metrics: [],
    },
    {
      headline: 'Harfuch and FBI chief Patel meet after the transfer of 29 prisoners',
      summary: `FBI Director Kash Patel received Mexican Security Secretary Omar García Harfuch at the bureau's headquarters in Washington and the two discussed the recent transfer of 29 organised-crime figures. The prisoners were moved by Mexican special forces and flown on Mexican Air Force planes.

Among them was Rafael Caro Quintero, captured in Sinaloa in 2022 and sought for the killing of DEA agent Enrique Camarena in 1985, as well as the Zetas bosses Miguel Ángel and Omar Treviño Morales, whose cases had been stuck since their arrests in 2013 and 2015. Harfuch travelled with Foreign Secretary Juan Ramón de la Fuente for talks on security and trade.`,
      outlet: 'Proceso',
      articleDate: '2025-03-07',
      articleAuthor: 'Redacción',
      originalTitle: 'Harfuch se reúne con Kash Patel en la sede del FBI tras el envío de 29 capos',
      url: null,
      language: 'es',
      places: ['US', 'MX', 'MX-SIN'],
      topics: ['extraditions-transfers', 'us-mexico-cooperation', 'cartels-organized-crime'],
      organizations: ['fbi', 'sspc', 'dea', 'los-zetas', 'guadalajara-cartel'],
      people: ['kash-patel', 'omar-garcia-harfuch', 'rafael-caro-quintero', 'enrique-camarena', 'miguel-angel-trevino-morales', 'omar-trevino-morales', 'juan-ramon-de-la-fuente'],
      metrics: [],
    },
    {
      headline: 'Mexico signs a letter of intent with Italy and UNICRI against organised crime',
      summary: `Mexico's Security Ministry (SSPC) and the Italian justice ministry have signed a letter of intent with UNICRI, the UN's research institute on crime and justice, to join forces against transnational organised crime. The document covers prison management, the exchange of information and the design of security strategies, and is meant to lead to a full memorandum of understanding within months.

Italy's deputy justice minister offered to share his country's long experience against the mafia, noting that Italian clans do business with Mexican cartels. Both sides committed to new crime-prevention policies, exchanges of good practice and the promotion of a culture of legality, and described the letter as a first step towards broader bilateral cooperation.`,
      outlet: 'Excélsior',
      articleDate: '2025-03-08',
      articleAuthor: 'Raúl Flores',
      originalTitle: 'Firma México e Italia acuerdo de seguridad',
      url: null,
      language: 'es',
      places: ['MX', 'IT'],
      topics: ['international-cooperation', 'prisons', 'cartels-organized-crime'],
      organizations: ['sspc', 'unicri'],
      people: [],
      metrics: [],
    },
    {
      headline: 'Insecurity shapes how women in northern Mexico order their meals',
      summary: `According to the delivery platform DiDi Food, women became one of its most important customer groups in 2024, with orders that lean towards coffee, salads, desserts, and Mexican and Asian dishes. The company's figures have not been published in full.

The geography is the more revealing part. By the platform's account, the cities where women place the largest share of orders are mostly in the north, among them Culiacán, Ciudad Victoria, Torreón and Navojoa. The article suggests that in cities marked by violence, ordering in is not only a convenience but also a way to avoid going out, a small example of how insecurity quietly changes consumer behaviour.`,
      outlet: 'El Economista',
      articleDate: '2025-03-08',
      articleAuthor: 'Diego López',
      originalTitle: 'Delivery y seguridad: por qué ellas prefieren pedir comida a domicilio',
      url: null,
      language: 'es',
      places: ['MX-SIN', 'MX-TAM', 'MX-COA', 'MX-SON'],
      topics: ['homicides-violence'],
      organizations: [],
      people: [],
      metrics: [],
    },
    {
      headline: 'Noem says Mexico and Canada know what it takes to avoid new tariffs',
      summary: `US Homeland Security Secretary Kristi Noem told CBS News that Mexico and Canada understand what Washington expects of them if they want to escape further tariffs. Her comments came after President Trump postponed until April 2 most of the duties that had taken effect on 4 March on goods traded under the USMCA.

Noem listed access to criminal-records databases, help in flagging suspicious parcels and investment in detection technology among the US demands, and welcomed Canada's appointment of a fentanyl czar. Fentanyl, she said, remains the core reason for the tariffs. Commerce Secretary Howard Lutnick added that the April measures would be "reciprocal" duties aimed at wider trade imbalances. Noem also promised more polygraph tests for DHS staff after alleged leaks about immigration raids.`,
      outlet: 'El Universal',
      articleDate: '2025-03-09',
      articleAuthor: 'Redacción',
      originalTitle: 'Noem: México y Canadá saben qué hacer para librarse de nuevos aranceles',
      url: null,
      language: 'es',
      places: ['US', 'MX', 'CA'],
      topics: ['tariffs-trade', 'fentanyl-synthetic-drugs', 'us-mexico-cooperation', 'migration-border'],
      organizations: ['dhs'],
      people: ['kristi-noem', 'donald-trump', 'howard-lutnick'],
      metrics: [],
    },
  ],
};

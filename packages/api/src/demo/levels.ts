/**
 * The demo's risk ratings: how the demo analyst rated the states (and one city) over the demo period, December
 * 2024 – January 2026, revised with each edition and citing its items as evidence. Written for the demo; every
 * row is stored with demo = true so the UI tags it as demo data, never as the firm's view.
 *
 * Sinaloa ends at high overall, and Culiacán is rated on its own for violence only (extreme): end-to-end tests
 * raise Sinaloa's overall level to extreme and expect the demo client's Culiacán site to follow the state.
 */
import type { Database, Kysely } from '@atalaya/db';
import type { RiskCategory, RiskLevel } from '@atalaya/domain';
import { createAssessment } from '../services/levels.ts';

export interface DemoRating {
  scope: string;
  category: RiskCategory;
  level: RiskLevel;
  /** YYYY-MM-DD; the date of the edition whose items prompted the review. */
  effectiveOn: string;
  /** Headlines of demo items cited as evidence, none dated after `effectiveOn`. */
  evidence: readonly string[];
  en: string;
  /** Null on purpose for a couple of rows: the UI shows that the Spanish rationale is still missing. */
  es: string | null;
}

// Headlines of the demo items the ratings cite (see ./editions/).
const ITEM = {
  harfuchStrategy: "Harfuch's strategy lands blows on most of Mexico's large cartels in its first weeks",
  sinaloaFentanyl: 'Record fentanyl seizure in northern Sinaloa keeps Harfuch in the state',
  veracruzMeth: 'Meth bound for Cameroon and marijuana for the Dominican Republic seized at Veracruz',
  zacatecasFall: 'Zacatecas reports a steep fall in murders through November',
  deportees: 'Mexico readies reception centres for deportees as Trump shuts CBP One',
  sesnsp2024: 'SESNSP closes 2024 with slightly more homicide victims than the year before',
  tariffPause: 'Trump pauses the 25% tariff on Mexico for a month after a call with Sheinbaum',
  culiacanWar: 'Culiacán adapts to life in the middle of the Chapitos–Mayiza war',
  terroristListing: 'Washington formally lists six Mexican cartels as foreign terrorist organisations',
  transfer29: 'Mexico sends 29 cartel figures to the US, Caro Quintero among them',
  teuchitlan: 'Teuchitlán ranch puts forced recruitment and disappearances back at the centre',
  drones: 'Army fentanyl seizures climb in early 2025, Defensa reports',
  peaceIndex: "Peace Index ranks Colima as Mexico's least peaceful state in 2024",
  capitalAides: "Two close aides to Mexico City's mayor shot dead in Benito Juárez",
  sinaloaJune: "June was Sinaloa's deadliest month since the cartel war began",
  inegiRanking: "Colima, Morelos and Baja California top INEGI's 2024 homicide ranking",
  dailyJuly: 'Daily homicide average falls to 64.9 in July as a few states carry the load',
  navyFuel: 'Navy officers among those arrested over a fuel-smuggling network',
  barredora: "La Barredora's alleged leader, Tabasco's former security chief, is back in Mexico",
  sonoraFall: "Sonora's daily homicide average falls 46% in a year",
  limeGrowers: "Leader of Michoacán's lime growers found murdered near Apatzingán",
  inegiDefinitive: "INEGI's definitive count puts 2024 homicides at 33,550",
  uruapan: "Uruapan mayor's murder prompts a federal plan for Michoacán",
  armyMeth: 'Army meth seizures more than double in 2025; Sinaloa, Baja California and Sonora lead',
  badiraguato: 'FBI fugitive, Interpol target and Beltrán Leyva cell leader detained in four days',
  transfer37: 'Mexico sends 37 more cartel operatives to the US; the total reaches 92',
} as const;

/** Oldest first: the order they were written in. */
export const DEMO_RATINGS: readonly DemoRating[] = [
  // ── 4 December 2024: first ratings ──────────────────────────────────────────────────────────────
  {
    scope: 'MX-SIN',
    category: 'overall',
    level: 3,
    effectiveOn: '2024-12-04',
    evidence: [ITEM.harfuchStrategy, ITEM.sinaloaFentanyl],
    en: 'The war between Los Chapitos and La Mayiza, under way since September, is fought mainly in Culiacán and the municipalities around it. Elsewhere in the state business goes on with precautions, and the federal deployment keeps growing, as the record fentanyl raids in Ahome and Guasave show. Elevated for the state as a whole; violence in Culiacán is rated on its own.',
    es: 'La guerra entre Los Chapitos y La Mayiza, iniciada en septiembre, se libra sobre todo en Culiacán y en los municipios vecinos. En el resto del estado la actividad sigue con precauciones y el despliegue federal no deja de crecer, como muestran los operativos récord contra el fentanilo en Ahome y Guasave. Elevado para el estado en conjunto; la violencia en Culiacán se califica por separado.',
  },
  {
    scope: 'MX-SIN/culiacan',
    category: 'violence',
    level: 4,
    effectiveOn: '2024-12-04',
    evidence: [ITEM.sinaloaFentanyl],
    en: 'The state capital is the main battleground of the Sinaloa Cartel’s internal war: shootouts, roadblocks and disappearances in residential districts, often without warning. Rated on its own, apart from the rest of the state; keep staff movements to essential trips in daylight.',
    es: 'La capital del estado es el principal frente de la guerra interna del Cártel de Sinaloa: balaceras, bloqueos y desapariciones en zonas residenciales, muchas veces sin aviso. Se califica por separado del resto del estado; limitar los traslados del personal a lo indispensable y a horas de luz.',
  },
  {
    scope: 'MX-GRO',
    category: 'overall',
    level: 4,
    effectiveOn: '2024-12-04',
    evidence: [ITEM.harfuchStrategy],
    en: 'Los Ardillos, Guerreros Unidos and La Familia Michoacana divide much of the state between them and lean on transport, commerce and local politics. The first federal arrests have not changed who controls the roads of the central region.',
    es: 'Los Ardillos, Guerreros Unidos y La Familia Michoacana se reparten buena parte del estado y presionan al transporte, al comercio y a la política local. Las primeras detenciones federales no han cambiado quién controla los caminos de la región centro.',
  },
  {
    scope: 'MX-GRO',
    category: 'kidnap-extortion',
    level: 4,
    effectiveOn: '2024-12-04',
    evidence: [ITEM.harfuchStrategy],
    en: 'Charging fees to transport operators and shopkeepers is the main income of the groups that dominate the state; refusing to pay leads to attacks on vehicles and premises. Kidnapping of local business people remains a risk outside Acapulco’s tourist zone.',
    es: 'El cobro de cuotas a transportistas y comerciantes es la principal fuente de ingresos de los grupos que dominan el estado; negarse a pagar trae ataques a vehículos y locales. El secuestro de empresarios locales sigue siendo un riesgo fuera de la zona turística de Acapulco.',
  },
  {
    scope: 'MX-MIC',
    category: 'overall',
    level: 4,
    effectiveOn: '2024-12-04',
    evidence: [ITEM.harfuchStrategy],
    en: 'The CJNG, Cárteles Unidos and La Familia Michoacana contest Tierra Caliente and the avocado and lime regions. Federal operations are frequent but have not broken the groups’ hold on local economies.',
    es: 'El CJNG, Cárteles Unidos y La Familia Michoacana se disputan Tierra Caliente y las regiones aguacatera y limonera. Los operativos federales son frecuentes, pero no han roto el control de los grupos sobre las economías locales.',
  },
  {
    scope: 'MX-MIC',
    category: 'kidnap-extortion',
    level: 4,
    effectiveOn: '2024-12-04',
    evidence: [ITEM.harfuchStrategy],
    en: 'Producers, packers and hauliers of avocado and lime pay per kilo or per truck to the group that controls their area. Companies sourcing from Michoacán should expect their suppliers to be paying.',
    es: 'Productores, empacadoras y transportistas de aguacate y limón pagan por kilo o por camión al grupo que controla su zona. Las empresas que compran en Michoacán deben suponer que sus proveedores están pagando.',
  },
  {
    scope: 'MX-JAL',
    category: 'overall',
    level: 3,
    effectiveOn: '2024-12-04',
    evidence: [ITEM.veracruzMeth],
    en: 'Jalisco is the CJNG’s home ground. Guadalajara’s business districts work normally, but the state is a hub for making and shipping synthetic drugs, as the meth load sent from Jalisco to the port of Veracruz shows, and violence flares where rivals contest the outskirts.',
    es: 'Jalisco es la base del CJNG. Las zonas de negocios de Guadalajara funcionan con normalidad, pero el estado es un centro de producción y envío de drogas sintéticas, como muestra el cargamento de metanfetamina enviado de Jalisco al puerto de Veracruz, y la violencia repunta donde los rivales se disputan la periferia.',
  },

  // ── 28 February 2025: the war spreads; the border and the tariff truce ─────────────────────────────
  {
    scope: 'MX-SIN',
    category: 'overall',
    level: 4,
    effectiveOn: '2025-02-28',
    evidence: [ITEM.culiacanWar, ITEM.terroristListing],
    en: 'Raised to high. Five months on, the factional war shows no sign of ending: fighting has spread from Culiacán to neighbouring municipalities, roadblocks reach the highways and repeated federal reinforcements have not restored control. The US terrorist listing of the Sinaloa Cartel adds legal exposure for anyone who pays local intermediaries.',
    es: 'Se eleva a alto. Cinco meses después, la guerra entre facciones no da señales de terminar: los combates se extendieron de Culiacán a los municipios vecinos, los bloqueos llegan a las carreteras y los sucesivos refuerzos federales no han restablecido el control. La designación del Cártel de Sinaloa como organización terrorista por EE. UU. añade riesgo legal para quien pague a intermediarios locales.',
  },
  {
    scope: 'MX-SIN',
    category: 'violence',
    level: 4,
    effectiveOn: '2025-02-28',
    evidence: [ITEM.culiacanWar],
    en: 'Killings, disappearances and the discovery of bodies are reported almost daily, with schools and shops closing on the worst days.',
    es: 'Se reportan casi a diario asesinatos, desapariciones y hallazgos de cuerpos; en los peores días cierran escuelas y comercios.',
  },
  {
    scope: 'MX-SIN',
    category: 'road-cargo',
    level: 4,
    effectiveOn: '2025-02-28',
    evidence: [ITEM.culiacanWar],
    en: 'Blockades with burning vehicles and armed checkpoints appear on the highways around Culiacán at short notice. Plan routes around the city, avoid night driving and keep drivers in contact with dispatch.',
    es: 'Los bloqueos con vehículos incendiados y los retenes armados aparecen sin aviso en las carreteras alrededor de Culiacán. Planear rutas que eviten la ciudad, no circular de noche y mantener a los choferes en contacto con el despacho.',
  },
  {
    scope: 'MX-SIN',
    category: 'kidnap-extortion',
    level: 4,
    effectiveOn: '2025-02-28',
    evidence: [ITEM.culiacanWar],
    en: 'Forced disappearances have multiplied with the war, and both factions squeeze local businesses to pay for it.',
    es: 'Las desapariciones forzadas se han multiplicado con la guerra, y ambas facciones presionan a los negocios locales para financiarla.',
  },
  {
    scope: 'MX-TAM',
    category: 'overall',
    level: 4,
    effectiveOn: '2025-02-28',
    evidence: [ITEM.terroristListing, ITEM.transfer29, ITEM.deportees],
    en: 'Factions of the Cártel del Noreste and the Gulf Cartel, both now listed by Washington as terrorist organisations, dominate the border cities and the roads between them. Sending the Treviño Morales brothers to the US removes old leaders, not the structures under them. Deportees arriving in Nuevo Laredo and Reynosa add pressure on cities where migrants are frequent victims of kidnapping.',
    es: 'Facciones del Cártel del Noreste y del Cártel del Golfo, ambas designadas ahora por Washington como organizaciones terroristas, dominan las ciudades fronterizas y las carreteras que las unen. El envío de los hermanos Treviño Morales a EE. UU. retira a viejos líderes, no a las estructuras que dejaron. La llegada de deportados a Nuevo Laredo y Reynosa presiona a ciudades donde los migrantes son víctimas frecuentes de secuestro.',
  },
  {
    scope: 'MX-TAM',
    category: 'road-cargo',
    level: 5,
    effectiveOn: '2025-02-28',
    evidence: [ITEM.terroristListing, ITEM.deportees, ITEM.tariffPause],
    en: 'Extreme on the Nuevo Laredo corridor, the busiest land route for trade with the US: the groups that hold it extort carriers, set up checkpoints and steal loads, and the road to Monterrey runs through their territory. Move freight in daylight, in convoys, with tracking and agreed stops; each new tariff or border measure raises the value of what crosses.',
    es: 'Extremo en el corredor de Nuevo Laredo, la ruta terrestre con más comercio hacia EE. UU.: los grupos que lo controlan extorsionan a los transportistas, instalan retenes y roban cargas, y la carretera a Monterrey cruza su territorio. Mover la carga de día, en convoy, con rastreo y paradas acordadas; cada nuevo arancel o medida fronteriza aumenta el valor de lo que cruza.',
  },
  {
    scope: 'MX-SON',
    category: 'overall',
    level: 3,
    effectiveOn: '2025-02-28',
    evidence: [ITEM.tariffPause],
    en: 'Cells tied to the two Sinaloa Cartel factions contest the south of the state and the border strip; Hermosillo and its manufacturing belt work normally with precautions. The National Guard troops sent to the northern border under the tariff truce add federal presence at the crossings.',
    es: 'Células ligadas a las dos facciones del Cártel de Sinaloa se disputan el sur del estado y la franja fronteriza; Hermosillo y su zona manufacturera funcionan con normalidad y precauciones. La Guardia Nacional enviada a la frontera norte por la tregua arancelaria suma presencia federal en los cruces.',
  },
  {
    scope: 'MX-NLE',
    category: 'overall',
    level: 2,
    effectiveOn: '2025-02-28',
    evidence: [ITEM.sesnsp2024],
    en: 'Monterrey and its industrial parks operate normally. The state passed 1,500 homicide victims in 2024, but the violence stays mostly away from business districts; the exposed stretch is the highway towards Tamaulipas.',
    es: 'Monterrey y sus parques industriales operan con normalidad. El estado superó las 1,500 víctimas de homicidio en 2024, pero la violencia se mantiene en general lejos de las zonas de negocios; el tramo expuesto es la carretera hacia Tamaulipas.',
  },
  {
    scope: 'MX-NLE',
    category: 'violence',
    level: 3,
    effectiveOn: '2025-02-28',
    evidence: [ITEM.sesnsp2024],
    en: 'Homicides remain high in absolute terms, among the most in the country, mostly in disputes between cells in the metropolitan periphery.',
    es: 'Los homicidios siguen altos en números absolutos, entre los más del país, sobre todo por disputas entre células en la periferia metropolitana.',
  },
  {
    scope: 'MX-GUA',
    category: 'overall',
    level: 4,
    effectiveOn: '2025-02-28',
    evidence: [ITEM.sesnsp2024],
    en: 'Guanajuato had more homicide victims than any other state in 2024. The fighting between rival groups runs through the Bajío industrial corridor, and attacks on police and bars in its cities are common.',
    es: 'Guanajuato tuvo más víctimas de homicidio que cualquier otro estado en 2024. La pugna entre grupos rivales atraviesa el corredor industrial del Bajío, y los ataques a policías y bares en sus ciudades son frecuentes.',
  },
  {
    scope: 'MX-GUA',
    category: 'violence',
    level: 5,
    effectiveOn: '2025-02-28',
    evidence: [ITEM.sesnsp2024],
    en: 'Extreme: 3,151 victims of intentional homicide in 2024 by SESNSP’s count, the most in the country, year after year.',
    es: 'Extremo: 3,151 víctimas de homicidio doloso en 2024 según el SESNSP, la cifra más alta del país, año tras año.',
  },
  {
    scope: 'MX-ZAC',
    category: 'overall',
    level: 3,
    effectiveOn: '2025-02-28',
    evidence: [ITEM.zacatecasFall],
    en: 'Rated elevated, a step below the US advisory’s “do not travel”: murders have fallen to about half their 2023 level, although outlets disagree on the exact totals. The highways to the north and the border with Jalisco remain contested; the cities work normally with precautions.',
    es: 'Se califica como elevado, un escalón por debajo del “no viajar” del aviso de EE. UU.: los homicidios bajaron a cerca de la mitad de su nivel de 2023, aunque los medios no coinciden en las cifras exactas. Las carreteras hacia el norte y el límite con Jalisco siguen en disputa; las ciudades funcionan con normalidad y precauciones.',
  },

  // ── 18 June 2025: Teuchitlán, the capital, the drones ──────────────────────────────────────────────
  {
    scope: 'MX-JAL',
    category: 'overall',
    level: 4,
    effectiveOn: '2025-06-18',
    evidence: [ITEM.teuchitlan],
    en: 'Raised to high. The Teuchitlán ranch revealed recruitment by force and deceit on a large scale, and disappearances around Guadalajara continue. Warn staff and contractors about fake job offers used as bait.',
    es: 'Se eleva a alto. El rancho de Teuchitlán reveló el reclutamiento por la fuerza y el engaño a gran escala, y las desapariciones en torno a Guadalajara continúan. Advertir al personal y a los contratistas sobre ofertas de empleo falsas usadas como anzuelo.',
  },
  {
    scope: 'MX-JAL',
    category: 'kidnap-extortion',
    level: 4,
    effectiveOn: '2025-06-18',
    evidence: [ITEM.teuchitlan],
    en: 'Young job seekers are lured with false offers and held against their will; the state has one of the longest lists of people registered as missing.',
    es: 'Se atrae a jóvenes que buscan empleo con ofertas falsas y se les retiene contra su voluntad; el estado tiene una de las listas más largas de personas registradas como desaparecidas.',
  },
  {
    scope: 'MX-CMX',
    category: 'overall',
    level: 2,
    effectiveOn: '2025-06-18',
    evidence: [ITEM.capitalAides],
    en: 'Moderate: business districts operate normally and most crime is opportunistic. The daylight killing of two of the mayor’s closest aides in Benito Juárez shows that targeted attacks can reach the capital.',
    es: 'Moderado: las zonas de negocios operan con normalidad y la mayor parte de los delitos son oportunistas. El asesinato a plena luz del día de dos colaboradores cercanos de la jefa de Gobierno en Benito Juárez muestra que los ataques dirigidos pueden llegar a la capital.',
  },
  {
    scope: 'MX-CMX',
    category: 'unrest-political',
    level: 3,
    effectiveOn: '2025-06-18',
    evidence: [ITEM.capitalAides],
    en: 'The attack on the mayor’s team raises the risk for officials and for those who meet them; expect tighter security around government buildings and events.',
    es: 'El ataque al equipo de la jefa de Gobierno eleva el riesgo para los funcionarios y para quienes se reúnen con ellos; habrá más seguridad en torno a edificios y actos de gobierno.',
  },
  {
    scope: 'MX-MIC',
    category: 'violence',
    level: 5,
    effectiveOn: '2025-06-18',
    evidence: [ITEM.drones],
    en: 'Extreme in Tierra Caliente: armed groups drop explosives from drones as a matter of routine and fight for territory with heavy weapons.',
    es: 'Extremo en Tierra Caliente: los grupos armados lanzan explosivos desde drones de forma habitual y se disputan el territorio con armas de alto poder.',
  },
  {
    scope: 'MX-GRO',
    category: 'violence',
    level: 4,
    effectiveOn: '2025-06-18',
    evidence: [ITEM.drones],
    en: 'Explosive drones have reached the sierra of Guerrero as well, and clashes between groups displace rural communities.',
    es: 'Los drones con explosivos también llegaron a la sierra de Guerrero, y los enfrentamientos entre grupos desplazan a comunidades rurales.',
  },
  {
    scope: 'MX-COL',
    category: 'overall',
    level: 4,
    effectiveOn: '2025-06-18',
    evidence: [ITEM.peaceIndex],
    en: 'Colima has the highest homicide rate in the country by a wide margin. The port of Manzanillo is a prize for the groups that fight over it; port operations continue, but staff in the city need strict precautions.',
    es: 'Colima tiene la tasa de homicidios más alta del país, con amplio margen. El puerto de Manzanillo es un botín para los grupos que se lo disputan; las operaciones portuarias continúan, pero el personal en la ciudad necesita precauciones estrictas.',
  },
  {
    scope: 'MX-COL',
    category: 'violence',
    level: 5,
    effectiveOn: '2025-06-18',
    evidence: [ITEM.peaceIndex],
    en: 'Extreme: more than 100 homicides per 100,000 inhabitants in 2024 on the Peace Index’s count.',
    es: 'Extremo: más de 100 homicidios por cada 100,000 habitantes en 2024 según el Índice de Paz.',
  },
  {
    scope: 'MX-ZAC',
    category: 'overall',
    level: 3,
    effectiveOn: '2025-06-18',
    evidence: [ITEM.peaceIndex],
    en: 'Reviewed and kept at elevated: the improvement holds, and Zacatecas no longer ranks among the states the Peace Index singles out as the most violent.',
    es: 'Revisado y sin cambio en elevado: la mejora se sostiene y Zacatecas ya no figura entre los estados que el Índice de Paz señala como los más violentos.',
  },

  // ── 13 August 2025: Culiacán extreme; the 2024 homicide ranking ────────────────────────────────────
  {
    scope: 'MX-SIN/culiacan',
    category: 'violence',
    level: 5,
    effectiveOn: '2025-08-13',
    evidence: [ITEM.sinaloaJune],
    en: 'Raised to extreme. June was the deadliest month of the war and Culiacán remains its centre: attacks on police, burned vehicles and bodies left by the roadside, with businesses closing. Essential travel only, with security support; expect closures at short notice.',
    es: 'Se eleva a extremo. Junio fue el mes más violento de la guerra y Culiacán sigue siendo su epicentro: ataques a policías, vehículos quemados y cuerpos abandonados en las carreteras, con negocios que cierran. Solo viajes indispensables y con apoyo de seguridad; prever cierres sin aviso.',
  },
  {
    scope: 'MX-SIN',
    category: 'violence',
    level: 4,
    effectiveOn: '2025-08-13',
    evidence: [ITEM.sinaloaJune, ITEM.inegiRanking],
    en: 'Reviewed and kept at high for the state: 207 homicides in June, the worst month since the war began, and a 2024 rate that rose from 21 to 33 per 100,000 (INEGI), most of it in and around Culiacán, now rated extreme on its own.',
    es: 'Revisado y sin cambio en alto para el estado: 207 homicidios en junio, el peor mes desde que empezó la guerra, y una tasa de 2024 que subió de 21 a 33 por cada 100,000 habitantes (INEGI), sobre todo en Culiacán y sus alrededores, que ahora se califica por separado como extremo.',
  },
  {
    scope: 'MX-SIN',
    category: 'overall',
    level: 4,
    effectiveOn: '2025-08-13',
    evidence: [ITEM.sinaloaJune, ITEM.inegiRanking],
    en: 'Reviewed and kept at high for the state. The worst of the war is concentrated in Culiacán, whose violence is now rated extreme on its own; Los Mochis, Guasave and Mazatlán feel the spillover, but business continues there with precautions.',
    es: 'Revisado y sin cambio en alto para el estado. Lo peor de la guerra se concentra en Culiacán, cuya violencia ahora se califica por separado como extrema; Los Mochis, Guasave y Mazatlán resienten los efectos, pero la actividad sigue allí con precauciones.',
  },
  {
    scope: 'MX-SON',
    category: 'violence',
    level: 4,
    effectiveOn: '2025-08-13',
    evidence: [ITEM.dailyJuly],
    en: 'Sonora counted 723 homicide victims between January and July, which puts it among the ten most violent states, with Cajeme and the border corridor the worst affected.',
    es: 'Sonora sumó 723 víctimas de homicidio entre enero y julio, lo que lo coloca entre los diez estados más violentos, con Cajeme y el corredor fronterizo como las zonas más afectadas.',
  },
  {
    scope: 'MX-TAB',
    category: 'overall',
    level: 3,
    effectiveOn: '2025-08-13',
    evidence: [ITEM.inegiRanking],
    en: 'Tabasco’s homicide rate tripled in 2024, from 11 to 33 per 100,000 (INEGI), the steepest rise in the country, driven by extortion and fuel theft around Villahermosa.',
    es: 'La tasa de homicidios de Tabasco se triplicó en 2024, de 11 a 33 por cada 100,000 habitantes (INEGI), el mayor aumento del país, impulsado por la extorsión y el robo de combustible en torno a Villahermosa.',
  },
  {
    scope: 'MX-BCN',
    category: 'overall',
    level: 4,
    effectiveOn: '2025-08-13',
    evidence: [ITEM.inegiRanking, ITEM.sesnsp2024],
    en: 'Baja California had the third-highest homicide rate in 2024, 65 per 100,000, with Tijuana carrying most of it. The maquiladora zones work normally; street-level drug disputes drive the killings.',
    es: 'Baja California tuvo la tercera tasa de homicidios más alta en 2024, 65 por cada 100,000 habitantes, concentrada sobre todo en Tijuana. Las zonas maquiladoras funcionan con normalidad; las disputas por el narcomenudeo explican los asesinatos.',
  },
  {
    scope: 'MX-CHH',
    category: 'overall',
    level: 4,
    effectiveOn: '2025-08-13',
    evidence: [ITEM.inegiRanking],
    en: 'Chihuahua’s homicide rate of 60 per 100,000 in 2024 sits among the five highest; Ciudad Juárez and the sierra are the most exposed areas.',
    es: 'La tasa de homicidios de Chihuahua, 60 por cada 100,000 habitantes en 2024, está entre las cinco más altas; Ciudad Juárez y la sierra son las zonas más expuestas.',
  },

  // ── 22 October 2025: Sonora improves; extortion in Michoacán; officials in the dock ───────────────
  {
    scope: 'MX-SON',
    category: 'violence',
    level: 3,
    effectiveOn: '2025-10-22',
    evidence: [ITEM.sonoraFall],
    en: 'Lowered to elevated: the daily homicide average fell by 46% between September 2024 and September 2025 (SESNSP). Cajeme and the border corridor remain contested.',
    es: 'Se reduce a elevado: el promedio diario de homicidios cayó 46% entre septiembre de 2024 y septiembre de 2025 (SESNSP). Cajeme y el corredor fronterizo siguen en disputa.',
  },
  {
    scope: 'MX-SON',
    category: 'overall',
    level: 3,
    effectiveOn: '2025-10-22',
    evidence: [ITEM.sonoraFall, ITEM.dailyJuly],
    en: 'Reviewed and kept at elevated. Killings are falling, but the south of the state and the corridor between San Luis Río Colorado and Caborca are still contested and disappearances continue. Hermosillo works normally with precautions.',
    es: null,
  },
  {
    scope: 'MX-MIC',
    category: 'kidnap-extortion',
    level: 5,
    effectiveOn: '2025-10-22',
    evidence: [ITEM.limeGrowers],
    en: 'Raised to extreme. The murder of the lime growers’ leader days after he denounced extortion shows that fees on produce are enforced by killing. Any business buying from or working in Tierra Caliente should assume it will be asked to pay.',
    es: 'Se eleva a extremo. El asesinato del líder de los limoneros, días después de denunciar la extorsión, muestra que las cuotas sobre la producción se imponen matando. Toda empresa que compre u opere en Tierra Caliente debe suponer que le exigirán pagar.',
  },
  {
    scope: 'MX-TAB',
    category: 'unrest-political',
    level: 4,
    effectiveOn: '2025-10-22',
    evidence: [ITEM.barredora],
    en: 'The case against the former security chief accused of leading La Barredora reaches into the political circle of the ruling party’s Senate leader. Expect turnover among police and prosecutors, and political tension while the case lasts.',
    es: 'El proceso contra el exsecretario de Seguridad señalado como líder de La Barredora alcanza al círculo político del coordinador del partido gobernante en el Senado. Habrá relevos en policías y fiscalía, y tensión política mientras dure el caso.',
  },
  {
    scope: 'MX-TAM',
    category: 'unrest-political',
    level: 3,
    effectiveOn: '2025-10-22',
    evidence: [ITEM.navyFuel],
    en: 'The fuel-smuggling case reaches serving navy officers and customs officials at the ports of Tamaulipas. Expect more inspections and delays at customs while it unfolds, and close scrutiny of firms that import fuel.',
    es: 'El caso de contrabando de combustible alcanza a marinos en activo y a funcionarios aduanales en los puertos de Tamaulipas. Habrá más revisiones y demoras en las aduanas mientras avanza, y un escrutinio estrecho de las empresas que importan combustible.',
  },

  // ── 21 January 2026: the third transfer; Michoacán after Uruapan ──────────────────────────────────
  {
    scope: 'MX-MIC',
    category: 'unrest-political',
    level: 4,
    effectiveOn: '2026-01-21',
    evidence: [ITEM.uruapan],
    en: 'The murder of Uruapan’s mayor in the main square set off protests across the state. The federal plan adds troops and programmes, but local officials who confront the cartels remain targets.',
    es: null,
  },
  {
    scope: 'MX-SIN',
    category: 'overall',
    level: 4,
    effectiveOn: '2026-01-21',
    evidence: [ITEM.badiraguato, ITEM.armyMeth],
    en: 'Reviewed and kept at high. Sixteen months into the war, federal forces keep hitting cells across the state, Badiraguato included, and Sinaloa is among the states with the largest army drug seizures, but the fighting has not ended. Violence in Culiacán stays rated extreme.',
    es: 'Revisado y sin cambio en alto. A dieciséis meses del inicio de la guerra, las fuerzas federales siguen golpeando a células en todo el estado, Badiraguato incluido, y Sinaloa está entre los estados con mayores decomisos del Ejército, pero los combates no han terminado. La violencia en Culiacán sigue calificada como extrema.',
  },
  {
    scope: 'MX-GUA',
    category: 'violence',
    level: 5,
    effectiveOn: '2026-01-21',
    evidence: [ITEM.inegiDefinitive],
    en: 'Reviewed and kept at extreme: INEGI’s definitive count gives Guanajuato 4,035 homicides in 2024, the most of any state.',
    es: 'Revisado y sin cambio en extremo: el conteo definitivo del INEGI atribuye a Guanajuato 4,035 homicidios en 2024, más que a ningún otro estado.',
  },
  {
    scope: 'MX-TAM',
    category: 'overall',
    level: 4,
    effectiveOn: '2026-01-21',
    evidence: [ITEM.transfer37],
    en: 'Reviewed and kept at high. Sending a Cártel del Noreste figure to the US may open a succession fight in the border cells; watch Nuevo Laredo in the coming weeks.',
    es: 'Revisado y sin cambio en alto. El envío de una figura del Cártel del Noreste a EE. UU. puede abrir una disputa por la sucesión en las células fronterizas; vigilar Nuevo Laredo en las próximas semanas.',
  },
  {
    scope: 'MX-NLE',
    category: 'overall',
    level: 2,
    effectiveOn: '2026-01-21',
    evidence: [ITEM.transfer37],
    en: 'Reviewed and kept at moderate. The Cártel del Noreste’s cells around Monterrey may react to the transfer of one of its figures; no effect on business districts so far.',
    es: 'Revisado y sin cambio en moderado. Las células del Cártel del Noreste en torno a Monterrey podrían reaccionar al envío de una de sus figuras; por ahora sin efecto en las zonas de negocios.',
  },
  {
    scope: 'MX-BCN',
    category: 'road-cargo',
    level: 3,
    effectiveOn: '2026-01-21',
    evidence: [ITEM.armyMeth],
    en: 'Baja California is one of the three states with the largest army seizures of meth and fentanyl on their way to the border: expect more checkpoints and inspections on the roads to Tijuana and Mexicali.',
    es: 'Baja California es uno de los tres estados con los mayores decomisos del Ejército de metanfetamina y fentanilo rumbo a la frontera: prever más retenes e inspecciones en las carreteras hacia Tijuana y Mexicali.',
  },
];

/** The email of the demo analyst, who signs the demo ratings. */
const DEMO_ANALYST = 'analyst@atalaya.demo';

/** Stores the demo ratings, published and tagged demo, citing the demo items found by headline; returns how many. */
export async function loadDemoRatings(db: Kysely<Database>): Promise<number> {
  const analyst = await db.selectFrom('users').select(['id', 'email', 'name', 'role', 'org_id']).where('email', '=', DEMO_ANALYST).executeTakeFirstOrThrow();
  const headlines = [...new Set(DEMO_RATINGS.flatMap((r) => r.evidence))];
  const items = await db
    .selectFrom('items')
    .innerJoin('editions', 'editions.id', 'items.edition_id')
    .select(['items.id', 'items.headline'])
    .where('editions.source_format', '=', 'demo')
    .where('items.headline', 'in', headlines)
    .execute();
  const idOf = new Map(items.map((i) => [i.headline, i.id]));
  const missing = headlines.filter((h) => !idOf.has(h));
  if (missing.length) throw new Error(`Demo ratings cite items that are not in the demo: ${missing.join('; ')}`);
  const ctx = { db, requestId: 'demo', user: { id: analyst.id, email: analyst.email, name: analyst.name, role: analyst.role, orgId: analyst.org_id } };
  for (const r of DEMO_RATINGS) {
    await createAssessment(
      ctx,
      { scope: r.scope, category: r.category, level: r.level, effectiveOn: r.effectiveOn, rationaleEn: r.en, rationaleEs: r.es, evidence: r.evidence.map((h) => idOf.get(h) as number), publish: true },
      { demo: true, audited: false },
    );
  }
  return DEMO_RATINGS.length;
}

const STATES = ['Sinaloa', 'Sonora', 'Chihuahua', 'Tamaulipas', 'Guerrero', 'Michoacán', 'Jalisco', 'Zacatecas'];
const CITIES = ['Culiacán', 'Hermosillo', 'Ciudad Juárez', 'Reynosa', 'Acapulco', 'Uruapan', 'Guadalajara', 'Fresnillo'];
const OUTLETS = ['Reforma', 'El Universal', 'Milenio', 'Proceso'];

/**
 * A plain-text newsletter with `items` numbered items (headline, summary, citation line): big enough that
 * importing it keeps the server busy for a while. Numbered headlines make each generated document distinct.
 */
export function largeNewsletter(items: number, label = 'Load'): string {
  const parts = [
    `Security Chatter ${label} – June 4, 2025`,
    'By Test Writer, Partner, Example Consulting',
    'A generated edition for tests: many short items about seizures and arrests, each with its own citation line.',
  ];
  for (let i = 0; i < items; i++) {
    const state = STATES[i % STATES.length] as string;
    const city = CITIES[i % CITIES.length] as string;
    const outlet = OUTLETS[i % OUTLETS.length] as string;
    const day = 1 + (i % 28);
    parts.push(
      `${label} item ${i + 1}: soldiers seize ${100 + i} kilos of methamphetamine near ${city}`,
      `The Army reported the seizure of ${100 + i} kilos of methamphetamine at a warehouse outside ${city}, ${state}. Two people were detained and handed to federal prosecutors.`,
      `${outlet}, 5/${day}/25, Redacción: Aseguran ${100 + i} kilos de metanfetamina en ${city}.`,
    );
  }
  return parts.join('\n\n');
}

/** How a sea area reads in a terminal line or a spreadsheet cell: "Gulf of Finland", "about 40 km off Klaipeda". */
import type { SeaArea } from './types.js';

/** "Gulf of Finland", "about 40 km off Klaipeda", "Baltic Sea, about 40 km off Klaipeda". */
export function seaLabel(sea: SeaArea): string {
  const off = sea.off !== undefined ? `${sea.km !== undefined ? `about ${sea.km} km ` : ''}off ${sea.off}` : '';
  return [sea.name, off].filter((s): s is string => !!s).join(', ');
}

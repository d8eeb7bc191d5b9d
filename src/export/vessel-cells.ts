/** An event's ships as one cell of a CSV row or a GeoJSON property: each with what the reports state of it. */
import type { NewsEvent } from '../model/types.js';

/** "Sea Lark (LR, IMO 9345678); Coral Meridian": empty where the reports name no ship. */
export function vesselCells(e: Pick<NewsEvent, 'vessels'>): string {
  return (e.vessels ?? [])
    .map((v) => {
      const told = [v.flag, v.imo && `IMO ${v.imo}`].filter(Boolean).join(', ');
      return `${v.name}${told ? ` (${told})` : ''}`;
    })
    .join('; ');
}

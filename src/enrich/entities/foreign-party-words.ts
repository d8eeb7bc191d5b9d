/**
 * Parties and movements named in their own language: "Parti Gerakan Rakyat Malaysia", "Partido
 * Popular", "the Kuomintang", "Rashtriya Swayamsevak Sangh". The tagger knows the English head words
 * ("Party", "Movement", "Front") but has seen few of other languages', and reads such a name as a
 * person's or, where it is one word, a place's. A name holding a word that means party, movement,
 * front, union, league, alliance or bloc in a language news often quotes is an organisation, wherever
 * the article writes it. Gazetteer places keep their type ("Liga" no town), and only whole words count.
 */
import type { Entity } from '../../model/types.js';

/**
 * The words, by meaning: party (German, French, Malay and Indonesian, Spanish and Portuguese, Italian,
 * Dutch, Polish, Russian, Lithuanian and Latvian, Romanian, Hungarian, Finnish, South Slavic, Czech and
 * Slovak, Hindi, Tamil; "Kuomintang" is the Chinese for "Nationalist Party"), movement, front, union or
 * league, alliance, rally or assembly, bloc.
 */
const PARTY_WORDS = new Set(
  `Partei Parti Partai Partido Partito Partij Partia Partiya Partija Partidul Párt Puolue Stranka Strana Dal Katchi Kachchi Kazhagam Kuomintang
  Bewegung Mouvement Movimiento Movimento Beweging Ruch Hnutí Hnutie Dviženie Dvizhenie Gerakan Harakat Tehreek Tehrik
  Frente Fronte Barisan Morcha
  Unión Unione Lega Liga Ligue Sojuz Soyuz Savez Zveza Związek
  Alianza Alleanza Allianz Aliança Alliantie Sojusz
  Rassemblement Sangh Parishad
  Bloque Blok`.split(/\s+/),
);

/** Whether a word of the name, whole or between dashes ("Tehreek-e-Insaf"), is a party's word in another language. */
export function hasForeignPartyWord(name: string): boolean {
  return name.split(/[\s-]+/).some((w) => PARTY_WORDS.has(w));
}

export function foreignPartiesAreBodies(entities: Entity[]): void {
  const bodies = new Set<string>();
  for (const e of entities) {
    if ((e.type === 'person' || (e.type === 'location' && !e.country && !e.subtype)) && hasForeignPartyWord(e.text)) bodies.add(e.text);
  }
  for (const e of entities) {
    if (!bodies.has(e.text) || e.type === 'organization' || (e.type === 'location' && (e.country || e.subtype))) continue;
    e.type = 'organization';
    delete e.canonical;
  }
}

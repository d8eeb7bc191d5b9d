/**
 * A local government named after its town: "Aarhus Municipality", "Uppsala Kommun", "Stockholm
 * County", "Tartu Region". Its town is the scene of what happens to the council ("the network of Aarhus
 * Municipality"). A US county is no town of its name ("Pasco County" is not Pasco, Washington): the
 * caller keeps "County" and "Region" for towns outside the US.
 */
const COUNCIL = /^(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2})\s+(Municipality|Kommune|Kommun|Municipio|Gemeente|City\s+Council|County|Region)$/u;

/** The town a council's name is made of, and whether its kind ("County", "Region") names an area wider than the town. */
export function townOfCouncil(name: string): { town: string; wider: boolean } | null {
  const m = COUNCIL.exec(name);
  return m ? { town: m[1]!, wider: m[2] === 'County' || m[2] === 'Region' } : null;
}

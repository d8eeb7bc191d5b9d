/**
 * A car named by its make and model ("Pontiac Grand Prix", "Nissan Maxima", "a silver Honda Accord"),
 * or by its make and the kind of vehicle ("a Lincoln SUV", "a Mercedes Benz van"). Crime reports
 * describe the car a shooter fled in; the tagger, which learnt from news and Wikipedia, reads the make
 * as a company and the whole as a body or a person, and an analyst saw "Pontiac Grand Prix" listed
 * among a shooting's organisations. A make alone is left to not-people.ts (it needs the words before
 * it); here the model's own name says "car", whatever stands before it.
 */

/**
 * Common models of the makes sold in North America, by make. A model's name alone is often a word or a
 * place ("Escape", "Santa Fe", "Century"); after its make it is only the car.
 */
const MODELS: Readonly<Record<string, string>> = {
  'Chevrolet|Chevy':
    'Impala|Malibu|Tahoe|Suburban|Silverado|Camaro|Corvette|Cruze|Cobalt|Trail[Bb]lazer|Blazer|Equinox|Traverse|Avalanche|Caprice|Monte Carlo|Cavalier|Lumina|Sonic|Volt|Astro|Colorado|HHR|Aveo|Uplander|Venture|S-10|El Camino|Nova|Celebrity|Beretta|Corsica|Express',
  Ford: 'Mustang|Taurus|Focus|Fusion|Explorer|Expedition|Escape|Edge|Ranger|F-?\\d{3}|Crown Victoria|Econoline|Windstar|Freestar|Five Hundred|Fiesta|Flex|Escort|Bronco|Thunderbird|Excursion|Contour|Probe|Tempo|Transit',
  Toyota: 'Camry|Corolla|Prius|Avalon|RAV4|Highlander|4Runner|Tacoma|Tundra|Sienna|Sequoia|Solara|Yaris|Matrix|Scion|Celica|Echo|Land Cruiser|FJ Cruiser|Venza',
  Honda: 'Civic|Accord|CR-V|Pilot|Odyssey|Fit|Element|Ridgeline|Prelude|HR-V|Insight|Passport',
  Nissan: 'Altima|Maxima|Sentra|Versa|Pathfinder|Murano|Rogue|Frontier|Titan|Armada|Xterra|Quest|Juke|Cube|Leaf|\\d{3}Z',
  Dodge: 'Charger|Challenger|(?:Grand )?Caravan|Magnum|Durango|Dakota|Ram|Neon|Stratus|Intrepid|Avenger|Dart|Journey|Nitro|Caliber|Viper|Stealth|Shadow|Spirit',
  Pontiac: 'Grand Prix|Grand Am|Bonneville|G[568]|Firebird|Sunfire|Vibe|Aztek|Trans Am|Torrent|Solstice',
  Buick: 'LeSabre|Century|Regal|Lucerne|Enclave|Rendezvous|Verano|Park Avenue|Rainier|LaCrosse|Encore|Skylark|Roadmaster|Electra',
  Oldsmobile: 'Cutlass(?: Supreme)?|Alero|Aurora|Intrigue|Delta 88|Bravada|Silhouette|Achieva',
  Cadillac: 'Escalade|DeVille|Seville|Eldorado|CTS|SRX|STS|DTS|XTS|ATS|Fleetwood',
  Chrysler: '300[CM]?|Sebring|PT Cruiser|Town (?:and|&) Country|Pacifica|Concorde|Aspen|LeBaron|Cirrus',
  Jeep: '(?:Grand )?Cherokee|Wrangler|Liberty|Compass|Patriot|Commander|Renegade|Gladiator',
  GMC: 'Yukon|Sierra|Envoy|Acadia|Jimmy|Canyon|Savana|Terrain|Sonoma',
  Hyundai: 'Sonata|Elantra|Santa Fe|Tucson|Accent|Genesis|Azera|Veloster',
  Kia: 'Optima|Sorento|Soul|Forte|Rio|Sportage|Sedona|Spectra|Amanti',
  Mazda: 'Miata|Protege|Tribute|MX-\\d|CX-\\d|RX-\\d|Mazda\\d|\\d',
  Subaru: 'Outback|Forester|Impreza|Legacy|WRX|Crosstrek|Tribeca',
  'Volkswagen|VW': 'Jetta|Passat|Beetle|Golf|Tiguan|Touareg|Rabbit|GTI|Atlas',
  Lincoln: 'Continental|Town Car|Navigator|MK[SXZT]|Aviator|LS',
  Mercury: '(?:Grand )?Marquis|Sable|Mountaineer|Cougar|Mariner|Milan|Villager|Tracer',
  'Mercedes[- ]Benz|Mercedes': '[A-Z]{1,3}-?Class|Sprinter',
  BMW: '[1-8] Series|\\d{3}[ie]?|X[1-7]|M[3-6]',
  Infiniti: '[GMQ]X?\\d{2}|QX\\d{2}',
  Acura: 'TL|TSX|MDX|RDX|RL|Integra|Legend|ILX',
  Lexus: '(?:RX|ES|IS|GS|LS|GX|LX)(?: ?\\d{3})?',
  Saturn: 'Ion|Vue|Aura|Outlook|Sky|L-?Series|S-?Series|Relay',
  Plymouth: 'Voyager|Breeze|Acclaim|Sundance|Reliant|Prowler',
  Volvo: 'S[4-9]0|V[4-9]0|XC\\d{2}',
  Audi: 'A[3-8]|Q[3-7]|TT',
  Scion: 'tC|xB|xD|FR-S|iQ',
};

/** What a car is called after its make: "a Lincoln SUV", "a white Mercedes Benz van". */
const KIND = 'SUV|van|minivan|pickup(?: truck)?|truck|sedan|coupe|convertible|hatchback|wagon|station wagon|car';

/** A colour, capitalised as a tagger may take it into the name ("a Red Honda Civic"), or a model year. */
const BEFORE = '(?:(?:Black|White|Silver|Gr[ae]y|Red|Blue|Green|Gold|Tan|Maroon|Burgundy|Beige|Brown|Dark|Light|Dark-Colou?red|Light-Colou?red)\\s+)?(?:(?:19|20)\\d\\d\\s+)?';

const MAKE_AND_MODEL = new RegExp(
  `^(?:(?:\\p{Lu}[\\p{L}.'’-]*\\s+){0,2}\\p{Lu}[\\p{L}'’-]*['’]s?\\s+)?${BEFORE}(?:${Object.entries(MODELS).map(([make, models]) => `(?:${make})[ -](?:${models})`).join('|')}|(?:${Object.keys(MODELS).join('|')})(?=[ -](?:type|${KIND})$))(?:[ -](?:type|${KIND}))?$`,
  'u',
);

/**
 * Whether a name the tagger found is a car: the whole name is its make and model, or its make and the
 * kind of vehicle, with a colour, a model year or an owner's possessive before them ("Ana Ruiz's
 * Toyota Scion", "Ford Focus-type"). A longer name is something named for the car or its maker
 * ("Mercedes-Benz Stadium", "Ford Explorer Club"). `after`, the text right after the name, may give the
 * kind of vehicle the name left out.
 */
export function isMakeAndModel(text: string, after = ''): boolean {
  return MAKE_AND_MODEL.test(text) || (MAKE_ONLY.test(text) && KIND_AFTER.test(after));
}

/**
 * Nouns that make "<make> truck" a compound about something else: "a Lincoln truck driver" (a town's),
 * "the Ford truck plant", "Volvo truck sales", "Saturn car owners", "the Lincoln car wash". There the
 * name is the town or the company, not a vehicle.
 */
const COMPOUND_HEADS = 'drivers?|wash(?:es)?|plants?|factory|factories|sales|owners?|dealers?|dealerships?|makers?|production|parts|company|companies|business|market|rentals?|insurance|lines?|lots?|shows?|clubs?|division|unit|workers?|buyers?|fleets?|brands?|stops?|thefts?|industry|exports?|imports?|recalls?|assembly';

const KIND_IN_COMPOUND = new RegExp(`^[ -](?:${KIND})[ -](?:${COMPOUND_HEADS})\\b`);

/** Whether the text after a make is a vehicle's kind that starts a compound ("truck plant", "car wash"). */
export function kindStartsCompound(after: string): boolean {
  return KIND_IN_COMPOUND.test(after);
}

/** A make alone as the name ("Mercedes Benz", "Chevy"), which the kind of vehicle after it makes a car: "a white Mercedes Benz van". */
const MAKE_ONLY = new RegExp(`^${BEFORE}(?:${Object.keys(MODELS).join('|')})$`, 'u');
const KIND_AFTER = new RegExp(`^[ -](?:${KIND})\\b(?![ -](?:${COMPOUND_HEADS})\\b)`);

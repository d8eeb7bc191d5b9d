/**
 * Word lists behind the entity rules. They describe English news usage, not any one article: titles
 * that stand before names, head words of organisations and places, and capitalised words that are
 * never names on their own.
 */

const words = (list: string): Set<string> => new Set(list.trim().split(/\s+/).map((w) => w.toLowerCase()));

/** Function words and common sentence openers: capitalised at a sentence start, never a name. */
export const FUNCTION_WORDS = words(`
  a an the and or but nor so yet for of on in at to by from with without into onto upon over under about above below
  after before during while since until till despite although though because if unless whether when where why how
  what who whom whose which that this these those it its he she they we i you his her their our my your him them us
  me according additionally also however meanwhile moreover furthermore still then there here now today yesterday
  tomorrow some many most more much few other others another both all each every any no not nor yes such only even
  just as than too very earlier later last next new first second third former latter senior junior several once
  further instead indeed thus therefore overall finally initially previously currently recently separately
  elsewhere together among amid against toward towards via per across around behind beside between beyond near
  through throughout within he's she's it's they're we're i'm don't doesn't didn't can't won't isn't aren't wasn't
  mr mrs ms dr despite officials police authorities sources reporters experts analysts critics
`);

/**
 * Words that qualify a title without naming who gives it ("Deputy UN Ambassador", "Acting US
 * Ambassador", "Permanent Representative"): they belong to the role, never to the body the title serves.
 */
export const TITLE_MODIFIER = /^(?:Deputy|Acting|Permanent|Interim|Assistant|Associate|Special|Senior|Vice|Former|Alternate)$/;

/** Titles and ranks that stand before a name ("Prime Minister Fumio Kishida", "Gen. Lee"). */
export const TITLE_WORDS = words(`
  president vice prime minister foreign defense defence finance interior trade unification justice secretary state
  general gen. lt. col. maj. adm. sgt. capt. cpl. pvt. mr. mrs. ms. dr. prof. professor ambassador envoy director
  deputy chief chairman chairwoman chair senator sen. rep. representative governor gov. mayor king queen prince
  princess pope judge justice attorney commissioner chancellor premier speaker leader spokesman spokeswoman
  spokesperson ceo cfo coo cto special acting assistant undersecretary under commander admiral sheikh crown emperor
  officer inspector detective sergeant captain lieutenant colonel major councillor councilman councilwoman lawmaker
  mp rev. reverend father bishop archbishop cardinal coach dean chief-of-staff executive head first lady
  supreme army navy air marine national security adviser advisor counselor counsellor principal superintendent
  constable commissioner sheriff marshal
`);

/** Title words that are also given names or surnames ("King", "Major", "Dean"): a name may start with them. */
export const TITLES_THAT_ARE_NAMES = words(`king major dean judge father sister bishop cardinal coach principal marshal chief`);

/** Head words of organisation names. */
export const ORG_HEADS = words(`
  ministry department agency office council committee commission bureau institute university college school company
  corporation corp. corp inc. inc ltd. ltd llc plc group bank party army navy force forces police court parliament
  assembly congress senate association union organization organisation service services foundation center centre
  authority administration command guard board fund federation league alliance coalition network times post news
  herald journal tribune press airlines airways motors technologies technology systems labs laboratory laboratories
  hospital church club cabinet government embassy consulate secretariat directorate division brigade corps academy
  society trust holdings partners securities exchange reserve nations commission ministry's council's inc
  microsoft google apple amazon meta
`);

/**
 * Head words of bodies' names for the rules: ORG_HEADS and more ("World Food Programme"). The tagger's
 * features keep ORG_HEADS as the shipped model was trained with; a word added there changes its input.
 * Not "Program": American usage names projects so ("Space Shuttle Program"), where the UN's bodies
 * write "Programme".
 */
export const BODY_HEADS = new Set([...ORG_HEADS, ...words(`programme body`)]);

/** Head words of place and facility names ("Camp David", "Mount Paektu", "Incheon Airport"). */
export const LOCATION_HEADS = words(`
  camp mount mountain mountains lake river island islands street avenue road square airport base bay province county
  peninsula strait sea ocean valley station palace park bridge port harbor harbour gulf desert region district city
  town village prefecture oblast building tower stadium plaza hills beach coast canal heights
`);

/** Capitalised words that, alone or together, are not personal names (roles, topics, months...). */
export const NOT_NAME_WORDS = words(`
  policy affairs nuclear cyber security national international public special general deputy representative
  director senior global digital economic social human rights development trade industry energy health defense
  defence intelligence strategy strategic information technology science research studies division unit program
  programme project initiative summit conference forum day week year act law bill treaty agreement accord plan
  report task working group team session meeting talks crisis war operation affairs north south east west central
  northern southern eastern western january february march april may june july august september october november
  december monday tuesday wednesday thursday friday saturday sunday breaking update live exclusive opinion analysis
  photo video source sources news press release statement according ministry office government republic kingdom
  federal state city county democratic republican liberal conservative islamic christian muslim jewish catholic
  covid internet online web email ai it
`);

/**
 * Faiths, their feasts and seasons, the -isms and -phobias named after them, and deities: capitalised,
 * but no person, organisation or place (CoNLL's miscellaneous names). The tagger reads "the Hajj" as a
 * place, "Islamophobia" as a person and "God" as either; the date stage reads the feasts that have a date.
 */
export const FAITHS_AND_FEASTS = words(`
  islam christianity judaism buddhism hinduism sikhism shinto taoism confucianism zoroastrianism
  islamophobia antisemitism anti-semitism christianophobia hajj umrah ramadan eid eid-al-fitr eid-al-adha
  diwali hanukkah chanukah passover pesach purim yom rosh lent advent pentecost easter christmas
  thanksgiving halloween kwanzaa vesak holi navratri
  god allah jesus christ yahweh jehovah
`);

/** Office words that open a sentence or a title capitalised ("Agency spokesman Abdul Muhari"): alone, no body's name. */
export const OFFICE_WORDS = words(`
  agency ministry department office bureau commission committee council authority administration directorate
  division service institute company corporation group board fund government police
`);

/**
 * States that no longer exist, which world-countries (today's countries) lacks: history, politics and
 * obituaries name them as places ("the Soviet Union entered the war", "born in Yugoslavia"). The
 * tagger reads "Soviet Union" as an organisation by its head word "Union", and "Democratic Kampuchea" as
 * a party by "Democratic". Matched whole, as written.
 */
export const FORMER_STATES = new Set(
  `Soviet Union|USSR|U.S.S.R.|Yugoslavia|Czechoslovakia|East Germany|West Germany|German Democratic Republic|Federal Republic of Germany|Ottoman Empire|Austria-Hungary|Austro-Hungarian Empire|Russian Empire|British Empire|Holy Roman Empire|Weimar Republic|Nazi Germany|Third Reich|Prussia|Kingdom of Prussia|Rhodesia|Zaire|Ceylon|Persia|Siam|South Vietnam|North Vietnam|Republic of Vietnam|Democratic Kampuchea|Khmer Republic|People's Republic of Kampuchea|Kingdom of Yugoslavia|Socialist Federal Republic of Yugoslavia|Serbia and Montenegro|Tanganyika|Dahomey|Upper Volta|Biafra|Manchukuo|Republic of China|Empire of Japan|Kingdom of Italy|Papal States|Confederate States|Confederate States of America|Soviet Russia|Russian SFSR|Ukrainian SSR|Byelorussian SSR|Kingdom of Hungary|Kingdom of Poland|Grand Duchy of Lithuania|Polish-Lithuanian Commonwealth|Republic of Venice|Kingdom of Sardinia|Kingdom of the Two Sicilies|Byzantine Empire|Roman Empire|Mughal Empire|Austrian Empire|Second Polish Republic|Vichy France|Free State of Prussia|Irish Free State|Union of South Africa|Dominion of Canada|Dominion of New Zealand|United Arab Republic`
    .split('|'),
);

/** Upper-case short words that are not organisations. */
export const NOT_ACRONYMS = words(`
  it ai tv ceo cfo coo cto gdp pm am id ok uk us usa eu un faq pdf url vip dj ad bc ce ii iii iv vi vii viii ix xi i
  a covid ngo ngos
`);

/**
 * A department's or a ministry's acronym that keeps the "o" of its "of" ("DoD", "DoJ", "MoD"): a body
 * wherever it stands. Not "MoU" or "MoA" (memoranda) nor "DoS" (denial of service, in security news).
 */
export const OFFICE_ACRONYM = /^(?:Do(?!S$)|Mo(?![UA]$))\p{Lu}{1,2}$/u;

export const WEEKDAYS_AND_MONTHS = words(`
  monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
  september october november december jan. feb. mar. apr. jun. jul. aug. sep. sept. oct. nov. dec.
`);

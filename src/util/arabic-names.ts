/**
 * Arabic, Persian and Kurdish given and family names come to English in several spellings, and
 * outlets keep their own: "Nawzad Omer" in a Baghdad report is "Nawzad Omar" in a Halabja one,
 * "Mohammed" is "Muhammad" or "Mohamed", "Hussein" "Hussain", "Husayn" or the Persian "Hossein",
 * "Abdul" "Abdel" or "Abd al-". No one letter or vowel rule covers them ("Omer" / "Omar" are a letter
 * apart, but so are "Tom" and "Tim"), so this is a short table kept by hand: each line one name, its
 * spellings in the romanisations English reports use, the first the key the others fold to. Only
 * whole words are folded, and a name is still one person only where its other words agree
 * (consolidate/participants.ts): "Omar Khan" and "Omer Farooq" stay two people.
 *
 * Doubled letters, "ee" / "i", "oo" / "ou" / "u" and a final "-ah" / "-a" are folded by the
 * participants' own key ("Hassan" / "Hasan", "Kareem" / "Karim", "Mahmoud" / "Mahmud", "Fatimah" /
 * "Fatima"), so they are not listed, but for a few common names whose "ee" / "i" the entity list and
 * filter must fold as well (they fold no vowels). Names that are two names, however alike, are not joined: "Salah" and "Saleh", "Sayed"
 * (a title) and "Said", "Kemal" (Turkish) and "Kamal".
 * Words are compared in lower case, accents folded by the caller.
 */

const NAMES: readonly (readonly string[])[] = [
  ['muhammad', 'mohammed', 'mohammad', 'mohamed', 'mohamad', 'muhammed', 'muhamed', 'mohammod'],
  ['ahmad', 'ahmed'],
  ['omar', 'omer', 'umar'],
  ['husayn', 'hussein', 'hussain', 'husain', 'husein', 'hossein', 'hosein'],
  ['husayni', 'husseini', 'hussaini', 'husaini', 'hosseini'],
  // "Abd al-" is joined into one word before it is looked up (joinedAbd).
  ['abd', 'abdul', 'abdel', 'abdal', 'abdol', 'abdool', 'abdil', 'abdur', 'abdar', 'abdas', 'abdad', 'abdan', 'abdash', 'abdaz'],
  ['abdullah', 'abdallah', 'abdollah', 'abdulla'],
  ['rezai', 'rezaei', 'rezaie', 'rezayi'],
  ['yusuf', 'youssef', 'yousef', 'yusef', 'yousif', 'youssif', 'yousuf', 'yussuf'],
  ['khalid', 'khaled'],
  ['mustafa', 'mostafa', 'moustafa', 'mustapha'],
  ['tariq', 'tarek', 'tareq', 'tarik'],
  ['qasim', 'qassem', 'qasem', 'kassem', 'qassim', 'kasim'],
  ['nasir', 'nasser', 'naser', 'nassir'],
  ['ibrahim', 'ebrahim'],
  ['ismail', 'esmail', 'esmaeil', 'ismael', 'ismaeel'],
  ['jafar', 'jaafar', 'jafer', "ja'far", 'jaffar'],
  ['faisal', 'faysal', 'feisal'],
  ['yasir', 'yasser', 'yaser'],
  ['uthman', 'othman', 'osman', 'usman'],
  ['fatima', 'fatemeh', 'fatma'],
  ['aisha', 'ayesha', 'aysha', 'aesha'],
  ['zaynab', 'zainab', 'zeinab'],
  ['hamid', 'hamed'],
  ['said', 'saeed', 'saied', "sa'id"],
  ['jamal', 'gamal'],
  ['muhsin', 'mohsen', 'mohsin'],
  ['hashim', 'hashem'],
  ['salih', 'saleh'],
  ['mahdi', 'mehdi'],
  ['qadir', 'qader', 'kadir', 'kader'],
  // "Tofiq" is the Kurdish and Persian spelling of "Tawfiq" (ux75a: "Azad Tofiq Karim" / "Azad Tawfiq Karim").
  ['tawfiq', 'tofiq', 'tawfik', 'tofik', 'toufik', 'tewfik', 'taufiq'],
  // "ee" / "i" again, for the entity list and filter (store/name-spellings.ts), which fold no vowels of
  // their own: "Hemin Rasheed" / "Hemin Rashid" (ux75a). Not "Rashad", "Rushdi": other names.
  ['rashid', 'rasheed', 'rachid'],
  ['karim', 'kareem'],
  ['majid', 'majeed'],
  ['jamil', 'jameel'],
  ['walid', 'waleed'],
];

const KEY: ReadonlyMap<string, string> = new Map(NAMES.flatMap((spellings) => spellings.map((s) => [s, spellings[0]!] as const)));

/** The one spelling of the word's name in the table ("omer" and "umar" are "omar"), or the word itself. */
export function arabicNameKey(word: string): string {
  return KEY.get(word) ?? word;
}

/** Articles "Abd al-Rahman" is written with: "al", and "el", "ul", "ur", "ar" as a name's sounds assimilate. */
const ABD_ARTICLE = new Set(['al', 'el', 'ul', 'ar', 'ur', 'as', 'ad', 'an', 'ash', 'az']);

/** A name's words with "abd" and the article after it as one word ("abd al rahman" is "abdal rahman", a spelling of "abdul rahman"). */
export function joinedAbd(words: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    if (words[i] === 'abd' && i + 1 < words.length - 1 && ABD_ARTICLE.has(words[i + 1]!)) {
      out.push(`abd${words[i + 1]}`);
      i++;
    } else out.push(words[i]!);
  }
  return out;
}

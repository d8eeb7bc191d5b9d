/**
 * Entity data from ../shared/data/entities, read into one shape: sentences of words with BIO labels
 * over PER, ORG and LOC (training), or documents as text with gold spans (evaluation). Each reader
 * maps its set's types to ours; types we do not tag (nationalities, events, works) become O in
 * training and are set aside in evaluation.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { TITLE_WORDS, TITLES_THAT_ARE_NAMES } from '../src/enrich/entities/lexicon.js';
import { fileURLToPath } from 'node:url';

export type Kind = 'PER' | 'ORG' | 'LOC';

export interface LabelledSentence {
  words: string[];
  labels: string[];
}

export interface GoldSpan {
  start: number;
  end: number;
  /** null: an entity of a type we do not tag (an election, a work); predictions on it are not scored. */
  kind: Kind | null;
}

export interface GoldDocument {
  id: string;
  text: string;
  sentences: { start: number; end: number }[];
  spans: GoldSpan[];
}

/** ../shared/data/entities beside the project (dist/train/ is two levels below its root). */
export function entityDataRoot(): string {
  return resolve(join(fileURLToPath(new URL('../../', import.meta.url)), '..', 'shared', 'data', 'entities'));
}

/** token<TAB>label files, blank lines between sentences; `map` turns the set's type into ours. */
export function readConll(path: string, map: (type: string) => Kind | null): LabelledSentence[] {
  const out: LabelledSentence[] = [];
  let current: LabelledSentence = { words: [], labels: [] };
  const flush = (): void => {
    if (current.words.length) out.push(current);
    current = { words: [], labels: [] };
  };
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const trimmed = line.replace(/\r$/, '');
    if (!trimmed.trim() || trimmed.startsWith('-DOCSTART-')) {
      flush();
      continue;
    }
    const [word, tag = 'O'] = trimmed.split('\t');
    if (!word) continue;
    const [prefix, type] = tag.includes('-') ? [tag.slice(0, 1), tag.slice(2)] : ['O', ''];
    const kind = prefix === 'O' ? null : map(type);
    current.words.push(word);
    current.labels.push(kind ? `${prefix}-${kind}` : 'O');
  }
  flush();
  return repairBio(out);
}

/** An I- label after O or after another type starts an entity (sets converted from IO tagging). */
function repairBio(sentences: LabelledSentence[]): LabelledSentence[] {
  for (const s of sentences) {
    for (let i = 0; i < s.labels.length; i++) {
      const label = s.labels[i]!;
      if (!label.startsWith('I-')) continue;
      const before = i > 0 ? s.labels[i - 1]! : 'O';
      if (before === 'O' || before.slice(2) !== label.slice(2)) s.labels[i] = `B-${label.slice(2)}`;
    }
  }
  return sentences;
}

const standard = (type: string): Kind | null => (type === 'PER' || type === 'ORG' || type === 'LOC' ? type : null);

/** CrossNER politics: politicians are people, parties are organisations, countries are places. */
export function crossnerKind(type: string): Kind | null {
  if (type === 'person' || type === 'politician') return 'PER';
  if (type === 'organisation' || type === 'politicalparty') return 'ORG';
  if (type === 'country' || type === 'location') return 'LOC';
  return null;
}

/** Everything the model is trained on, by source (see docs/entities.md for what each is). */
export function trainingSets(): { name: string; sentences: LabelledSentence[] }[] {
  const root = entityDataRoot();
  const t = (...parts: string[]): string => join(root, 'training', ...parts);
  return [
    { name: 'gmb', sentences: readConll(t('gmb', 'gmb.mapped.notitles.conll'), standard) },
    { name: 're3d', sentences: [...readConll(t('re3d', 're3d.permissive.mapped.conll'), standard), ...readConll(t('re3d', 're3d.sharealike.mapped.conll'), standard)] },
    { name: 'wikigold', sentences: readConll(t('wikigold', 'wikigold.conll'), standard) },
    {
      name: 'uner-english',
      sentences: ['uner.ewt.dev.conll', 'uner.ewt.test.conll', 'uner.ewt.train-PRELIM.perorgloc.conll', 'uner.pud.test.conll'].flatMap((f) => readConll(t('uner-english', f), standard)),
    },
    { name: 're-docred', sentences: ['redocred.dev.conll', 'redocred.test.conll'].flatMap((f) => readConll(t('re-docred', f), standard)) },
    { name: 'btc-news', sentences: readConll(t('btc-news', 'btc.g.conll'), standard) },
    { name: 'crossner-politics train', sentences: readConll(join(root, 'crossner-politics', 'train.txt'), crossnerKind) },
  ];
}

/** CrossNER politics dev, the part we test on: sentences joined with spaces, gold spans from BIO. */
export function crossnerTest(): GoldDocument[] {
  const sentences = readConll(join(entityDataRoot(), 'crossner-politics', 'dev.txt'), (type) => (crossnerKind(type) ? crossnerKind(type) : (`skip:${type}` as Kind)));
  return sentences.map((s, n) => {
    let text = '';
    const starts: number[] = [];
    s.words.forEach((w, i) => {
      if (i > 0) text += ' ';
      starts.push(text.length);
      text += w;
    });
    const spans: GoldSpan[] = [];
    for (let i = 0; i < s.words.length; i++) {
      if (!s.labels[i]!.startsWith('B-')) continue;
      let j = i + 1;
      while (j < s.words.length && s.labels[j] === `I-${s.labels[i]!.slice(2)}`) j++;
      const type = s.labels[i]!.slice(2);
      spans.push({ start: starts[i]!, end: starts[j - 1]! + s.words[j - 1]!.length, kind: type.startsWith('skip:') ? null : (type as Kind) });
    }
    return { id: `crossner-dev-${n}`, text, sentences: [{ start: 0, end: text.length }], spans };
  });
}

interface ConlluToken {
  form: string;
  /** A proper noun by its part of speech (GUM tags "United" in "United States" as a verb, NNP). */
  proper: boolean;
  /** A plural proper noun ("Muslims", "Texans"): a group, which name taggers do not mark as a person. */
  plural: boolean;
  head: number;
  /** The dependency relation to the head ("flat", "appos", "compound"...). */
  relation: string;
  spaceAfter: boolean;
  entity: string;
}

/**
 * GUM news: every mention is annotated (named, nominal, pronoun). A mention is a name when its head
 * word (the one whose syntactic head lies outside it) is a proper noun; its span is cut to the run of
 * proper nouns around that head ("the Korean People's Army" -> "Korean People's Army"), as name
 * taggers mark it. Types: person, organization, place; GUM types a country by its role (an
 * organisation when it acts), so a country or city name is scored as a place, as in CoNLL.
 */
export function gumDocuments(isPlace: (name: string) => boolean): GoldDocument[] {
  const dir = join(entityDataRoot(), 'gum-news', 'conllu');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.conllu'))
    .sort()
    .map((file) => gumDocument(join(dir, file), file.replace(/\.conllu$/, ''), isPlace));
}

function gumDocument(path: string, id: string, isPlace: (name: string) => boolean): GoldDocument {
  let text = '';
  const sentences: { start: number; end: number }[] = [];
  const spans: GoldSpan[] = [];
  for (const block of readFileSync(path, 'utf8').split(/\n\s*\n/)) {
    const tokens: ConlluToken[] = [];
    for (const line of block.split('\n')) {
      if (!line || line.startsWith('#')) continue;
      const cols = line.split('\t');
      if (cols.length < 10 || !/^\d+$/.test(cols[0]!)) continue;
      const misc = cols[9]!;
      tokens.push({ form: cols[1]!, proper: cols[3] === 'PROPN' || cols[4] === 'NNP' || cols[4] === 'NNPS', plural: cols[4] === 'NNPS', head: Number(cols[6]), relation: cols[7]!, spaceAfter: !/SpaceAfter=No/.test(misc), entity: /Entity=([^|]*)/.exec(misc)?.[1] ?? '' });
    }
    if (tokens.length === 0) continue;
    if (text) text += '\n\n';
    const sentenceStart = text.length;
    const starts: number[] = [];
    tokens.forEach((t, i) => {
      // GUM sometimes leaves a space before a possessive ("People 's"), which no article has.
      if (i > 0 && /^['’]s$/.test(t.form) && text.endsWith(' ')) text = text.slice(0, -1);
      starts.push(text.length);
      text += t.form;
      if (t.spaceAfter && i < tokens.length - 1) text += ' ';
    });
    sentences.push({ start: sentenceStart, end: text.length });
    for (const mention of gumMentions(tokens)) {
      const kind = mention.type === 'person' ? 'PER' : mention.type === 'organization' ? 'ORG' : mention.type === 'place' ? 'LOC' : null;
      if (!kind) continue;
      const named = nameSpan(tokens, mention.first, mention.last, kind === 'PER');
      if (!named) continue;
      // A title standing for its holder ("The President said", "Home Secretary") is no name either:
      // name taggers leave it out, so it is set aside like a group.
      const group = kind === 'PER' && (tokens[named[1]]!.plural || isTitle(tokens[named[1]]!.form.toLowerCase()));
      const start = starts[named[0]]!;
      const end = starts[named[1]]! + tokens[named[1]]!.form.length;
      const surface = text.slice(start, end);
      spans.push({ start, end, kind: group ? null : kind === 'ORG' && isPlace(surface) ? 'LOC' : kind });
    }
  }
  // One span per place in the text (nested mentions can share a name).
  const unique = [...new Map(spans.map((s) => [`${s.start}:${s.end}`, s])).values()];
  // Scored flat, as CoNLL is: a name inside another scored name ("North Carolina" in "University of
  // North Carolina") is left out, since one tagging cannot mark both. Inside a set-aside mention ("U.S."
  // in "U.S. Senator") it stays.
  const outermost = unique.filter((s) => !unique.some((o) => o !== s && o.kind !== null && o.start <= s.start && o.end >= s.end));
  return { id, text, sentences, spans: outermost.sort((a, b) => a.start - b.start) };
}

function gumMentions(tokens: readonly ConlluToken[]): { type: string; first: number; last: number }[] {
  const open = new Map<string, { type: string; first: number }>();
  const out: { type: string; first: number; last: number }[] = [];
  tokens.forEach((t, i) => {
    // "(12-person-...", "12)", or "(12-person-...)" on one token; several may follow one another.
    for (const m of t.entity.matchAll(/\((\d+)-([a-z]+)[^()]*(\))?|(\d+)\)/g)) {
      if (m[1]) {
        if (m[3]) out.push({ type: m[2]!, first: i, last: i });
        else open.set(m[1], { type: m[2]!, first: i });
      } else if (m[4] && open.has(m[4])) {
        const o = open.get(m[4])!;
        open.delete(m[4]);
        out.push({ type: o.type, first: o.first, last: i });
      }
    }
  });
  return out;
}

const INNER = new Set(['of', 'the', 'and', 'for', 'on', 'de', "'s", '’s', '&', '-']);

/**
 * The name inside a mention: the run of proper nouns around its head. A person's name starts after
 * the last title ("U.S. President Donald Trump" -> "Donald Trump"), as name taggers mark it.
 */
function nameSpan(tokens: readonly ConlluToken[], first: number, last: number, person: boolean): [number, number] | null {
  // The head: the token whose syntactic head lies outside the mention.
  let head = -1;
  for (let i = first; i <= last; i++) {
    const h = tokens[i]!.head - 1;
    if (h < first || h > last) {
      head = i;
      break;
    }
  }
  if (head < 0) return null;
  let byRole = false;
  // "Swedish captain Andreas Granqvist": GUM makes the role noun the head and hangs the name on it
  // (flat or appos); the name is what a name tagger marks.
  if (!tokens[head]!.proper) {
    const h = head;
    head = -1;
    for (let i = h + 1; i <= last; i++) {
      if (tokens[i]!.head - 1 === h && tokens[i]!.proper && (tokens[i]!.relation === 'flat' || tokens[i]!.relation === 'appos')) {
        head = i;
        break;
      }
    }
    if (head < 0) return null;
    // The name takes in the proper nouns before it that depend on it ("Colette" in "coauthor Colette
    // Heald"), not those of the role ("University of Texas Arlington student Amneh Jafari").
    byRole = true;
    while (head - 1 > h && tokens[head - 1]!.proper && tokens[head - 1]!.head - 1 > head - 1 && tokens[head - 1]!.head - 1 <= last) head--;
  }
  let a = head;
  let b = head;
  const proper = (i: number): boolean => tokens[i]!.proper;
  // A person's name has no inner "of" ("Alvin Yeung of Civic Party" is a name and a party), only
  // hyphens ("Cheng Chung-tai", which GUM splits into three tokens).
  const inner = (i: number): boolean => (person ? tokens[i]!.form === '-' : INNER.has(tokens[i]!.form.toLowerCase()));
  // A person's name takes in only the proper nouns that hang on it ("Mara" in "Mara Ellison"), not an
  // organisation's name before it ("League of Coastal Towns Mara Ellison").
  // Nor a place the title before it names ("Envoy to the United Kingdom Teodor Vask", where GUM's
  // trees hang the country's last word on the name as nmod).
  const partOfName = (i: number): boolean => !person || (tokens[i]!.head - 1 > i && tokens[i]!.head - 1 <= b && !tokens[i]!.relation.startsWith('nmod'));
  while (!byRole && a > first && ((proper(a - 1) && partOfName(a - 1)) || (inner(a - 1) && a - 2 >= first && proper(a - 2) && partOfName(a - 2)))) a--;
  while (b < last && (proper(b + 1) || (inner(b + 1) && b + 2 <= last && proper(b + 2)))) b++;
  if (person) {
    // After the last title or possessive ("Korea's Kim Shin-wook"); "Dean" and "King" may be names.
    for (let i = b - 1; i >= a; i--) {
      const word = tokens[i]!.form.toLowerCase();
      if (isTitle(word) || /^['’]s$/.test(word)) {
        a = i + 1;
        break;
      }
    }
  }
  return [a, b];
}

function isTitle(word: string): boolean {
  return (TITLE_WORDS.has(word) || TITLE_WORDS.has(`${word}.`) || /^(mr|mrs|ms|dr|emeritus|administrator|nonpartisan)\.?$/.test(word)) && !TITLES_THAT_ARE_NAMES.has(word);
}

/**
 * MEANTIME: named mentions (syntactic_type NAM) of people, organisations and places. The corpus marks
 * an entity only where it plays a part in one of its annotated events, so the set measures recall only.
 */
export function meantimeDocuments(): GoldDocument[] {
  const root = join(entityDataRoot(), 'meantime', 'intra-doc_annotation');
  const docs: GoldDocument[] = [];
  for (const corpus of readdirSync(root).sort()) {
    for (const file of readdirSync(join(root, corpus)).filter((f) => f.endsWith('.xml')).sort()) docs.push(meantimeDocument(join(root, corpus, file), `${corpus}/${file}`));
  }
  return docs;
}

/** A MEANTIME (CAT) document's tokens as written text: a blank line between sentences, each token's offsets by its t_id. */
export interface MeantimeText {
  text: string;
  sentences: { start: number; end: number }[];
  offsets: Map<string, [number, number]>;
}

export function meantimeText(xml: string): MeantimeText {
  const tokens = new Map<string, { sentence: number; form: string }>();
  const order: string[] = [];
  for (const m of xml.matchAll(/<token[^>]*sentence="(\d+)"[^>]*t_id="(\d+)"[^>]*>([^<]*)<\/token>/g)) {
    tokens.set(m[2]!, { sentence: Number(m[1]), form: decodeXml(m[3]!) });
    order.push(m[2]!);
  }
  let text = '';
  const offsets = new Map<string, [number, number]>();
  const sentences: { start: number; end: number }[] = [];
  let sentence = -1;
  for (const id of order) {
    const t = tokens.get(id)!;
    if (t.sentence !== sentence) {
      if (sentence >= 0) sentences[sentences.length - 1]!.end = text.length;
      if (text) text += '\n\n';
      sentences.push({ start: text.length, end: text.length });
      sentence = t.sentence;
    } else if (text && !/^[.,;:!?)'’%]|^'s$|^n't$/.test(t.form) && !/[($]$/.test(text)) text += ' ';
    offsets.set(id, [text.length, text.length + t.form.length]);
    text += t.form;
  }
  if (sentences.length) sentences[sentences.length - 1]!.end = text.length;
  return { text, sentences, offsets };
}

function meantimeDocument(path: string, id: string): GoldDocument {
  const xml = readFileSync(path, 'utf8');
  const { text, sentences, offsets } = meantimeText(xml);
  const mentionTokens = new Map<string, string[]>();
  for (const m of xml.matchAll(/<ENTITY_MENTION[^>]*m_id="(\d+)"[^>]*syntactic_type="NAM"[^>]*>([\s\S]*?)<\/ENTITY_MENTION>/g)) {
    mentionTokens.set(m[1]!, [...m[2]!.matchAll(/t_id="(\d+)"/g)].map((x) => x[1]!));
  }
  const entityType = new Map<string, string>();
  for (const m of xml.matchAll(/<ENTITY\b[^>]*>/g)) {
    const type = /ent_type="(\w+)"/.exec(m[0])?.[1];
    const mid = /m_id="(\d+)"/.exec(m[0])?.[1];
    if (type && mid) entityType.set(mid, type);
  }
  const spans: GoldSpan[] = [];
  for (const m of xml.matchAll(/<REFERS_TO[^>]*>([\s\S]*?)<\/REFERS_TO>/g)) {
    const target = /<target m_id="(\d+)"/.exec(m[1]!)?.[1];
    const type = target ? entityType.get(target) : undefined;
    const kind: Kind | null = type === 'PER' || type === 'ORG' || type === 'LOC' ? type : null;
    if (!kind) continue;
    for (const s of m[1]!.matchAll(/<source m_id="(\d+)"/g)) {
      const ids = mentionTokens.get(s[1]!);
      if (!ids?.length) continue;
      const first = offsets.get(ids[0]!);
      const last = offsets.get(ids[ids.length - 1]!);
      if (first && last) spans.push({ start: first[0], end: last[1], kind });
    }
  }
  return { id, text, sentences, spans };
}

function decodeXml(s: string): string {
  return s.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

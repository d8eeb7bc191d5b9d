/**
 * Word gates answered from one pass over a text: every word of a fixed set of gates (the timex rules'
 * and chrono-node's parsers') is found at once by an Aho-Corasick automaton, and each gate then reads
 * its words' marks. Why: a sentence was searched once per gate word (lower.includes), some hundreds of
 * searches over the same hundred characters for the rules and parsers of each sentence; one pass
 * reads each character once. A word is found exactly where `includes` would find it (any run of UTF-16
 * code units, inside words too), so every gate answers as holdsAny does (word-gate.ts).
 */

/** What a scanned text holds, for gates of the words the scanner was built with. */
export interface ScannedWords {
  /** Whether the scanned text holds one of the words (as `text.includes(word)` for some word). */
  holdsAny(words: readonly string[]): boolean;
}

export class WordScan {
  /** Each gate's words by the gate's array, as word ids. */
  private readonly gates = new Map<readonly string[], Int32Array>();
  /** Character classes: code units under 128 by table, others by map; class 0 is in no word. */
  private readonly asciiClass = new Uint8Array(128);
  private readonly otherClass = new Map<number, number>();
  /**
   * The automaton, a row a state: the row's start of the state each class moves to, then where the
   * state's words (its own and its suffixes') start and end in `outputs`. One row is read a
   * character, and a state is named by its row's start (no multiplication in the scan's loop).
   */
  private readonly rows: Uint16Array | Int32Array;
  /** The row's length: the classes, then the two output offsets. */
  private readonly width: number;
  private readonly outputs: Int32Array;
  /** Per word id, the scan that last found it. */
  private readonly foundIn: Uint32Array;
  private scanNumber = 0;
  /** The text the marks in `foundIn` are of, and the answer handed out for it. */
  private last: ScannedText | null = null;

  /** `groups`: every gate's words (a gate asked later that is not among them is answered by searches). */
  constructor(groups: readonly (readonly string[])[]) {
    const ids = new Map<string, number>();
    for (const group of groups) {
      // An empty word is in every text: such a gate is left to the searches.
      if (group.some((word) => word === '')) continue;
      this.gates.set(group, Int32Array.from(group, (word) => ids.get(word) ?? ids.set(word, ids.size).get(word)!));
    }
    let classes = 1;
    const classOf = (code: number): number => {
      if (code < 128) return this.asciiClass[code] || (this.asciiClass[code] = classes++);
      return this.otherClass.get(code) ?? this.otherClass.set(code, classes++).get(code)!;
    };
    // The trie: children by class per state; the words ending at each state.
    const children: Map<number, number>[] = [new Map()];
    const ends: number[][] = [[]];
    for (const [word, id] of ids) {
      let state = 0;
      for (let i = 0; i < word.length; i++) {
        const c = classOf(word.charCodeAt(i));
        let next = children[state]!.get(c);
        if (next === undefined) {
          next = children.length;
          children.push(new Map());
          ends.push([]);
          children[state]!.set(c, next);
        }
        state = next;
      }
      ends[state]!.push(id);
    }
    const states = children.length;
    const moves = new Int32Array(states * classes);
    const fail = new Int32Array(states);
    const found: number[][] = ends.map((e) => [...e]);
    // Breadth first: a state's failure state is shallower, so its moves and words are complete.
    const queue: number[] = [];
    for (const [c, child] of children[0]!) {
      moves[c] = child;
      queue.push(child);
    }
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head]!;
      const back = fail[state]!;
      for (const w of found[back]!) found[state]!.push(w);
      for (let c = 1; c < classes; c++) moves[state * classes + c] = moves[back * classes + c]!;
      for (const [c, child] of children[state]!) {
        fail[child] = moves[back * classes + c]!;
        moves[state * classes + c] = child;
        queue.push(child);
      }
    }
    const width = classes + 2;
    const outputs = found.flat();
    const size = states * width;
    const rows = size < 0x10000 && outputs.length < 0x10000 ? new Uint16Array(size) : new Int32Array(size);
    let at = 0;
    for (let s = 0; s < states; s++) {
      for (let c = 0; c < classes; c++) rows[s * width + c] = moves[s * classes + c]! * width;
      rows[s * width + classes] = at;
      at += found[s]!.length;
      rows[s * width + classes + 1] = at;
    }
    this.rows = rows;
    this.width = width;
    this.outputs = Int32Array.from(outputs);
    this.foundIn = new Uint32Array(ids.size);
  }

  /**
   * The words of the text (scanned once for a run of asks about the same text). The answer stays the
   * text's after the scanner reads another one: an answer asked again once its marks are gone reads
   * its own text again, so a caller may hold two answers at once (a headline's and a body's).
   */
  scan(text: string): ScannedWords {
    const last = this.last;
    if (last !== null && last.text === text && last.mark === this.scanNumber) return last;
    const answer = new ScannedText(this, text, this.mark(text));
    this.last = answer;
    return answer;
  }

  /** Marks the words `text` holds under a new scan number, which it returns. */
  mark(text: string): number {
    if (++this.scanNumber === 0xffffffff) {
      this.foundIn.fill(0);
      this.scanNumber = 1;
    }
    const mark = this.scanNumber;
    const { rows, asciiClass, otherClass, outputs, foundIn } = this;
    const ends = this.width - 2;
    let row = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      row = rows[row + (code < 128 ? asciiClass[code]! : otherClass.get(code) ?? 0)]!;
      for (let o = rows[row + ends]!, end = rows[row + ends + 1]!; o < end; o++) foundIn[outputs[o]!] = mark;
    }
    return mark;
  }

  /** Whether the marks of scan `mark`, still current, or of `text` read again, hold one of the words. */
  holds(answer: ScannedText, words: readonly string[]): boolean {
    const ids = this.gates.get(words);
    if (ids === undefined) {
      for (const word of words) if (answer.text.includes(word)) return true;
      return false;
    }
    if (answer.mark !== this.scanNumber) {
      answer.mark = this.mark(answer.text);
      this.last = answer;
    }
    const mark = answer.mark;
    for (let k = 0; k < ids.length; k++) if (this.foundIn[ids[k]!] === mark) return true;
    return false;
  }
}

/** One scanned text's answers, read from its scanner's marks while they are this text's. */
class ScannedText implements ScannedWords {
  constructor(
    private readonly scanner: WordScan,
    readonly text: string,
    /** The scan number the scanner's marks carry for this text (read again when it has moved on). */
    public mark: number,
  ) {}

  holdsAny(words: readonly string[]): boolean {
    return this.scanner.holds(this, words);
  }
}

// Phrase lists matched over token sequences (lower-cased), longest and overlapping matches alike: a token gets a
// bit for each list and each position (first token of a phrase, or a later one) it stands in.

interface Node {
  next: Map<string, Node> | null;
  /** Bit i set: a phrase of category i ends here. */
  ends: number;
}

export interface GazetteerEntry {
  category: string;
  /** Lower-cased tokens, as the tokenizer splits them. */
  tokens: readonly string[];
}

export class Gazetteer {
  readonly categories: readonly string[];
  private readonly root: Node = { next: new Map(), ends: 0 };
  private readonly maxLength: number;
  readonly size: number;

  constructor(entries: readonly GazetteerEntry[], categories?: readonly string[]) {
    const cats = categories ? [...categories] : [...new Set(entries.map((e) => e.category))].sort();
    if (cats.length > 16) throw new Error('a gazetteer holds at most 16 categories');
    this.categories = cats;
    let maxLength = 0;
    let size = 0;
    for (const e of entries) {
      const c = cats.indexOf(e.category);
      if (c < 0 || !e.tokens.length) continue;
      let node = this.root;
      for (const t of e.tokens) {
        node.next ??= new Map();
        let child = node.next.get(t);
        if (!child) node.next.set(t, (child = { next: null, ends: 0 }));
        node = child;
      }
      if (!(node.ends & (1 << c))) size++;
      node.ends |= 1 << c;
      maxLength = Math.max(maxLength, e.tokens.length);
    }
    this.maxLength = maxLength;
    this.size = size;
  }

  /** Per token a bit mask: bit 2c for "starts a phrase of category c", bit 2c+1 for "continues one". */
  match(lowers: readonly string[], out: Uint32Array = new Uint32Array(lowers.length)): Uint32Array {
    out.fill(0, 0, lowers.length);
    for (let i = 0; i < lowers.length; i++) {
      let node: Node | undefined = this.root;
      for (let j = i; j < lowers.length && j - i < this.maxLength; j++) {
        node = node.next?.get(lowers[j]);
        if (!node) break;
        if (!node.ends) continue;
        for (let c = 0; c < this.categories.length; c++) {
          if (!(node.ends & (1 << c))) continue;
          out[i] |= 1 << (2 * c);
          for (let k = i + 1; k <= j; k++) out[k] |= 1 << (2 * c + 1);
        }
      }
    }
    return out;
  }

  /** Every entry, for serialisation. */
  entries(): GazetteerEntry[] {
    const out: GazetteerEntry[] = [];
    const walk = (node: Node, path: string[]): void => {
      for (let c = 0; c < this.categories.length; c++) if (node.ends & (1 << c)) out.push({ category: this.categories[c], tokens: path });
      if (node.next) for (const [t, child] of node.next) walk(child, [...path, t]);
    };
    walk(this.root, []);
    return out;
  }
}

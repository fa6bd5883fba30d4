// Entity types and the tag encodings the tagger works in. The model decodes in its own scheme (BIO or BILOU, stored
// in the weights file) and always answers in IOB2.

export type NerLabel = 'PER' | 'ORG' | 'LOC' | 'MISC';
export const NER_TYPES: readonly NerLabel[] = ['PER', 'ORG', 'LOC', 'MISC'];

export type TagScheme = 'BIO' | 'BILOU';

/** An entity as token indices [start, end) within one sentence. */
export interface TagSpan {
  start: number;
  end: number;
  type: string;
}

export function schemeLabels(scheme: TagScheme): string[] {
  const prefixes = scheme === 'BIO' ? ['B', 'I'] : ['B', 'I', 'L', 'U'];
  return ['O', ...NER_TYPES.flatMap((t) => prefixes.map((p) => `${p}-${t}`))];
}

/** allowed[prev * L + cur]; prev = L stands for the sentence start, cur = L for its end. */
export function transitionMask(labels: readonly string[]): Uint8Array {
  const L = labels.length;
  const bilou = labels.some((l) => l.startsWith('U-'));
  const mask = new Uint8Array((L + 1) * (L + 1));
  const parse = (i: number): [string, string] => (i === L ? ['', ''] : labels[i] === 'O' ? ['O', ''] : [labels[i][0], labels[i].slice(2)]);
  for (let p = 0; p <= L; p++) {
    for (let c = 0; c <= L; c++) {
      const [pp, pt] = parse(p);
      const [cp, ct] = parse(c);
      // inside an entity (B or I in BILOU) the next tag must continue it; in BIO an entity may end anywhere
      const open = bilou && (pp === 'B' || pp === 'I');
      const continues = (cp === 'I' || cp === 'L') && ct === pt;
      let ok: boolean;
      if (open) ok = continues;
      else if (cp === 'I' || cp === 'L') ok = !bilou && (pp === 'B' || pp === 'I') && ct === pt;
      else ok = true;
      if (p === L && c === L) ok = false;
      mask[p * (L + 1) + c] = ok ? 1 : 0;
    }
  }
  return mask;
}

/** Spans from a tag sequence in IOB1, IOB2, BIOES or BILOU (lenient: an I- after O or another type starts one). */
export function tagsToSpans(tags: readonly string[]): TagSpan[] {
  const out: TagSpan[] = [];
  let start = -1;
  let type = '';
  const close = (i: number): void => {
    if (type) out.push({ start, end: i, type });
    type = '';
  };
  for (let i = 0; i < tags.length; i++) {
    const t = tags[i];
    const m = /^([BIELSU])-(.+)$/.exec(t);
    if (!m) {
      close(i);
      continue;
    }
    const [, p, ty] = m;
    if (p === 'B' || p === 'S' || p === 'U' || ty !== type) {
      close(i);
      start = i;
      type = ty;
    }
    if (p === 'E' || p === 'L' || p === 'S' || p === 'U') close(i + 1);
  }
  close(tags.length);
  return out;
}

/** Tags of `length` tokens in a scheme for the given spans. */
export function spansToTags(spans: readonly TagSpan[], length: number, scheme: TagScheme | 'IOB2'): string[] {
  const tags = new Array<string>(length).fill('O');
  for (const s of spans) {
    for (let i = s.start; i < s.end; i++) tags[i] = `I-${s.type}`;
    if (scheme === 'BILOU') {
      if (s.end - s.start === 1) tags[s.start] = `U-${s.type}`;
      else {
        tags[s.start] = `B-${s.type}`;
        tags[s.end - 1] = `L-${s.type}`;
      }
    } else tags[s.start] = `B-${s.type}`;
  }
  return tags;
}

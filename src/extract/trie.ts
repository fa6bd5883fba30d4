// A trie over token keys: finds the longest listed phrase starting at a token, in time bounded by the longest
// phrase, so matching a whole document is linear in its length.

interface Node<V> {
  next: Map<string, Node<V>>;
  values?: V[];
}

export interface TrieMatch<V> {
  /** Number of tokens matched. */
  length: number;
  values: V[];
}

export class PhraseTrie<V> {
  private readonly root: Node<V> = { next: new Map() };

  add(keys: readonly string[], value: V): void {
    if (keys.length === 0) return;
    let node = this.root;
    for (const key of keys) {
      let child = node.next.get(key);
      if (!child) {
        child = { next: new Map() };
        node.next.set(key, child);
      }
      node = child;
    }
    (node.values ??= []).push(value);
  }

  /** The longest phrase starting at keys[from], not running past `to`. */
  longestAt(keys: readonly string[], from: number, to = keys.length): TrieMatch<V> | null {
    let node: Node<V> | undefined = this.root;
    let best: TrieMatch<V> | null = null;
    for (let i = from; i < to; i++) {
      node = node.next.get(keys[i]);
      if (!node) break;
      if (node.values) best = { length: i - from + 1, values: node.values };
    }
    return best;
  }

  /** Whether `keys` is exactly a listed phrase. */
  get(keys: readonly string[]): V[] | undefined {
    let node: Node<V> | undefined = this.root;
    for (const key of keys) {
      node = node.next.get(key);
      if (!node) return undefined;
    }
    return node.values;
  }
}

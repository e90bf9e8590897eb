// Results of the pure text parsers remembered by their input, so that a text read twice is parsed
// once: the re-check after a refresh reads the same goal rows again (all but the status cells are
// the same), and real contracts repeat target and actual texts. The results are frozen: a caller
// that changed one would change it for every later reader, so it fails at once instead.

/** How many texts a memo keeps before it starts over (a bound on memory, not on correctness). */
const LIMIT = 250_000;

function deepFreeze<T>(v: T): T {
  if (v !== null && typeof v === "object" && !Object.isFrozen(v)) {
    Object.freeze(v);
    for (const x of Object.values(v)) deepFreeze(x);
  }
  return v;
}

/** A function of one string, remembered. */
export function memoByText<V>(fn: (text: string) => V): (text: string) => V {
  let seen = new Map<string, V>();
  return (text) => {
    const hit = seen.get(text);
    if (hit !== undefined || seen.has(text)) return hit as V;
    const v = deepFreeze(fn(text));
    if (seen.size >= LIMIT) seen = new Map();
    seen.set(text, v);
    return v;
  };
}

/** A function of an object (by identity, held weakly) and a string, remembered. */
export function memoByObjectAndText<K extends object, V>(fn: (key: K, text: string) => V): (key: K, text: string) => V {
  const seen = new WeakMap<K, Map<string, V>>();
  return (key, text) => {
    let inner = seen.get(key);
    if (!inner || inner.size >= LIMIT) seen.set(key, (inner = new Map()));
    const hit = inner.get(text);
    if (hit !== undefined || inner.has(text)) return hit as V;
    const v = deepFreeze(fn(key, text));
    inner.set(text, v);
    return v;
  };
}

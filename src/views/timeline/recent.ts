// A few results kept by key, the least recently used dropped first: the timeline keeps the items
// and layouts of the last few choices of filters, since going back to all institutions (the
// default) after choosing one made and laid out every record's mark again.

export function recent<K, V>(size: number): (key: K, make: () => V) => V {
  const kept = new Map<K, V>();
  return (key, make) => {
    const value = kept.has(key) ? kept.get(key)! : make();
    // Moved to the end: the Map's order is the order of use.
    kept.delete(key);
    kept.set(key, value);
    if (kept.size > size) kept.delete(kept.keys().next().value!);
    return value;
  };
}

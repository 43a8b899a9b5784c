// A result kept with the object it was made from, for the last other arguments it was made
// with. Every record's statistics and arcs are one object each (kept per index, aggregate.ts
// and layers.ts), so what is drawn from them is found again when the filters go back to none.

/** `make`, remembering per first argument its last result and the other arguments it had. */
export function lastFor<K extends object, A extends unknown[], R>(
  make: (key: K, ...args: A) => R,
): (key: K, ...args: A) => R {
  const made = new WeakMap<K, { args: A; value: R }>();
  return (key, ...args) => {
    const last = made.get(key);
    if (last && args.every((a, i) => Object.is(a, last.args[i])))
      return last.value;
    const value = make(key, ...args);
    made.set(key, { args, value });
    return value;
  };
}

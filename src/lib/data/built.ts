// The bundled dataset: validated, and placed on the default map, at build time. Known by its
// object, so that the first view need not check again (or carry the code that checks).
const built = new WeakSet<object>();

export function markBuilt<T extends object>(dataset: T): T {
  built.add(dataset);
  return dataset;
}

export const isBuilt = (dataset: object): boolean => built.has(dataset);

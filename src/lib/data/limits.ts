/** Files above this are refused before parsing: a browser tab should not choke on a dump. */
export const MAX_DATASET_BYTES = 10 * 1024 * 1024;

export function tooLarge(bytes: number): string {
  const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
  return `The file is ${mb(bytes)} MB; the limit is ${mb(MAX_DATASET_BYTES)} MB.`;
}

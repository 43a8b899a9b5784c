import type { Refusal } from "./problems.ts";

/**
 * Files above this (10 × 1,024 × 1,024 bytes) are refused before parsing: the largest real
 * dataset is well under 1 MB, and a browser tab should not choke on a database dump or a
 * wrong file. A Content-Length above it spares reading the file (load.ts); otherwise the bytes
 * are counted before parsing (parse.ts).
 */
export const MAX_DATASET_BYTES = 10 * 1024 * 1024;

/** `bytes` when known (a Content-Length, a file on disk). */
export function tooLarge(bytes?: number): Refusal {
  return {
    code: "tooLarge",
    ...(bytes === undefined ? {} : { bytes }),
    limit: MAX_DATASET_BYTES,
  };
}

// The messages between an embedded atlas (src/embed/height.ts, in the iframe) and the host
// page's script (src/embed/resizer.ts). Both sides check the shape; the host also checks the
// origin. A height is not a secret, so the atlas posts it to any parent.

export const HEIGHT = "cooperation-atlas:height";
/** The host asks again, in case its script ran after the atlas first posted. */
export const MEASURE = "cooperation-atlas:measure";
/** Taller than any page the atlas draws; a larger value is refused, not obeyed. */
export const MAX_HEIGHT = 20_000;

/** The height a message asks for, or null when the message is not ours or not well formed. */
export function readHeight(data: unknown): number | null {
  if (typeof data !== "object" || data === null) return null;
  const { type, height } = data as { type?: unknown; height?: unknown };
  if (type !== HEIGHT || typeof height !== "number") return null;
  if (!Number.isFinite(height) || height < 0 || height > MAX_HEIGHT)
    return null;
  return Math.ceil(height);
}

export function isMeasureRequest(data: unknown): boolean {
  return (
    typeof data === "object" &&
    data !== null &&
    (data as { type?: unknown }).type === MEASURE
  );
}

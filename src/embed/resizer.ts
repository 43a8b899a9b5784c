// The host page's script (dist/embed.js): keeps each embedded atlas iframe as tall as its
// content. No dependencies, no exports in the build; it obeys only a well-formed message that
// comes from an atlas iframe's own window and from that iframe's origin.
import { MEASURE, readHeight } from "./message.ts";

/** The iframes this script sizes: marked by the snippet the app writes. */
export const FRAME_SELECTOR = "iframe[data-cooperation-atlas]";

export interface FrameLike {
  src: string;
  contentWindow: unknown;
  style: { height: string };
}

export interface MessageLike {
  origin: string;
  source: unknown;
  data: unknown;
}

function originOf(src: string): string | null {
  try {
    return new URL(src).origin;
  } catch {
    return null;
  }
}

/** Sizes the iframe a message came from; returns it, or null when the message is ignored. */
export function applyHeight<F extends FrameLike>(
  event: MessageLike,
  frames: Iterable<F>,
): F | null {
  const height = readHeight(event.data);
  if (height === null) return null;
  for (const frame of frames) {
    if (frame.contentWindow !== event.source) continue;
    if (originOf(frame.src) !== event.origin) return null;
    frame.style.height = `${height}px`;
    return frame;
  }
  return null;
}

export function install(win: Window): void {
  const frames = () =>
    win.document.querySelectorAll<HTMLIFrameElement>(FRAME_SELECTOR);
  win.addEventListener("message", (event) => applyHeight(event, frames()));
  // An atlas that loaded before this script posted its height to no one: ask again.
  for (const frame of frames()) {
    const origin = originOf(frame.src);
    if (origin) frame.contentWindow?.postMessage({ type: MEASURE }, origin);
  }
}

if (typeof window !== "undefined" && typeof document !== "undefined")
  install(window);

// Keys of keyboards and presentation clickers (which send PageDown/PageUp, sometimes arrows
// or "b" and "."), and what each does in the deck. Pure.
export type DeckAction =
  "next" | "prev" | "first" | "last" | "fullscreen" | "leave";

const ACTIONS: Record<string, DeckAction> = {
  ArrowRight: "next",
  ArrowDown: "next",
  PageDown: "next",
  " ": "next",
  Spacebar: "next",
  ArrowLeft: "prev",
  ArrowUp: "prev",
  PageUp: "prev",
  Home: "first",
  End: "last",
  f: "fullscreen",
  F: "fullscreen",
  Escape: "leave",
};

export interface KeyPress {
  key: string;
  shiftKey?: boolean;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
  /** The element the key was typed in. */
  target?: EventTarget | null;
}

/** Where people type: keys there are theirs, never the deck's. */
function isTyping(target: EventTarget | null | undefined): boolean {
  const el = target as {
    tagName?: string;
    isContentEditable?: boolean;
  } | null;
  if (!el?.tagName) return false;
  return (
    el.isContentEditable === true ||
    ["INPUT", "TEXTAREA", "SELECT"].includes(el.tagName.toUpperCase())
  );
}

/** The deck's action for a key, or null when the key is not the deck's. */
export function deckAction(press: KeyPress): DeckAction | null {
  if (press.ctrlKey || press.metaKey || press.altKey) return null;
  if (isTyping(press.target)) return null;
  const action = ACTIONS[press.key] ?? null;
  // Shift+Space goes back, as it scrolls back in a page.
  if (action === "next" && press.key === " " && press.shiftKey) return "prev";
  return action;
}

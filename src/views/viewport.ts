// The window's height, followed on resize, for views that size themselves to the screen.
// An attachment rather than <svelte:window bind:innerHeight>: that binding would bring its
// helper into the Svelte runtime the first view loads.

/** Calls `set` with the window's inner height now and on every resize. */
export function followHeight(set: (height: number) => void) {
  return () => {
    const on = () => set(window.innerHeight);
    on();
    addEventListener("resize", on);
    return () => removeEventListener("resize", on);
  };
}

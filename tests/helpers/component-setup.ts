import "@testing-library/jest-dom/vitest";
import { cleanup } from "@testing-library/svelte";
import { afterAll, afterEach } from "vitest";

// jsdom has no ResizeObserver; Svelte's bind:clientWidth needs one to exist. It never reports:
// jsdom lays nothing out.
globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
};

// A Svelte warning (development builds print them with console.warn, "[svelte] code") fails the
// test it was printed in, so that none comes back unnoticed. console.warn is wrapped by hand, not
// with vi.spyOn, which a test's vi.restoreAllMocks() would undo before the check.
const svelteWarnings: string[] = [];
const warn = console.warn.bind(console);
console.warn = (...args: unknown[]) => {
  const text = args.map(String).join(" ");
  if (text.includes("[svelte]")) svelteWarnings.push(text.replaceAll("%c", ""));
  warn(...args);
};

function failOnSvelteWarnings() {
  const printed = svelteWarnings.splice(0);
  if (printed.length) {
    throw new Error(
      `Svelte printed ${printed.length} warning(s):\n${printed.join("\n")}`,
    );
  }
}

afterEach(() => {
  // Unmounting may warn too: checked after it.
  cleanup();
  failOnSvelteWarnings();
});
// A warning printed after the file's last test (a timer, an effect) still fails the file.
afterAll(failOnSvelteWarnings);

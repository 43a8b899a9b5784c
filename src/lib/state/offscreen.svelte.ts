// The records and filters as a view below the map sees them: the shared ones while it is on
// screen, the same a little later while it is not. A change is then answered on screen in the
// frame that follows it, and a view nobody can see (the timeline under the map: at 10,000
// records a thousand SVG elements to make, style and lay out again) catches up after it and
// after the detail panel's frame (Atlas.svelte). The detail panel itself always follows a
// little later (followLater). Writes go to the shared filters at once.
// Each lazily loaded view calls it, so that none of it weighs on the first view.
import { untrack } from "svelte";
import type { Attachment } from "svelte/attachments";
import type { CooperationRecord } from "../data/schema.ts";
import { createFilters, type Filters } from "./filters.svelte.ts";

export interface Followed {
  readonly records: CooperationRecord[];
  readonly filters: Filters;
  /** On the view's frame: whether it is on screen is watched there. */
  readonly watch: Attachment<Element>;
}

const write = (filters: Filters, key: keyof Filters, value: unknown) =>
  ((filters as unknown as Record<string, unknown>)[key] = value);

type Shared = () => { records: CooperationRecord[]; filters: Filters };

/**
 * The `shared()` records and filters (a view's props) as the view sees them, on screen until its
 * frame (`watch`) is seen to be off it. Call during a component's initialisation: it makes an
 * effect.
 */
export const followOffScreen = (shared: Shared): Followed =>
  follow(shared, true);

/**
 * The `shared()` records and filters as the detail panel sees them: always a little later. It
 * opens and closes in the frame after the map's (Atlas.svelte); going back to every institution
 * then leaves the institution's cards as they are until the panel closes, rather than taking
 * them down in the frame that shows the map's answer (1 ms at 10,000 records), and a year
 * changed with a country chosen is shown on the map before the panel adds up its records again.
 */
export const followLater = (
  shared: Shared,
): Pick<Followed, "records" | "filters"> => follow(shared, false);

function follow(shared: Shared, watched: boolean): Followed {
  const filters = untrack(() => shared().filters);
  const records = () => shared().records;
  let onScreen = $state(watched);
  // Field by field, so that a view that reads only the years is not updated for a country.
  const late = untrack(() => createFilters({ ...filters }));
  let lateRecords = $state.raw(untrack(records));
  $effect(() => {
    const next: Partial<Record<keyof Filters, unknown>> = { ...filters };
    const list = records();
    const catchUp = () => {
      for (const key in next) {
        const k = key as keyof Filters;
        if (!Object.is(late[k], next[k])) write(late, k, next[k]);
      }
      lateRecords = list;
    };
    if (onScreen) return catchUp();
    // The first animation frame shows the change on screen, the second the detail panel opened
    // or closed (Atlas.svelte); the view catches up after them.
    let timer: ReturnType<typeof setTimeout> | undefined;
    let frame = requestAnimationFrame(
      () =>
        (frame = requestAnimationFrame(() => (timer = setTimeout(catchUp)))),
    );
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  });
  const seen = {} as Filters;
  for (const key in filters) {
    const k = key as keyof Filters;
    Object.defineProperty(seen, k, {
      enumerable: true,
      get: () => (onScreen ? filters[k] : late[k]),
      set: (value) => {
        write(filters, k, value);
        write(late, k, value);
      },
    });
  }
  return {
    get records() {
      return onScreen ? records() : lateRecords;
    },
    filters: seen,
    watch: (frame) => {
      if (typeof IntersectionObserver === "undefined") return;
      const observer = new IntersectionObserver((entries) => {
        onScreen = entries[entries.length - 1]!.isIntersecting;
      });
      observer.observe(frame);
      return () => {
        observer.disconnect();
        onScreen = true;
      };
    },
  };
}

// An estimate of a line's width where nothing can measure it (the layouts are pure, and run in
// Node for the tests): per character class, in ems of a sans-serif face. Shared by the flows'
// labels and the timeline's (which measures with a canvas in the browser).

const NARROW = /[ilI.,:;'!|()\[\]]/;
const SLIM = /[fjrt\-/ ]/;
const WIDE = /[mwMW@%]/;
const CAPITAL = /[A-Z0-9+–—]/;
// CJK ideographs, kana, Hangul and full-width forms take a whole em.
const FULL =
  /[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/;

/** Estimated advance of one line of text in px, for a sans-serif face at `fontSize` px. */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) {
    em += FULL.test(ch)
      ? 1
      : NARROW.test(ch)
        ? 0.3
        : SLIM.test(ch)
          ? 0.4
          : WIDE.test(ch)
            ? 0.95
            : CAPITAL.test(ch)
              ? 0.68
              : 0.61;
  }
  return em * fontSize;
}

// The atlas's side of embedding: when shown in an iframe, it posts its height to the host
// page whenever the content's height changes (src/embed/resizer.ts sets the iframe's height).
import { HEIGHT, isMeasureRequest } from "./message.ts";

export function reportHeight(win: Window = window): () => void {
  if (win.parent === win) return () => {};
  const root = win.document.documentElement;
  let last = -1;
  const post = (force = false) => {
    const height = Math.ceil(root.getBoundingClientRect().height);
    if (height === last && !force) return;
    last = height;
    win.parent.postMessage({ type: HEIGHT, height }, "*");
  };
  const observer = new ResizeObserver(() => post());
  observer.observe(root);
  const onMessage = (event: MessageEvent) => {
    if (event.source === win.parent && isMeasureRequest(event.data)) post(true);
  };
  win.addEventListener("message", onMessage);
  post();
  return () => {
    observer.disconnect();
    win.removeEventListener("message", onMessage);
  };
}

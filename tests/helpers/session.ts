// One static server and one Chromium for a browser test file, started before its tests and
// closed after them.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { launch } from "./browser.ts";
import { serve, type StaticServer } from "./server.ts";

export interface Session {
  browser: Browser;
  server: StaticServer;
}

export function browserSession(): Session {
  const session = {} as Session;
  beforeAll(async () => {
    session.server = await serve();
    session.browser = await launch();
  });
  afterAll(async () => {
    await session.browser?.close();
    await session.server?.close();
  });
  return session;
}

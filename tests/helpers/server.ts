// A static file server for browser tests: the production build under a sub-folder (to prove
// relative asset paths) and the test fixtures beside it, on 127.0.0.1 only.
import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize } from "node:path";
import { ROOT } from "./fixtures.ts";

export const SUBFOLDER = "/university/atlas/";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
};

/** The build again, with its dataset swapped for another file after the build (a web team's update). */
export const TAMPERED = "/tampered/";

/** Host pages that browser tests write (tests/output/host/): a university site embedding the atlas. */
export const HOST = "/host/";
export const HOST_DIR = join(ROOT, "tests/output/host");

const MOUNTS: [string, string][] = [
  [HOST, HOST_DIR],
  [`${TAMPERED}data/cooperation.json`, join(ROOT, "tests/fixtures/mixed.json")],
  [TAMPERED, join(ROOT, "dist")],
  [SUBFOLDER, join(ROOT, "dist")],
  ["/fixtures/", join(ROOT, "tests/fixtures")],
];

/** The strict policy a university web team may host under; violations show as console errors. */
export const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; frame-ancestors *";

/** Where the browser reports what the policy blocked (report-uri, which Chromium still sends). */
export const CSP_REPORTS = "/csp-report";

export interface StaticServer {
  origin: string;
  /** The app's address: origin + sub-folder. */
  app: string;
  /** The violation reports the browser sent, as it sent them. */
  reports: unknown[];
  close(): Promise<void>;
}

/**
 * Serves the build, and the fixtures beside it, under the strict policy (CSP) with a report-uri
 * on this server; host pages (HOST) are another site's and are served without it. `mounts`:
 * more [prefix, folder] pairs, looked at first (the benchmark's builds).
 */
export async function serve(
  options: { csp?: boolean; mounts?: [string, string][] } = {},
): Promise<StaticServer> {
  const { csp = true } = options;
  const mounts = [...(options.mounts ?? []), ...MOUNTS];
  const reports: unknown[] = [];
  if (!existsSync(join(ROOT, "dist/index.html"))) {
    throw new Error(
      "No production build in dist/: run `npm run build` first (npm test does).",
    );
  }
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(
      new URL(req.url ?? "/", "http://x").pathname,
    );
    if (path === CSP_REPORTS && req.method === "POST") {
      let body = "";
      req.setEncoding("utf8");
      req.on("data", (chunk: string) => (body += chunk));
      req.on("end", () => {
        try {
          reports.push(JSON.parse(body));
        } catch {
          reports.push(body);
        }
        res.writeHead(204).end();
      });
      return;
    }
    const mount = mounts.find(([prefix]) => path.startsWith(prefix));
    let file = mount && normalize(join(mount[1], path.slice(mount[0].length)));
    if (
      file &&
      mount &&
      file.startsWith(mount[1]) &&
      existsSync(file) &&
      statSync(file).isDirectory()
    ) {
      file = join(file, "index.html");
    }
    if (!file || !mount || !file.startsWith(mount[1]) || !existsSync(file)) {
      res.writeHead(404, { "Content-Type": "text/plain" }).end("not found");
      return;
    }
    res.writeHead(200, {
      "Content-Type": TYPES[extname(file)] ?? "application/octet-stream",
      ...(csp && mount[0] !== HOST
        ? { "Content-Security-Policy": `${CSP}; report-uri ${CSP_REPORTS}` }
        : {}),
    });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    app: `${origin}${SUBFOLDER}`,
    reports,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

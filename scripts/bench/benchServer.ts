// The web server of npm run bench:web: serves dist/ on 127.0.0.1 the way a static host serves
// Framework's output (clean URLs, index.html for folders), gzip-compressed when the browser
// asks and compression helps — as an intranet web server configured for it would (nginx
// gzip_static, IIS static compression) — plus, for the run only, a folder of benchmark files
// under /_bench/ that never touches dist/. Compressed files are made once and kept in memory,
// so compression time is not counted in the page timings.
import {readFile, realpath, stat} from "node:fs/promises";
import {createServer, type IncomingMessage, type ServerResponse} from "node:http";
import type {AddressInfo} from "node:net";
import {extname, join, resolve, sep} from "node:path";
import {gzipSync} from "node:zlib";
import {contentTypeOf} from "../staticServer.ts";

/** Already compressed formats gain nothing from gzip. */
const STORED = new Set([".woff2", ".woff", ".png", ".zip", ".parquet"]);

export interface BenchServer {
  readonly url: string;
  close(): Promise<void>;
}

/** Serves `dist` (and `extras` at /_bench/) on a random loopback port; gzip unless `gzip` is false. */
export async function serveForBench(dist: string, {extras, gzip = true}: {extras?: string; gzip?: boolean} = {}): Promise<BenchServer> {
  const roots = {site: await realpath(resolve(dist)), bench: extras === undefined ? undefined : await realpath(resolve(extras))};
  const compressed = new Map<string, Buffer>();

  const locate = async (pathname: string): Promise<string | undefined> => {
    let decoded: string;
    try {
      decoded = decodeURIComponent(pathname);
    } catch {
      return undefined;
    }
    if (decoded.includes("\0") || decoded.split("/").includes("..")) return undefined;
    const [root, rest] =
      decoded.startsWith("/_bench/") && roots.bench !== undefined ? [roots.bench, decoded.slice("/_bench/".length)] : [roots.site, decoded.slice(1)];
    const candidates = rest === "" || rest.endsWith("/") ? [`${rest}index.html`] : [rest, `${rest}.html`];
    for (const candidate of candidates) {
      const path = resolve(join(root, candidate));
      if (path !== root && !path.startsWith(root + sep)) continue;
      const info = await stat(path).catch(() => undefined);
      if (info?.isFile()) return path;
    }
    return undefined;
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const path = await locate(new URL(req.url ?? "/", "http://localhost").pathname);
    if (path === undefined) {
      res.writeHead(404, {"content-type": "text/plain"}).end("Not Found\n");
      return;
    }
    const ext = extname(path).toLowerCase();
    const headers: Record<string, string> = {"content-type": contentTypeOf(path), "cache-control": "no-cache"};
    let body: Buffer = await readFile(path);
    if (gzip && !STORED.has(ext) && /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""))) {
      let packed = compressed.get(path);
      if (packed === undefined) compressed.set(path, (packed = gzipSync(body, {level: 6})));
      if (packed.length < body.length) {
        body = packed;
        headers["content-encoding"] = "gzip";
        headers.vary = "accept-encoding";
      }
    }
    headers["content-length"] = String(body.length);
    res.writeHead(200, headers);
    res.end(req.method === "HEAD" ? undefined : body);
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, {"content-type": "text/plain"}).end(`${String(error)}\n`);
      else res.destroy();
    });
  });
  await new Promise<void>((done, fail) => {
    server.once("error", fail);
    server.listen(0, "127.0.0.1", () => done());
  });
  const {port} = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((done, fail) => {
        server.close((error) => (error ? fail(error) : done()));
        server.closeAllConnections();
      })
  };
}

// A tiny static file server for browser tests: serves a directory the way a
// static host serves Observable Framework's dist/ (clean URLs, index.html for
// directories, byte ranges for DuckDB's HTTP reads). Node built-ins only.

import {createReadStream} from "node:fs";
import {readFile, realpath, stat} from "node:fs/promises";
import type {Stats} from "node:fs";
import {createServer} from "node:http";
import type {IncomingMessage, ServerResponse} from "node:http";
import type {AddressInfo} from "node:net";
import {extname, join, resolve, sep} from "node:path";
import {SECURITY_HEADERS, headerPolicy, pagePolicy} from "./build/contentSecurityPolicy.ts";

export interface StaticServer {
  /** Origin of the server, e.g. http://127.0.0.1:43121 (no trailing slash). */
  url: string;
  close(): Promise<void>;
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".htm": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
  ".tsv": "text/tab-separated-values; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".md": "text/markdown; charset=utf-8",
  ".xml": "application/xml",
  ".arrow": "application/vnd.apache.arrow.file",
  ".parquet": "application/vnd.apache.parquet",
  ".wasm": "application/wasm",
  ".woff2": "font/woff2",
  ".woff": "font/woff",
  ".ttf": "font/ttf",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".gif": "image/gif",
  ".webp": "image/webp",
  ".ico": "image/x-icon",
  ".svg": "image/svg+xml",
  ".pdf": "application/pdf",
  ".zip": "application/zip"
};

export function contentTypeOf(path: string): string {
  return CONTENT_TYPES[extname(path).toLowerCase()] ?? "application/octet-stream";
}

async function statFile(path: string): Promise<Stats | undefined> {
  try {
    const s = await stat(path);
    return s.isFile() ? s : undefined;
  } catch {
    return undefined;
  }
}

function isInside(root: string, path: string): boolean {
  return path === root || path.startsWith(root.endsWith(sep) ? root : root + sep);
}

type Resolved = {kind: "file"; path: string; stats: Stats} | {kind: "redirect"; location: string} | {kind: "missing"};

/** Maps a URL pathname to a file under root, like a static host would. */
async function resolveRequest(root: string, pathname: string): Promise<Resolved> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return {kind: "missing"};
  }
  if (decoded.includes("\0") || decoded.includes("\\")) return {kind: "missing"};
  // Any "." or ".." segment (after decoding %2e%2e%2f and friends) is refused outright.
  const segments = decoded.split("/");
  if (segments.some((s) => s === "." || s === "..")) return {kind: "missing"};
  const relative = segments.filter((s) => s !== "").join("/");
  const base = relative === "" ? root : join(root, relative);
  if (!isInside(root, base)) return {kind: "missing"};

  const candidates: string[] = [];
  if (decoded.endsWith("/")) {
    candidates.push(join(base, "index.html"));
  } else {
    candidates.push(base, `${base}.html`);
  }
  for (const candidate of candidates) {
    const stats = await statFile(candidate);
    if (stats === undefined) continue;
    // Never follow a symlink out of the served directory.
    let real: string;
    try {
      real = await realpath(candidate);
    } catch {
      continue;
    }
    if (!isInside(root, real)) return {kind: "missing"};
    return {kind: "file", path: real, stats};
  }
  // /foo where foo/ is a directory with an index: redirect to /foo/ as static hosts do.
  if (!decoded.endsWith("/") && (await statFile(join(base, "index.html"))) !== undefined) {
    return {kind: "redirect", location: `${pathname}/`};
  }
  return {kind: "missing"};
}

/** Which encodings a request's Accept-Encoding allows (q=0 refuses one). */
function acceptedEncodings(header: string | string[] | undefined): Set<string> {
  const accepted = new Set<string>();
  for (const part of String(header ?? "").split(",")) {
    const [name = "", ...params] = part.trim().toLowerCase().split(";");
    const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    if (name !== "" && (q === undefined || Number(q.slice(2)) > 0)) accepted.add(name);
  }
  return accepted;
}

/** The .br or .gz file written beside `path` at build time, if the request accepts it. */
async function precompressedVariant(path: string, acceptEncoding: string | string[] | undefined): Promise<{path: string; stats: Stats; encoding: string} | undefined> {
  const accepted = acceptedEncodings(acceptEncoding);
  for (const [encoding, suffix] of [["br", ".br"], ["gzip", ".gz"]] as const) {
    if (!accepted.has(encoding)) continue;
    const stats = await statFile(path + suffix);
    if (stats !== undefined) return {path: path + suffix, stats, encoding};
  }
  return undefined;
}

/** Parses a single "bytes=" range; undefined means "serve the whole file", null means unsatisfiable. */
function parseRange(header: string | undefined, size: number): {start: number; end: number} | null | undefined {
  if (header === undefined) return undefined;
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (match === null) return undefined; // multiple or malformed ranges: ignore (allowed by RFC 9110)
  const [, from = "", to = ""] = match;
  if (from === "" && to === "") return undefined;
  let start: number;
  let end: number;
  if (from === "") {
    const suffix = Number(to);
    if (suffix === 0) return null;
    start = Math.max(0, size - suffix);
    end = size - 1;
  } else {
    start = Number(from);
    end = to === "" ? size - 1 : Math.min(Number(to), size - 1);
  }
  if (start >= size || start > end) return null;
  return {start, end};
}

function sendText(res: ServerResponse, status: number, text: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, {"content-type": "text/plain; charset=utf-8", "cache-control": "no-store", ...SECURITY_HEADERS, ...headers});
  res.end(text);
}

async function handle(root: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (req.method !== "GET" && req.method !== "HEAD") {
    sendText(res, 405, "Method Not Allowed\n", {allow: "GET, HEAD"});
    return;
  }
  const url = new URL(req.url ?? "/", "http://localhost");
  const resolved = await resolveRequest(root, url.pathname);
  if (resolved.kind === "missing") {
    sendText(res, 404, "Not Found\n");
    return;
  }
  if (resolved.kind === "redirect") {
    sendText(res, 301, "Moved Permanently\n", {location: resolved.location + url.search});
    return;
  }
  const {path: original, stats: originalStats} = resolved;
  // A compressed copy written at build time (scripts/build/precompress.ts), when the browser
  // takes it; byte ranges (DuckDB's reads) always get the file itself.
  const encoded = req.headers.range === undefined ? await precompressedVariant(original, req.headers["accept-encoding"]) : undefined;
  const path = encoded?.path ?? original;
  const stats = encoded?.stats ?? originalStats;
  const size = stats.size;
  const headers: Record<string, string> = {
    "content-type": contentTypeOf(original),
    vary: "accept-encoding",
    "accept-ranges": "bytes",
    "cache-control": "no-store",
    "last-modified": stats.mtime.toUTCString(),
    ...SECURITY_HEADERS
  };
  if (encoded !== undefined) headers["content-encoding"] = encoded.encoding;
  // A page's policy also goes out as a header, the only form that can forbid framing. Other files
  // get none: a worker script is bound by the policy it is served with, and the page's is enough.
  if (headers["content-type"]!.startsWith("text/html")) {
    const policy = pagePolicy(await readFile(original, "utf-8"));
    headers["content-security-policy"] = policy === null ? "frame-ancestors 'none'" : headerPolicy(policy);
  }
  const range = parseRange(req.headers.range, size);
  if (range === null) {
    sendText(res, 416, "Range Not Satisfiable\n", {"content-range": `bytes */${size}`});
    return;
  }
  const start = range?.start ?? 0;
  const end = range?.end ?? size - 1;
  const length = size === 0 ? 0 : end - start + 1;
  headers["content-length"] = String(length);
  if (range !== undefined) headers["content-range"] = `bytes ${start}-${end}/${size}`;
  res.writeHead(range !== undefined ? 206 : 200, headers);
  if (req.method === "HEAD" || length === 0) {
    res.end();
    return;
  }
  const stream = createReadStream(path, {start, end});
  stream.on("error", () => res.destroy());
  stream.pipe(res);
}

/**
 * Serves dir on 127.0.0.1 (at `port`, by default a random one): "/" → index.html, "/foo" → foo
 * or foo.html, "/foo/" → foo/index.html, 404 otherwise; never outside dir. Every response carries
 * SECURITY_HEADERS, and every page its Content-Security-Policy with frame-ancestors 'none'.
 */
export async function serveDirectory(dir: string, port = 0): Promise<StaticServer> {
  const root = await realpath(resolve(dir));
  const server = createServer((req, res) => {
    handle(root, req, res).catch((error: unknown) => {
      if (!res.headersSent) sendText(res, 500, `Internal Server Error\n${String(error)}\n`);
      else res.destroy();
    });
  });
  server.keepAliveTimeout = 1000;
  await new Promise<void>((resolveListen, rejectListen) => {
    server.once("error", rejectListen);
    server.listen(port, "127.0.0.1", () => {
      server.off("error", rejectListen);
      resolveListen();
    });
  });
  const {port: listening} = server.address() as AddressInfo;
  let closed: Promise<void> | undefined;
  return {
    url: `http://127.0.0.1:${listening}`,
    close() {
      closed ??= new Promise<void>((resolveClose, rejectClose) => {
        server.close((error) => (error ? rejectClose(error) : resolveClose()));
        server.closeAllConnections();
      });
      return closed;
    }
  };
}

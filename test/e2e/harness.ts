// Shared by the browser tests and the speed script: build the app once, serve it on 127.0.0.1,
// drive Debian's Chromium with playwright-core (never a downloaded browser).
import { existsSync } from "node:fs";
import { mkdir, readFile, stat } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import { extname, join, normalize, resolve } from "node:path";
import type { AddressInfo } from "node:net";
import { chromium, type Browser } from "playwright-core";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const hasChromium = existsSync(CHROMIUM);
export const ROOT = resolve(import.meta.dirname, "../..");
export const OUTPUT = join(ROOT, "test-output");

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".css": "text/css",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".wasm": "application/wasm",
};

/** vite build into test-output/<name>; returns the folder. */
export async function buildApp(name = "e2e-dist"): Promise<string> {
  const outDir = join(OUTPUT, name);
  const { build } = await import("vite");
  await build({ root: ROOT, logLevel: "warn", build: { outDir, emptyOutDir: true } });
  return outDir;
}

export interface StaticServer {
  url: string;
  /** Extra files served from memory, e.g. a generated graph. */
  extra: Map<string, string>;
  close(): Promise<void>;
}

export async function serve(dir: string): Promise<StaticServer> {
  const extra = new Map<string, string>();
  const server: Server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    const mem = extra.get(path);
    if (mem !== undefined) {
      res.writeHead(200, { "content-type": TYPES[extname(path)] ?? "application/octet-stream" });
      res.end(mem);
      return;
    }
    let file = normalize(join(dir, path));
    if (!file.startsWith(dir)) {
      res.writeHead(403).end();
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, "index.html");
      const body = await readFile(file);
      res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
      res.end(body);
    } catch {
      res.writeHead(404).end("not found");
    }
  });
  await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    extra,
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}

export async function launch(): Promise<Browser> {
  await mkdir(OUTPUT, { recursive: true });
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      "--disable-quic",
      // WebGL without a GPU: Chromium's software rasterizer.
      "--enable-unsafe-swiftshader",
      "--use-angle=swiftshader",
    ],
  });
}

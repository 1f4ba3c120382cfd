// A static file server that behaves like an LMS or a plain web host: files are served only by their
// exact path under a base path, and no folder URL is mapped to index.html.
// Usage: node src/cli/serve.ts [--dir dist] [--port 4321] [--base /] [--host 127.0.0.1] [--mount /path/=folder …]
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.xsd': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.zip': 'application/zip',
  '.webmanifest': 'application/manifest+json',
};

export interface ServeOptions {
  dir: string;
  port: number;
  base: string;
  host: string;
  /** More folders served under their own path prefixes, e.g. unzipped SCORM packages for tests. */
  mounts?: { prefix: string; dir: string }[];
}

export function startServer(opts: ServeOptions): Promise<Server> {
  const slash = (p: string) => (p.endsWith('/') ? p : `${p}/`);
  // Longest prefix first, so that a mount inside the base path wins.
  const mounts = [{ prefix: slash(opts.base), dir: resolve(opts.dir) }, ...(opts.mounts ?? []).map((m) => ({ prefix: slash(m.prefix), dir: resolve(m.dir) }))].sort(
    (a, b) => b.prefix.length - a.prefix.length,
  );
  const siteRoot = resolve(opts.dir);
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let path: string;
    try {
      path = decodeURIComponent(url.pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    const notFound = async () => {
      const body = await readFile(join(siteRoot, '404.html')).catch(() => Buffer.from('404'));
      res.writeHead(404, { 'content-type': TYPES['.html']! }).end(body);
    };
    const mount = mounts.find((m) => path.startsWith(m.prefix));
    if (!mount) return notFound();
    const root = mount.dir;
    const file = normalize(join(root, path.slice(mount.prefix.length)));
    if (file !== root && !file.startsWith(root + sep)) return notFound();
    const info = await stat(file).catch(() => undefined);
    if (!info?.isFile()) return notFound(); // folders are never mapped to index.html
    res.writeHead(200, {
      'content-type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    });
    res.end(await readFile(file));
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(opts.port, opts.host, () => ok(server));
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: {
      dir: { type: 'string', default: 'dist' },
      port: { type: 'string', default: process.env.PORT ?? '4321' },
      base: { type: 'string', default: '/' },
      host: { type: 'string', default: '127.0.0.1' },
      mount: { type: 'string', multiple: true, default: [] },
    },
  });
  const mounts = values.mount.map((m) => {
    const [prefix = '', dir = ''] = m.split('=');
    return { prefix, dir };
  });
  const opts = { dir: values.dir, port: Number(values.port), base: values.base, host: values.host, mounts };
  const base = opts.base.endsWith('/') ? opts.base : `${opts.base}/`;
  startServer(opts).then(() => {
    const origin = `http://${opts.host === '0.0.0.0' ? 'localhost' : opts.host}:${opts.port}${base}`;
    console.log(`\nKurssi:        ${origin}index.html`);
    console.log(`LMS-esikatselu: ${origin}lms-esikatselu.html  (SCORM 1.2 ja 2004 scorm-againilla)`);
    console.log(`(Pysäytä: Ctrl+C)\n`);
  });
}

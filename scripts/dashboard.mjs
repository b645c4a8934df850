// Builds examples/dashboard/dashboard.js (one ES module bundled with esbuild from the package's
// ESM build in dist/: run `npm run build` first) and serves examples/dashboard on 127.0.0.1.
// `npm run dashboard` does both and prints the address; PORT picks the port (default 8080).
// scripts/test-browser.mjs imports buildDashboard and serveDashboard.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
export const dashboardDir = join(root, 'examples/dashboard');

const ENTRIES = {
  'tianmu-indicators': 'dist/index.js',
  'tianmu-indicators/charts': 'dist/charts.js',
  'tianmu-indicators/tianmushan': 'dist/tianmushan.js',
};

/** Bundles the page's module; the package's own imports resolve to its ESM build. */
export async function buildDashboard() {
  await build({
    entryPoints: [join(dashboardDir, 'main.js')],
    outfile: join(dashboardDir, 'dashboard.js'),
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    logLevel: 'warning',
    plugins: [
      {
        name: 'tianmu-indicators-esm-build',
        setup(builder) {
          builder.onResolve({ filter: /^tianmu-indicators(\/.*)?$/ }, (args) => {
            const file = ENTRIES[args.path];
            if (file === undefined) return { errors: [{ text: `no entry ${args.path}` }] };
            return { path: join(root, file) };
          });
        },
      },
    ],
  });
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

/** Serves examples/dashboard on 127.0.0.1; resolves to the server and its address. */
export function serveDashboard(port = 0) {
  const server = createServer(async (request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    const file = normalize(join(dashboardDir, path === '/' ? 'index.html' : path));
    const type = TYPES[extname(file)];
    if (!file.startsWith(dashboardDir) || type === undefined || file.endsWith('main.js')) {
      response.writeHead(404).end('not found');
      return;
    }
    try {
      const body = await readFile(file);
      response.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' }).end(body);
    } catch {
      response.writeHead(404).end('not found');
    }
  });
  return new Promise((resolve) => {
    server.listen(port, '127.0.0.1', () => {
      const { port: actual } = server.address();
      resolve({ server, url: `http://127.0.0.1:${actual}/` });
    });
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await buildDashboard();
  const { url } = await serveDashboard(Number(process.env.PORT ?? 8080));
  console.log(`dashboard: ${url} (Ctrl-C stops it)`);
}

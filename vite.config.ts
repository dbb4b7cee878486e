import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { libpgQueryWasm } from './src/tooling/vite-plugin-libpg-query';
import { routeChunk } from './src/tooling/vite-plugin-route-chunk';

// A plan opened on Assessment: the editor's shell and the load pipeline that reads the stored draft.
const editorOpen = routeChunk({
  name: 'editor-open',
  roots: ['src/app/editor-shell.tsx', 'src/domain/load.ts'],
});

export default defineConfig({
  // libpg-query's loader cannot find its .wasm from an ES module; the plugin passes locateFile.
  // It must run on the app, the worker bundle and the dev pre-bundler alike.
  plugins: [
    libpgQueryWasm(),
    react(),
    editorOpen.plugin,
    VitePWA({
      registerType: 'autoUpdate',
      injectRegister: 'script',
      includeAssets: ['icon.svg', 'examples/*.json', 'plan.schema.json'],
      manifest: {
        name: 'Migration Workbench',
        short_name: 'Workbench',
        description: 'Plan and run risky system migrations safely: strategy, rollback, execution and audit.',
        theme_color: '#1f3a5f',
        background_color: '#f5f7fa',
        display: 'standalone',
        start_url: '/',
        scope: '/',
        icons: [
          { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
          { src: 'icon.svg', sizes: 'any', type: 'image/svg+xml' },
        ],
      },
      workbox: {
        // Without these three the freshly installed worker never controls the open page,
        // and an offline reload shows the browser's error page instead of the app.
        skipWaiting: true,
        clientsClaim: true,
        navigateFallback: '/index.html',
        // wasm: the SQL parser (1.7 MB, under the 4 MB cap below) must work offline too.
        globPatterns: ['**/*.{js,css,html,svg,png,json,webmanifest,wasm}'],
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
        // PGlite (rollback rehearsal, about 15 MB) is fetched on the first rehearsal only, never
        // precached: cache-first afterwards (hashed names), so later rehearsals work offline too.
        globIgnores: ['**/pglite-*.{wasm,data}', '**/initdb-*.wasm', 'pglite/**'],
        runtimeCaching: [
          {
            urlPattern: ({ url }) =>
              /\/assets\/(pglite|initdb)-[\w-]+\.(wasm|data)$/.test(url.pathname) ||
              /\/pglite\/datadir-[\w-]+\.pack\.gz$/.test(url.pathname),
            handler: 'CacheFirst',
            options: {
              cacheName: 'pglite',
              expiration: { maxEntries: 8 },
              cacheableResponse: { statuses: [200] },
            },
          },
          {
            // The manifest names the current data directory: fresh when online, cached when not.
            urlPattern: ({ url }) => url.pathname.endsWith('/pglite/datadir.json'),
            handler: 'NetworkFirst',
            options: { cacheName: 'pglite-manifest', cacheableResponse: { statuses: [200] } },
          },
        ],
      },
    }),
  ],
  worker: { format: 'es', plugins: () => [libpgQueryWasm()] },
  // PGlite locates its .wasm and .data next to its module; pre-bundling would move it away from them.
  optimizeDeps: { exclude: ['@electric-sql/pglite'], rolldownOptions: { plugins: [libpgQueryWasm()] } },
  build: {
    target: 'es2022',
    sourcemap: false,
    rolldownOptions: { output: { codeSplitting: { groups: [editorOpen.group] } } },
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  server: { host: '127.0.0.1', port: 5173 },
});

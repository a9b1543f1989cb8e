import { defineConfig } from 'vite';

// The renderer is built into dist/renderer and served by Electron (file) or browser mode (HTTP).
export default defineConfig({
  root: 'renderer',
  base: './',
  build: { outDir: '../dist/renderer', emptyOutDir: true, sourcemap: false, target: 'chrome130' },
  oxc: { jsx: { runtime: 'automatic' } },
});

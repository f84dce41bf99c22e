import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  server: { proxy: { '/trpc': 'http://localhost:8787', '/api': 'http://localhost:8787', '/healthz': 'http://localhost:8787' } },
  build: { outDir: 'dist', sourcemap: true },
});

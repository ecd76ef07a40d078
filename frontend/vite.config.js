import { defineConfig } from 'vite'
import vue from '@vitejs/plugin-vue'

export default defineConfig({
  plugins: [vue()],
  server: {
    // Quinoa proxies this port in quarkus:dev; the backend owns /api, so nothing is proxied here.
    port: 5173,
    strictPort: true,
  },
  build: {
    outDir: 'dist',
  },
  test: {
    environment: 'happy-dom',
    include: ['src/**/*.spec.js'],
    restoreMocks: true,
    unstubGlobals: true,
  },
})

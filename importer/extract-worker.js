// Entry point of an extraction worker thread (importer/extract-pool.ts): loads the extractor bundled by the pool
// (`workerData.bundle`, importer/extract-bundle.ts), else registers tsx, as importer/kg.js does, so that the
// TypeScript extractor runs without a build step; then serves extraction requests.
import { workerData } from 'node:worker_threads';

const bundle = workerData?.bundle;
let loaded = false;
if (bundle) {
  try {
    await import(bundle);
    loaded = true;
  } catch {
    // The sources through tsx, below.
  }
}
if (!loaded) {
  const { register } = await import('tsx/esm/api');
  register();
  await import('./extract-worker-main.ts');
}

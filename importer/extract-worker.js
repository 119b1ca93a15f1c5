// Entry point of an extraction worker thread (importer/extract-pool.ts): registers tsx, as importer/kg.js
// does, so that the TypeScript extractor runs without a build step, then serves extraction requests.
import { register } from 'tsx/esm/api';

register();
await import('./extract-worker-main.ts');

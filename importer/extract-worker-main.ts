// One extraction worker: receives {id, path, extractor} from importer/extract-pool.ts, answers with the
// extracted document or the error's message and hint (errors do not cross threads as their classes).
// One file at a time, in the order received: reading many files at once only adds memory and GC.
import { parentPort } from 'node:worker_threads';

import { extractFile } from './pipeline.ts';
import type { ExtractReply, ExtractRequest } from './extract-pool.ts';

let previous: Promise<unknown> = Promise.resolve();

parentPort?.on('message', (req: ExtractRequest) => {
  previous = previous.then(() => answer(req));
});

function answer(req: ExtractRequest): Promise<void> {
  return extractFile(req.path, { extractor: req.extractor })
    .then((doc): ExtractReply => ({ id: req.id, doc }))
    .catch((err: unknown): ExtractReply => {
      const e = err as { message?: string; hint?: string; name?: string };
      return { id: req.id, error: { message: e?.message ?? String(err), hint: e?.hint, name: e?.name ?? 'Error' } };
    })
    .then((reply) => parentPort?.postMessage(reply));
}

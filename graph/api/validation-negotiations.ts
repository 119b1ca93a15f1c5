// zod schemas of the negotiations and time inputs (see validation.ts for the shared pieces).
import { z } from 'zod';

import { isoDate } from './validation.ts';

const id = z.string().trim().min(1).max(300);

/** GET /api/negotiations: at most one focus (agreement, state or person) and an optional date. */
export const negotiationsQuerySchema = z
  .strictObject({ agreement: id.optional(), state: id.optional(), person: id.optional(), asOf: isoDate.optional() })
  .refine((q) => [q.agreement, q.state, q.person].filter((x) => x !== undefined).length <= 1, {
    message: 'give at most one of agreement, state or person',
  });

/** GET /api/offices/:id/holders. */
export const holdersQuerySchema = z.strictObject({ date: isoDate.optional() });

// GET /api/compare?a=&b=: the facts two documents both state, only the first and only the second states.
import type { FastifyInstance } from 'fastify';

import type { GraphConnection } from '../connection.ts';
import { compareDocuments } from '../read-compare.ts';
import { compareQuerySchema, parseInput } from './validation.ts';

/** Registers the compare route on `app`. */
export function registerCompareRoutes(app: FastifyInstance, conn: GraphConnection): void {
  app.get('/api/compare', (req) => {
    const { a, b } = parseInput(compareQuerySchema, req.query, 'compare query');
    return compareDocuments(conn, a, b);
  });
}

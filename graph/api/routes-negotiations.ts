// The negotiations view and time routes: GET /api/negotiations and GET /api/offices/:id/holders
// (GET /api/graph's `asOf` is handled in routes.ts with getGraphAsOf).
import type { FastifyInstance } from 'fastify';

import type { GraphConnection } from '../connection.ts';
import { getNegotiations } from '../read-negotiations.ts';
import { getOfficeHolders } from '../read-time.ts';
import { idParamsSchema, parseInput } from './validation.ts';
import { holdersQuerySchema, negotiationsQuerySchema } from './validation-negotiations.ts';

/** Registers the negotiations and office holders routes on `app`. */
export function registerNegotiationRoutes(app: FastifyInstance, conn: GraphConnection): void {
  app.get('/api/negotiations', (req) =>
    getNegotiations(conn, parseInput(negotiationsQuerySchema, req.query, 'negotiations query')),
  );

  app.get('/api/offices/:id/holders', (req) => {
    const { id } = parseInput(idParamsSchema, req.params, 'office id');
    const { date } = parseInput(holdersQuerySchema, req.query, 'holders query');
    return getOfficeHolders(conn, id, date);
  });
}

// One entry point for every export format: ApiGraph → file body, content type and file name,
// shared by the HTTP API (GET/POST /api/export) and `kg export`.
import type { ApiGraph, ExportFormat } from '../types.ts';
import { toCsv, toCsvTables } from './csv.ts';
import { toCypherScript } from './cypher-script.ts';
import { toGexf } from './gexf.ts';
import { toGraphml } from './graphml.ts';
import { toJson } from './json.ts';

export interface ExportFile {
  body: string;
  contentType: string;
  /** `readout-graph.<ext>` (`readout-graph-nodes.csv` / `-edges.csv` for one CSV table). */
  filename: string;
}

/** CSV: `all` is one table with a `kind` column; `nodes` or `edges` is that table alone. */
export type CsvPart = 'all' | 'nodes' | 'edges';

const TYPES = {
  graphml: { ext: 'graphml', contentType: 'application/graphml+xml; charset=utf-8' },
  gexf: { ext: 'gexf', contentType: 'application/gexf+xml; charset=utf-8' },
  json: { ext: 'json', contentType: 'application/json; charset=utf-8' },
  csv: { ext: 'csv', contentType: 'text/csv; charset=utf-8' },
  cypher: { ext: 'cypher', contentType: 'application/x-cypher-query; charset=utf-8' },
} as const satisfies Record<ExportFormat, { ext: string; contentType: string }>;

/** Renders the graph in the format. */
export function renderExport(graph: ApiGraph, format: ExportFormat, csvPart: CsvPart = 'all'): ExportFile {
  const { ext, contentType } = TYPES[format];
  const file = (body: string, filename = `readout-graph.${ext}`): ExportFile => ({ body, contentType, filename });
  switch (format) {
    case 'graphml':
      return file(toGraphml(graph));
    case 'gexf':
      return file(toGexf(graph));
    case 'json':
      return file(toJson(graph));
    case 'cypher':
      return file(toCypherScript(graph));
    case 'csv': {
      if (csvPart === 'all') return file(toCsv(graph));
      const tables = toCsvTables(graph);
      return file(tables[csvPart], `readout-graph-${csvPart}.csv`);
    }
  }
}

// The readable half of the evidence pack: the visible subgraph's facts as Markdown, each with its
// evidence sentences, the documents they come from (title, date, link) and those documents' issuers.
// The other half is the same subgraph as GraphML (POST /api/export).
import type { EvidenceRef } from '../../graph/types.ts';
import { humanizeRelation } from './appearance.ts';
import type { ReadoutGraph } from './to-sigma-graph.ts';

/** What the pack says about a document. */
export interface PackDocument {
  title: string;
  date?: string;
  url?: string;
  /** The publishing government or organisation (falls back to `source`). */
  issuer?: string;
  source?: string;
}

export interface PackContext {
  /** Documents by id. */
  documents: Readonly<Record<string, PackDocument>>;
  dataVersion?: string;
  /** The explorer link of the view. */
  link?: string;
  /** ISO timestamp of the export. */
  exportedAt: string;
  /** Every sentence of the facts whose edge carries only the first (fetched from the API), by edge key. */
  evidence?: ReadonlyMap<string, EvidenceRef[]>;
}

/** Markdown-safe inline text (no line breaks, emphasis or link syntax taking effect). */
const md = (s: string): string => s.replace(/\s+/g, ' ').replace(/([\\`*_[\]<>|#])/g, '\\$1');

/** One evidence line: the sentence, then its document, date and issuer. */
function evidenceLine(
  ev: { doc: string; sentence: string; docTitle?: string; docIssuer?: string },
  ctx: PackContext,
): string {
  const doc = ctx.documents[ev.doc];
  const title = doc?.title ?? ev.docTitle ?? ev.doc;
  const cited = doc?.url ? `[${md(title)}](${doc.url.replace(/[()\s]/g, encodeURIComponent)})` : `*${md(title)}*`;
  const issuer = ev.docIssuer ?? doc?.issuer ?? doc?.source;
  const meta = [doc?.date?.slice(0, 10), issuer ? `issued by ${md(issuer)}` : undefined].filter(Boolean).join(', ');
  return `- “${md(ev.sentence.trim())}” — ${cited}${meta ? ` (${meta})` : ''}`;
}

/**
 * The facts among the visible nodes of `graph` (hidden nodes and edges left out), grouped by
 * relationship, with every evidence sentence.
 */
export function evidenceMarkdown(graph: ReadoutGraph, ctx: PackContext): string {
  const nodes = graph.filterNodes((_, a) => !a.hidden);
  const edges = graph.filterEdges(
    (_, a, s, t) => !a.hidden && !graph.getNodeAttribute(s, 'hidden') && !graph.getNodeAttribute(t, 'hidden'),
  );
  const name = (id: string) => md(graph.getNodeAttribute(id, 'label'));
  const lines = [
    '# Evidence pack',
    '',
    `Exported ${ctx.exportedAt}${ctx.dataVersion ? ` from data version \`${ctx.dataVersion}\`` : ''}: ${nodes.length} entities, ${edges.length} facts.`,
  ];
  if (ctx.link) lines.push('', `View: <${ctx.link}>`);
  const byType = new Map<string, string[]>();
  for (const e of edges) {
    const list = byType.get(graph.getEdgeAttribute(e, 'relType')) ?? [];
    list.push(e);
    byType.set(graph.getEdgeAttribute(e, 'relType'), list);
  }
  for (const [type, list] of [...byType].sort(([a], [b]) => a.localeCompare(b))) {
    lines.push('', `## ${humanizeRelation(type)} (${list.length})`);
    list.sort((a, b) => name(graph.source(a)).localeCompare(name(graph.source(b))));
    for (const e of list) {
      const evidence = ctx.evidence?.get(e) ?? graph.getEdgeAttributes(e).evidence;
      lines.push('', `### ${name(graph.source(e))} — ${humanizeRelation(type)} → ${name(graph.target(e))}`, '');
      if (!evidence.length) lines.push('- (no evidence sentence stored)');
      for (const ev of evidence) lines.push(evidenceLine(ev, ctx));
    }
  }
  lines.push('', '## Entities', '');
  for (const id of nodes.sort((a, b) => name(a).localeCompare(name(b)))) {
    const a = graph.getNodeAttributes(id);
    const aliases = a.aliases.length ? ` — also ${a.aliases.map(md).join(', ')}` : '';
    lines.push(`- **${name(id)}** (${a.entityType}, \`${id}\`)${aliases}`);
  }
  return lines.join('\n') + '\n';
}

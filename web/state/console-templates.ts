// The console's ready-made queries, read from console-templates.cypher (user-facing examples kept as data):
// the named templates for the menu, plus the default query and the neighbourhood query of an entity.
import source from './console-templates.cypher?raw';

export interface QueryTemplate {
  title: string;
  query: string;
}

/** Splits a template file into `// @name` blocks (comment lines outside blocks are ignored). */
export function parseTemplates(text: string): QueryTemplate[] {
  const out: QueryTemplate[] = [];
  let current: { title: string; lines: string[] } | undefined;
  const flush = () => current && out.push({ title: current.title, query: current.lines.join('\n').trim() });
  for (const line of text.split(/\r?\n/)) {
    const name = /^\/\/\s*@name\s+(.+)$/.exec(line);
    if (name) {
      flush();
      current = { title: name[1]!.trim(), lines: [] };
    } else if (current && !line.startsWith('//')) current.lines.push(line);
  }
  flush();
  return out.filter((t) => t.query);
}

const ALL = parseTemplates(source);
const byName = (name: string): string => ALL.find((t) => t.title === name)?.query ?? '';

/** Templates shown in the menu. */
export const TEMPLATES: readonly QueryTemplate[] = ALL.filter((t) => !t.title.startsWith('@'));
/** The query the editor starts with. */
export const DEFAULT_QUERY = byName('@default');
/** The query behind "open in console" (parameter `$id`). */
export const NEIGHBOURHOOD_QUERY = byName('@neighbourhood');

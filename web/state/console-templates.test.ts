import { describe, expect, it } from 'vitest';
import { DEFAULT_QUERY, NEIGHBOURHOOD_QUERY, TEMPLATES, parseTemplates } from './console-templates.ts';

describe('console templates', () => {
  it('parses named blocks and skips comments', () => {
    const t = parseTemplates('// header\n\n// @name A\nRETURN 1\n\n// @name B\n// a note\nRETURN 2\n');
    expect(t).toEqual([
      { title: 'A', query: 'RETURN 1' },
      { title: 'B', query: 'RETURN 2' },
    ]);
  });

  it('ships the templates the issue asks for, the default and the neighbourhood query', () => {
    const titles = TEMPLATES.map((t) => t.title);
    expect(titles).toEqual(
      expect.arrayContaining([
        'Who negotiates for whom',
        'Offices of a person over time',
        'Agreements and what they are based on',
      ]),
    );
    expect(DEFAULT_QUERY).toMatch(/^MATCH/);
    expect(NEIGHBOURHOOD_QUERY).toContain('$id');
  });
});

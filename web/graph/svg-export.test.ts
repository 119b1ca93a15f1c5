import { describe, expect, it } from 'vitest';
import { escapeXml, toSvg } from './svg-export.ts';

const view = {
  width: 400,
  height: 300,
  nodes: [
    { key: 'a', x: 100, y: 100, r: 8, color: '#0072B2' },
    { key: 'b', x: 300, y: 100, r: 6, color: '#009E73' },
  ],
  edges: [
    { source: 'a', target: 'b', color: '#B2182B', size: 2 },
    { source: 'a', target: 'gone', color: '#000000', size: 1 },
  ],
  labels: [{ text: 'Japan & "Russia" <summit>', x: 111, y: 100 }],
};

describe('toSvg', () => {
  it('draws every node, edge and label as SVG elements', () => {
    const svg = toSvg(view);
    expect(svg).toMatch(/^<\?xml[^>]*>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="400" height="300"/);
    expect(svg.match(/<circle /g)).toHaveLength(2);
    expect(svg.match(/<line /g)).toHaveLength(1);
    expect(svg.match(/<polygon /g)).toHaveLength(1);
    expect(svg.match(/<text /g)).toHaveLength(1);
    expect(svg).toContain('stroke="#B2182B"');
    expect(svg).toContain('>Japan &amp; &quot;Russia&quot; &lt;summit&gt;</text>');
    expect(svg.trim().endsWith('</svg>')).toBe(true);
  });

  it('ends an edge with its arrowhead at the rim of the target', () => {
    const svg = toSvg(view);
    // The target's rim is 6 px left of its centre: the arrowhead's tip is there.
    expect(svg).toMatch(/<polygon points="294,100 /);
    expect(svg).toMatch(/<line x1="100" y1="100" x2="2\d\d(\.\d)?" y2="100"/);
  });

  it('escapes XML', () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
  });
});

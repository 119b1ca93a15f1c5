// Unit tests of headline and issuer inference on made-up openings (no real readout text), negative cases too.
import { describe, expect, it } from 'vitest';

import { htmlMeta } from './html.ts';
import { loadFromString } from './load.ts';
import { headline, inferIssuer, publisherLine, stripMarkdownHeading, urlHost } from './source-meta.ts';

describe('headline', () => {
  it('skips a category line filed above the headline', () => {
    expect(headline('Ruritania-Japan Relations\nRuritania-Japan Vice-Ministerial Talks\n\nOn June 3, …')).toBe(
      'Ruritania-Japan Vice-Ministerial Talks',
    );
  });

  it('keeps a headline that only starts like a category ("… Relations enter a new phase")', () => {
    expect(headline('Japan-Ruritania Relations enter a new phase\n\nText.')).toBe(
      'Japan-Ruritania Relations enter a new phase',
    );
  });

  it('keeps a category line when nothing else is there', () => {
    expect(headline('Japan-Ruritania Relations')).toBe('Japan-Ruritania Relations');
  });

  it('strips Markdown heading marks and skips breadcrumbs, kickers and dates', () => {
    expect(headline('## Ministers meet in Lisbon ##\n\nText.')).toBe('Ministers meet in Lisbon');
    expect(headline('Home > News > Readouts\nPress release\n12 March 2021\n# Foreign ministers talk\nText.')).toBe(
      'Foreign ministers talk',
    );
    expect(stripMarkdownHeading('**Bold headline**')).toBe('Bold headline');
  });

  it('gives a Markdown file its headline as title, without "# "', () => {
    const d = loadFromString('# Leaders agree a roadmap\n\nThe two leaders met on 2 May 2022.', 'x.md', {
      isHtml: false,
    });
    expect(d.title).toBe('Leaders agree a roadmap');
    const md = loadFromString('# Leaders agree a roadmap ##\n\n## Details\nThe #1 topic.', 'x.md', {
      isMarkdown: true,
    });
    expect(md.text).toBe('Leaders agree a roadmap\n\nDetails\nThe #1 topic.');
  });
});

describe('HTML titles', () => {
  it('prefers og:title over <title> and drops the site suffix', () => {
    const page =
      '<html><head><title>Talks held in Vaduz | Foreign Office of Ruritania</title>' +
      '<meta property="og:site_name" content="Foreign Office of Ruritania"></head><body><p>x</p></body></html>';
    expect(htmlMeta(page)).toMatchObject({ title: 'Talks held in Vaduz', siteName: 'Foreign Office of Ruritania' });
    const withOg = page.replace('</head>', '<meta property="og:title" content="Talks in Vaduz"></head>');
    expect(htmlMeta(withOg).title).toBe('Talks in Vaduz');
  });

  it('keeps a title whose dash is part of the headline when no site is known', () => {
    expect(htmlMeta('<html><head><title>Ruritania - Japan talks</title></head></html>').title).toBe(
      'Ruritania - Japan talks',
    );
  });

  it("takes the page's site name as the issuer of an HTML readout", () => {
    const page =
      '<html><head><title>A call - Ruritanian Government</title><meta property="og:site_name" content="Ruritanian Government"></head>' +
      '<body><article><h1>A call</h1><p>The Prime Minister spoke with the President.</p></article></body></html>';
    const d = loadFromString(page, 'x.html', { isHtml: true });
    expect(d.title).toBe('A call');
    expect(d.issuer).toBe('Ruritanian Government');
  });
});

describe('publisherLine', () => {
  it('reads "From:", "… - Press release", "Press release of the …" and a masthead', () => {
    expect(publisherLine('Talks conclude\nFrom: Office of the First Minister\n\nText.')).toBe(
      'Office of the First Minister',
    );
    expect(publisherLine('Council of Ruritania - Press release\nHeadline\nText.')).toBe('Council of Ruritania');
    expect(publisherLine('Headline\nPress release of the Ministry of Trade of Ruritania\nText.')).toBe(
      'Ministry of Trade of Ruritania',
    );
    expect(publisherLine('Headline\nTHE PRESIDENTIAL PALACE\nText.')).toBe('The Presidential Palace');
  });

  it('names no publisher for a headline "Readout of …", a kicker alone or running text', () => {
    expect(publisherLine("Readout of the President's Meeting with the King\nText.")).toBeUndefined();
    expect(publisherLine('MEDIA NOTE\nOFFICE OF THE SPOKESPERSON\nText.')).toBeUndefined();
    expect(publisherLine('Headline\n\nThe minister said: progress was made.')).toBeUndefined();
  });
});

describe('inferIssuer', () => {
  it('takes what the file declares first', () => {
    expect(inferIssuer('THE WHITE HOUSE\nText.', { declared: 'Ministry X' })).toBe('Ministry X');
    const d = loadFromString('---\nissuer: Ministry of Foreign Affairs of Ruritania\nsource: MFA\n---\nBody.', 'a.txt');
    expect(d.issuer).toBe('Ministry of Foreign Affairs of Ruritania');
    expect(loadFromString('---\nsource: Ruritanian Presidency\n---\nBody.', 'a.txt').issuer).toBe(
      'Ruritanian Presidency',
    );
  });

  it("names the foreign ministry of the issuing state under a category line, else that state's government", () => {
    const text =
      'Japan-Ruritania Relations\nJapan-Ruritania Foreign Ministers’ Meeting\n\nOn May 2, Mr. Ichiro Sato, Minister for Foreign Affairs of Japan, held a meeting with his Ruritanian counterpart. Japan will keep working with partners.';
    expect(inferIssuer(text)).toBe('Ministry of Foreign Affairs of Japan');
    expect(inferIssuer(text.split('\n').slice(1).join('\n'))).toBe('Government of Japan');
  });

  it('falls back to the URL host, and to nothing for a text that names no state', () => {
    expect(inferIssuer('Talks held\n\nThe delegations met.', { url: 'https://www.example.gov.rr/news/1' })).toBe(
      'example.gov.rr',
    );
    expect(inferIssuer('Talks held\n\nThe delegations met and talked.')).toBeUndefined();
    expect(urlHost('not a url')).toBeUndefined();
  });
});

// Unit tests of loading: front matter, HTML article body, date rules, bad input errors.
import { describe, expect, it } from 'vitest';

import { DocumentLoadError } from './errors.ts';
import { MAX_TEXT_CHARS, decodeUtf8, loadFromString, markdownText } from './load.ts';

describe('loadFromString', () => {
  it('reads front matter fields', () => {
    const d = loadFromString(
      '---\ntitle: A talk\ndate: 2020-01-02\nsource: MOFA\nurl: https://x\n---\nBody text.',
      'a.txt',
    );
    expect(d).toMatchObject({
      title: 'A talk',
      date: '2020-01-02',
      source: 'MOFA',
      url: 'https://x',
      text: 'Body text.',
    });
  });

  it('refuses a text longer than one readout, naming the file', () => {
    const long = 'Meeting\n\n' + 'The ministers met. '.repeat(MAX_TEXT_CHARS / 10);
    expect(() => loadFromString(long, 'book.txt')).toThrow(/book\.txt.*text too long/);
    expect(() => loadFromString(long.slice(0, MAX_TEXT_CHARS), 'ok.txt')).not.toThrow();
  });

  it('takes a date line, else the file name', () => {
    expect(loadFromString('Meeting\nNovember 10, 2014\n\nText.', 'x.txt').date).toBe('2014-11-10');
    expect(loadFromString('Meeting\n\nText without dates.', '2018-12-01-x.txt').date).toBe('2018-12-01');
  });

  it('keeps only the article body of HTML', () => {
    const html =
      '<html><head><title>T</title></head><body><nav>Menu</nav><article><h1>Head</h1><p>Para &amp; more.</p></article><footer>F</footer></body></html>';
    const d = loadFromString(html, 'x.html', { isHtml: true });
    expect(d.text).toBe('Head\n\nPara & more.');
    expect(d.title).toBe('Head');
  });

  it('rejects empty, binary and malformed input, naming the file', () => {
    expect(() => loadFromString('  \n', 'empty.txt')).toThrow(/empty.txt: empty file/);
    expect(() => loadFromString('ab\u0000cd', 'bin.txt')).toThrow(DocumentLoadError);
    expect(() => loadFromString('---\ntitle: x\nno end', 'fm.txt')).toThrow(/never closed/);
  });
});

describe('hostile input (issue 8)', () => {
  it('refuses invalid UTF-8, naming the file and where', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('Meeting of ministers '), 0xc3, 0x28, 0x41]);
    expect(() => decodeUtf8(bytes, 'latin.txt')).toThrow(DocumentLoadError);
    expect(() => decodeUtf8(bytes, 'latin.txt')).toThrow(/latin\.txt.*not valid UTF-8 \(bad bytes near byte 21\)/);
    expect(decodeUtf8(new TextEncoder().encode('Élysée, 東京'), 'ok.txt')).toBe('Élysée, 東京');
  });

  it.each(['2020-02-30', '2021-13-01', '2019-00-10'])('refuses the impossible front-matter date %s', (date) => {
    expect(() => loadFromString(`---\ndate: ${date}\n---\nBody.`, 'd.txt')).toThrow(/d\.txt.*is not a date/);
  });

  it.each(['javascript:alert(1)', 'data:text/html,<b>x</b>', 'JaVaScRiPt:x', '//evil.example/x', 'file:///etc/passwd'])(
    'refuses the front-matter url %s',
    (url) => {
      expect(() => loadFromString(`---\nurl: ${url}\n---\nBody.`, 'u.txt')).toThrow(/u\.txt.*not an http\(s\) URL/);
    },
  );

  it('keeps an http(s) url', () => {
    expect(loadFromString('---\nurl: http://example.org/a\n---\nBody.', 'u.txt').url).toBe('http://example.org/a');
  });
});

describe('markdownText (fl26c)', () => {
  it('drops heading marks and inline emphasis', () => {
    expect(markdownText('# Title\n\nThey signed the **Treaty of Tarsk**, *each for his country*.')).toBe(
      'Title\n\nThey signed the Treaty of Tarsk, each for his country.',
    );
    expect(markdownText('*Press service* · Tarsk, 6 July 2024 and __the Accord__')).toBe(
      'Press service · Tarsk, 6 July 2024 and the Accord',
    );
  });

  it('leaves list bullets, stars and underscores inside words, and a lone star', () => {
    expect(markdownText('* first item\n* second item')).toBe('* first item\n* second item');
    expect(markdownText('snake_case_name and 5*3*2 and a * b')).toBe('snake_case_name and 5*3*2 and a * b');
  });

  it('is applied to Markdown files only', () => {
    expect(loadFromString('Head\n\nThe **Accord** was signed.', 'x.md', { isMarkdown: true }).text).toBe(
      'Head\n\nThe Accord was signed.',
    );
    expect(loadFromString('Head\n\nThe **Accord** was signed.', 'x.txt').text).toBe(
      'Head\n\nThe **Accord** was signed.',
    );
  });
});

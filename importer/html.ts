// HTML → plain text: the article body only (nav, header, footer, aside, script and style removed),
// block elements as line breaks, entities decoded. The result is the text every offset points into.

const DROP = ['script', 'style', 'noscript', 'template', 'nav', 'header', 'footer', 'aside', 'form', 'svg', 'iframe'];
const BLOCK =
  /<\/?(p|div|h[1-6]|li|ul|ol|tr|table|section|article|main|blockquote|br|hr|dd|dt|dl|figcaption|pre)\b[^>]*>/gi;

const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  copy: '©',
  reg: '®',
  ndash: '–',
  mdash: '—',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  hellip: '…',
  eacute: 'é',
  egrave: 'è',
  uuml: 'ü',
  ouml: 'ö',
  auml: 'ä',
  aacute: 'á',
  oacute: 'ó',
  iacute: 'í',
  uacute: 'ú',
  ccedil: 'ç',
  ntilde: 'ñ',
  aring: 'å',
};

/** Decode HTML character references (named, decimal, hex). Unknown names are kept as written. */
export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, code: string) => {
    if (code[0] === '#') {
      const n = code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
      return Number.isFinite(n) && n > 0 && n < 0x110000 ? String.fromCodePoint(n) : m;
    }
    return NAMED[code.toLowerCase()] ?? m;
  });
}

/** Metadata read from the head and the article: `<title>`, first `<h1>`, first `<time datetime>`. */
export interface HtmlMeta {
  title?: string;
  h1?: string;
  time?: string;
  /** The site name closing the page title ("… - Government.se"). */
  site?: string;
}

/** Reads title, h1 and the first `<time datetime="…">` of a page. */
export function htmlMeta(html: string): HtmlMeta {
  const clean = (s: string | undefined) =>
    s
      ? decodeEntities(s.replace(/<[^>]*>/g, ''))
          .replace(/\s+/g, ' ')
          .trim()
      : undefined;
  const og = /<meta[^>]+property=["']og:title["'][^>]+content=["']([^"']*)["']/i.exec(html)?.[1];
  const pageTitle = clean(/<title[^>]*>([\s\S]*?)<\/title>/i.exec(html)?.[1]);
  const site = pageTitle && /\s[-|–]\s([^-|–]{2,40})$/.exec(pageTitle)?.[1]?.trim();
  return {
    ...(site ? { site } : {}),
    title: clean(og) || pageTitle,
    h1: clean(/<h1[^>]*>([\s\S]*?)<\/h1>/i.exec(html)?.[1]),
    time: /<time[^>]+datetime=["']([^"']+)["']/i.exec(html)?.[1],
  };
}

/** The article body of a page as plain text, one block per line. */
export function htmlToText(html: string): string {
  let body = html.replace(/<!--[\s\S]*?-->/g, '');
  // The article (or main) element when the page has one; else the body.
  const pick = (tag: string) => new RegExp(`<${tag}\\b[^>]*>([\\s\\S]*?)</${tag}>`, 'i').exec(body)?.[1];
  body = pick('article') ?? pick('main') ?? pick('body') ?? body;
  for (const tag of DROP) body = body.replace(new RegExp(`<${tag}\\b[^>]*>[\\s\\S]*?</${tag}>`, 'gi'), '');
  body = body.replace(BLOCK, '\n').replace(/<[^>]*>/g, '');
  body = decodeEntities(body);
  return body
    .split('\n')
    .map((l) => l.replace(/[ \t\r\f\v\u00a0]+/g, ' ').trim())
    .filter((l, i, all) => l !== '' || (i > 0 && all[i - 1] !== ''))
    .join('\n')
    .trim();
}

/** Rough check that a file that claims to be HTML has balanced tags at all. */
export function looksLikeHtml(s: string): boolean {
  return /<(html|body|article|main|p|div|h1)\b/i.test(s);
}

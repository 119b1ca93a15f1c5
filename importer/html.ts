// HTML → plain text: the article body only (nav, header, footer, aside, script and style removed),
// block elements as line breaks, entities decoded. The result is the text every offset points into.

const DROP = ['script', 'style', 'noscript', 'template', 'nav', 'header', 'footer', 'aside', 'form', 'svg', 'iframe'];
/**
 * Rule html.drop-chrome-classes (fl20a): a tag list, share bar, social links or breadcrumb trail inside the article
 * ("Tags: EU Negotiations …", "Share: Facebook X LinkedIn") is page chrome, not the readout's text: an element whose
 * class names one of them is dropped with its content (up to its first closing tag of the same name).
 */
export const CHROME_CLASS =
  /<(div|ul|p|span|nav)\b[^>]*\bclass="[^"]*\b(?:tags?|share|sharing|social|breadcrumbs?)\b[^"]*"[^>]*>[\s\S]*?<\/\1>/gi;
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
  /** `<meta property="og:site_name">` (or `application-name`): the publisher's own name for its site. */
  siteName?: string;
}

const SITE_LIKE =
  /\.[a-z]{2,}\b|\b(?:Government|Ministry|Ministère|Department|Office|House|Kremlin|Presidency|Chancellery|Council|Commission|Secretariat|Embassy|Palace|Élysée|GOV)\b/i;

/** A page title without its site suffix: "Talks in Rimbo - Government.se" → "Talks in Rimbo" when the site is known. */
export function withoutSiteSuffix(title: string | undefined, site: string | undefined): string | undefined {
  if (!title || !site) return title;
  const i = title.lastIndexOf(site);
  if (i <= 0 || i + site.length !== title.length) return title;
  return (
    title
      .slice(0, i)
      .replace(/\s+[-|–—:]\s*$/, '')
      .trim() || title
  );
}

/** Reads title, h1 and the first `<time datetime="…">` of a page. */
export function htmlMeta(html: string): HtmlMeta {
  const clean = (s: string | undefined) =>
    s
      ? decodeEntities(s.replace(/<[^>]*>/g, ''))
          .replace(/\s+/g, ' ')
          .trim()
      : undefined;
  const metaContent = (re: RegExp) =>
    clean(
      new RegExp(`<meta[^>]+(?:property|name)=["']${re.source}["'][^>]+content=["']([^"']*)["']`, 'i').exec(html)?.[1],
    );
  const og = metaContent(/og:title/);
  const siteName = metaContent(/og:site_name/) || metaContent(/application-name/);
  const pageTitle = clean(/<title[^>]*>([\s\S]*?)<\/title>/i.exec(html)?.[1]);
  // A suffix that looks like a site name (a domain, or a body: "Government.se", "Ministry of …"), not a headline's end.
  const suffix = pageTitle && /\s[-|–]\s([^-|–]{2,40})$/.exec(pageTitle)?.[1]?.trim();
  const site = suffix && SITE_LIKE.test(suffix) ? suffix : undefined;
  return {
    ...(site ? { site } : {}),
    ...(siteName ? { siteName } : {}),
    title: withoutSiteSuffix(og || pageTitle, siteName ?? site),
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
  body = body.replace(CHROME_CLASS, '');
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

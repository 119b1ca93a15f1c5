// Stage 1: a readout file (.txt, .md, .html) → LoadedDocument: plain text, title, date, source, url, sha256.
// Bad input (missing, empty, binary, oversized, malformed) throws DocumentLoadError naming the file.
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { basename, extname } from 'node:path';

import { dateFromFileName, findFullDates, parseDate } from './dates.ts';
import { DocumentLoadError } from './errors.ts';
import { htmlMeta, htmlToText, looksLikeHtml } from './html.ts';
import { headline, inferIssuer, stripMarkdownHeading } from './source-meta.ts';
import type { LoadedDocument } from './types.ts';

/** The sha256 of a readout's bytes (a string: of its UTF-8), `LoadedDocument.sha256`: what tells an unchanged readout. */
export const sha256Of = (bytes: Uint8Array | string): string => createHash('sha256').update(bytes).digest('hex');

/** Files above this size are refused: readouts are a few kilobytes (an HTML page's markup may be more). */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

/**
 * Readout text above this length is refused with an error naming the file. Readouts run to a few thousand
 * characters; extraction is about linear up to 400k characters and grows faster beyond, since a few people and
 * participation rules still compare each person's mentions or offices with one another. One document of this
 * size takes about 11 s (`kg bench`, extraction.sizeScaling).
 */
export const MAX_TEXT_CHARS = 1_000_000;

interface FrontMatter {
  fields: Record<string, string>;
  body: string;
}

/** Splits `---` front matter (simple `key: value` lines) from the body; throws when it is not closed. */
export function parseFrontMatter(raw: string, file: string): FrontMatter {
  if (!/^---\r?\n/.test(raw)) return { fields: {}, body: raw };
  const close = /\r?\n---[ \t]*(\r?\n|$)/.exec(raw.slice(3));
  if (!close) throw new DocumentLoadError(file, 'front matter opened with "---" is never closed');
  const head = raw.slice(4, 3 + close.index);
  const fields: Record<string, string> = {};
  for (const line of head.split(/\r?\n/)) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    const m = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/.exec(line);
    if (!m) throw new DocumentLoadError(file, `malformed front matter line: "${line.slice(0, 60)}"`);
    fields[m[1]!.toLowerCase()] = m[2]!.trim().replace(/^["']|["']$/g, '');
  }
  return { fields, body: raw.slice(3 + close.index + close[0].length) };
}

/** A date line among the first lines: a short line that carries a full date. */
function dateLine(text: string): string | undefined {
  const lines = text.split('\n').slice(0, 10);
  for (const line of lines) {
    if (line.length > 80) continue;
    const d = findFullDates(line)[0];
    if (d) return d.iso;
  }
  return undefined;
}

/**
 * Markdown's marks are markup, not text: heading marks ("# Title" reads "Title") and (fl26c) inline emphasis, so that
 * "signed the **Treaty establishing …**" and "*Press release* · City" read as the words they mark. A star or an
 * underscore inside a word ("snake_case", "5*3") or one followed by a space (a list bullet) is left as it is.
 */
export const MARKDOWN_MARKS = {
  heading: /^#{1,6}[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/gm,
  strong: /(\*\*|__)(?=\S)([^\n]+?)(?<=\S)\1/g,
  emphasis: /(?<![\p{L}\p{N}*_\\])([*_])(?![\s*_])([^*_\n]+?)(?<![\s*_])\1(?![\p{L}\p{N}*_])/gu,
};

/** The text of a Markdown body: headings and inline emphasis without their marks (MARKDOWN_MARKS). */
export function markdownText(body: string): string {
  return body
    .replace(MARKDOWN_MARKS.heading, '$1')
    .replace(MARKDOWN_MARKS.strong, '$2')
    .replace(MARKDOWN_MARKS.emphasis, '$2');
}

/**
 * Builds a LoadedDocument from raw file content (no file system access).
 * @param raw file content as text; `isHtml` selects HTML reduction.
 */
export function loadFromString(
  raw: string,
  file: string,
  opts: { isHtml?: boolean; isMarkdown?: boolean; sha256?: string } = {},
): LoadedDocument {
  if (raw.includes('\u0000')) throw new DocumentLoadError(file, 'binary file (contains NUL bytes), not a readout');
  const sha256 = opts.sha256 ?? sha256Of(raw);
  const unmarked = raw.replace(/^\uFEFF/, '');
  // Line ends made "\n"; most files have no "\r" to replace, and a look costs less than a pattern run over the file.
  const src = unmarked.includes('\r') ? unmarked.replace(/\r\n?/g, '\n') : unmarked;
  if (!src.trim()) throw new DocumentLoadError(file, 'empty file');
  const { fields, body } = parseFrontMatter(src, file);
  const isHtml = opts.isHtml ?? looksLikeHtml(body.slice(0, 2000));
  let text: string;
  let title: string | undefined = fields.title ? stripMarkdownHeading(fields.title) : undefined;
  // What the file itself says about its publisher, before the page's site name fills `source`.
  const declared = fields.issuer ?? fields.source;
  let site: string | undefined;
  let date = fields.date ? parseDate(fields.date) : undefined;
  if (fields.date && !date) throw new DocumentLoadError(file, `front matter date "${fields.date}" is not a date`);
  if (isHtml) {
    if (!/<\/\w+>/.test(body)) throw new DocumentLoadError(file, 'malformed HTML: no closing tags');
    const meta = htmlMeta(body);
    text = htmlToText(body);
    title ??= meta.h1 ?? meta.title;
    date ??= meta.time ? parseDate(meta.time) : undefined;
    if (meta.site) fields.source ??= meta.site;
    site = meta.siteName ?? meta.site;
  } else {
    text = (opts.isMarkdown ? markdownText(body) : body).trim();
  }
  if (!text.trim())
    throw new DocumentLoadError(file, isHtml ? 'no article text in the HTML' : 'no text after the front matter');
  if (text.length > MAX_TEXT_CHARS)
    throw new DocumentLoadError(
      file,
      `text too long for one readout (${text.length} characters, limit ${MAX_TEXT_CHARS}): split it into its readouts`,
    );
  title ??= headline(text) ?? file;
  date ??= dateLine(text) ?? dateFromFileName(file) ?? findFullDates(text)[0]?.iso;
  const doc: LoadedDocument = { file, title, text, sha256 };
  if (date) doc.date = date;
  if (fields.source) doc.source = fields.source;
  if (fields.url) doc.url = checkedUrl(fields.url, file);
  const issuer = inferIssuer(text, { declared, site, url: fields.url });
  if (issuer) doc.issuer = issuer;
  return doc;
}

/** A front-matter url: only http(s) (a `javascript:` or `data:` URL would run when clicked in the explorer). */
function checkedUrl(url: string, file: string): string {
  if (!/^https?:\/\/[^\s/]+/i.test(url.trim())) {
    throw new DocumentLoadError(file, `front matter url "${url}" is not an http(s) URL`);
  }
  return url.trim();
}

/** The text of a UTF-8 file; throws DocumentLoadError naming the file and the byte offset when it is not UTF-8. */
export function decodeUtf8(buf: Uint8Array, file: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } catch {
    let valid = 0; // the longest valid prefix, to say where the bad bytes are
    for (let lo = 0, hi = buf.length; lo <= hi;) {
      const mid = (lo + hi) >> 1;
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(buf.subarray(0, mid));
        valid = mid;
        lo = mid + 1;
      } catch {
        hi = mid - 1;
      }
    }
    throw new DocumentLoadError(file, `not valid UTF-8 (bad bytes near byte ${valid}): save it as UTF-8`);
  }
}

/**
 * Reads a readout file from disk. The reads are synchronous: a readout is at most MAX_FILE_BYTES, an extraction
 * worker reads one file at a time, and the promise versions cost about 0.1 ms more CPU per file (the request
 * handed to libuv's threads and back, about 1.5 % of an extraction; README "Extraction CPU, ninth round").
 */
export async function loadFile(path: string): Promise<LoadedDocument> {
  const file = basename(path);
  let size: number;
  try {
    const st = statSync(path);
    if (!st.isFile()) throw new DocumentLoadError(file, 'not a regular file');
    size = st.size;
  } catch (err) {
    if (err instanceof DocumentLoadError) throw err;
    throw new DocumentLoadError(file, `cannot read ${path}: ${(err as Error).message}`, { cause: err });
  }
  if (size > MAX_FILE_BYTES)
    throw new DocumentLoadError(file, `file too large (${size} bytes, limit ${MAX_FILE_BYTES})`);
  const buf = readFileSync(path);
  if (buf.includes(0)) throw new DocumentLoadError(file, 'binary file (contains NUL bytes), not a readout');
  const sha256 = sha256Of(buf);
  const ext = extname(file).toLowerCase();
  return loadFromString(decodeUtf8(buf, file), file, {
    isHtml: ext === '.html' || ext === '.htm' ? true : ext === '.txt' || ext === '.md' ? false : undefined,
    isMarkdown: ext === '.md' || ext === '.markdown',
    sha256,
  });
}

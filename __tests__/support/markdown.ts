// Test support: Markdown rendered as GitHub does it in spirit (CommonMark + the GFM extensions:
// tables, autolink literals, strikethrough, task lists), by micromark, with raw HTML and every link
// protocol let through so that nothing is hidden by the renderer's own safety. What GitHub adds
// after rendering (mentions, issue references) only touches text outside code, links and pre: the
// helpers below give that text for the tests to search.
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';

export function renderMarkdown(markdown: string): string {
  return micromark(markdown, { extensions: [gfm()], htmlExtensions: [gfmHtml()], allowDangerousHtml: true, allowDangerousProtocol: true });
}

export function decodeHtml(html: string): string {
  return html
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#x([0-9a-f]+);/gi, (_m, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&amp;/g, '&');
}

/** The rendered text GitHub's filters would see: everything outside <code> and outside our links. */
export function outsideCode(html: string): string {
  return html.replace(/<code>[\s\S]*?<\/code>/g, '').replace(/<a href="[^"]*">[\s\S]*?<\/a>/g, '');
}

/** Every <a>'s href. */
export function linkTargets(html: string): string[] {
  return [...html.matchAll(/<a\b[^>]*?href="([^"]*)"/g)].map((m) => decodeHtml(m[1]!));
}

/** Every table of the HTML as rows of cells (inner HTML of <th>/<td>). */
export function tables(html: string): string[][][] {
  return [...html.matchAll(/<table>([\s\S]*?)<\/table>/g)].map((t) =>
    [...t[1]!.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((r) => [...r[1]!.matchAll(/<t[hd](?: align="\w+")?>([\s\S]*?)<\/t[hd]>/g)].map((c) => c[1]!)),
  );
}

/** The text of a cell that is exactly one code element, else undefined. */
export function codeOnly(cellHtml: string): string | undefined {
  const m = /^<code>([\s\S]*)<\/code>$/.exec(cellHtml);
  return m && !m[1]!.includes('<code>') ? decodeHtml(m[1]!) : undefined;
}

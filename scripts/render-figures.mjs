// The README's pictures, from the tool's real output on examples/broken, rendered by headless Chromium:
//   node --import tsx scripts/render-figures.mjs [chromium]
// docs/images/job-summary.png: the Markdown the action writes as the job summary (and the check run's
// summary), made by the same function (formatMarkdownSummary) from the same findings, rendered with
// micromark (GFM) in a page styled like GitHub's.
// docs/images/suggestion.png: the review comment the action posts on typos.json line 2 (fileCandidates,
// as for a pull request that adds the file), its ```suggestion block drawn as GitHub draws a suggested
// change: the line of the file, then the line the fix makes.
// Nothing here runs in the tests or the build; run it again when the summary or the comments change.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { validateManifests } from '../src/engine/engine.ts';
import { buildReport } from '../src/engine/report.ts';
import { formatMarkdownSummary } from '../src/reporters/markdown-summary.ts';
import { fileCandidates } from '../src/action/review-suggestions.ts';
import { rightSideLines } from '../src/action/diff-hunks.ts';
import { README_URL } from '../src/tool-info.ts';

const chromium = process.argv[2] ?? 'chromium';
const root = join(import.meta.dirname, '..');
const workspace = join(root, 'examples/broken');
const names = ['not-json.json', 'quick-launch.json', 'typos.json'];

const files = await validateManifests(
  names.map((path) => ({ path })),
  { workspaceRoot: workspace, fixes: true },
);
const summary = formatMarkdownSummary(buildReport(files), { maxChars: 65_535, readmeUrl: README_URL, moreAt: 'the log and the JSON report' });

const typos = files.find((f) => f.path === 'typos.json');
const text = readFileSync(join(workspace, 'typos.json'), 'utf8');
const patch = `@@ -0,0 +1,${text.split('\n').length - 1} @@\n` + text.replace(/\n$/, '').replace(/^/gm, '+');
const [comment] = fileCandidates(typos, { text, bom: false }, rightSideLines(patch), README_URL).candidates.map((c) => c.comment);

const html = (markdown) => micromark(markdown, { extensions: [gfm()], htmlExtensions: [gfmHtml()] });
const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const CSS = `
  body { margin: 0; padding: 16px; background: #fff; color: #1f2328; font: 14px/1.5 -apple-system, "Segoe UI", "DejaVu Sans", sans-serif; }
  .box { border: 1px solid #d1d9e0; border-radius: 6px; padding: 16px 24px; max-width: 1040px; }
  .label { color: #59636e; font-size: 12px; margin: 0 0 8px; }
  h2 { font-size: 20px; border-bottom: 1px solid #d1d9e0; padding-bottom: 6px; margin: 4px 0 16px; }
  h3 { font-size: 16px; margin: 20px 0 8px; }
  table { border-collapse: collapse; margin: 8px 0; }
  th, td { border: 1px solid #d1d9e0; padding: 4px 10px; vertical-align: top; }
  th { background: #f6f8fa; }
  code { font: 12px "DejaVu Sans Mono", monospace; background: #eff1f3; border-radius: 4px; padding: 1px 4px; }
  a { color: #0969da; text-decoration: none; }
  .suggestion { border: 1px solid #d1d9e0; border-radius: 6px; margin-top: 8px; overflow: hidden; }
  .suggestion .head { background: #f6f8fa; padding: 6px 10px; font-weight: 600; border-bottom: 1px solid #d1d9e0; }
  .suggestion pre { margin: 0; padding: 2px 10px; font: 12px/20px "DejaVu Sans Mono", monospace; }
  .del { background: #ffebe9; } .add { background: #dafbe1; }
  .buttons { padding: 8px 10px; border-top: 1px solid #d1d9e0; }
  .buttons span { border: 1px solid #d1d9e0; border-radius: 6px; padding: 3px 12px; margin-right: 8px; background: #f6f8fa; font-size: 12px; }
`;

function page(label, body, width) {
  // The script puts the page's height in its title, for the screenshot's window (--dump-dom shows it).
  const measure = `<script>document.title = String(Math.ceil(document.querySelector('.box').getBoundingClientRect().bottom + 16));</script>`;
  return `<!doctype html><meta charset="utf-8"><title></title><style>${CSS} .box { width: ${width}px; }</style><div class="box"><p class="label">${escape(label)}</p>${body}</div>${measure}`;
}

const suggestion = /```suggestion\n([\s\S]*?)\n```/.exec(comment.body);
const [before, after] = comment.body.split(suggestion[0]);
const first = comment.start_line ?? comment.line;
const original = text.split('\n').slice(first - 1, comment.line);
const diff = [
  '<div class="suggestion"><div class="head">Suggested change</div>',
  ...original.map((l) => `<pre class="del">- ${escape(l)}</pre>`),
  ...suggestion[1].split('\n').map((l) => `<pre class="add">+ ${escape(l)}</pre>`),
  '<div class="buttons"><span>Commit suggestion</span><span>Add suggestion to batch</span></div></div>',
].join('');
const visible = (markdown) => html(markdown.replace(/<!--[\s\S]*?-->/g, ''));

const out = mkdtempSync(join(tmpdir(), 'lp-figures-'));
try {
  const shots = [
    ['job-summary', page('Job summary (and check run summary) of the action on examples/broken', html(summary), 1000), 1090],
    ['suggestion', page(`Review comment on ${comment.path}, line ${comment.line}`, visible(before) + diff + visible(after), 720), 810],
  ];
  for (const [name, content, width] of shots) {
    const file = join(out, `${name}.html`);
    writeFileSync(file, content);
    const png = join(root, 'docs/images', `${name}.png`);
    // Chromium's screenshot is the window: the page's height first (in a tall window), then the shot.
    const dom = execFileSync(chromium, ['--headless', '--no-sandbox', '--disable-gpu', '--hide-scrollbars', `--window-size=${width},4000`, '--dump-dom', `file://${file}`], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    const height = Number(/<title>(\d+)<\/title>/.exec(dom)?.[1]);
    if (!(height > 0)) throw new Error(`${name}: Chromium rendered nothing`);
    execFileSync(chromium, ['--headless', '--no-sandbox', '--disable-gpu', '--hide-scrollbars', `--window-size=${width},${height}`, `--screenshot=${png}`, `file://${file}`], { stdio: 'ignore' });
    console.log(`docs/images/${name}.png (${width}x${height})`);
  }
} finally {
  rmSync(out, { recursive: true, force: true });
}

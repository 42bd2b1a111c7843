// Test support: what the GitHub runner makes of a step's output, modelled on actions/runner
// (src/Runner.Common/ActionCommand.cs, src/Runner.Worker/ActionCommandManager.cs): lines split on
// \n, \r and \r\n; each line tried as a `::name props::data` command (after .NET TrimStart), then as
// a legacy `##[name props]data` command anywhere in the line; `stop-commands` ignores every command
// until its token comes back. The runner's StartsWith / IndexOf are culture-sensitive and skip
// invisible characters: the model drops them before matching, so `:\u200b:` counts as `::`.

/** Commands the runner knows (any other name is no command). */
const REGISTERED = [
  'error',
  'warning',
  'notice',
  'debug',
  'group',
  'endgroup',
  'add-mask',
  'echo',
  'save-state',
  'set-output',
  'set-env',
  'add-path',
  'add-matcher',
  'remove-matcher',
  'stop-commands',
];

/** Characters an ICU comparison ignores (a superset only makes the model stricter); tab and line breaks are not. */
const IGNORABLE = /(?![\t\n\r])[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}\p{Default_Ignorable_Code_Point}]/gu;
/** .NET char.IsWhiteSpace: Zs, Zl, Zp, \t \n \v \f \r, U+0085, U+00A0. */
const DOTNET_LEADING_WHITESPACE = /^[\p{Zs}\p{Zl}\p{Zp}\t\n\v\f\r\u0085\u00a0]+/u;

export interface RunnerCommand {
  name: string;
  properties: Record<string, string>;
  data: string;
  /** The raw output line. */
  line: string;
}

export interface RunnerView {
  /** Commands the runner acts on, in order (stop-commands and its resume token included). */
  accepted: RunnerCommand[];
  /** Commands it parsed but ignored because commands were stopped. */
  ignored: RunnerCommand[];
}

export function runnerLines(output: string): string[] {
  return output.split(/\r\n|\r|\n/);
}

function unescape(s: string, mappings: [string, string][]): string {
  for (const [escaped, token] of mappings) s = s.split(escaped).join(token);
  return s;
}
const DATA: [string, string][] = [
  ['%0D', '\r'],
  ['%0A', '\n'],
  ['%25', '%'],
];
const PROPERTY: [string, string][] = [
  ['%0D', '\r'],
  ['%0A', '\n'],
  ['%3A', ':'],
  ['%2C', ','],
  ['%25', '%'],
];

/** `text` parsed as the runner parses a line; `line` is the raw line, kept for the record. */
function parseText(text: string, line: string, registered: Set<string>): RunnerCommand | undefined {
  const v2 = text.replace(DOTNET_LEADING_WHITESPACE, '');
  if (v2.startsWith('::')) {
    const end = v2.indexOf('::', 2);
    if (end >= 0) {
      const info = v2.slice(2, end);
      const space = info.indexOf(' ');
      const name = space < 0 ? info : info.slice(0, space);
      if (registered.has(name.toLowerCase())) {
        const properties: Record<string, string> = {};
        if (space > 0) {
          for (const p of info
            .slice(space + 1)
            .trim()
            .split(',')) {
            const eq = p.indexOf('=');
            if (eq > 0) properties[p.slice(0, eq)] = unescape(p.slice(eq + 1), PROPERTY);
          }
        }
        return { name, properties, data: unescape(v2.slice(end + 2), DATA), line };
      }
    }
  }
  const prefix = text.indexOf('##[');
  if (prefix < 0) return undefined;
  const rb = text.indexOf(']', prefix);
  if (rb < 0) return undefined;
  const info = text.slice(prefix + 3, rb);
  const space = info.indexOf(' ');
  const name = space < 0 ? info : info.slice(0, space);
  return registered.has(name.toLowerCase()) ? { name, properties: {}, data: text.slice(rb + 1), line } : undefined;
}

/** The command in a line: as written, or as the runner finds it with invisible characters skipped. */
function parse(line: string, registered: Set<string>): RunnerCommand | undefined {
  return parseText(line, line, registered) ?? parseText(line.replace(IGNORABLE, ''), line, registered);
}

export function runnerView(output: string): RunnerView {
  const registered = new Set(REGISTERED);
  const view: RunnerView = { accepted: [], ignored: [] };
  let stopToken: string | undefined;
  for (const line of runnerLines(output)) {
    if (line === '') continue;
    const command = parse(line, registered);
    if (command === undefined) continue;
    if (stopToken !== undefined) {
      if (command.name.toLowerCase() === stopToken.toLowerCase()) {
        registered.delete(stopToken.toLowerCase());
        stopToken = undefined;
        view.accepted.push(command);
      } else view.ignored.push(command);
    } else {
      view.accepted.push(command);
      if (command.name.toLowerCase() === 'stop-commands') {
        stopToken = command.data;
        registered.add(stopToken.toLowerCase());
      }
    }
  }
  return view;
}

/** A line of ours that is a command on purpose: `::name` then properties without `:`, then `::`. */
export const WELL_FORMED_COMMAND = /^::(error|warning|notice|add-mask)( [^:\r\n]*)?::/;
/** The brief's test for a line the runner may read as a command. */
export const STARTS_LIKE_COMMAND = /^[\s\u0085\u00a0]*::/;

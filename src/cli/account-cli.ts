// The account checks on the command line: --account (or LP_ACCOUNT), the credentials from LP_*
// environment variables only (never from arguments, which other users of the machine can see),
// --compare-installed, --list-profiles and --export-installed DIR. Notes and notices go to stderr.
import type { ProfileId } from '../engine/findings.js';
import { isAbsolute, join } from 'node:path';
import { UsageError } from '../discovery/discovery.js';
import { accountSetup, clientOptionsFromEnv, CLI_NAMES, profilesHaveNames, readAccountFacts, resolveProfiles, type AccountOutcome } from '../liveperson/account-checks.js';
import { ROLE_NAMES, profileName, type AccountView } from '../semantic/account-facts.js';
import { displayPath, quote } from '../text/describe.js';
import { TOOL_NAME } from '../tool-info.js';

export interface AccountArgs {
  account?: string;
  compareInstalled: boolean;
  profilesText: string;
}

export interface CliAccountIo {
  env: Record<string, string | undefined>;
  fetch?: typeof globalThis.fetch;
  /** A line on stderr (logSafe already applied by the caller). */
  err: (s: string) => void;
}

export interface CliAccount {
  account?: string;
  view?: AccountView;
  failure?: string;
  profiles: ProfileId[];
}

function settingsOf(args: AccountArgs, env: Record<string, string | undefined>, compareInstalled: boolean) {
  return {
    account: args.account ?? env.LP_ACCOUNT ?? '',
    username: env.LP_USERNAME ?? '',
    password: env.LP_PASSWORD ?? '',
    appKey: env.LP_APP_KEY ?? '',
    appSecret: env.LP_APP_SECRET ?? '',
    compareInstalled,
  };
}

async function read(args: AccountArgs, io: CliAccountIo, compareInstalled: boolean, required: string | undefined): Promise<AccountOutcome | { notice: string; account?: string }> {
  const setup = accountSetup(settingsOf(args, io.env, compareInstalled), CLI_NAMES);
  if (setup.kind === 'off') {
    if (required !== undefined) throw new UsageError(`${required} needs --account ID (or LP_ACCOUNT) and the credentials in LP_USERNAME and LP_PASSWORD (or LP_APP_KEY and LP_APP_SECRET)`);
    return { notice: setup.notice ?? '' };
  }
  if (setup.kind === 'no-credentials') {
    if (required !== undefined) throw new UsageError(`${required}: ${setup.notice.replace(/, so the account checks.*$/, '')}`);
    return { notice: setup.notice, account: setup.account };
  }
  return readAccountFacts(setup, { ...clientOptionsFromEnv(io.env), fetch: io.fetch, onNote: (n) => io.err(`${TOOL_NAME}: ${n}\n`) });
}

/** For a check run: the account read when asked for (a notice without credentials), the profiles resolved. */
export async function accountForCli(args: AccountArgs, io: CliAccountIo): Promise<CliAccount> {
  const outcome = await read(args, io, args.compareInstalled, undefined);
  if ('notice' in outcome) {
    if (outcome.notice !== '') io.err(`${TOOL_NAME}: notice: ${outcome.notice}\n`);
    if (outcome.account !== undefined && profilesHaveNames(args.profilesText))
      throw new UsageError(`--profiles: profile names need the account's credentials (LP_USERNAME and LP_PASSWORD, or LP_APP_KEY and LP_APP_SECRET); give profile ids`);
    return { account: outcome.account, profiles: resolveProfiles(args.profilesText, undefined, '--profiles') };
  }
  if (outcome.view === undefined) {
    if (profilesHaveNames(args.profilesText)) throw new UsageError(`--profiles: profile names need the account, which could not be read: ${outcome.failure ?? ''}`);
    return { account: outcome.account, failure: outcome.failure, profiles: resolveProfiles(args.profilesText, undefined, '--profiles') };
  }
  return { account: outcome.account, view: outcome.view, failure: outcome.failure, profiles: resolveProfiles(args.profilesText, outcome.view, '--profiles') };
}

/** --list-profiles: id, name and role of each profile, as a table (deleted ones marked). Exit code. */
export async function listProfiles(args: AccountArgs, io: CliAccountIo, out: (s: string) => void): Promise<number> {
  const outcome = await read(args, io, false, '--list-profiles');
  if ('notice' in outcome) return 2; // (read() throws instead)
  if (outcome.facts?.profiles === undefined) {
    io.err(`${TOOL_NAME}: error: ${outcome.failure ?? 'the profiles could not be read'}\n`);
    return 2;
  }
  const rows = [...outcome.facts.profiles].sort((a, b) => a.id - b.id);
  const lines = [`Profiles of LivePerson account ${outcome.account} (${rows.length}):`, 'id\tname\trole'];
  for (const p of rows) {
    const role = p.roleTypeId === undefined ? '' : (ROLE_NAMES[p.roleTypeId] ?? `role ${p.roleTypeId}`);
    lines.push(`${p.id}\t${profileName(p.name)}\t${role}${p.deleted ? '\t(deleted)' : ''}`);
  }
  out(lines.join('\n') + '\n');
  return 0;
}

export interface ExportResult {
  code: number;
  /** The directory written to, and the files written (for checking them). */
  dir?: string;
  written?: string[];
}

/** --export-installed DIR: writes each installed app as a manifest; the caller checks the written files. */
export async function exportInstalled(args: AccountArgs, dirArg: string, includeHeaderValues: boolean, cwd: string, io: CliAccountIo): Promise<ExportResult> {
  if (dirArg.trim() === '') throw new UsageError('--export-installed: give the directory to write into');
  const outcome = await read(args, io, true, '--export-installed');
  if ('notice' in outcome) return { code: 2 };
  if (outcome.facts?.installations === undefined) {
    io.err(`${TOOL_NAME}: error: ${outcome.failure ?? 'the installations could not be read'}\n`);
    return { code: 2 };
  }
  const { exportPlan, writeExport, HEADER_PLACEHOLDER } = await import('../liveperson/export-installed.js');
  const dir = isAbsolute(dirArg) ? dirArg : join(cwd, dirArg);
  const plan = exportPlan(outcome.facts.installations, includeHeaderValues);
  const { written, skipped } = await writeExport(dir, plan);
  for (const f of written) {
    const note =
      f.placeholders > 0
        ? `; ${f.placeholders} header value${f.placeholders === 1 ? '' : 's'} written as ${JSON.stringify(HEADER_PLACEHOLDER)} (--include-header-values writes them as installed)`
        : '';
    io.err(`${TOOL_NAME}: wrote ${displayPath(join(dirArg, f.fileName))} (${quote(f.clientName, 80)})${note}\n`);
  }
  for (const f of skipped) io.err(`${TOOL_NAME}: warning: ${displayPath(join(dirArg, f.fileName))} exists: not overwritten (${quote(f.clientName, 80)} not exported)\n`);
  io.err(`${TOOL_NAME}: exported ${written.length} of ${plan.length} installed app${plan.length === 1 ? '' : 's'} of account ${outcome.account} into ${displayPath(dirArg)}\n`);
  return { code: 0, dir, written: written.map((f) => f.fileName) };
}

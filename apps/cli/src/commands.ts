import { Budget, CurrentKey, IncreaseRequest, UsageSummary } from './api-types';
import { Api } from './client';
import {
  checkKeyText,
  configFile,
  DEFAULT_URL,
  normalizeUrl,
  readConfig,
  requireKey,
  saveConfig,
  settings,
} from './config';
import { CliError, EXIT } from './errors';
import {
  budgetReport,
  colorsFor,
  normalizeAmount,
  requestOutcome,
  statusline,
  STATUSLINE_ERROR,
  STATUSLINE_LOGIN,
  STATUSLINE_OFFLINE,
  style,
  usageReport,
} from './format';
import { readKey } from './read-key';

const print = (lines: string | string[]): void => {
  process.stdout.write(`${(Array.isArray(lines) ? lines : [lines]).join('\n')}\n`);
};
const printJson = (value: unknown) => print(JSON.stringify(value, null, 2));
const warn = (line: string) => process.stderr.write(`tokenroll: ${line}\n`);

function api(): Api {
  const current = settings();
  return new Api(current.url, requireKey(current));
}

function isLoopback(url: string): boolean {
  const host = new URL(url).hostname;
  return host === 'localhost' || host === '[::1]' || /^127\./.test(host);
}

export async function login(options: { url?: string; key?: string }): Promise<void> {
  const file = configFile();
  const env = process.env;
  const url = options.url
    ? normalizeUrl(options.url, '--url')
    : env.TOKENROLL_URL?.trim()
      ? normalizeUrl(env.TOKENROLL_URL, 'TOKENROLL_URL')
      : normalizeUrl(readConfig(file).url ?? DEFAULT_URL, `the url in ${file}`);
  const given = options.key ?? (await readKey());
  if (!given.trim())
    throw new CliError(
      'no API key given: pass --key, or pipe it in (echo "$KEY" | tokenroll login --url …)',
      EXIT.UNAUTHORISED,
    );
  const key = checkKeyText(given, 'the API key');
  if (!key.startsWith('trk_'))
    throw new CliError('that is not a Tokenroll API key (they start with trk_)', EXIT.UNAUTHORISED);
  if (url.startsWith('http://') && !isLoopback(url))
    warn(`warning: ${url} is plain http — the key travels unencrypted; prefer https://`);

  let current: CurrentKey;
  try {
    current = await new Api(url, key).get<CurrentKey>('/v1/keys/current');
  } catch (error) {
    if (error instanceof CliError && error.status === 401)
      throw new CliError(
        `${url} refused the key: ${error.detail ?? 'not valid or revoked'}`,
        EXIT.UNAUTHORISED,
        401,
        error.detail,
      );
    throw error;
  }
  if (current.engineerId === null)
    throw new CliError(
      'this is a company key: it acts for no single engineer, so it has no budget of its own. ' +
        'Create a key for yourself in Tokenroll (API keys) and log in with that one. Nothing was saved.',
    );
  saveConfig(file, { url, key });
  print([
    `Logged in to ${url}`,
    `  Acting for  engineer ${current.engineerId}`,
    `  Scopes      ${current.scopes.join(', ') || 'none'}`,
    `  Saved to    ${file} (readable only by you)`,
  ]);
  if (!current.scopes.includes('budget:read'))
    warn('this key lacks the budget:read scope: budget, usage and statusline will be refused');
  for (const name of ['TOKENROLL_URL', 'TOKENROLL_API_KEY'] as const)
    if (env[name]?.trim()) warn(`note: ${name} is set and takes precedence over the saved config`);
}

export async function budget(options: { json?: boolean }): Promise<void> {
  const answer = await api().get<Budget>('/v1/budget');
  if (options.json) return printJson(answer);
  print(budgetReport(answer, style(colorsFor(process.stdout))));
}

export async function usage(options: { since: string; json?: boolean }): Promise<void> {
  const since = options.since.trim();
  const answer = await api().get<UsageSummary>(`/v1/usage/summary?since=${encodeURIComponent(since)}`);
  if (options.json) return printJson(answer);
  print(usageReport(answer, since, style(colorsFor(process.stdout))));
}

export async function request(
  amount: string,
  options: { reason: string; permanent?: boolean; json?: boolean },
): Promise<void> {
  const reason = options.reason.trim();
  if (!reason) throw new CliError('--reason must say why you need more (it is shown to the approver)');
  const body = {
    amount: normalizeAmount(amount),
    reason,
    kind: options.permanent ? 'PERMANENT' : 'TEMPORARY',
  };
  const answer = await api().post<IncreaseRequest>('/v1/increase-requests', body);
  if (options.json) return printJson(answer);
  print(requestOutcome(answer));
}

/** Never fails: a prompt must keep working offline, logged out or against a broken server. */
export async function statuslineCommand(): Promise<void> {
  let line: string;
  try {
    const answer = await api().get<Budget>('/v1/budget');
    line = statusline(answer, style(colorsFor(process.stdout)));
  } catch (error) {
    const code = error instanceof CliError ? error.exitCode : EXIT.ERROR;
    line =
      code === EXIT.OFFLINE
        ? STATUSLINE_OFFLINE
        : code === EXIT.UNAUTHORISED
          ? STATUSLINE_LOGIN
          : STATUSLINE_ERROR;
  }
  print(line);
}

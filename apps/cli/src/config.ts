import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, isAbsolute, join, posix, win32 } from 'node:path';
import { CliError, EXIT } from './errors';

export const DEFAULT_URL = 'http://localhost:3000';

/** What `tokenroll login` saves. */
export interface SavedConfig {
  url?: string;
  key?: string;
}

/** Where the API is and the key to use, after applying the precedence rules. */
export interface Settings {
  url: string;
  key: string | undefined;
  /** Where each came from, for messages. */
  urlFrom: 'TOKENROLL_URL' | 'config' | 'default';
  keyFrom: 'TOKENROLL_API_KEY' | 'config' | undefined;
  file: string;
}

/**
 * The folder of the config file: `%APPDATA%\tokenroll` on Windows, else `$XDG_CONFIG_HOME/tokenroll`
 * (an absolute XDG_CONFIG_HOME only, as the XDG spec says) or `~/.config/tokenroll`.
 */
export function configDir(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  home: string = homedir(),
): string {
  if (platform === 'win32')
    return win32.join(env.APPDATA || win32.join(home, 'AppData', 'Roaming'), 'tokenroll');
  const xdg = env.XDG_CONFIG_HOME;
  return posix.join(xdg && isAbsolute(xdg) ? xdg : posix.join(home, '.config'), 'tokenroll');
}

export function configFile(env: NodeJS.ProcessEnv = process.env): string {
  return join(configDir(env), 'config.json');
}

/** The saved config; `{}` when there is none. An unreadable file is an error that says how to fix it. */
export function readConfig(file: string): SavedConfig {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw new CliError(`cannot read ${file}: ${(error as Error).message}`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new CliError(`${file} is not valid JSON — run tokenroll login to write it again`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    throw new CliError(`${file} is not a tokenroll config — run tokenroll login to write it again`);
  const { url, key } = parsed as Record<string, unknown>;
  return {
    ...(typeof url === 'string' ? { url } : {}),
    ...(typeof key === 'string' ? { key } : {}),
  };
}

/**
 * Saves the config readable by its owner only: the folder is created 0700 and the file 0600, written
 * to a temporary file that replaces the old one in a single rename (never a half-written key).
 */
export function saveConfig(file: string, config: Required<SavedConfig>): void {
  const dir = dirname(file);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  if (process.platform !== 'win32') chmodSync(dir, 0o700);
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, `${JSON.stringify({ url: config.url, key: config.key }, null, 2)}\n`, {
      mode: 0o600,
      flag: 'w',
    });
    if (process.platform !== 'win32') chmodSync(temporary, 0o600);
    renameSync(temporary, file);
  } finally {
    if (existsSync(temporary)) rmSync(temporary, { force: true });
  }
}

/** `http(s)://host[:port][/path]` without a trailing slash; anything else is refused, naming `what`. */
export function normalizeUrl(text: string, what: string): string {
  const trimmed = text.trim();
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    throw new CliError(`${what} is not a URL: ${JSON.stringify(trimmed)} (expected e.g. ${DEFAULT_URL})`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new CliError(`${what} must be an http:// or https:// URL, not ${JSON.stringify(trimmed)}`);
  if (url.username || url.password || url.search || url.hash)
    throw new CliError(
      `${what} must not carry credentials, a query or a fragment: ${JSON.stringify(trimmed)}`,
    );
  return url.toString().replace(/\/+$/, '');
}

/** Printable ASCII without spaces: what an HTTP header can carry. */
export function checkKeyText(key: string, what: string): string {
  const trimmed = key.trim();
  if (!/^[\x21-\x7e]+$/.test(trimmed))
    throw new CliError(`${what} contains spaces or characters an API key never has`, EXIT.UNAUTHORISED);
  return trimmed;
}

/** Environment variables first (TOKENROLL_URL, TOKENROLL_API_KEY), then the config file, then the default URL. */
export function settings(env: NodeJS.ProcessEnv = process.env): Settings {
  const file = configFile(env);
  const saved = readConfig(file);
  const envUrl = env.TOKENROLL_URL?.trim();
  const envKey = env.TOKENROLL_API_KEY?.trim();
  const url = envUrl
    ? normalizeUrl(envUrl, 'TOKENROLL_URL')
    : saved.url
      ? normalizeUrl(saved.url, `the url in ${file}`)
      : DEFAULT_URL;
  const key = envKey
    ? checkKeyText(envKey, 'TOKENROLL_API_KEY')
    : saved.key
      ? checkKeyText(saved.key, `the key in ${file}`)
      : undefined;
  return {
    url,
    key,
    urlFrom: envUrl ? 'TOKENROLL_URL' : saved.url ? 'config' : 'default',
    keyFrom: envKey ? 'TOKENROLL_API_KEY' : saved.key ? 'config' : undefined,
    file,
  };
}

/** The key, or an error that tells how to log in. */
export function requireKey(current: Settings): string {
  if (current.key) return current.key;
  throw new CliError(
    'no API key configured — run `tokenroll login --url <api url>` (or set TOKENROLL_API_KEY); ' +
      'create a key in Tokenroll under API keys',
    EXIT.UNAUTHORISED,
  );
}

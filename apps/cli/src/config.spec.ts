import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { configDir, DEFAULT_URL, normalizeUrl, readConfig, saveConfig, settings } from './config';
import { CliError } from './errors';

describe('configDir', () => {
  it('is ~/.config/tokenroll, or under an absolute XDG_CONFIG_HOME, or under %APPDATA% on Windows', () => {
    expect(configDir({}, 'linux', '/home/ann')).toBe('/home/ann/.config/tokenroll');
    expect(configDir({}, 'darwin', '/Users/ann')).toBe('/Users/ann/.config/tokenroll');
    expect(configDir({ XDG_CONFIG_HOME: '/xdg' }, 'linux', '/home/ann')).toBe('/xdg/tokenroll');
    expect(configDir({ XDG_CONFIG_HOME: 'relative' }, 'linux', '/home/ann')).toBe(
      '/home/ann/.config/tokenroll',
    );
    expect(configDir({ APPDATA: 'C:\\Users\\ann\\AppData\\Roaming' }, 'win32', 'C:\\Users\\ann')).toBe(
      'C:\\Users\\ann\\AppData\\Roaming\\tokenroll',
    );
  });
});

describe('normalizeUrl', () => {
  it('keeps http(s) URLs without a trailing slash and refuses anything else', () => {
    expect(normalizeUrl(' https://tokenroll.example.com/ ', '--url')).toBe('https://tokenroll.example.com');
    expect(normalizeUrl('http://127.0.0.1:3000/api/', '--url')).toBe('http://127.0.0.1:3000/api');
    for (const bad of ['localhost:3000', 'ftp://x', 'http://user:pw@x', 'not a url'])
      expect(() => normalizeUrl(bad, '--url')).toThrow(CliError);
  });
});

describe('config file and precedence', () => {
  let home: string;
  beforeEach(() => {
    home = mkdtempSync(join(tmpdir(), 'tokenroll-config-'));
  });
  afterEach(() => rmSync(home, { recursive: true, force: true }));

  it('saves the file 0600 in a 0700 folder and reads it back', () => {
    const file = join(home, 'tokenroll', 'config.json');
    saveConfig(file, { url: 'http://api.test', key: 'trk_a.b.c' });
    expect(readConfig(file)).toEqual({ url: 'http://api.test', key: 'trk_a.b.c' });
    if (process.platform !== 'win32') {
      expect(statSync(file).mode & 0o777).toBe(0o600);
      expect(statSync(join(home, 'tokenroll')).mode & 0o777).toBe(0o700);
    }
  });

  it('puts TOKENROLL_URL and TOKENROLL_API_KEY before the file, and the file before the default', () => {
    const env = { XDG_CONFIG_HOME: home };
    expect(settings(env)).toMatchObject({ url: DEFAULT_URL, key: undefined, urlFrom: 'default' });
    saveConfig(join(home, 'tokenroll', 'config.json'), { url: 'http://saved.test', key: 'trk_saved' });
    expect(settings(env)).toMatchObject({ url: 'http://saved.test', key: 'trk_saved', keyFrom: 'config' });
    expect(
      settings({ ...env, TOKENROLL_URL: 'http://env.test/', TOKENROLL_API_KEY: 'trk_env' }),
    ).toMatchObject({
      url: 'http://env.test',
      key: 'trk_env',
      urlFrom: 'TOKENROLL_URL',
      keyFrom: 'TOKENROLL_API_KEY',
    });
  });

  it('explains an unreadable file instead of failing with a stack trace', () => {
    mkdtempSync(join(home, 'x'));
    const file = join(home, 'broken.json');
    writeFileSync(file, '{not json');
    expect(() => readConfig(file)).toThrow(/not valid JSON — run tokenroll login/);
  });
});

import { LogSecrets } from './log-secrets';

describe('LogSecrets: the check every integration run makes on the server log', () => {
  const line = (msg: string) => JSON.stringify({ level: 30, msg });

  it('finds a remembered password, token, invitation link, API key and pay figure, masked', () => {
    const secrets = new LogSecrets();
    secrets.collect({ input: { password: 'Tr0ub4dor&3-long', annualPay: '185,000' } });
    secrets.collect({
      createApiKey: { secret: 'trk_live_abcdef0123456789' },
      inviteMember: { acceptUrl: 'http://x.test/accept-invite?token=c1.i2.s3cr3tvalue' },
    });
    const log = [
      line('login with Tr0ub4dor&3-long'),
      line('key trk_live_abcdef0123456789 used'),
      line('invitation: http://x.test/accept-invite?token=c1.i2.s3cr3tvalue'),
      line('base pay 185000 recorded'),
      line('request completed in 1850001 µs'),
    ].join('\n');
    const finds = secrets.findIn(log);
    expect(finds.map((find) => find.split(':')[0])).toEqual([
      'a password',
      'a secret or API key',
      'an invitation link',
      'an invitation token',
      'a pay figure',
    ]);
    expect(finds.join('\n')).not.toMatch(/Tr0ub4dor|trk_live_abc|s3cr3tvalue|185000/);
  });

  it('finds any JWT, password hash or refresh cookie by its shape', () => {
    const finds = new LogSecrets().findIn(
      [
        line(
          'Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U',
        ),
        line('hash $argon2id$v=19$m=65536,t=3,p=4$c2FsdHNhbHQ$aGFzaGhhc2g'),
        line('set-cookie: tokenroll_refresh=abcdefgh12345678; HttpOnly'),
      ].join('\n'),
    );
    expect(finds.map((find) => find.split(':')[0])).toEqual(['a JWT', 'a password hash', 'a refresh cookie']);
  });

  it('passes a log without any of them', () => {
    const secrets = new LogSecrets();
    secrets.collect({ input: { password: 'Tr0ub4dor&3-long', annualPay: '185000' } });
    expect(secrets.findIn(line('invitation 2555dbf3-ab73-4a82-bcc5-f6659ed4d24b queued'))).toEqual([]);
  });
});

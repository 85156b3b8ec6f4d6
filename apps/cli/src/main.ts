import { Command, CommanderError } from 'commander';
import { budget, login, request, statuslineCommand, usage } from './commands';
import { CliError, EXIT } from './errors';
import packageJson from '../package.json';

const HELP_AFTER = `
Configuration: TOKENROLL_URL and TOKENROLL_API_KEY, when set, come before the file that
\`tokenroll login\` writes (~/.config/tokenroll/config.json, or under $XDG_CONFIG_HOME; %APPDATA% on Windows).

Exit codes: 0 done, 1 error or refused, 2 cannot reach the API, 3 no key or the key is not valid
(statusline always exits 0).`;

function program(): Command {
  const root = new Command('tokenroll')
    .description('Your AI-token budget from the terminal (Tokenroll machine API, with an engineer API key).')
    .version(packageJson.version, '-V, --version')
    .exitOverride()
    .configureOutput({ outputError: (text, write) => write(text.replace(/^error: /, 'tokenroll: ')) })
    .showHelpAfterError('(tokenroll --help lists the commands)')
    .addHelpText('after', HELP_AFTER);

  root
    .command('login')
    .description(
      'Check an engineer API key and save it with the API URL (key from --key, else read from stdin)',
    )
    .option(
      '--url <url>',
      'the Tokenroll API, e.g. https://tokenroll.example.com (default: http://localhost:3000)',
    )
    .option('--key <key>', 'the API key (visible in your shell history: prefer piping it in)')
    .addHelpText(
      'after',
      '\nExample: echo "$TOKENROLL_KEY" | tokenroll login --url https://tokenroll.example.com',
    )
    .action((options: { url?: string; key?: string }) => login(options));

  root
    .command('budget')
    .description('Available, spent of allowance, pace, run-out date, held, overage and enforcement')
    .option('--json', 'print the API answer as JSON')
    .action((options: { json?: boolean }) => budget(options));

  root
    .command('usage')
    .description('What you spent, by model and by tool')
    .option('--since <when>', 'how far back: 30m, 24h, 7d… or an RFC 3339 time', '7d')
    .option('--json', 'print the API answer as JSON')
    .action((options: { since: string; json?: boolean }) => usage(options));

  root
    .command('request')
    .description('Ask for more budget (temporary unless --permanent)')
    .argument('<amount>', 'how much more, in your company currency, e.g. 50 or 12.50')
    .requiredOption('--reason <text>', 'why you need it (the approver reads it)')
    .option('--permanent', 'raise the allowance for good instead of for this period')
    .option('--json', 'print the API answer as JSON')
    .action((amount: string, options: { reason: string; permanent?: boolean; json?: boolean }) =>
      request(amount, options),
    );

  root
    .command('statusline')
    .description('One short line for a shell prompt or status bar (always exits 0)')
    .action(() => statuslineCommand());

  return root;
}

/** Runs the CLI on `args` (without `node` and the script) and returns the exit code. */
export async function run(args: string[]): Promise<number> {
  // `tokenroll usage | head -1` closes the pipe early: that is not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(EXIT.OK);
  });
  try {
    await program().parseAsync(args, { from: 'user' });
    return EXIT.OK;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode;
    if (error instanceof CliError) {
      process.stderr.write(`tokenroll: ${error.message}\n`);
      return error.exitCode;
    }
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`tokenroll: unexpected error: ${message}\n`);
    if (process.env.TOKENROLL_DEBUG && error instanceof Error) process.stderr.write(`${error.stack}\n`);
    return EXIT.ERROR;
  }
}

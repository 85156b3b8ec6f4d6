import { createInterface } from 'node:readline';
import { ReadStream } from 'node:tty';
import { CliError } from './errors';

/** The first line of a piped stdin (`echo trk_… | tokenroll login`); empty when stdin is empty. */
function firstLine(input: NodeJS.ReadableStream): Promise<string> {
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input, crlfDelay: Infinity, terminal: false });
    let answered = false;
    lines.once('line', (line) => {
      answered = true;
      lines.close();
      resolve(line);
    });
    lines.once('close', () => {
      if (!answered) resolve('');
    });
    input.once('error', reject);
  });
}

/** Reads a line from the terminal without echoing it; Ctrl-C cancels. */
function hiddenLine(input: ReadStream, prompt: string): Promise<string> {
  return new Promise((resolve, reject) => {
    let value = '';
    let escape = false;
    process.stderr.write(prompt);
    input.setRawMode(true);
    input.setEncoding('utf8');
    const finish = (error?: Error) => {
      input.off('data', onData);
      input.setRawMode(false);
      input.pause();
      process.stderr.write('\n');
      if (error) reject(error);
      else resolve(value);
    };
    const onData = (chunk: string) => {
      for (const char of chunk) {
        if (escape) {
          // The rest of an escape sequence (arrow keys…): skip up to its final letter or tilde.
          if (/[A-Za-z~]/.test(char)) escape = false;
        } else if (char === '\r' || char === '\n' || char === '\u0004') return finish();
        else if (char === '\u0003') return finish(new CliError('login cancelled', 130));
        else if (char === '\u001b') escape = true;
        else if (char === '\u007f' || char === '\b') value = value.slice(0, -1);
        else if (char >= ' ') value += char;
      }
    };
    input.on('data', onData);
    input.resume();
  });
}

/** The API key from stdin: typed at a terminal (not echoed) or piped in (its first line). */
export async function readKey(): Promise<string> {
  const stdin = process.stdin;
  const key = stdin.isTTY
    ? await hiddenLine(stdin as ReadStream, 'API key (trk_…, not shown): ')
    : await firstLine(stdin);
  return key.trim();
}

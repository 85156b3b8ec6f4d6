import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import * as ts from 'typescript';

/**
 * `ledger/` owns its tables: SQL elsewhere may not name them; other modules call its intent methods and its
 * read service. This test reads every production source file of the api outside `ledger/` (not specs, test
 * fixtures or migrations, which are the database layer's history) and fails when a string or template
 * literal of SQL names a ledger table.
 */
const SRC = join(__dirname, '..');
const LEDGER_TABLES = ['ledger_accounts', 'ledger_entries', 'holds', 'accounting_periods'];
/** SQL that names a table: after FROM, JOIN, INTO, UPDATE, TABLE, TRUNCATE (optionally public., quoted). */
const NAMES_A_LEDGER_TABLE = new RegExp(
  `\\b(from|join|into|update|table|truncate)\\s+(only\\s+)?(public\\.)?"?(${LEDGER_TABLES.join('|')})\\b`,
  'i',
);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') && !/\.(spec|int-spec|fixture)\.ts$/.test(path) ? [path] : [];
  });
}

function literalsOf(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const texts: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) texts.push(node.text);
    else if (ts.isTemplateExpression(node))
      texts.push([node.head.text, ...node.templateSpans.map((span) => `\${} ${span.literal.text}`)].join(''));
    else ts.forEachChild(node, visit);
  };
  visit(source);
  return texts;
}

/** The files (relative to apps/api/src, with /) whose SQL names a ledger table. */
export function filesNamingLedgerTables(): string[] {
  return sourceFiles(SRC)
    .map((file) => relative(SRC, file).split(sep).join('/'))
    .filter(
      (file) =>
        !file.startsWith('ledger/') && !file.startsWith('database/migrations/') && !file.startsWith('test/'),
    )
    .filter((file) => literalsOf(join(SRC, file)).some((text) => NAMES_A_LEDGER_TABLE.test(text)))
    .sort();
}

describe('ledger/ owns its tables', () => {
  it('recognises SQL that names a ledger table, not prose', () => {
    expect(NAMES_A_LEDGER_TABLE.test('select * from ledger_entries where id = $1')).toBe(true);
    expect(NAMES_A_LEDGER_TABLE.test('UPDATE public.holds h SET status = $1')).toBe(true);
    expect(NAMES_A_LEDGER_TABLE.test('insert into "accounting_periods" (month) values ($1)')).toBe(true);
    expect(NAMES_A_LEDGER_TABLE.test('left join ledger_accounts a on a.owner_id = e.id')).toBe(true);
    expect(NAMES_A_LEDGER_TABLE.test('what the open holds reserve')).toBe(false);
  });

  it('no SQL outside ledger/ names a ledger table: other modules call its intent methods and read service', () => {
    expect(filesNamingLedgerTables()).toEqual([]);
  });
});

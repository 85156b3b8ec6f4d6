import { FieldError } from './app-error';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/** Any character one of the checks below looks at (most text has none: one scan answers for it). */
// eslint-disable-next-line no-control-regex -- NUL is one of the characters looked for
const SUSPECT = /[\u0000\uFFFD\uD800-\uDFFF]/;

/**
 * Text that PostgreSQL would reject (NUL), that is not valid Unicode (lone surrogates), or that arrived as
 * invalid UTF-8 (decoded to U+FFFD) is refused up front with the field's name, never as a database error.
 */
export function textProblem(value: string): string | undefined {
  if (!SUSPECT.test(value)) return undefined;
  if (value.includes('\u0000')) return 'must not contain NUL characters';
  if (value.includes('\uFFFD')) return 'is not valid UTF-8';
  if (LONE_SURROGATE.test(value)) return 'is not valid Unicode text';
  return undefined;
}

/**
 * Whether any string in an input object has a problem: a walk that builds no paths (a usage batch holds
 * about 20,000 values; the paths are built only when there is a problem to name).
 */
function hasTextProblem(value: unknown): boolean {
  if (typeof value === 'string') return SUSPECT.test(value) && textProblem(value) !== undefined;
  if (Array.isArray(value)) {
    for (const item of value) if (hasTextProblem(item)) return true;
    return false;
  }
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    for (const key in record)
      if (Object.prototype.hasOwnProperty.call(record, key) && hasTextProblem(record[key])) return true;
  }
  return false;
}

/** Walks an input object and reports every unsafe string with its path (e.g. `roles[0]`, `name`). */
export function findTextProblems(value: unknown, path = ''): FieldError[] {
  return hasTextProblem(value) ? textProblemsAt(value, path) : [];
}

function textProblemsAt(value: unknown, path: string): FieldError[] {
  if (typeof value === 'string') {
    const problem = textProblem(value);
    return problem ? [{ field: path || 'input', message: problem }] : [];
  }
  if (Array.isArray(value)) {
    return value.flatMap((item, index) => textProblemsAt(item, `${path}[${index}]`));
  }
  if (value && typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>).flatMap(([key, item]) =>
      textProblemsAt(item, path ? `${path}.${key}` : key),
    );
  }
  return [];
}

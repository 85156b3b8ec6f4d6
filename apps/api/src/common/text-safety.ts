import { FieldError } from './app-error';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Text that PostgreSQL would reject (NUL), that is not valid Unicode (lone surrogates), or that arrived as
 * invalid UTF-8 (decoded to U+FFFD) is refused up front with the field's name, never as a database error.
 */
export function textProblem(value: string): string | undefined {
  if (value.includes('\u0000')) return 'must not contain NUL characters';
  if (value.includes('\uFFFD')) return 'is not valid UTF-8';
  if (LONE_SURROGATE.test(value)) return 'is not valid Unicode text';
  return undefined;
}

/** Walks an input object and reports every unsafe string with its path (e.g. `roles[0]`, `name`). */
export function findTextProblems(value: unknown, path = ''): FieldError[] {
  if (typeof value === 'string') {
    const problem = textProblem(value);
    return problem ? [{ field: path || 'input', message: problem }] : [];
  }
  if (Array.isArray(value)) {
    return value.flatMap((item, index) => findTextProblems(item, `${path}[${index}]`));
  }
  if (value && typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>).flatMap(([key, item]) =>
      findTextProblems(item, path ? `${path}.${key}` : key),
    );
  }
  return [];
}

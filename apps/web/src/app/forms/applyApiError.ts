import { parseApiError, splitFieldErrors, type ApiError } from '../errors';

interface FormWithErrors {
  setErrors(errors: Record<string, string>): void;
}

/**
 * Puts server-side field messages next to the matching form fields and returns
 * what is left for a banner (null when every message found its field).
 */
export function applyApiError<F extends string>(
  form: FormWithErrors,
  error: unknown,
  labels: Record<F, string>,
  overrides: Partial<Record<ApiError['code'], string>> = {},
): { banner: string | null; apiError: ApiError } {
  const apiError = parseApiError(error);
  const override = overrides[apiError.code];
  if (override) return { banner: override, apiError };
  const { fieldErrors, banner } = splitFieldErrors(apiError, labels);
  form.setErrors(fieldErrors as Record<string, string>);
  return { banner, apiError };
}

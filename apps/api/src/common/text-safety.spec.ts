import { findTextProblems, textProblem } from './text-safety';

describe('textProblem', () => {
  it.each([
    ['plain ascii', undefined],
    ['ünïcödé and emoji 🚀', undefined],
    ['', undefined],
    ['nul\u0000inside', 'must not contain NUL characters'],
    ['replacement \uFFFD char', 'is not valid UTF-8'],
    ['lone high \uD800 surrogate', 'is not valid Unicode text'],
    ['lone low \uDC00 surrogate', 'is not valid Unicode text'],
    ['reversed pair \uDC00\uD800', 'is not valid Unicode text'],
  ])('%j → %s', (text, expected) => {
    expect(textProblem(text)).toBe(expected);
  });
});

describe('findTextProblems', () => {
  it('names nested fields and list positions', () => {
    expect(findTextProblems({ name: 'ok', tags: ['fine', 'bad\u0000'], owner: { email: '\uD800' } })).toEqual(
      [
        { field: 'tags[1]', message: 'must not contain NUL characters' },
        { field: 'owner.email', message: 'is not valid Unicode text' },
      ],
    );
  });

  it('uses the given path for a bare string and ignores non-strings', () => {
    expect(findTextProblems('\u0000', 'token')).toEqual([
      { field: 'token', message: 'must not contain NUL characters' },
    ]);
    expect(findTextProblems({ n: 1, b: true, z: null })).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { errorOf } from '../../test/fixtures/errors.js';
import { checkFileSize, MAX_FILE_CHARACTERS, readTextFile } from './textFile.js';

describe('readTextFile', () => {
  it('returns the text the reader gives, up to the limit', () => {
    expect(readTextFile('town.json', () => '{}')).toBe('{}');
    const longest = 'x'.repeat(MAX_FILE_CHARACTERS);
    expect(readTextFile('town.json', () => longest)).toBe(longest);
  });

  it('refuses text over the limit, naming the file and the size', () => {
    const error = errorOf(() =>
      readTextFile('big.json', () => 'x'.repeat(MAX_FILE_CHARACTERS + 1)),
    );
    expect([error.code, error.details.field, error.details.reason]).toEqual([
      'invalid-input',
      'big.json',
      `the file has ${MAX_FILE_CHARACTERS + 1} characters, more than the 20000000 accepted`,
    ]);
  });

  it('names the file when it cannot be read, or is not text', () => {
    const missing = errorOf(() =>
      readTextFile('gone.json', () => {
        throw new Error('ENOENT: no such file');
      }),
    );
    expect(missing.details).toMatchObject({ field: 'gone.json', reason: 'ENOENT: no such file' });
    expect(errorOf(() => checkFileSize(42 as never, 'n.json')).details).toMatchObject({
      field: 'n.json',
      reason: 'the file is not text',
    });
  });
});

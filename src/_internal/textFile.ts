/** Reading a file's text for the command line and the Node entries, each error naming the file. */
import { IndicatorError } from '../errors/IndicatorError.js';

/** The largest file read, in characters (about 20 MB of ASCII). */
export const MAX_FILE_CHARACTERS = 20_000_000;

/** Refuses a file's text longer than {@link MAX_FILE_CHARACTERS}, before it is parsed. */
export function checkFileSize(text: string, file: string): void {
  if (typeof text !== 'string') {
    throw new IndicatorError('invalid-input', { field: file, reason: 'the file is not text' });
  }
  if (text.length > MAX_FILE_CHARACTERS) {
    throw new IndicatorError('invalid-input', {
      field: file,
      reason: `the file has ${text.length} characters, more than the ${MAX_FILE_CHARACTERS} accepted`,
    });
  }
}

/**
 * A file's text, read by `read`: a failure to read it (no such file, a folder, text too long
 * for a string) is `invalid-input` naming the file, and so is text over the size limit.
 */
export function readTextFile(file: string, read: (file: string) => string): string {
  let text: string;
  try {
    text = read(file);
  } catch (error) {
    throw new IndicatorError('invalid-input', { field: file, reason: (error as Error).message });
  }
  checkFileSize(text, file);
  return text;
}

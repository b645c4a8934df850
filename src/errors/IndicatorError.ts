import { type ErrorCode, type ErrorDetails, formatErrorMessage } from './messages.js';

/**
 * The one error the library throws: a stable {@link ErrorCode}, the offending field and
 * value in `details`, and a message that names both.
 *
 * @example
 * ```ts
 * import { IndicatorError, toDecimal } from 'tianmu-indicators';
 *
 * let caught: unknown;
 * try { toDecimal('abc', 'base'); } catch (error) { caught = error; }
 * (caught as IndicatorError).code;
 * // => 'invalid-number'
 * (caught as IndicatorError).message;
 * // => 'base ("abc") is not a finite decimal number: expected a decimal such as "8.2" or "1.5e3"'
 * ```
 *
 * @category Errors
 */
export class IndicatorError extends Error {
  /** The stable, documented code of this error. */
  readonly code: ErrorCode;
  /** The field, the offending value and any further facts. */
  readonly details: ErrorDetails;

  /**
   * Creates an error whose message is built from the code and details.
   *
   * @param code - The stable error code.
   * @param details - The field, value and reason; a `message` key overrides the built message.
   */
  constructor(code: ErrorCode, details: ErrorDetails = {}) {
    let message: string;
    let kept = details;
    try {
      message =
        typeof details.message === 'string' ? details.message : formatErrorMessage(code, details);
    } catch {
      // A code or details whose getters or Proxy traps throw: the error keeps none of them.
      kept = { reason: 'the details of this error could not be read' };
      message = `input: ${kept.reason}`;
    }
    super(message);
    this.name = 'IndicatorError';
    this.code = code;
    this.details = kept;
  }
}

/**
 * Tells whether a value is an {@link IndicatorError}, optionally with a given code.
 *
 * @param value - Anything caught.
 * @param code - When given, the code the error must carry.
 * @returns `true` when `value` is an `IndicatorError` (with that code).
 * @throws Never.
 *
 * @example
 * ```ts
 * import { isIndicatorError, percent } from 'tianmu-indicators';
 *
 * let caught: unknown;
 * try { percent('NaN'); } catch (error) { caught = error; }
 * isIndicatorError(caught, 'invalid-number');
 * // => true
 * ```
 *
 * @category Errors
 */
export function isIndicatorError(value: unknown, code?: ErrorCode): value is IndicatorError {
  try {
    return value instanceof IndicatorError && (code === undefined || value.code === code);
  } catch {
    // A Proxy whose prototype trap throws is not an IndicatorError.
    return false;
  }
}

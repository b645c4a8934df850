import type { Citation } from '../../models/types.js';
import { SOURCE_ID } from './sources.js';

/** A citation of the report: the section heading and the verbatim quote. */
export function cite(section: string, quote: string): Citation {
  return { document: SOURCE_ID, section, quote };
}

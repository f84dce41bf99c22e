import { z } from 'zod';

// Line ends become LF, so a CR alone never reaches a CSV cell or a headline.
const LINE_BREAK = /\r\n?|[\u2028\u2029]/g;

// Characters that carry no visible text but change what is shown or matched: C0 controls other than tab and
// line feed, DEL and C1 controls, soft hyphen, zero-width characters and direction marks, the bidirectional
// embeddings, overrides and isolates (which make "fdp.exe" display as "exe.pdf"), invisible operators,
// the byte-order mark, interlinear annotations and tag characters.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const INVISIBLE = /[\0-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF\uFFF9-\uFFFB\u{E0000}-\u{E007F}]/gu;

// With the u flag, only surrogates without their other half match.
const LONE_SURROGATE = /[\uD800-\uDFFF]/gu;

/**
 * Text as it is stored and shown: line ends as LF, invisible and direction-changing characters removed,
 * unpaired surrogates (which UTF-8 cannot encode) replaced by U+FFFD. Tabs and line feeds stay.
 */
export function cleanText(text: string): string {
  return text.replace(LINE_BREAK, '\n').replace(INVISIBLE, '').replace(LONE_SURROGATE, '\uFFFD');
}

export const NUL_MESSAGE = 'Text cannot contain a NUL character (U+0000)';

/**
 * Text a person enters (a headline, a view's name, search text): refused when it holds a NUL, which no
 * text needs and PostgreSQL cannot store; otherwise cleaned by `cleanText`. Chain `.trim()`, `.min()`,
 * `.max()` after it: they then see the cleaned text.
 */
export const zUserText = () =>
  z
    .string()
    .refine((s) => !s.includes('\0'), { error: NUL_MESSAGE, abort: true })
    .overwrite(cleanText);

/** The largest id a PostgreSQL `integer` column holds. */
export const MAX_ID = 2_147_483_647;

/** A row's id as a client sends it: a positive integer that fits the database's id columns. */
export const zId = z.number().int().positive().max(MAX_ID, { error: (iss) => `The id ${String(iss.input)} is too large` });

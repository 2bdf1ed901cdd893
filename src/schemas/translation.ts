/**
 * An English body file (`content/parks/<slug>.en.md`, `content/cases/<id>.en.md`): prose
 * only. Facts live once, in the Chinese file beside it, so frontmatter here is an error.
 */
import { z } from 'zod';

export const translationBodySchema = z.strictObject(
  {},
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `An .en.md file holds the English text only; move ${issue.keys.join(', ')} to the .md file beside it`
        : undefined,
  },
);

import fc from 'fast-check';

/** Random CSV pieces for the property tests that hold two ways of reading to each other. */
// Fields that reach every branch of the fast path and of the hand-over to the JavaScript state machine.
export const csvField = fc.oneof(
  { weight: 6, arbitrary: fc.stringMatching(/^[a-z0-9.@-]{0,24}$/) },
  { weight: 2, arbitrary: fc.stringMatching(/^[a-z]{1,5}[ \t][a-z]{1,5}$/) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(' lead', 'trail ', '\tt', '!#$%&()*+', 'é€', 'a"b'),
  },
  // Quoted values: taken as they stand when their canonical form is their bytes, else left to the JS path.
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      '"a,b"',
      '"q""q"',
      '"q"",q"',
      '"abc"',
      '""',
      '"x\ny"',
      '"cr\r\n"',
      '"a"b',
      ' "a,b"',
      '"a,b" ',
      '"open',
      // Longer than a 16-byte block, commas inside: the block loop must skip them all.
      '"a long, quoted value, with commas, spanning blocks"',
    ),
  },
);
export const csvRow = fc.array(csvField, { minLength: 1, maxLength: 9 });
export const eol = fc.constantFrom('\n', '\n', '\r\n', '\r');

/**
 * What an export test varies: its rows (each with its line end, and whether an empty line follows), how the
 * file is chunked, which of five columns is the key, the hash mode and trimming.
 */
export const anyExport = fc.record({
  rows: fc.array(fc.tuple(csvRow, eol, fc.boolean()), { maxLength: 40 }),
  chunks: fc.array(fc.integer({ min: 1, max: 300 }), { minLength: 1, maxLength: 4 }),
  keyAt: fc.integer({ min: 0, max: 4 }),
  mode: fc.constantFrom('normalised' as const, 'raw' as const),
  trimWhitespace: fc.boolean(),
});

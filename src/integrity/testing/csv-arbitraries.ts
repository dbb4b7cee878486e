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

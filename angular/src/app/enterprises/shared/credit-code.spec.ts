import { FormControl } from '@angular/forms';
import {
  checkCreditCode,
  computeCheckCharacter,
  creditCodeValidator,
  normalizeCreditCode,
} from './credit-code';

const FIRST17 = '91520103MA6DKQ5X1';

describe('credit code', () => {
  const valid = FIRST17 + computeCheckCharacter(FIRST17);
  const wrongCheck = FIRST17 + (valid[17] === '0' ? '1' : '0');

  it('accepts a code with the right check character', () => {
    expect(checkCreditCode(valid)).toBe('valid');
  });

  it('tells a wrong check character apart from a malformed code', () => {
    expect(checkCreditCode(wrongCheck)).toBe('checksumMismatch');
    expect(checkCreditCode('9152010')).toBe('malformed');
    expect(checkCreditCode('91AB0103MA6DKQ5X1Y')).toBe('malformed'); // region part must be digits
    expect(checkCreditCode('91520103MA6DKQ5XIY')).toBe('malformed'); // I is not in the alphabet
  });

  it('normalizes what was typed', () => {
    expect(normalizeCreditCode(' 91520103ma6dkq5x1y ')).toBe('91520103MA6DKQ5X1Y');
  });

  it('validator refuses only malformed codes (the server decides on check characters)', () => {
    expect(creditCodeValidator(new FormControl('123'))).toEqual({ creditCode: true });
    expect(creditCodeValidator(new FormControl(wrongCheck.toLowerCase()))).toBeNull();
    expect(creditCodeValidator(new FormControl(''))).toBeNull();
  });
});

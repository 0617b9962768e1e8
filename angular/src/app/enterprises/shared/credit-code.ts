import { AbstractControl, ValidationErrors } from '@angular/forms';

/** 统一社会信用代码 (GB 32100-2015), as the server checks it (UnifiedSocialCreditCode.cs). */
const LENGTH = 18;
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

export type CreditCodeCheck = 'valid' | 'malformed' | 'checksumMismatch';

export function normalizeCreditCode(code: string | null | undefined): string {
  return (code ?? '').trim().toUpperCase();
}

export function checkCreditCode(code: string): CreditCodeCheck {
  if (code.length !== LENGTH) {
    return 'malformed';
  }
  for (let i = 0; i < LENGTH; i++) {
    const regionPart = i >= 2 && i <= 7;
    if (regionPart ? !/[0-9]/.test(code[i]) : !ALPHABET.includes(code[i])) {
      return 'malformed';
    }
  }
  return code[17] === computeCheckCharacter(code.slice(0, 17)) ? 'valid' : 'checksumMismatch';
}

export function computeCheckCharacter(first17: string): string {
  const sum = [...first17].reduce(
    (total, char, i) => total + ALPHABET.indexOf(char) * WEIGHTS[i],
    0,
  );
  const check = 31 - (sum % 31);
  return ALPHABET[check === 31 ? 0 : check];
}

/**
 * Refuses a malformed code. A well-formed code with a wrong check character passes here: the server
 * accepts it with an override reason, so the form offers that field instead.
 */
export function creditCodeValidator(control: AbstractControl): ValidationErrors | null {
  const code = normalizeCreditCode(control.value as string);
  return code.length > 0 && checkCreditCode(code) === 'malformed' ? { creditCode: true } : null;
}

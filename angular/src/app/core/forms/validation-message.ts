import { ValidationErrors } from '@angular/forms';
import { SERVER_ERROR } from './server-errors';

type Translate = (key: string, ...args: unknown[]) => string;

/** One message for a control's errors, server errors first (they are already localised). */
export function validationMessage(
  errors: ValidationErrors | null | undefined,
  t: Translate,
): string {
  if (!errors) {
    return '';
  }
  if (errors[SERVER_ERROR]) {
    return String(errors[SERVER_ERROR]);
  }
  if (errors['required']) {
    return t('Ui:Required');
  }
  if (errors['maxlength']) {
    return t('Ui:MaxLength', errors['maxlength'].requiredLength);
  }
  if (errors['maxItems']) {
    return t('Ui:MaxItems', errors['maxItems'].max);
  }
  if (errors['itemMaxLength']) {
    return t('Ui:ItemMaxLength', errors['itemMaxLength'].requiredLength);
  }
  if (errors['email']) {
    return t('Ui:InvalidEmail');
  }
  if (errors['creditCode']) {
    return t('EnterprisePage:CreditCodeMalformed');
  }
  if (errors['min'] || errors['max']) {
    return t('Ui:OutOfRange');
  }
  const [first] = Object.keys(errors);
  return t('Ui:Invalid', first);
}

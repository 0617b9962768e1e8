import { FormControl, FormGroup, NonNullableFormBuilder, Validators } from '@angular/forms';
import { EnterpriseContact } from './enterprise-api.service';
import { EnterpriseLimits as L } from './enterprise-limits';

/**
 * One row of an enterprise's contacts, as the bureau's form and the enterprise's own profile edit it.
 * Control names are the server's field names, so 400 errors such as `contacts[0].phone` land on them.
 */
export type ContactForm = FormGroup<{
  id: FormControl<string | null>;
  name: FormControl<string>;
  title: FormControl<string>;
  phone: FormControl<string>;
  email: FormControl<string>;
}>;

export function createContactForm(
  fb: NonNullableFormBuilder,
  contact?: EnterpriseContact,
): ContactForm {
  return fb.group({
    id: fb.control<string | null>(contact?.id ?? null),
    name: [
      contact?.name ?? '',
      [Validators.required, Validators.maxLength(L.maxContactNameLength)],
    ],
    title: [contact?.title ?? '', Validators.maxLength(L.maxContactTitleLength)],
    phone: [contact?.phone ?? '', Validators.maxLength(L.maxPhoneLength)],
    email: [contact?.email ?? '', [Validators.email, Validators.maxLength(L.maxEmailLength)]],
  });
}

import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { FormArray, NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzInputModule } from 'ng-zorro-antd/input';
import { FieldErrorComponent } from '../../core/forms/field-error.component';
import { TPipe } from '../../core/localization/t.pipe';
import { ContactForm, createContactForm } from './contact-form';
import { EnterpriseLimits } from './enterprise-limits';

/**
 * The rows of an enterprise's contacts (name, title, phone, email) with add and remove, inside the
 * page's `nz-form`. Used by the bureau's enterprise form and the enterprise's own profile page.
 * Checked eagerly, with its page, as the markup it replaces was: the pages refill the same FormArray
 * when they load, which changes no input.
 */
@Component({
  selector: 'app-contacts-editor',
  imports: [
    ReactiveFormsModule,
    NzButtonModule,
    NzFormModule,
    NzIconModule,
    NzInputModule,
    FieldErrorComponent,
    TPipe,
  ],
  templateUrl: './contacts-editor.component.html',
  styleUrl: './contacts-editor.component.less',
  changeDetection: ChangeDetectionStrategy.Eager,
})
export class ContactsEditorComponent {
  private readonly fb = inject(NonNullableFormBuilder);

  readonly contacts = input.required<FormArray<ContactForm>>();
  readonly max = input<number>(EnterpriseLimits.maxContacts);

  protected add(): void {
    const contacts = this.contacts();
    if (contacts.length < this.max()) {
      contacts.push(createContactForm(this.fb));
    }
  }

  protected remove(index: number): void {
    const contacts = this.contacts();
    contacts.removeAt(index);
    contacts.markAsDirty();
  }
}

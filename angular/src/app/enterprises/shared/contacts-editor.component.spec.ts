import { Component, inject } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { NzFormModule } from 'ng-zorro-antd/form';
import { provideTestApp } from '../../testing/providers';
import { settle } from '../../testing/settle';
import { ContactForm, createContactForm } from './contact-form';
import { ContactsEditorComponent } from './contacts-editor.component';

/** The editor as the pages use it: inside their `nz-form`, on the form's contacts array. */
@Component({
  imports: [ReactiveFormsModule, NzFormModule, ContactsEditorComponent],
  template: `
    <form nz-form nzLayout="vertical" [formGroup]="form">
      <app-contacts-editor [contacts]="form.controls.contacts" [max]="2" />
    </form>
  `,
})
class HostComponent {
  private readonly fb = inject(NonNullableFormBuilder);
  readonly form = this.fb.group({
    contacts: this.fb.array<ContactForm>([
      createContactForm(this.fb, {
        id: 'c1',
        name: '张三',
        title: '经理',
        phone: null,
        email: null,
      }),
    ]),
  });
}

describe('ContactsEditorComponent', () => {
  let fixture: ComponentFixture<HostComponent>;
  const byTestId = (id: string) =>
    (fixture.nativeElement as HTMLElement).querySelector(
      `[data-testid="${id}"]`,
    ) as HTMLElement | null;
  const rows = () =>
    (fixture.nativeElement as HTMLElement).querySelectorAll('[data-testid="contact-row"]');
  const contacts = () => fixture.componentInstance.form.controls.contacts;

  beforeEach(async () => {
    TestBed.configureTestingModule({ providers: provideTestApp() });
    fixture = TestBed.createComponent(HostComponent);
    await settle();
  });

  afterEach(() => fixture.destroy());

  it('shows a row per contact, bound to its controls', () => {
    expect(rows().length).toBe(1);
    expect((byTestId('field-contacts[0].name') as HTMLInputElement).value).toBe('张三');
    expect((byTestId('field-contacts[0].title') as HTMLInputElement).value).toBe('经理');
  });

  it('adds an empty row with the indexed test ids', async () => {
    byTestId('contact-add')!.click();
    await settle();

    expect(rows().length).toBe(2);
    expect(contacts().length).toBe(2);
    for (const field of ['name', 'title', 'phone', 'email']) {
      expect(byTestId(`field-contacts[1].${field}`)).not.toBeNull();
    }
    expect(byTestId('contact-remove-1')).not.toBeNull();

    const phone = byTestId('field-contacts[1].phone') as HTMLInputElement;
    phone.value = '0851-1234567';
    phone.dispatchEvent(new Event('input'));
    expect(contacts().at(1).controls.phone.value).toBe('0851-1234567');
  });

  it('shows rows the page puts into the array itself (as it does on load)', async () => {
    contacts().clear();
    contacts().push(
      createContactForm(TestBed.inject(NonNullableFormBuilder), {
        id: 'c2',
        name: '李四',
        title: null,
        phone: null,
        email: null,
      }),
    );
    contacts().push(createContactForm(TestBed.inject(NonNullableFormBuilder)));
    fixture.changeDetectorRef.markForCheck();
    await settle();

    expect(rows().length).toBe(2);
    expect((byTestId('field-contacts[0].name') as HTMLInputElement).value).toBe('李四');
  });

  it('removes the row and marks the array dirty', async () => {
    byTestId('contact-remove-0')!.click();
    await settle();

    expect(rows().length).toBe(0);
    expect(contacts().length).toBe(0);
    expect(contacts().dirty).toBe(true);
    expect(byTestId('field-contacts[0].name')).toBeNull();
  });

  it('disables adding at the maximum', async () => {
    const add = () => byTestId('contact-add') as HTMLButtonElement;
    expect(add().disabled).toBe(false);

    add().click();
    await settle();

    expect(contacts().length).toBe(2);
    expect(add().disabled).toBe(true);
  });

  it('shows the field error under an invalid contact field', async () => {
    const name = byTestId('field-contacts[0].name') as HTMLInputElement;
    name.value = '';
    name.dispatchEvent(new Event('input'));
    await settle();

    expect(byTestId('error-contacts[0].name')).not.toBeNull();
  });
});

import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideTestApp } from '../../../testing/providers';
import { settle } from '../../../testing/settle';
import { VisitPolicyPickerComponent } from './visit-policy-picker.component';

describe('VisitPolicyPickerComponent', () => {
  async function render(codes: string[]) {
    TestBed.configureTestingModule({ providers: provideTestApp() });
    const fixture = TestBed.createComponent(VisitPolicyPickerComponent);
    fixture.componentRef.setInput('codes', codes);
    fixture.detectChanges();
    await settle();
    TestBed.inject(HttpTestingController)
      .expectOne('/api/app/visits/policy-topics')
      .flush([
        { code: 'HT', name: '高新技术企业认定' },
        { code: 'RD', name: '研发费用加计扣除' },
      ]);
    await settle();
    fixture.detectChanges();
    const changes: string[][] = [];
    fixture.componentInstance.codes.subscribe((c) => changes.push(c));
    const box = (code: string) =>
      fixture.nativeElement.querySelector(
        `[data-testid="visit-policy-${code}"] input`,
      ) as HTMLInputElement;
    return { fixture, changes, box };
  }

  it('checks the topics already chosen and gives out the codes as they are ticked', async () => {
    const { box, changes, fixture } = await render(['HT']);
    expect(box('HT').checked).toBe(true);
    expect(box('RD').checked).toBe(false);

    box('RD').click();
    fixture.detectChanges();
    box('HT').click();

    expect(changes).toEqual([['HT', 'RD'], ['RD']]);
  });
});

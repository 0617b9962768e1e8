import { TestBed } from '@angular/core/testing';
import { FormArray, FormControl, FormGroup } from '@angular/forms';
import { provideTestApp } from '../../../testing/providers';
import { VisitNeedsEditorComponent } from './visit-needs-editor.component';

function need(description: string) {
  return new FormGroup({
    category: new FormControl('Funding'),
    description: new FormControl(description),
    isBottleneck: new FormControl(false),
    responsibleUnitId: new FormControl('u1'),
  });
}

describe('VisitNeedsEditorComponent', () => {
  function render(rows: FormArray<FormGroup>) {
    TestBed.configureTestingModule({ providers: provideTestApp() });
    const fixture = TestBed.createComponent(VisitNeedsEditorComponent);
    fixture.componentRef.setInput('rows', rows);
    fixture.componentRef.setInput('units', [{ id: 'u1', name: '区工信局' }]);
    fixture.detectChanges();
    const added: number[] = [];
    const removed: number[] = [];
    fixture.componentInstance.add.subscribe(() => added.push(1));
    fixture.componentInstance.remove.subscribe((i) => removed.push(i));
    const el = (id: string) =>
      fixture.nativeElement.querySelector(`[data-testid="${id}"]`) as HTMLElement;
    return { fixture, added, removed, el };
  }

  it('shows a numbered card per need and edits its text', () => {
    const rows = new FormArray([need('希望对接科技贷款'), need('芯片封装需要联合攻关')]);
    const { fixture, el } = render(rows);

    const cards = fixture.nativeElement.querySelectorAll('[data-testid="visit-need"]');
    expect(cards).toHaveLength(2);
    const text = el('visit-need-description-1') as HTMLTextAreaElement;
    expect(text.value).toBe('芯片封装需要联合攻关');
    text.value = '芯片封装工艺需要联合攻关';
    text.dispatchEvent(new Event('input'));

    expect(rows.at(1).value.description).toBe('芯片封装工艺需要联合攻关');
  });

  it('asks the form to add a need and to remove the one whose button was pressed', () => {
    const { el, added, removed } = render(new FormArray([need('a'), need('b')]));

    el('visit-add-need').click();
    el('visit-need-remove-0').click();

    expect(added).toHaveLength(1);
    expect(removed).toEqual([0]);
  });
});

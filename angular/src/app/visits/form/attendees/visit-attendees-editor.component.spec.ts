import { TestBed } from '@angular/core/testing';
import { FormArray, FormControl, FormGroup } from '@angular/forms';
import { provideTestApp } from '../../../testing/providers';
import { VISIT_LIMITS } from '../../shared/visit-limits';
import { VisitAttendeesEditorComponent } from './visit-attendees-editor.component';

function row(name: string, title = '') {
  return new FormGroup({ name: new FormControl(name), title: new FormControl(title) });
}

describe('VisitAttendeesEditorComponent', () => {
  function render(rows: FormArray<FormGroup>) {
    TestBed.configureTestingModule({ providers: provideTestApp() });
    const fixture = TestBed.createComponent(VisitAttendeesEditorComponent);
    fixture.componentRef.setInput('rows', rows);
    fixture.detectChanges();
    const added: number[] = [];
    const removed: number[] = [];
    fixture.componentInstance.add.subscribe(() => added.push(1));
    fixture.componentInstance.remove.subscribe((i) => removed.push(i));
    const el = (id: string) =>
      fixture.nativeElement.querySelector(`[data-testid="${id}"]`) as HTMLInputElement;
    return { fixture, added, removed, el };
  }

  it('edits the rows it is given', () => {
    const rows = new FormArray([row('张三', '总经理'), row('李四')]);
    const { fixture, el } = render(rows);

    expect(el('visit-attendee-name-0').value).toBe('张三');
    expect(el('visit-attendee-title-0').value).toBe('总经理');
    el('visit-attendee-title-1').value = '技术总监';
    el('visit-attendee-title-1').dispatchEvent(new Event('input'));
    fixture.detectChanges();

    expect(rows.at(1).value).toEqual({ name: '李四', title: '技术总监' });
  });

  it('asks the form to add a row and to remove the one whose button was pressed', () => {
    const { el, added, removed } = render(new FormArray([row('张三'), row('李四')]));

    el('visit-add-attendee').click();
    el('visit-attendee-remove-1').click();

    expect(added).toHaveLength(1);
    expect(removed).toEqual([1]);
  });

  it('offers no more rows than the server accepts', () => {
    const full = new FormArray(
      Array.from({ length: VISIT_LIMITS.maxAttendees }, (_, i) => row(`${i}`)),
    );
    const { el, added } = render(full);

    expect(el('visit-add-attendee').disabled).toBe(true);
    el('visit-add-attendee').click();
    expect(added).toEqual([]);
  });
});

import { TestBed } from '@angular/core/testing';
import { NonNullableFormBuilder } from '@angular/forms';
import { formatIsoDate } from '../../shared/iso-date';
import { createVisitForm, patchForm, payloadOf, resetForm } from './visit-form.group';
import { VisitDraftPayload } from './visit-form.model';

const DRAFT: VisitDraftPayload = {
  enterpriseId: 'e1',
  enterpriseName: '贵阳星辰科技有限公司',
  visitDate: '2026-11-18',
  kind: 'Phone',
  officerIds: ['o1'],
  attendees: [{ name: '张三', title: '总经理' }],
  policyCodes: ['HT'],
  operations: '营收增长',
  innovation: '',
  difficulties: '融资难',
  notes: '',
  attachmentFileIds: [{ id: 'f1', name: 'gate.jpg' }],
  signature: null,
  needs: [
    {
      category: 'Funding',
      description: '希望对接科技贷款',
      isBottleneck: true,
      responsibleUnitId: 'u1',
    },
  ],
};

describe('visit form', () => {
  const fb = () => TestBed.inject(NonNullableFormBuilder);

  afterEach(() => vi.useRealTimers());

  it("starts on today's date in China, also in a browser still on the previous day", () => {
    vi.useFakeTimers({ now: new Date('2026-03-13T23:30:00Z'), toFake: ['Date'] });

    const form = createVisitForm(fb());

    expect(formatIsoDate(form.controls.visitDate.value)).toBe('2026-03-14');
  });

  it('starts a blank visit on the China date as well', () => {
    const form = createVisitForm(fb());
    patchForm(form, fb(), DRAFT);
    vi.useFakeTimers({ now: new Date('2026-12-31T16:30:00Z'), toFake: ['Date'] });

    resetForm(form, fb());

    expect(formatIsoDate(form.controls.visitDate.value)).toBe('2027-01-01');
    expect(form.controls.attendees.length).toBe(0);
    expect(form.controls.enterpriseId.value).toBeNull();
  });

  it('gives back the draft it was filled from, rows included', () => {
    const form = createVisitForm(fb());

    patchForm(form, fb(), DRAFT);

    expect(payloadOf(form, DRAFT.enterpriseName)).toEqual(DRAFT);
    expect(form.dirty).toBe(false);
  });

  it('hands the rows over in new arrays, for the editors (OnPush) to notice', () => {
    const form = createVisitForm(fb());
    const [attendees, needs] = [form.controls.attendees, form.controls.needs];

    patchForm(form, fb(), DRAFT);

    expect(form.controls.attendees).not.toBe(attendees);
    expect(form.controls.needs).not.toBe(needs);
    expect(form.controls.needs.at(0).value.description).toBe('希望对接科技贷款');
  });
});

import { FormGroup, NonNullableFormBuilder, Validators } from '@angular/forms';
import { NeedCategory } from '../../needs/shared/needs-api.service';
import { chinaToday } from '../../shared/china-date';
import { formatIsoDate, parseIsoDate } from '../../shared/iso-date';
import { VISIT_LIMITS } from '../shared/visit-limits';
import { VisitKind } from '../shared/visits-api.service';
import { VisitDraftPayload, VisitPhoto } from './visit-form.model';

type Attendee = VisitDraftPayload['attendees'][number];
type NeedValue = VisitDraftPayload['needs'][number];

/**
 * The visit form's controls, named as CreateVisitDto (the server's 400 field errors land on them).
 * The visit date starts on today's date in China, whatever the browser's time zone.
 */
export function createVisitForm(fb: NonNullableFormBuilder) {
  return fb.group({
    enterpriseId: fb.control<string | null>(null, Validators.required),
    visitDate: fb.control<Date | null>(parseIsoDate(chinaToday()), Validators.required),
    kind: fb.control<VisitKind | null>('OnSite', Validators.required),
    officerIds: fb.control<string[]>([], Validators.maxLength(VISIT_LIMITS.maxOfficers)),
    attendees: fb.array<FormGroup>([]),
    policyCodes: fb.control<string[]>([]),
    operations: fb.control('', Validators.maxLength(VISIT_LIMITS.situation)),
    innovation: fb.control('', Validators.maxLength(VISIT_LIMITS.situation)),
    difficulties: fb.control('', Validators.maxLength(VISIT_LIMITS.situation)),
    notes: fb.control('', Validators.maxLength(VISIT_LIMITS.notes)),
    attachmentFileIds: fb.control<VisitPhoto[]>([]),
    signature: fb.control<string | null>(null),
    needs: fb.array<FormGroup>([]),
  });
}

export type VisitForm = ReturnType<typeof createVisitForm>;

/** One enterprise attendee: a name (required) and a title. */
export function attendeeGroup(
  fb: NonNullableFormBuilder,
  value: Attendee = { name: '', title: '' },
): FormGroup {
  return fb.group({
    name: [value.name, [Validators.required, Validators.maxLength(VISIT_LIMITS.personName)]],
    title: [value.title, Validators.maxLength(VISIT_LIMITS.title)],
  });
}

/** One need raised in the visit: category, text and responsible unit are required. */
export function needGroup(fb: NonNullableFormBuilder, value?: NeedValue): FormGroup {
  return fb.group({
    category: fb.control<NeedCategory | null>(value?.category ?? null, Validators.required),
    description: fb.control(value?.description ?? '', [
      Validators.required,
      Validators.pattern(/\S/),
      Validators.maxLength(VISIT_LIMITS.needDescription),
    ]),
    isBottleneck: fb.control(value?.isBottleneck ?? false),
    responsibleUnitId: fb.control<string | null>(
      value?.responsibleUnitId ?? null,
      Validators.required,
    ),
  });
}

/** What the outbox keeps of the form (plain JSON). */
export function payloadOf(form: VisitForm, enterpriseName: string | null): VisitDraftPayload {
  const v = form.getRawValue();
  return {
    enterpriseId: v.enterpriseId,
    enterpriseName,
    visitDate: formatIsoDate(v.visitDate),
    kind: v.kind,
    officerIds: v.officerIds,
    attendees: v.attendees as Attendee[],
    policyCodes: v.policyCodes,
    operations: v.operations,
    innovation: v.innovation,
    difficulties: v.difficulties,
    notes: v.notes,
    attachmentFileIds: v.attachmentFileIds,
    signature: v.signature,
    needs: v.needs as NeedValue[],
  };
}

/**
 * Puts a kept draft back into the form, without change events (no autosave, no photo check).
 * The rows come in new arrays: the editors (OnPush) see a new input and show them.
 */
export function patchForm(form: VisitForm, fb: NonNullableFormBuilder, p: VisitDraftPayload): void {
  setRows(form, fb, p.attendees, p.needs);
  form.reset(
    {
      enterpriseId: p.enterpriseId,
      visitDate: parseIsoDate(p.visitDate),
      kind: p.kind,
      officerIds: p.officerIds,
      policyCodes: p.policyCodes,
      operations: p.operations,
      innovation: p.innovation,
      difficulties: p.difficulties,
      notes: p.notes,
      attachmentFileIds: p.attachmentFileIds,
      signature: p.signature,
    },
    { emitEvent: false },
  );
}

/** A blank visit, dated today in China. */
export function resetForm(form: VisitForm, fb: NonNullableFormBuilder): void {
  setRows(form, fb, [], []);
  form.reset(
    {
      enterpriseId: null,
      visitDate: parseIsoDate(chinaToday()),
      kind: 'OnSite',
      officerIds: [],
      policyCodes: [],
      operations: '',
      innovation: '',
      difficulties: '',
      notes: '',
      attachmentFileIds: [],
      signature: null,
    },
    { emitEvent: false },
  );
}

function setRows(
  form: VisitForm,
  fb: NonNullableFormBuilder,
  attendees: readonly Attendee[],
  needs: readonly NeedValue[],
): void {
  const quiet = { emitEvent: false };
  form.setControl('attendees', fb.array(attendees.map((a) => attendeeGroup(fb, a))), quiet);
  form.setControl('needs', fb.array(needs.map((n) => needGroup(fb, n))), quiet);
}

import { Component, DestroyRef, inject, signal } from '@angular/core';
import { rxResource, toSignal } from '@angular/core/rxjs-interop';
import {
  FormArray,
  FormGroup,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  Validators,
} from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzBadgeModule } from 'ng-zorro-antd/badge';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzCheckboxModule } from 'ng-zorro-antd/checkbox';
import { NzDatePickerModule } from 'ng-zorro-antd/date-picker';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzSwitchModule } from 'ng-zorro-antd/switch';
import { Subject, catchError, debounceTime, firstValueFrom, map, of, switchMap } from 'rxjs';
import { FieldErrorComponent } from '../../core/forms/field-error.component';
import { revealErrors } from '../../core/forms/reveal-errors';
import { applyServerErrors, clearServerErrors } from '../../core/forms/server-errors';
import { problemMessage } from '../../core/http/problem-details';
import { LocalizationService } from '../../core/localization/localization.service';
import { TPipe } from '../../core/localization/t.pipe';
import { Notifier } from '../../core/notify/notifier';
import { EnterpriseApi } from '../../enterprises/shared/enterprise-api.service';
import { ResponsibleUnitsService } from '../../lookups/responsible-units.service';
import { NEED_CATEGORIES, NeedCategory } from '../../needs/shared/needs-api.service';
import { parseIsoDate, formatIsoDate } from '../../shared/iso-date';
import { SignaturePadComponent } from '../../shared/signature-pad/signature-pad.component';
import { VISIT_LIMITS } from '../shared/visit-limits';
import { VISIT_KINDS, VisitKind, VisitsApi } from '../shared/visits-api.service';
import { VisitDraftPayload, VisitPhoto, today } from './visit-form.model';
import { VisitSubmitter } from './visit-sender';

const AUTOSAVE_MS = 800;

/**
 * 千企面对面: the visit form, written on a phone. Every change is kept on the device (a draft in the
 * outbox); submit queues the draft and sends it; without a network it stays queued and goes out
 * when the phone is back online, with the same idempotency key.
 */
@Component({
  selector: 'app-visit-form-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    NzAlertModule,
    NzBadgeModule,
    NzButtonModule,
    NzCardModule,
    NzCheckboxModule,
    NzDatePickerModule,
    NzFormModule,
    NzIconModule,
    NzInputModule,
    NzSelectModule,
    NzSwitchModule,
    FieldErrorComponent,
    SignaturePadComponent,
    TPipe,
  ],
  templateUrl: './visit-form.page.html',
  styleUrl: './visit-form.page.less',
})
export class VisitFormPage {
  private readonly fb = inject(NonNullableFormBuilder);
  private readonly api = inject(VisitsApi);
  private readonly enterprises = inject(EnterpriseApi);
  private readonly submitter = inject(VisitSubmitter);
  private readonly router = inject(Router);
  private readonly message = inject(Notifier);
  private readonly localization = inject(LocalizationService);

  protected readonly outbox = this.submitter.outbox;
  protected readonly kinds = VISIT_KINDS;
  protected readonly categories = NEED_CATEGORIES;
  protected readonly limits = VISIT_LIMITS;
  protected readonly situationFields = [
    { field: 'operations', label: 'Visit:Operations' },
    { field: 'innovation', label: 'Visit:Innovation' },
    { field: 'difficulties', label: 'Visit:Difficulties' },
  ] as const;

  protected readonly policyTopics = rxResource({ stream: () => this.api.getPolicyTopics() });
  protected readonly officerOptions = toSignal(
    this.api.getOfficerOptions().pipe(catchError(() => of([]))),
    { initialValue: [] },
  );
  protected readonly units = toSignal(inject(ResponsibleUnitsService).units(), {
    initialValue: [],
  });

  private readonly enterpriseSearch = new Subject<string>();
  protected readonly enterpriseOptions = signal<{ id: string; name: string }[]>([]);
  protected readonly searchingEnterprises = signal(false);

  protected readonly draftId = signal<string | null>(null);
  protected readonly restored = signal(false);
  protected readonly submitting = signal(false);
  protected readonly uploading = signal(0);
  /** Shown after a submit that found no network: the draft waits on the device. */
  protected readonly keptOffline = signal(false);
  protected readonly error = signal<string | null>(null);

  protected readonly form = this.fb.group({
    enterpriseId: this.fb.control<string | null>(null, Validators.required),
    visitDate: this.fb.control<Date | null>(parseIsoDate(today()), Validators.required),
    kind: this.fb.control<VisitKind | null>('OnSite', Validators.required),
    officerIds: this.fb.control<string[]>([], Validators.maxLength(VISIT_LIMITS.maxOfficers)),
    attendees: this.fb.array<FormGroup>([]),
    policyCodes: this.fb.control<string[]>([]),
    operations: this.fb.control('', Validators.maxLength(VISIT_LIMITS.situation)),
    innovation: this.fb.control('', Validators.maxLength(VISIT_LIMITS.situation)),
    difficulties: this.fb.control('', Validators.maxLength(VISIT_LIMITS.situation)),
    notes: this.fb.control('', Validators.maxLength(VISIT_LIMITS.notes)),
    attachmentFileIds: this.fb.control<VisitPhoto[]>([]),
    signature: this.fb.control<string | null>(null),
    needs: this.fb.array<FormGroup>([]),
  });

  protected get attendees(): FormArray<FormGroup> {
    return this.form.controls.attendees;
  }

  protected get needs(): FormArray<FormGroup> {
    return this.form.controls.needs;
  }

  protected canUpload(): boolean {
    return !!this.form.controls.enterpriseId.value;
  }

  constructor() {
    this.submitter.start();
    this.enterpriseSearch
      .pipe(
        debounceTime(300),
        switchMap((filter) => {
          this.searchingEnterprises.set(true);
          return this.enterprises.getList({ filter, skipCount: 0, maxResultCount: 20 }).pipe(
            map((page) => page.items.map((e) => ({ id: e.id, name: e.name }))),
            catchError(() => of([])),
          );
        }),
      )
      .subscribe((options) => {
        this.searchingEnterprises.set(false);
        this.enterpriseOptions.set(this.withSelected(options));
      });

    // Photos belong to the enterprise they were uploaded for: a new enterprise starts without them.
    this.form.controls.enterpriseId.valueChanges.subscribe(() => {
      if (this.form.controls.attachmentFileIds.value.length > 0) {
        this.form.controls.attachmentFileIds.setValue([]);
      }
    });

    const autosave = this.form.valueChanges.pipe(debounceTime(AUTOSAVE_MS)).subscribe(() => {
      if (this.form.dirty) {
        void this.saveDraft().catch(() => undefined);
      }
    });
    inject(DestroyRef).onDestroy(() => {
      autosave.unsubscribe();
      this.enterpriseSearch.complete();
      if (this.form.dirty) {
        void this.saveDraft().catch(() => undefined);
      }
    });

    void this.restoreDraft();
  }

  protected searchEnterprises(text: string): void {
    if (text.trim()) {
      this.enterpriseSearch.next(text.trim());
    }
  }

  protected addAttendee(value = { name: '', title: '' }): void {
    this.attendees.push(
      this.fb.group({
        name: [value.name, [Validators.required, Validators.maxLength(VISIT_LIMITS.personName)]],
        title: [value.title, Validators.maxLength(VISIT_LIMITS.title)],
      }),
    );
  }

  protected removeAttendee(index: number): void {
    this.attendees.removeAt(index);
  }

  protected addNeed(value?: VisitDraftPayload['needs'][number]): void {
    this.needs.push(
      this.fb.group({
        category: this.fb.control<NeedCategory | null>(
          value?.category ?? null,
          Validators.required,
        ),
        description: this.fb.control(value?.description ?? '', [
          Validators.required,
          Validators.pattern(/\S/),
          Validators.maxLength(VISIT_LIMITS.needDescription),
        ]),
        isBottleneck: this.fb.control(value?.isBottleneck ?? false),
        responsibleUnitId: this.fb.control<string | null>(
          value?.responsibleUnitId ?? null,
          Validators.required,
        ),
      }),
    );
  }

  protected removeNeed(index: number): void {
    this.needs.removeAt(index);
  }

  protected togglePolicy(code: string, checked: boolean): void {
    const codes = this.form.controls.policyCodes.value.filter((c) => c !== code);
    this.form.controls.policyCodes.setValue(checked ? [...codes, code] : codes);
  }

  protected removePhoto(id: string): void {
    const photos = this.form.controls.attachmentFileIds;
    photos.setValue(photos.value.filter((p) => p.id !== id));
  }

  protected async onPhotos(input: HTMLInputElement): Promise<void> {
    const enterpriseId = this.form.controls.enterpriseId.value;
    const files = Array.from(input.files ?? []);
    input.value = '';
    if (!enterpriseId) {
      return;
    }
    for (const file of files) {
      if (this.form.controls.attachmentFileIds.value.length >= VISIT_LIMITS.maxAttachments) {
        this.message.error(this.localization.t('Ui:MaxItems', VISIT_LIMITS.maxAttachments));
        break;
      }
      this.uploading.update((n) => n + 1);
      try {
        const stored = await firstValueFrom(
          this.api.upload(file, file.name, enterpriseId, 'VisitPhoto'),
        );
        const photos = this.form.controls.attachmentFileIds;
        photos.setValue([...photos.value, { id: stored.id, name: stored.name }]);
        photos.markAsDirty();
      } catch {
        this.message.error(this.localization.t('VisitPage:PhotoUploadFailed', file.name));
      } finally {
        this.uploading.update((n) => n - 1);
      }
    }
  }

  protected async discardDraft(): Promise<void> {
    const id = this.draftId();
    if (id) {
      await this.outbox.removeDraft(id);
    }
    this.resetForm();
  }

  protected async submit(): Promise<void> {
    clearServerErrors(this.form);
    this.error.set(null);
    this.keptOffline.set(false);
    if (this.form.invalid) {
      revealErrors(this.form);
      this.message.error(this.localization.t('VisitPage:FixErrors'));
      return;
    }
    this.submitting.set(true);
    try {
      const draft = await this.saveDraft();
      await this.outbox.enqueue(draft.id);
      await this.outbox.flush(this.submitter.send);
      const left = await this.outbox.getDraft(draft.id);
      if (!left) {
        const visitId = this.submitter.createdVisitId(draft.clientRequestId);
        this.message.success(this.localization.t('VisitPage:Sent'));
        this.form.markAsPristine();
        this.draftId.set(null);
        await this.router.navigate(visitId ? ['/visits', visitId] : ['/visits']);
      } else if (left.lastOutcome === 'invalid') {
        const problem = this.submitter.problem(draft.clientRequestId);
        const unmatched = applyServerErrors(this.form, problem?.errors);
        revealErrors(this.form);
        this.error.set(
          unmatched.join(' ') ||
            (problem && Object.keys(problem.errors ?? {}).length === 0
              ? problemMessage(problem)
              : null) ||
            this.localization.t('VisitPage:FixErrors'),
        );
      } else {
        // Kept for a retry: start a new visit; this one goes out when the phone is online.
        this.resetForm();
        this.keptOffline.set(true);
      }
    } catch {
      this.error.set(this.localization.t('Ui:SaveFailed'));
    } finally {
      this.submitting.set(false);
    }
  }

  protected async sendPending(): Promise<void> {
    await this.outbox.flush(this.submitter.send).catch(() => undefined);
    if (this.outbox.pendingCount() === 0) {
      this.keptOffline.set(false);
      this.message.success(this.localization.t('VisitPage:Sent'));
    }
  }

  private payload(): VisitDraftPayload {
    const v = this.form.getRawValue();
    const enterpriseId = v.enterpriseId;
    return {
      enterpriseId,
      enterpriseName: this.enterpriseOptions().find((e) => e.id === enterpriseId)?.name ?? null,
      visitDate: formatIsoDate(v.visitDate),
      kind: v.kind,
      officerIds: v.officerIds,
      attendees: v.attendees as VisitDraftPayload['attendees'],
      policyCodes: v.policyCodes,
      operations: v.operations,
      innovation: v.innovation,
      difficulties: v.difficulties,
      notes: v.notes,
      attachmentFileIds: v.attachmentFileIds,
      signature: v.signature,
      needs: v.needs as VisitDraftPayload['needs'],
    };
  }

  private async saveDraft() {
    const draft = await this.outbox.saveDraft({
      id: this.draftId() ?? undefined,
      payload: this.payload(),
    });
    this.draftId.set(draft.id);
    return draft;
  }

  /** Picks up the latest draft not yet submitted (or sent back as invalid). */
  private async restoreDraft(): Promise<void> {
    try {
      const drafts = await this.outbox.listDrafts();
      const draft = drafts.filter((d) => !d.queuedAt).at(-1);
      if (!draft || this.form.dirty) {
        return;
      }
      this.patch(draft.payload);
      this.draftId.set(draft.id);
      this.restored.set(true);
    } catch {
      // No IndexedDB (private mode): the form still works, without autosave.
    }
  }

  private patch(p: VisitDraftPayload): void {
    if (p.enterpriseId) {
      this.enterpriseOptions.set([
        { id: p.enterpriseId, name: p.enterpriseName ?? p.enterpriseId },
      ]);
    }
    this.attendees.clear({ emitEvent: false });
    p.attendees.forEach((a) => this.addAttendee(a));
    this.needs.clear({ emitEvent: false });
    p.needs.forEach((n) => this.addNeed(n));
    this.form.patchValue(
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
        signature: p.signature,
      },
      { emitEvent: false },
    );
    // Set last: a changed enterprise clears the photos.
    this.form.controls.attachmentFileIds.setValue(p.attachmentFileIds, { emitEvent: false });
  }

  private resetForm(): void {
    this.draftId.set(null);
    this.restored.set(false);
    this.attendees.clear({ emitEvent: false });
    this.needs.clear({ emitEvent: false });
    this.form.reset(
      {
        enterpriseId: null,
        visitDate: parseIsoDate(today()),
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

  private withSelected(options: { id: string; name: string }[]): { id: string; name: string }[] {
    const id = this.form.controls.enterpriseId.value;
    const selected = this.enterpriseOptions().find((e) => e.id === id);
    return selected && !options.some((o) => o.id === id) ? [selected, ...options] : options;
  }
}

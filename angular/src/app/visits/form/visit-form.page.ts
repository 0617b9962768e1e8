import { Component, DestroyRef, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzBadgeModule } from 'ng-zorro-antd/badge';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzDatePickerModule } from 'ng-zorro-antd/date-picker';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzModalService } from 'ng-zorro-antd/modal';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { catchError, debounceTime, of } from 'rxjs';
import { FieldErrorComponent } from '../../core/forms/field-error.component';
import { revealErrors } from '../../core/forms/reveal-errors';
import { applyServerErrors, clearServerErrors } from '../../core/forms/server-errors';
import { problemMessage } from '../../core/http/problem-details';
import { LocalizationService } from '../../core/localization/localization.service';
import { TPipe } from '../../core/localization/t.pipe';
import { Notifier } from '../../core/notify/notifier';
import { ResponsibleUnitsService } from '../../lookups/responsible-units.service';
import { SignaturePadComponent } from '../../shared/signature-pad/signature-pad.component';
import { VISIT_LIMITS } from '../shared/visit-limits';
import { VISIT_KINDS, VisitsApi } from '../shared/visits-api.service';
import { VisitAttendeesEditorComponent } from './attendees/visit-attendees-editor.component';
import { VisitDraftNoticesComponent } from './drafts/visit-draft-notices.component';
import { EnterpriseOptions } from './enterprise-options';
import { VisitNeedsEditorComponent } from './needs/visit-needs-editor.component';
import { VisitPhotosComponent } from './photos/visit-photos.component';
import { VisitPolicyPickerComponent } from './policies/visit-policy-picker.component';
import { VisitDraftKeeper } from './visit-draft-keeper';
import { attendeeGroup, createVisitForm, needGroup } from './visit-form.group';
import { VisitPhoto } from './visit-form.model';
import { VisitSubmitter } from './visit-sender';

const AUTOSAVE_MS = 800;

/**
 * 千企面对面: the visit form, written on a phone. Every change is kept on the device (a draft in the
 * outbox, see VisitDraftKeeper); submit queues the draft and sends it; without a network it stays
 * queued and goes out when the phone is back online, with the same idempotency key.
 */
@Component({
  selector: 'app-visit-form-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    NzAlertModule,
    NzBadgeModule,
    NzButtonModule,
    NzDatePickerModule,
    NzFormModule,
    NzIconModule,
    NzInputModule,
    NzSelectModule,
    FieldErrorComponent,
    SignaturePadComponent,
    VisitAttendeesEditorComponent,
    VisitDraftNoticesComponent,
    VisitNeedsEditorComponent,
    VisitPhotosComponent,
    VisitPolicyPickerComponent,
    TPipe,
  ],
  providers: [NzModalService, EnterpriseOptions, VisitDraftKeeper],
  templateUrl: './visit-form.page.html',
  styleUrl: './visit-form.page.less',
})
export class VisitFormPage {
  private readonly fb = inject(NonNullableFormBuilder);
  private readonly api = inject(VisitsApi);
  private readonly submitter = inject(VisitSubmitter);
  private readonly router = inject(Router);
  private readonly message = inject(Notifier);
  private readonly localization = inject(LocalizationService);

  protected readonly outbox = this.submitter.outbox;
  protected readonly enterprises = inject(EnterpriseOptions);
  protected readonly drafts = inject(VisitDraftKeeper);
  protected readonly kinds = VISIT_KINDS;
  protected readonly limits = VISIT_LIMITS;
  protected readonly textFields = [
    { field: 'operations', label: 'Visit:Operations', max: VISIT_LIMITS.situation },
    { field: 'innovation', label: 'Visit:Innovation', max: VISIT_LIMITS.situation },
    { field: 'difficulties', label: 'Visit:Difficulties', max: VISIT_LIMITS.situation },
    { field: 'notes', label: 'Visit:Notes', max: VISIT_LIMITS.notes },
  ] as const;

  protected readonly officerOptions = toSignal(
    this.api.getOfficerOptions().pipe(catchError(() => of([]))),
    { initialValue: [] },
  );
  protected readonly units = toSignal(inject(ResponsibleUnitsService).units(), {
    initialValue: [],
  });

  protected readonly form = this.drafts.form;
  protected readonly submitting = signal(false);
  protected readonly uploading = signal(false);
  /** Shown after a submit that found no network: the draft waits on the device. */
  protected readonly keptOffline = signal(false);
  protected readonly error = signal<string | null>(null);

  constructor() {
    this.submitter.start();
    this.enterprises.selectedId = () => this.form.controls.enterpriseId.value;
    this.form.controls.enterpriseId.valueChanges.subscribe((id) => {
      void this.drafts.changeEnterprise(id);
    });

    const autosave = this.form.valueChanges.pipe(debounceTime(AUTOSAVE_MS)).subscribe(() => {
      if (this.form.dirty && !this.drafts.confirming()) {
        void this.drafts.save().catch(() => undefined);
      }
    });
    inject(DestroyRef).onDestroy(() => {
      autosave.unsubscribe();
      if (this.form.dirty) {
        void this.drafts.save().catch(() => undefined);
      }
    });

    void this.drafts.restoreLatest();
  }

  protected addAttendee(): void {
    this.form.controls.attendees.push(attendeeGroup(this.fb));
  }

  protected removeAttendee(index: number): void {
    this.form.controls.attendees.removeAt(index);
  }

  protected addNeed(): void {
    this.form.controls.needs.push(needGroup(this.fb));
  }

  protected removeNeed(index: number): void {
    this.form.controls.needs.removeAt(index);
  }

  protected setPolicies(codes: string[]): void {
    this.form.controls.policyCodes.setValue(codes);
    this.form.controls.policyCodes.markAsDirty();
  }

  protected setPhotos(photos: VisitPhoto[]): void {
    this.form.controls.attachmentFileIds.setValue(photos);
    this.form.controls.attachmentFileIds.markAsDirty();
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
      const draft = await this.drafts.save();
      await this.outbox.enqueue(draft.id);
      await this.outbox.flush(this.submitter.send);
      const left = await this.outbox.getDraft(draft.id);
      if (!left) {
        const visitId = this.submitter.createdVisitId(draft.clientRequestId);
        this.message.success(this.localization.t('VisitPage:Sent'));
        this.drafts.forget();
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
        await this.drafts.refresh();
      } else {
        // Kept for a retry: start a new visit; this one goes out when the phone is online.
        this.drafts.startBlank();
        this.keptOffline.set(true);
        await this.drafts.refresh();
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
}

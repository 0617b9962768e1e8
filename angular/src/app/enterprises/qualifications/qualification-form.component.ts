import { Component, effect, inject, input, output, signal } from '@angular/core';
import {
  CertificateDocument,
  CertificateDocumentsComponent,
} from './certificate-documents.component';
import { ReactiveFormsModule } from '@angular/forms';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzDatePickerModule } from 'ng-zorro-antd/date-picker';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzModalModule } from 'ng-zorro-antd/modal';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { firstValueFrom } from 'rxjs';
import { FieldErrorComponent } from '../../core/forms/field-error.component';
import { revealErrors } from '../../core/forms/reveal-errors';
import { applyServerErrors, clearServerErrors } from '../../core/forms/server-errors';
import { problemMessage, toProblemDetails } from '../../core/http/problem-details';
import { LocalizationService } from '../../core/localization/localization.service';
import { TPipe } from '../../core/localization/t.pipe';
import { CultivationApi, Qualification } from '../../cultivation/shared/cultivation-api.service';
import {
  QUALIFICATION_KINDS,
  CERTIFICATE_LEVELS,
  QUALIFICATION_LIMITS,
  createQualificationForm,
  isFutureDay,
  toAddRequest,
} from './qualification-form.model';

/** Records a qualification certificate of an enterprise, in a modal; open while `open` is true. */
@Component({
  selector: 'app-qualification-form',
  imports: [
    CertificateDocumentsComponent,
    ReactiveFormsModule,
    NzAlertModule,
    NzButtonModule,
    NzDatePickerModule,
    NzFormModule,
    NzInputModule,
    NzModalModule,
    NzSelectModule,
    FieldErrorComponent,
    TPipe,
  ],
  templateUrl: './qualification-form.component.html',
  styles: `
    .full-width {
      width: 100%;
    }
    .qualification-form__alert {
      margin-bottom: 16px;
    }
  `,
})
export class QualificationFormComponent {
  private readonly api = inject(CultivationApi);
  private readonly localization = inject(LocalizationService);

  readonly enterpriseId = input.required<string>();
  readonly open = input(false);
  /** The recorded qualification, or null when cancelled. */
  readonly finished = output<Qualification | null>();

  protected readonly kinds = QUALIFICATION_KINDS;
  protected readonly limits = QUALIFICATION_LIMITS;
  protected readonly levels = CERTIFICATE_LEVELS;
  protected readonly form = createQualificationForm();
  protected readonly saving = signal(false);
  protected readonly documents = signal<CertificateDocument[]>([]);
  protected readonly generalError = signal<string | null>(null);

  protected readonly disabledIssuedOn = (date: Date) => isFutureDay(date);
  /** Valid-until days before the issue date cannot be picked. */
  protected readonly disabledExpiresOn = (date: Date) => {
    const issued = this.form.controls.issuedOn.value;
    return !!issued && date.getTime() < issued.getTime();
  };

  constructor() {
    effect(() => {
      if (this.open()) {
        this.form.reset();
        this.documents.set([]);
        this.generalError.set(null);
      }
    });
  }

  protected async save(): Promise<void> {
    if (!this.open() || this.saving()) {
      return;
    }
    clearServerErrors(this.form);
    this.generalError.set(null);
    if (this.form.invalid) {
      revealErrors(this.form);
      return;
    }
    this.saving.set(true);
    try {
      const saved = await firstValueFrom(
        this.api.addQualification(
          this.enterpriseId(),
          withDocuments(toAddRequest(this.form), this.documents()),
        ),
      );
      this.finished.emit(saved);
    } catch (e) {
      this.showProblem(e);
    } finally {
      this.saving.set(false);
    }
  }

  protected cancel(): void {
    if (!this.saving()) {
      this.finished.emit(null);
    }
  }

  private showProblem(error: unknown): void {
    const problem = toProblemDetails(error);
    const status = problem.status ?? 0;
    if (status === 400 && problem.errors && Object.keys(problem.errors).length > 0) {
      const unmatched = applyServerErrors(this.form, problem.errors);
      if (unmatched.length > 0) {
        this.generalError.set(unmatched.join(' '));
      }
      return;
    }
    // 401, 403, 5xx and network failures are announced by the HTTP interceptor already.
    if (status !== 401 && status !== 403 && status !== 0 && status < 500) {
      this.generalError.set(problemMessage(problem) ?? this.localization.t('Ui:SaveFailed'));
    }
  }
}

/** The request with the uploaded documents' ids, when there are any. */
function withDocuments<T extends object>(request: T, documents: readonly CertificateDocument[]): T {
  return documents.length === 0
    ? request
    : { ...request, documentFileIds: documents.map((d) => d.id) };
}

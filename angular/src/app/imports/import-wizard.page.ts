import { Component, computed, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzRadioModule } from 'ng-zorro-antd/radio';
import { NzSpinModule } from 'ng-zorro-antd/spin';
import { NzStepsModule } from 'ng-zorro-antd/steps';
import { NzTableModule } from 'ng-zorro-antd/table';
import { firstValueFrom } from 'rxjs';
import { LocalizationService } from '../core/localization/localization.service';
import { TPipe } from '../core/localization/t.pipe';
import { Notifier } from '../core/notify/notifier';
import { toActionProblem } from '../cultivation/shared/action-problem';
import { downloadFileName } from '../cultivation/shared/cultivation-api.service';
import { saveBlob } from '../cultivation/shared/download';
import {
  IMPORT_KINDS,
  ImportApi,
  ImportKind,
  ImportPreview,
  ImportResult,
} from './import-api.service';
import { ACCEPTED_FILES, WIZARD_STEPS, WizardStep, needsRecheck } from './import-wizard';

/**
 * 批量导入: choose what to import, download its template, upload the filled file, read the
 * row-by-row check (nothing is written yet), confirm a clean one, see what was imported.
 */
@Component({
  selector: 'app-import-wizard-page',
  imports: [
    FormsModule,
    RouterLink,
    NzAlertModule,
    NzButtonModule,
    NzIconModule,
    NzRadioModule,
    NzSpinModule,
    NzStepsModule,
    NzTableModule,
    TPipe,
  ],
  templateUrl: './import-wizard.page.html',
  styleUrl: './import-wizard.page.less',
})
export class ImportWizardPage {
  private readonly api = inject(ImportApi);
  private readonly message = inject(Notifier);
  private readonly localization = inject(LocalizationService);

  protected readonly kinds = IMPORT_KINDS;
  protected readonly accepted = ACCEPTED_FILES;
  protected readonly kind = signal<ImportKind>('Enterprises');
  protected readonly step = signal<WizardStep>('kind');
  protected readonly stepIndex = computed(() => WIZARD_STEPS.indexOf(this.step()));
  protected readonly file = signal<File | null>(null);
  protected readonly preview = signal<ImportPreview | null>(null);
  protected readonly result = signal<ImportResult | null>(null);
  protected readonly checking = signal(false);
  protected readonly committing = signal(false);
  protected readonly downloading = signal(false);
  /** Why the file as a whole could not be read (shown at the upload step). */
  protected readonly uploadError = signal<string | null>(null);
  /** Said above a new report when the commit found the data changed since the preview. */
  protected readonly notice = signal<string | null>(null);

  protected next(): void {
    this.step.set('upload');
  }

  protected back(): void {
    this.uploadError.set(null);
    this.step.set('kind');
  }

  protected async downloadTemplate(): Promise<void> {
    this.downloading.set(true);
    try {
      const response = await firstValueFrom(this.api.template(this.kind()));
      if (response.body) {
        saveBlob(
          response.body,
          downloadFileName(response) ?? `${this.localization.t('Import:Kind.' + this.kind())}.xlsx`,
        );
      }
    } catch (e) {
      if (toActionProblem(e).kind !== 'announced') {
        this.message.error(this.localization.t('Import:TemplateFailed'));
      }
    } finally {
      this.downloading.set(false);
    }
  }

  protected onFile(event: Event): void {
    const input = event.target as HTMLInputElement;
    const file = input.files && input.files.length > 0 ? input.files[0] : null;
    input.value = ''; // the same file, corrected and saved again, can be chosen again
    if (file) {
      this.file.set(file);
      this.notice.set(null);
      void this.check();
    }
  }

  /** Sends the file for the row-by-row check; nothing is written. */
  protected async check(): Promise<void> {
    const file = this.file();
    if (!file || this.checking()) {
      return;
    }
    this.checking.set(true);
    this.uploadError.set(null);
    try {
      this.preview.set(await firstValueFrom(this.api.preview(this.kind(), file)));
      this.step.set('preview');
    } catch (e) {
      const problem = toActionProblem(e);
      this.preview.set(null);
      this.step.set('upload');
      if (problem.kind !== 'announced') {
        this.uploadError.set(problem.message ?? this.localization.t('Import:Failed'));
      }
    } finally {
      this.checking.set(false);
    }
  }

  protected async confirm(): Promise<void> {
    const file = this.file();
    const preview = this.preview();
    if (!file || !preview?.canCommit || this.committing()) {
      return;
    }
    this.committing.set(true);
    try {
      this.result.set(
        await firstValueFrom(this.api.commit(this.kind(), file, preview.fingerprint)),
      );
      this.step.set('done');
    } catch (e) {
      const problem = toActionProblem(e);
      if (needsRecheck(problem)) {
        this.committing.set(false);
        await this.check();
        this.notice.set(this.localization.t('Import:CommitRefused'));
      } else if (problem.kind !== 'announced') {
        this.message.error(problem.message ?? this.localization.t('Import:Failed'));
      }
    } finally {
      this.committing.set(false);
    }
  }

  /** Back to the upload step for a corrected file, keeping the kind. */
  protected chooseAnother(): void {
    this.file.set(null);
    this.preview.set(null);
    this.notice.set(null);
    this.step.set('upload');
  }

  protected restart(): void {
    this.chooseAnother();
    this.result.set(null);
    this.step.set('kind');
  }
}

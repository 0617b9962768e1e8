import { Component, inject, input, model, signal } from '@angular/core';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { firstValueFrom } from 'rxjs';
import { LocalizationService } from '../../core/localization/localization.service';
import { TPipe } from '../../core/localization/t.pipe';
import { Notifier } from '../../core/notify/notifier';
import { FileService } from '../../proxy/services';

/** A document attached to a certificate: the stored file's id and the name shown. */
export interface CertificateDocument {
  id: string;
  name: string;
}

/** The most documents a certificate keeps (the server's QualificationConsts.MaxDocuments). */
export const MAX_CERTIFICATE_DOCUMENTS = 10;

/**
 * The certificate's scan and related documents: uploaded at once for the enterprise (the server attaches only
 * files of that enterprise), listed by name, removable before saving.
 */
@Component({
  selector: 'app-certificate-documents',
  imports: [NzButtonModule, NzIconModule, TPipe],
  template: `
    <input
      #fileInput
      class="documents__input"
      type="file"
      accept="image/*,application/pdf"
      multiple
      tabindex="-1"
      aria-hidden="true"
      data-testid="qualification-document-input"
      (change)="onFiles(fileInput)"
    />
    <button
      nz-button
      type="button"
      data-testid="qualification-add-document"
      [nzLoading]="uploading()"
      [disabled]="documents().length >= max"
      (click)="fileInput.click()"
    >
      <nz-icon nzType="cloud-upload" />
      {{ 'QualificationPage:AddDocument' | t }}
    </button>
    <ul class="documents__list">
      @for (d of documents(); track d.id) {
        <li data-testid="qualification-document">
          {{ d.name }}
          <button
            nz-button
            nzType="link"
            nzSize="small"
            type="button"
            [attr.aria-label]="'Ui:Delete' | t"
            (click)="remove(d.id)"
          >
            <nz-icon nzType="delete" />
          </button>
        </li>
      }
    </ul>
  `,
  styles: `
    .documents__input {
      position: absolute;
      width: 1px;
      height: 1px;
      opacity: 0;
      pointer-events: none;
    }
    .documents__list {
      list-style: none;
      margin: 8px 0 0;
      padding: 0;
    }
  `,
})
export class CertificateDocumentsComponent {
  private readonly files = inject(FileService);
  private readonly message = inject(Notifier);
  private readonly localization = inject(LocalizationService);

  readonly enterpriseId = input.required<string>();
  readonly documents = model<CertificateDocument[]>([]);

  protected readonly max = MAX_CERTIFICATE_DOCUMENTS;
  protected readonly uploading = signal(false);

  async upload(files: readonly File[]): Promise<void> {
    this.uploading.set(true);
    try {
      for (const file of files.slice(0, this.max - this.documents().length)) {
        const stored = await firstValueFrom(
          this.files.fileUpload({
            body: { file, enterpriseId: this.enterpriseId(), purpose: 'Other' },
          }),
        );
        this.documents.update((list) => [...list, { id: stored.id, name: stored.name }]);
      }
    } catch {
      this.message.error(this.localization.t('QualificationPage:DocumentFailed'));
    } finally {
      this.uploading.set(false);
    }
  }

  protected onFiles(input: HTMLInputElement): void {
    const files = Array.from(input.files ?? []);
    input.value = '';
    void this.upload(files);
  }

  protected remove(id: string): void {
    this.documents.update((list) => list.filter((d) => d.id !== id));
  }
}

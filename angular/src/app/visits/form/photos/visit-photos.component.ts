import { Component, inject, input, model, output, signal } from '@angular/core';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { firstValueFrom } from 'rxjs';
import { LocalizationService } from '../../../core/localization/localization.service';
import { TPipe } from '../../../core/localization/t.pipe';
import { Notifier } from '../../../core/notify/notifier';
import { VISIT_LIMITS } from '../../shared/visit-limits';
import { VisitsApi } from '../../shared/visits-api.service';
import { VisitPhoto } from '../visit-form.model';

/**
 * The visit's photos: taken with the camera or chosen, uploaded at once for the visit's enterprise
 * (the server attaches to a visit only files uploaded for its enterprise), listed by name.
 * The native file input is hidden; the button opens it.
 */
@Component({
  selector: 'app-visit-photos',
  imports: [NzButtonModule, NzIconModule, TPipe],
  template: `
    <ul class="visit-photos__list" data-testid="visit-photos">
      @for (photo of photos(); track photo.id) {
        <li class="visit-photos__item">
          <span class="visit-photos__name">{{ photo.name }}</span>
          <button
            nz-button
            nzType="text"
            nzDanger
            type="button"
            [attr.data-testid]="'visit-photo-remove-' + photo.id"
            [attr.aria-label]="('Ui:Delete' | t) + ' ' + photo.name"
            (click)="remove(photo.id)"
          >
            <nz-icon nzType="delete" />
          </button>
        </li>
      }
    </ul>
    <input
      #fileInput
      class="visit-photos__input"
      type="file"
      accept="image/*"
      capture="environment"
      multiple
      tabindex="-1"
      aria-hidden="true"
      data-testid="visit-photo-input"
      (change)="onFiles(fileInput)"
    />
    <button
      nz-button
      nzType="dashed"
      nzBlock
      type="button"
      data-testid="visit-add-photo"
      [nzLoading]="uploading() > 0"
      [disabled]="!enterpriseId() || photos().length >= max"
      (click)="fileInput.click()"
    >
      <nz-icon nzType="camera" />
      {{ 'VisitPage:AddPhoto' | t }}
    </button>
    @if (!enterpriseId()) {
      <div class="visit-photos__hint">{{ 'VisitPage:ChooseEnterpriseFirst' | t }}</div>
    }
  `,
  styleUrl: './visit-photos.component.less',
})
export class VisitPhotosComponent {
  private readonly api = inject(VisitsApi);
  private readonly message = inject(Notifier);
  private readonly localization = inject(LocalizationService);

  /** The enterprise the photos are uploaded for; none: no upload. */
  readonly enterpriseId = input<string | null>(null);
  /** The uploaded photos (`photosChange` after an upload or a removal). */
  readonly photos = model<VisitPhoto[]>([]);
  /** True while photos are being uploaded (the form waits before it submits). */
  readonly uploadingChange = output<boolean>();

  protected readonly max = VISIT_LIMITS.maxAttachments;
  protected readonly uploading = signal(0);

  remove(id: string): void {
    this.photos.update((photos) => photos.filter((p) => p.id !== id));
  }

  /** Uploads one file after the other; a photo that fails is reported and the others go on. */
  async upload(files: readonly File[]): Promise<void> {
    const enterpriseId = this.enterpriseId();
    if (!enterpriseId || files.length === 0) {
      return;
    }
    this.setUploading(1);
    try {
      for (const file of files) {
        if (this.photos().length >= this.max) {
          this.message.error(this.localization.t('Ui:MaxItems', this.max));
          break;
        }
        try {
          const stored = await firstValueFrom(
            this.api.upload(file, file.name, enterpriseId, 'VisitPhoto'),
          );
          // Uploaded for an enterprise the form has left meanwhile: it could not be attached.
          if (this.enterpriseId() === enterpriseId) {
            this.photos.update((photos) => [...photos, { id: stored.id, name: stored.name }]);
          }
        } catch {
          this.message.error(this.localization.t('VisitPage:PhotoUploadFailed', file.name));
        }
      }
    } finally {
      this.setUploading(-1);
    }
  }

  protected onFiles(fileInput: HTMLInputElement): void {
    const files = Array.from(fileInput.files ?? []);
    fileInput.value = '';
    void this.upload(files);
  }

  private setUploading(delta: 1 | -1): void {
    const before = this.uploading();
    this.uploading.set(before + delta);
    if ((before === 0) !== (this.uploading() === 0)) {
      this.uploadingChange.emit(this.uploading() > 0);
    }
  }
}

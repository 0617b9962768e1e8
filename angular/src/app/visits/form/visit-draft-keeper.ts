import { ChangeDetectorRef, Injectable, inject, signal } from '@angular/core';
import { NonNullableFormBuilder } from '@angular/forms';
import { NzModalService } from 'ng-zorro-antd/modal';
import { LocalizationService } from '../../core/localization/localization.service';
import { Notifier } from '../../core/notify/notifier';
import { VisitDraft } from '../offline/visit-draft';
import { VisitOutbox } from '../offline/visit-outbox';
import { VisitDraftSummary, unsentDrafts } from './drafts/visit-draft-summary';
import { EnterpriseOptions } from './enterprise-options';
import { createVisitForm, patchForm, payloadOf, resetForm } from './visit-form.group';
import { VisitDraftPayload } from './visit-form.model';

/**
 * The visit form and the drafts it is kept in on the device: saves the form as a draft, lists the
 * drafts not sent, continues or discards any of them, starts a blank visit. Also keeps the rule
 * that photos belong to the enterprise they were uploaded for (the server attaches to a visit only
 * files uploaded for its enterprise): changing the enterprise removes them, after a confirmation.
 */
@Injectable()
export class VisitDraftKeeper {
  private readonly fb = inject(NonNullableFormBuilder);
  private readonly outbox = inject(VisitOutbox<VisitDraftPayload>);
  private readonly enterprises = inject(EnterpriseOptions);
  private readonly modal = inject(NzModalService);
  private readonly localization = inject(LocalizationService);
  private readonly message = inject(Notifier);
  /** The page's view: form values set here (not typed) are no signals, so the page is told. */
  private readonly view = inject(ChangeDetectorRef, { optional: true });

  readonly form = createVisitForm(this.fb);
  /** The draft the form is kept in; null until its first save. */
  readonly draftId = signal<string | null>(null);
  /** The form holds a draft brought back from the device. */
  readonly restored = signal(false);
  /** The drafts not sent, the one saved last first. */
  readonly list = signal<VisitDraftSummary[]>([]);
  readonly listOpen = signal(false);
  /** A change of enterprise waits for the officer to confirm that the photos go. */
  readonly confirming = signal(false);

  /** The enterprise the form's photos were uploaded for. */
  private photoOwner: string | null = null;
  private saving: Promise<unknown> = Promise.resolve();

  /** Keeps the form's state; saves run one after the other, so a new draft is made once. */
  save(): Promise<VisitDraft<VisitDraftPayload>> {
    const run = this.saving
      .catch(() => undefined)
      .then(async () => {
        const enterpriseId = this.form.controls.enterpriseId.value;
        const draft = await this.outbox.saveDraft({
          id: this.draftId() ?? undefined,
          payload: payloadOf(this.form, this.enterprises.nameOf(enterpriseId)),
        });
        this.draftId.set(draft.id);
        void this.refresh().catch(() => undefined);
        return draft;
      });
    this.saving = run;
    return run;
  }

  async refresh(): Promise<VisitDraftSummary[]> {
    const list = unsentDrafts(await this.outbox.listDrafts());
    this.list.set(list);
    return list;
  }

  /** On opening the form: the draft saved last comes back; with more than one, the list opens. */
  async restoreLatest(): Promise<void> {
    try {
      const list = await this.refresh();
      if (list.length > 0 && !this.form.dirty && !this.draftId()) {
        await this.load(list[0].id);
      }
      this.listOpen.set(list.length > 1);
    } catch {
      // No IndexedDB (private mode): the form still works, without drafts.
    }
  }

  /** Continues another draft; the one in the form is kept. */
  async restore(id: string): Promise<void> {
    if (this.form.dirty) {
      await this.save();
    }
    await this.load(id);
    this.listOpen.set(false);
    await this.refresh();
  }

  async discard(id: string): Promise<void> {
    await this.outbox.removeDraft(id);
    if (id === this.draftId()) {
      this.startBlank();
    }
    await this.refresh();
    this.message.success(this.localization.t('VisitPage:DraftDiscarded'));
  }

  /** Keeps the draft in the form and starts a blank visit. */
  async startNew(): Promise<void> {
    if (this.form.dirty) {
      await this.save();
    }
    this.startBlank();
    this.listOpen.set(false);
    await this.refresh();
  }

  /** A blank form, kept as a new draft on its first change. */
  startBlank(): void {
    this.draftId.set(null);
    this.restored.set(false);
    this.photoOwner = null;
    resetForm(this.form, this.fb);
    this.view?.markForCheck();
  }

  /** The draft was sent: the form no longer stands for it. */
  forget(): void {
    this.form.markAsPristine();
    this.draftId.set(null);
  }

  /** Called on every change of the enterprise: the photos go only with the officer's consent. */
  async changeEnterprise(id: string | null): Promise<void> {
    const photos = this.form.controls.attachmentFileIds.value;
    const owner = this.photoOwner;
    if (!id || !owner || id === owner || photos.length === 0) {
      // Cleared: the photos stay for when the same enterprise is chosen again.
      this.photoOwner = id ?? owner;
      return;
    }
    this.confirming.set(true);
    try {
      if (await this.confirmPhotoRemoval(owner, photos.length)) {
        this.form.controls.attachmentFileIds.setValue([]);
        this.photoOwner = id;
      } else {
        this.enterprises.keep(owner, null);
        this.form.controls.enterpriseId.setValue(owner, { emitEvent: false });
      }
    } finally {
      this.confirming.set(false);
      this.view?.markForCheck();
    }
  }

  private async load(id: string): Promise<void> {
    const draft = await this.outbox.getDraft(id);
    if (!draft || draft.queuedAt) {
      return;
    }
    this.enterprises.keep(draft.payload.enterpriseId, draft.payload.enterpriseName);
    patchForm(this.form, this.fb, draft.payload);
    this.photoOwner = draft.payload.enterpriseId;
    this.draftId.set(draft.id);
    this.restored.set(true);
    this.view?.markForCheck();
  }

  private confirmPhotoRemoval(owner: string, count: number): Promise<boolean> {
    const t = (key: string, ...args: unknown[]) => this.localization.t(key, ...args);
    return new Promise((resolve) => {
      const ref = this.modal.confirm({
        nzTitle: t('VisitPage:ClearPhotosTitle'),
        nzContent: t('VisitPage:ClearPhotosText', this.enterprises.nameOf(owner) ?? '', count),
        nzOkText: t('VisitPage:ClearPhotosOk'),
        nzOkDanger: true,
        nzCancelText: t('Ui:Cancel'),
        nzOnOk: () => resolve(true),
        nzOnCancel: () => resolve(false),
      });
      // Closed another way (Esc): nothing changes.
      ref.afterClose.subscribe(() => resolve(false));
    });
  }
}

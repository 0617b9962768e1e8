import { Component, inject, input } from '@angular/core';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { TPipe } from '../../../core/localization/t.pipe';
import { VisitOutbox } from '../../offline/visit-outbox';
import { VisitDraftKeeper } from '../visit-draft-keeper';
import { VisitDraftListComponent } from './visit-draft-list.component';

/**
 * What the visit form says about its drafts above the fields: the list of unsent drafts (when
 * opened), that a draft was restored (with a discard button), that a submitted visit waits on the
 * device, and that the device is offline. Works on the page's VisitDraftKeeper.
 */
@Component({
  selector: 'app-visit-draft-notices',
  imports: [NzAlertModule, NzButtonModule, TPipe, VisitDraftListComponent],
  template: `
    @if (drafts.listOpen()) {
      <app-visit-draft-list
        [drafts]="drafts.list()"
        [currentId]="drafts.draftId()"
        (restore)="drafts.restore($event)"
        (discard)="drafts.discard($event)"
        (startNew)="drafts.startNew()"
      />
    }
    @if (keptOffline()) {
      <nz-alert
        nzType="warning"
        nzShowIcon
        data-testid="visit-kept-offline"
        [nzMessage]="'VisitPage:KeptOffline' | t"
      />
    }
    @if (drafts.restored()) {
      <nz-alert
        nzType="info"
        nzShowIcon
        data-testid="visit-draft-restored"
        [nzMessage]="'VisitPage:DraftRestored' | t"
        [nzAction]="discardAction"
      />
      <ng-template #discardAction>
        <button
          nz-button
          nzSize="small"
          type="button"
          data-testid="visit-discard-draft"
          (click)="drafts.discard(drafts.draftId()!)"
        >
          {{ 'VisitPage:DiscardDraft' | t }}
        </button>
      </ng-template>
    }
    @if (!outbox.isOnline()) {
      <nz-alert
        nzType="warning"
        data-testid="visit-offline"
        [nzMessage]="'VisitPage:Offline' | t"
      />
    }
  `,
  styles: `
    nz-alert {
      display: block;
      margin-bottom: 12px;
    }
  `,
})
export class VisitDraftNoticesComponent {
  /** A submitted visit found no network and waits on the device. */
  readonly keptOffline = input(false);

  protected readonly drafts = inject(VisitDraftKeeper);
  protected readonly outbox = inject(VisitOutbox);
}

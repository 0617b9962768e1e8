import { Component, computed, effect, input, output, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { NzDatePickerModule } from 'ng-zorro-antd/date-picker';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzModalModule } from 'ng-zorro-antd/modal';
import { TPipe } from '../../core/localization/t.pipe';
import { formatIsoDate, parseIsoDate } from '../../shared/iso-date';
import { ApplicationCard, ApplicationStage } from './pipeline-api.service';
import {
  EMPTY_MOVE_DETAILS,
  MoveDetails,
  missingMoveFields,
  moveInputKind,
} from './pipeline-display';

/** A move that asks for input; the modal is open while there is one. */
export interface PendingMove {
  card: ApplicationCard;
  stage: ApplicationStage;
}

/**
 * What a move asks for before it is sent: the certificate number and issue date (and, if known,
 * the expiry) for Approved, a reason for Rejected and Withdrawn. The page sends the move.
 */
@Component({
  selector: 'app-pipeline-move-modal',
  imports: [FormsModule, NzDatePickerModule, NzFormModule, NzInputModule, NzModalModule, TPipe],
  template: `
    <nz-modal
      [nzVisible]="!!move()"
      [nzTitle]="
        (move() ? 'PipelinePage:MoveTitle' : '') | t: ('Enum:ApplicationStage.' + move()?.stage | t)
      "
      [nzOkText]="'PipelinePage:Move' | t"
      [nzCancelText]="'Ui:Cancel' | t"
      [nzOkDisabled]="missing().length > 0"
      [nzOkLoading]="busy()"
      (nzOnOk)="confirm()"
      (nzOnCancel)="cancelled.emit()"
    >
      <ng-container *nzModalContent>
        @if (move(); as m) {
          <p class="move__subject">{{ m.card.enterpriseName }}</p>
          <form nz-form nzLayout="vertical" class="mobile-form" (ngSubmit)="confirm()">
            @if (kind() === 'certificate') {
              <nz-form-item>
                <nz-form-label nzRequired>{{ 'Application:CertificateNumber' | t }}</nz-form-label>
                <nz-form-control>
                  <input
                    nz-input
                    name="certificateNumber"
                    data-testid="pipeline-move-certificate"
                    [ngModel]="details().certificateNumber"
                    (ngModelChange)="patch({ certificateNumber: $event })"
                  />
                </nz-form-control>
              </nz-form-item>
              <nz-form-item>
                <nz-form-label nzRequired>{{ 'Application:IssuedOn' | t }}</nz-form-label>
                <nz-form-control>
                  <nz-date-picker
                    name="issuedOn"
                    data-testid="pipeline-move-issued"
                    [ngModel]="issuedOn()"
                    (ngModelChange)="patch({ issuedOn: iso($event) })"
                  />
                </nz-form-control>
              </nz-form-item>
              <nz-form-item>
                <nz-form-label>{{ 'Application:ExpiresOn' | t }}</nz-form-label>
                <nz-form-control>
                  <nz-date-picker
                    name="expiresOn"
                    data-testid="pipeline-move-expires"
                    [ngModel]="expiresOn()"
                    (ngModelChange)="patch({ expiresOn: iso($event) })"
                  />
                </nz-form-control>
              </nz-form-item>
            }
            <nz-form-item>
              <nz-form-label [nzRequired]="kind() === 'reason'">{{
                (kind() === 'reason' ? 'PipelinePage:Reason' : 'Application:Note') | t
              }}</nz-form-label>
              <nz-form-control>
                <textarea
                  nz-input
                  rows="3"
                  name="note"
                  data-testid="pipeline-move-note"
                  [ngModel]="details().note"
                  (ngModelChange)="patch({ note: $event })"
                ></textarea>
              </nz-form-control>
            </nz-form-item>
          </form>
        }
      </ng-container>
    </nz-modal>
  `,
  styles: `
    .move__subject {
      font-weight: 500;
    }
    nz-date-picker {
      width: 100%;
    }
  `,
})
export class PipelineMoveModalComponent {
  readonly move = input<PendingMove | null>(null);
  readonly busy = input(false);
  readonly confirmed = output<MoveDetails>();
  readonly cancelled = output<void>();

  protected readonly details = signal<MoveDetails>(EMPTY_MOVE_DETAILS);
  protected readonly kind = computed(() => {
    const move = this.move();
    return move ? moveInputKind(move.stage) : 'none';
  });
  protected readonly missing = computed(() => {
    const move = this.move();
    return move ? missingMoveFields(move.stage, this.details()) : [];
  });
  protected readonly issuedOn = computed(() => parseIsoDate(this.details().issuedOn));
  protected readonly expiresOn = computed(() => parseIsoDate(this.details().expiresOn));

  constructor() {
    // A new move starts with an empty form.
    effect(() => {
      this.move();
      this.details.set(EMPTY_MOVE_DETAILS);
    });
  }

  protected patch(change: Partial<MoveDetails>): void {
    this.details.update((d) => ({ ...d, ...change }));
  }

  protected iso(date: Date | null): string | null {
    return formatIsoDate(date);
  }

  protected confirm(): void {
    if (this.missing().length === 0 && !this.busy()) {
      this.confirmed.emit(this.details());
    }
  }
}

import { Component, computed, input, output } from '@angular/core';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzPopconfirmModule } from 'ng-zorro-antd/popconfirm';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { TPipe } from '../core/localization/t.pipe';
import { RegistrationRequestDto } from '../proxy/models';
import { DateTextPipe } from '../shared/format.pipes';
import { sameText } from './compare';
import { STATUS_COLORS } from './review-display';

/**
 * One registration in the queue. A claim on a known credit code shows the registry's record beside
 * what the applicant typed, differences marked, and who already has an account on it.
 */
@Component({
  selector: 'app-registration-card',
  imports: [DateTextPipe, NzButtonModule, NzIconModule, NzPopconfirmModule, NzTagModule, TPipe],
  templateUrl: './registration-card.component.html',
  styleUrl: './review-card.less',
})
export class RegistrationCardComponent {
  readonly item = input.required<RegistrationRequestDto>();
  readonly canVerify = input(false);
  readonly busy = input(false);
  readonly approve = output<void>();
  readonly reject = output<void>();

  protected readonly statusColors = STATUS_COLORS;
  protected readonly existing = computed(() => this.item().existingEnterprise ?? null);
  protected readonly nameDiffers = computed(() => {
    const existing = this.existing();
    return !!existing && !sameText(existing.name, this.item().enterpriseName);
  });
  protected readonly codeDiffers = computed(() => {
    const existing = this.existing();
    return !!existing && !sameText(existing.unifiedSocialCreditCode, this.item().creditCode);
  });
}

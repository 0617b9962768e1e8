import { Component, computed, input, output } from '@angular/core';
import { RouterLink } from '@angular/router';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzPopconfirmModule } from 'ng-zorro-antd/popconfirm';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { TPipe } from '../core/localization/t.pipe';
import { ProfileChangeDto } from '../proxy/models';
import { DateTextPipe } from '../shared/format.pipes';
import { sameText } from './compare';
import { STATUS_COLORS } from './review-display';

interface ChangeRow {
  label: string;
  current: string;
  proposed: string;
  changed: boolean;
  mono?: boolean;
  testId: string;
}

/** One key-field change an enterprise asked for: each field as it is → as it would be. */
@Component({
  selector: 'app-profile-change-card',
  imports: [DateTextPipe, RouterLink, NzButtonModule, NzPopconfirmModule, NzTagModule, TPipe],
  templateUrl: './profile-change-card.component.html',
  styleUrl: './review-card.less',
})
export class ProfileChangeCardComponent {
  readonly item = input.required<ProfileChangeDto>();
  readonly canVerify = input(false);
  readonly busy = input(false);
  /** Whether the user may open the enterprise (Incubation.Enterprises). */
  readonly linkEnterprise = input(false);
  readonly approve = output<void>();
  readonly reject = output<void>();

  protected readonly statusColors = STATUS_COLORS;
  protected readonly rows = computed<ChangeRow[]>(() => {
    const { current, proposed } = this.item();
    const rows: ChangeRow[] = [
      {
        label: 'Enterprise:Name',
        current: current.name,
        proposed: proposed.name,
        changed: !sameText(current.name, proposed.name),
        testId: 'change-name',
      },
      {
        label: 'Enterprise:UnifiedSocialCreditCode',
        current: current.unifiedSocialCreditCode,
        proposed: proposed.unifiedSocialCreditCode,
        changed: current.unifiedSocialCreditCode !== proposed.unifiedSocialCreditCode,
        mono: true,
        testId: 'change-code',
      },
    ];
    if (current.creditCodeOverrideReason || proposed.creditCodeOverrideReason) {
      rows.push({
        label: 'Enterprise:CreditCodeOverrideReason',
        current: current.creditCodeOverrideReason ?? '',
        proposed: proposed.creditCodeOverrideReason ?? '',
        changed: !sameText(current.creditCodeOverrideReason, proposed.creditCodeOverrideReason),
        testId: 'change-override',
      });
    }
    rows.push({
      label: 'Enterprise:SubDistrict',
      current: current.subDistrictName ?? current.subDistrictCode,
      proposed: proposed.subDistrictName ?? proposed.subDistrictCode,
      changed: current.subDistrictCode !== proposed.subDistrictCode,
      testId: 'change-subDistrict',
    });
    return rows;
  });
}

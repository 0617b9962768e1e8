import { Component, input, output } from '@angular/core';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzPopconfirmModule } from 'ng-zorro-antd/popconfirm';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { TPipe } from '../../../core/localization/t.pipe';
import { DateTextPipe } from '../../../shared/format.pipes';
import { VisitDraftSummary } from './visit-draft-summary';

/**
 * The visit drafts kept on this device and not sent: enterprise, visit date and when each was
 * saved. One is continued (`restore`) or thrown away after a confirmation (`discard`); `startNew`
 * leaves the current one kept and opens a blank visit.
 */
@Component({
  selector: 'app-visit-draft-list',
  imports: [NzButtonModule, NzIconModule, NzPopconfirmModule, NzTagModule, DateTextPipe, TPipe],
  templateUrl: './visit-draft-list.component.html',
  styleUrl: './visit-draft-list.component.less',
})
export class VisitDraftListComponent {
  readonly drafts = input.required<readonly VisitDraftSummary[]>();
  /** The draft the form holds now. */
  readonly currentId = input<string | null>(null);

  readonly restore = output<string>();
  readonly discard = output<string>();
  readonly startNew = output<void>();
}

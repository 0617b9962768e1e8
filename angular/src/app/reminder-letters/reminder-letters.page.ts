import { Component, computed, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzPopconfirmModule } from 'ng-zorro-antd/popconfirm';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { firstValueFrom, of } from 'rxjs';
import { AppConfigStore } from '../core/config/app-config.store';
import { LocalizationService } from '../core/localization/localization.service';
import { TPipe } from '../core/localization/t.pipe';
import { Notifier } from '../core/notify/notifier';
import { toActionProblem } from '../cultivation/shared/action-problem';
import { UnitStandingDto } from '../proxy/models';
import { ReminderLetterService } from '../proxy/services';
import { DateTextPipe } from '../shared/format.pipes';
import { VisitPolicies } from '../visits/shared/visit-policies';

/** The printable letter, served by the API as an HTML page. */
export function letterDocumentUrl(id: string): string {
  return `/api/app/reminder-letters/${encodeURIComponent(id)}/document`;
}

/**
 * 工作提示函: per half-year, where each responsible unit stands (needs overdue at the end, letters
 * of this and the previous half-year) and the letters issued, each printable.
 */
@Component({
  selector: 'app-reminder-letters-page',
  imports: [
    DateTextPipe,
    FormsModule,
    NzButtonModule,
    NzIconModule,
    NzPopconfirmModule,
    NzSelectModule,
    NzTableModule,
    NzTagModule,
    TPipe,
  ],
  templateUrl: './reminder-letters.page.html',
  styleUrl: '../shared/list-page.less',
})
export class ReminderLettersPage {
  private readonly api = inject(ReminderLetterService);
  private readonly store = inject(AppConfigStore);
  private readonly message = inject(Notifier);
  private readonly localization = inject(LocalizationService);

  protected readonly canIssue = computed(() =>
    this.store.isGranted(VisitPolicies.reminderLettersIssue),
  );
  private readonly now = new Date();
  protected readonly years = Array.from({ length: 5 }, (_, i) => this.now.getFullYear() - i);
  /** By default the last half-year that has ended. */
  protected readonly year = signal(
    this.now.getMonth() < 6 ? this.now.getFullYear() - 1 : this.now.getFullYear(),
  );
  protected readonly half = signal(this.now.getMonth() < 6 ? 2 : 1);
  protected readonly issuing = signal<string | null>(null);
  protected readonly documentUrl = letterDocumentUrl;

  private readonly period = computed(() => ({ year: this.year(), half: this.half() }));
  protected readonly standings = rxResource({
    params: () => ({ ...this.period(), allowed: this.canIssue() }),
    stream: ({ params }) =>
      params.allowed
        ? this.api.reminderLetterGetStandings({ year: params.year, half: params.half })
        : of([] as UnitStandingDto[]),
  });
  protected readonly letters = rxResource({
    params: () => this.period(),
    stream: ({ params }) => this.api.reminderLetterGetList(params),
  });

  protected async issue(standing: UnitStandingDto): Promise<void> {
    this.issuing.set(standing.responsibleUnitId);
    try {
      const letter = await firstValueFrom(
        this.api.reminderLetterIssue({
          body: {
            responsibleUnitId: standing.responsibleUnitId,
            year: this.year(),
            half: this.half(),
          },
        }),
      );
      this.message.success(this.localization.t('ReminderPage:Issued', letter.number));
    } catch (e) {
      const problem = toActionProblem(e);
      if (problem.kind !== 'announced') {
        this.message.error(problem.message ?? this.localization.t('Ui:SaveFailed'));
      }
    } finally {
      this.issuing.set(null);
      this.standings.reload();
      this.letters.reload();
    }
  }
}

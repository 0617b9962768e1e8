import { Component, computed, inject, input, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzModalModule } from 'ng-zorro-antd/modal';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { Observable, firstValueFrom } from 'rxjs';
import { AppConfigStore } from '../../core/config/app-config.store';
import { ErrorCodes, problemMessage, toProblemDetails } from '../../core/http/problem-details';
import { LocalizationService } from '../../core/localization/localization.service';
import { TPipe } from '../../core/localization/t.pipe';
import { PHONE, mediaMatches } from '../../shared/media';
import { Notifier } from '../../core/notify/notifier';
import { FigureLabelPipe } from './figure-label.pipe';
import { YearlyData, YearlyDataApi } from './yearly-data-api.service';
import { YearlyDataEditing, YearlyDataFormComponent } from './yearly-data-form.component';
import { YearlyDataPolicies } from './yearly-data-policies';
import { YearlyRevisionsComponent } from './yearly-revisions.component';
import { STATUS_COLORS, availableActions } from './yearly-figures';
import { AmountPipe, DateTextPipe } from '../../shared/format.pipes';

type StatusAction = 'submit' | 'verify' | 'reopen' | 'return';

const DONE_TEXTS: Record<StatusAction, string> = {
  submit: 'YearlyDataPage:Submitted',
  verify: 'YearlyDataPage:Verified',
  reopen: 'YearlyDataPage:Reopened',
  return: 'YearlyDataPage:ReturnedDone',
};

const MAX_COMMENT_LENGTH = 1000;

/** 年度数据 of one enterprise: a row per year with its status and the actions its status allows. */
@Component({
  selector: 'app-yearly-data-tab',
  imports: [
    DateTextPipe,
    AmountPipe,
    FormsModule,
    NzAlertModule,
    NzButtonModule,
    NzFormModule,
    NzIconModule,
    NzInputModule,
    NzModalModule,
    NzTableModule,
    NzTagModule,
    YearlyDataFormComponent,
    YearlyRevisionsComponent,
    FigureLabelPipe,
    TPipe,
  ],
  templateUrl: './yearly-data-tab.component.html',
  styleUrl: './yearly-data-tab.component.less',
})
export class YearlyDataTabComponent {
  private readonly api = inject(YearlyDataApi);
  private readonly store = inject(AppConfigStore);
  private readonly message = inject(Notifier);
  private readonly localization = inject(LocalizationService);

  readonly enterpriseId = input.required<string>();

  protected readonly canEdit = computed(() => this.store.isGranted(YearlyDataPolicies.edit));
  protected readonly canVerify = computed(() => this.store.isGranted(YearlyDataPolicies.verify));
  /** On a phone the actions scroll with the row: pinned, they would cover the year's status. */
  protected readonly phone = mediaMatches(PHONE);
  protected readonly statusColors = STATUS_COLORS;
  protected readonly actionsOf = availableActions;
  protected readonly maxCommentLength = MAX_COMMENT_LENGTH;

  protected readonly years = rxResource({
    params: () => this.enterpriseId(),
    stream: ({ params }) => this.api.getList(params),
  });
  protected readonly rows = computed(() => (this.years.hasValue() ? this.years.value() : []));
  protected readonly returned = computed(() =>
    this.rows().filter((r) => r.status === 'Returned' && r.returnComment),
  );
  protected readonly hasActions = computed(() => this.canEdit() || this.canVerify());

  protected readonly editing = signal<YearlyDataEditing | null>(null);
  protected readonly revisionsYear = signal<number | null>(null);
  /** The row an action is running on ("2024:submit"). */
  protected readonly busy = signal<string | null>(null);
  protected readonly returning = signal<YearlyData | null>(null);
  protected readonly returnComment = signal('');
  protected readonly returnError = signal<string | null>(null);

  protected create(): void {
    this.editing.set({ existing: null, takenYears: this.rows().map((r) => r.fiscalYear) });
  }

  protected edit(row: YearlyData): void {
    this.editing.set({ existing: row, takenYears: this.rows().map((r) => r.fiscalYear) });
  }

  protected onSaved(saved: YearlyData | null): void {
    this.editing.set(null);
    if (saved) {
      this.message.success(this.localization.t('Ui:Saved'));
      this.years.reload();
    }
  }

  protected run(row: YearlyData, action: Exclude<StatusAction, 'return'>): void {
    const id = this.enterpriseId();
    const calls: Record<typeof action, () => Observable<YearlyData>> = {
      submit: () => this.api.submit(id, row.fiscalYear, row.concurrencyStamp),
      verify: () => this.api.verify(id, row.fiscalYear, row.concurrencyStamp),
      reopen: () => this.api.reopen(id, row.fiscalYear, row.concurrencyStamp),
    };
    void this.perform(row, action, calls[action]());
  }

  protected openReturn(row: YearlyData): void {
    this.returnComment.set('');
    this.returnError.set(null);
    this.returning.set(row);
  }

  protected async confirmReturn(): Promise<void> {
    const row = this.returning();
    const comment = this.returnComment().trim();
    if (!row) {
      return;
    }
    if (!comment) {
      this.returnError.set(this.localization.t('Ui:Required'));
      return;
    }
    const ok = await this.perform(
      row,
      'return',
      this.api.return(this.enterpriseId(), row.fiscalYear, row.concurrencyStamp, comment),
      (message) => this.returnError.set(message),
    );
    if (ok) {
      this.returning.set(null);
    }
  }

  protected isBusy(row: YearlyData, action: StatusAction): boolean {
    return this.busy() === `${row.fiscalYear}:${action}`;
  }

  /** Runs a status change; a stale stamp reloads the list, a refusal shows the server's reason. */
  private async perform(
    row: YearlyData,
    action: StatusAction,
    call: Observable<YearlyData>,
    showRefusal: (message: string) => void = (m) => this.message.error(m),
  ): Promise<boolean> {
    this.busy.set(`${row.fiscalYear}:${action}`);
    try {
      await firstValueFrom(call);
      this.message.success(this.localization.t(DONE_TEXTS[action], row.fiscalYear));
      this.years.reload();
      return true;
    } catch (e) {
      const problem = toProblemDetails(e);
      const status = problem.status ?? 0;
      if (status === 409 && problem.code === ErrorCodes.concurrencyConflict) {
        this.message.error(problem.detail || this.localization.t('YearlyDataPage:StaleReloaded'));
        this.returning.set(null);
        this.years.reload();
      } else if (status !== 0 && status !== 401 && status !== 403 && status < 500) {
        showRefusal(problemMessage(problem) ?? this.localization.t('Ui:SaveFailed'));
      }
      return false;
    } finally {
      this.busy.set(null);
    }
  }
}

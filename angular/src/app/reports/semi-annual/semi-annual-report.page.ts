import { HttpErrorResponse } from '@angular/common/http';
import { Component, computed, inject, signal } from '@angular/core';
import { rxResource, toSignal } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzEmptyModule } from 'ng-zorro-antd/empty';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzPopconfirmModule } from 'ng-zorro-antd/popconfirm';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzSpinModule } from 'ng-zorro-antd/spin';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { firstValueFrom } from 'rxjs';
import { AppConfigStore } from '../../core/config/app-config.store';
import { problemMessage, toProblemDetails } from '../../core/http/problem-details';
import { LocalizationService } from '../../core/localization/localization.service';
import { TPipe } from '../../core/localization/t.pipe';
import { Notifier } from '../../core/notify/notifier';
import { downloadFileName } from '../../cultivation/shared/cultivation-api.service';
import { saveBlob } from '../../cultivation/shared/download';
import { chinaToday } from '../../shared/china-date';
import { DateTextPipe } from '../../shared/format.pipes';
import { ReportDocumentComponent } from '../document/report-document.component';
import {
  HalfYear,
  defaultHalfYear,
  halfKey,
  hasBegun,
  hasEnded,
  parseHalfYear,
  yearOptions,
} from '../shared/half-year';
import { ReportApiService } from '../shared/report-api.service';
import { ReportPolicies } from '../shared/report-policies';

/**
 * 半年通报: pick a half-year, read its report (issued, or the live draft for district-wide readers),
 * print it, export it, and — for the bureau, once the half-year has ended — issue it. A unit officer
 * sees issued reports only.
 */
@Component({
  selector: 'app-semi-annual-report-page',
  imports: [
    DateTextPipe,
    FormsModule,
    NzAlertModule,
    NzButtonModule,
    NzEmptyModule,
    NzIconModule,
    NzPopconfirmModule,
    NzSelectModule,
    NzSpinModule,
    NzTagModule,
    ReportDocumentComponent,
    RouterLink,
    TPipe,
  ],
  templateUrl: './semi-annual-report.page.html',
  styleUrl: './semi-annual-report.page.less',
})
export class SemiAnnualReportPage {
  private readonly api = inject(ReportApiService);
  private readonly store = inject(AppConfigStore);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly message = inject(Notifier);
  private readonly localization = inject(LocalizationService);

  private readonly today = chinaToday();
  private readonly query = toSignal(this.route.queryParamMap, {
    initialValue: this.route.snapshot.queryParamMap,
  });

  protected readonly years = yearOptions(this.today);
  protected readonly halfKey = halfKey;
  protected readonly period = computed<HalfYear>(
    () =>
      parseHalfYear(this.query().get('year'), this.query().get('half'), this.today) ??
      defaultHalfYear(this.today),
  );
  protected readonly canIssue = computed(() => this.store.isGranted(ReportPolicies.issue));
  protected readonly issuing = signal(false);
  protected readonly exporting = signal(false);

  protected readonly report = rxResource({
    params: () => this.period(),
    stream: ({ params }) => this.api.get(params),
  });
  protected readonly issued = rxResource({ stream: () => this.api.issued() });

  /** The half-year has no issued report and the caller may not read drafts (404 from the server). */
  protected readonly notIssued = computed(() => {
    const error = this.report.error();
    return error instanceof HttpErrorResponse && error.status === 404;
  });
  protected readonly loadError = computed(() => {
    const error = this.report.error();
    return error && !this.notIssued()
      ? (problemMessage(toProblemDetails(error)) ?? this.localization.t('Ui:LoadFailed'))
      : null;
  });
  protected readonly issuable = computed(
    () =>
      this.canIssue() &&
      this.report.hasValue() &&
      this.report.value().status === 'Draft' &&
      hasEnded(this.period(), this.today),
  );
  protected readonly printLink = computed(() => [
    '/reports/semi-annual',
    this.period().year,
    this.period().half,
    'print',
  ]);

  protected halfAvailable(half: number): boolean {
    return hasBegun({ year: this.period().year, half }, this.today);
  }

  protected select(change: Partial<HalfYear>): void {
    let next = { ...this.period(), ...change };
    if (!hasBegun(next, this.today)) {
      next = { ...next, half: 1 }; // this year's second half has not begun: its first half instead
    }
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: { year: next.year, half: next.half },
    });
  }

  protected async issue(): Promise<void> {
    this.issuing.set(true);
    try {
      await firstValueFrom(this.api.issue(this.period()));
      this.message.success(this.localization.t('Reports:IssuedMessage'));
    } catch (e) {
      const problem = toProblemDetails(e);
      const status = e instanceof HttpErrorResponse ? e.status : 0;
      if (status !== 401 && status !== 403 && status < 500 && status !== 0) {
        this.message.error(problemMessage(problem) ?? this.localization.t('Ui:SaveFailed'));
      }
    } finally {
      this.issuing.set(false);
      this.report.reload();
      this.issued.reload();
    }
  }

  protected async export(): Promise<void> {
    this.exporting.set(true);
    try {
      const response = await firstValueFrom(this.api.export(this.period()));
      if (response.body) {
        const { year, half } = this.period();
        saveBlob(
          response.body,
          downloadFileName(response) ?? `semi-annual-report-${year}H${half}.xlsx`,
        );
      }
    } catch {
      this.message.error(this.localization.t('Reports:ExportFailed'));
    } finally {
      this.exporting.set(false);
    }
  }
}

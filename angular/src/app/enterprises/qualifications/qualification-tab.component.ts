import { Component, computed, inject, input, output, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzPopconfirmModule } from 'ng-zorro-antd/popconfirm';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { firstValueFrom } from 'rxjs';
import { AppConfigStore } from '../../core/config/app-config.store';
import { problemMessage, toProblemDetails } from '../../core/http/problem-details';
import { LocalizationService } from '../../core/localization/localization.service';
import { TPipe } from '../../core/localization/t.pipe';
import { Notifier } from '../../core/notify/notifier';
import { CultivationApi, Qualification } from '../../cultivation/shared/cultivation-api.service';
import { CultivationPolicies } from '../../cultivation/shared/cultivation-policies';
import { DateTextPipe } from '../../shared/format.pipes';
import { QualificationFormComponent } from './qualification-form.component';

/**
 * 资质证书 of one enterprise (the certificates its ladder rungs are derived from); recording and
 * deleting with `Incubation.Qualifications.Manage`. Emits `changed` after either, so the page can
 * reload the ladder badges.
 */
@Component({
  selector: 'app-qualification-tab',
  imports: [
    DateTextPipe,
    NzButtonModule,
    NzIconModule,
    NzPopconfirmModule,
    NzTableModule,
    NzTagModule,
    QualificationFormComponent,
    TPipe,
  ],
  templateUrl: './qualification-tab.component.html',
  styleUrl: './qualification-tab.component.less',
})
export class QualificationTabComponent {
  private readonly api = inject(CultivationApi);
  private readonly store = inject(AppConfigStore);
  private readonly message = inject(Notifier);
  private readonly localization = inject(LocalizationService);

  readonly enterpriseId = input.required<string>();
  /** A qualification was recorded or deleted. */
  readonly changed = output<void>();

  protected readonly canManage = computed(() =>
    this.store.isGranted(CultivationPolicies.qualificationsManage),
  );

  protected readonly qualifications = rxResource({
    params: () => this.enterpriseId(),
    stream: ({ params }) => this.api.getQualifications(params),
  });
  protected readonly rows = computed(() =>
    this.qualifications.hasValue() ? this.qualifications.value() : [],
  );

  protected readonly adding = signal(false);
  /** The id of the row being deleted. */
  protected readonly deleting = signal<string | null>(null);

  protected onAdded(saved: Qualification | null): void {
    this.adding.set(false);
    if (saved) {
      this.message.success(this.localization.t('QualificationPage:Added'));
      this.qualifications.reload();
      this.changed.emit();
    }
  }

  protected async delete(row: Qualification): Promise<void> {
    this.deleting.set(row.id);
    try {
      await firstValueFrom(this.api.deleteQualification(this.enterpriseId(), row.id));
      this.message.success(this.localization.t('Ui:Deleted'));
      this.qualifications.reload();
      this.changed.emit();
    } catch (e) {
      const problem = toProblemDetails(e);
      const status = problem.status ?? 0;
      // 401, 403, 5xx and network failures are announced by the HTTP interceptor already.
      if (status !== 0 && status !== 401 && status !== 403 && status < 500) {
        this.message.error(problemMessage(problem) ?? this.localization.t('Ui:DeleteFailed'));
        if (status === 404) {
          this.qualifications.reload();
        }
      }
    } finally {
      this.deleting.set(null);
    }
  }
}

import { Component, computed, inject, input, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { Router, RouterLink } from '@angular/router';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzDescriptionsModule } from 'ng-zorro-antd/descriptions';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzPopconfirmModule } from 'ng-zorro-antd/popconfirm';
import { NzSpinModule } from 'ng-zorro-antd/spin';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { firstValueFrom } from 'rxjs';
import { Policies } from '../../core/auth/policies';
import { AppConfigStore } from '../../core/config/app-config.store';
import { problemMessage, toProblemDetails } from '../../core/http/problem-details';
import { LocalizationService } from '../../core/localization/localization.service';
import { TPipe } from '../../core/localization/t.pipe';
import { EnterpriseApi } from '../shared/enterprise-api.service';
import { Notifier } from '../../core/notify/notifier';

/** One enterprise: its profile, contacts and tags, with edit and delete as permitted. */
@Component({
  selector: 'app-enterprise-detail-page',
  imports: [
    RouterLink,
    NzAlertModule,
    NzButtonModule,
    NzDescriptionsModule,
    NzIconModule,
    NzPopconfirmModule,
    NzSpinModule,
    NzTableModule,
    NzTagModule,
    TPipe,
  ],
  templateUrl: './enterprise-detail.page.html',
  styleUrl: './enterprise-detail.page.less',
})
export class EnterpriseDetailPage {
  private readonly api = inject(EnterpriseApi);
  private readonly store = inject(AppConfigStore);
  private readonly router = inject(Router);
  private readonly message = inject(Notifier);
  private readonly localization = inject(LocalizationService);

  /** Route parameter. */
  readonly id = input.required<string>();

  protected readonly canUpdate = computed(() => this.store.isGranted(Policies.enterprisesUpdate));
  protected readonly canDelete = computed(() => this.store.isGranted(Policies.enterprisesDelete));
  protected readonly deleting = signal(false);

  protected readonly enterprise = rxResource({
    params: () => this.id(),
    stream: ({ params }) => this.api.get(params),
  });
  protected readonly loadError = computed(() => {
    const error = this.enterprise.error();
    return error
      ? (problemMessage(toProblemDetails(error)) ?? this.localization.t('Ui:LoadFailed'))
      : null;
  });

  protected async delete(): Promise<void> {
    this.deleting.set(true);
    try {
      await firstValueFrom(this.api.delete(this.id()));
      this.message.success(this.localization.t('Ui:Deleted'));
      await this.router.navigate(['/enterprises']);
    } catch (e) {
      const problem = toProblemDetails(e);
      if (
        problem.status !== 401 &&
        problem.status !== 403 &&
        (problem.status ?? 0) > 0 &&
        (problem.status ?? 0) < 500
      ) {
        this.message.error(problemMessage(problem) ?? this.localization.t('Ui:DeleteFailed'));
      }
    } finally {
      this.deleting.set(false);
    }
  }
}

import { Component, computed, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { AppConfigStore } from '../../core/config/app-config.store';
import { LocalizationService } from '../../core/localization/localization.service';
import { TPipe } from '../../core/localization/t.pipe';
import { Notifier } from '../../core/notify/notifier';
import { KeyTask, KeyTaskApiService } from '../shared/key-task-api.service';
import { KeyTaskPolicies } from '../shared/key-task-policies';
import { KeyTaskEditModalComponent, KeyTaskEditOutcome } from './key-task-edit-modal.component';

/**
 * The plan's 15 key tasks and their responsible units (lead first). A task without a unit is marked
 * so the bureau assigns one; the bureau edits a task's wording and units.
 */
@Component({
  selector: 'app-key-tasks-page',
  imports: [
    KeyTaskEditModalComponent,
    NzButtonModule,
    NzTableModule,
    NzTagModule,
    RouterLink,
    TPipe,
  ],
  templateUrl: './key-tasks.page.html',
  styleUrl: '../../shared/list-page.less',
})
export class KeyTasksPage {
  private readonly api = inject(KeyTaskApiService);
  private readonly store = inject(AppConfigStore);
  private readonly message = inject(Notifier);
  private readonly localization = inject(LocalizationService);

  protected readonly canManage = computed(() => this.store.isGranted(KeyTaskPolicies.manage));
  protected readonly canReport = computed(() => this.store.isGranted(KeyTaskPolicies.progress));
  protected readonly tasks = rxResource({ stream: () => this.api.list() });
  protected readonly withoutUnit = computed(
    () => (this.tasks.value() ?? []).filter((t) => t.units.length === 0).length,
  );
  protected readonly editing = signal<KeyTask | null>(null);

  protected onFinished(outcome: KeyTaskEditOutcome): void {
    this.editing.set(null);
    if (outcome.kind === 'saved') {
      this.message.success(this.localization.t('Ui:Saved'));
      this.tasks.reload();
    } else if (outcome.kind === 'stale') {
      this.message.error(this.localization.t('KeyTasks:StaleReloaded'));
      this.tasks.reload();
    }
  }
}

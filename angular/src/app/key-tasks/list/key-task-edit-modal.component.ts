import { Component, effect, inject, input, output, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ReactiveFormsModule } from '@angular/forms';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzModalModule } from 'ng-zorro-antd/modal';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { firstValueFrom } from 'rxjs';
import { FieldErrorComponent } from '../../core/forms/field-error.component';
import { revealErrors } from '../../core/forms/reveal-errors';
import { applyServerErrors, clearServerErrors } from '../../core/forms/server-errors';
import { problemMessage, toProblemDetails } from '../../core/http/problem-details';
import { TPipe } from '../../core/localization/t.pipe';
import { ResponsibleUnitsService } from '../../lookups/responsible-units.service';
import { KeyTask, KeyTaskApiService } from '../shared/key-task-api.service';
import { KeyTaskForm, KeyTaskLimits, keyTaskForm, toKeyTaskUpdate } from '../shared/key-task-form';

export type KeyTaskEditOutcome =
  | { kind: 'saved'; task: KeyTask }
  /** Someone changed the task first (409): the page says so and reloads. */
  | { kind: 'stale'; message: string | null }
  | { kind: 'cancelled' };

/** The bureau's edit of a key task: wording and responsible units (the first one leads). */
@Component({
  selector: 'app-key-task-edit-modal',
  imports: [
    FieldErrorComponent,
    NzAlertModule,
    NzButtonModule,
    NzFormModule,
    NzInputModule,
    NzModalModule,
    NzSelectModule,
    ReactiveFormsModule,
    TPipe,
  ],
  templateUrl: './key-task-edit-modal.component.html',
})
export class KeyTaskEditModalComponent {
  private readonly api = inject(KeyTaskApiService);

  readonly task = input<KeyTask | null>(null);
  readonly finished = output<KeyTaskEditOutcome>();

  protected readonly limits = KeyTaskLimits;
  protected readonly units = toSignal(inject(ResponsibleUnitsService).units(), {
    initialValue: [],
  });
  protected readonly form = signal<KeyTaskForm | null>(null);
  protected readonly saving = signal(false);
  protected readonly error = signal<string | null>(null);

  constructor() {
    effect(() => {
      const task = this.task();
      this.error.set(null);
      this.form.set(task ? keyTaskForm(task) : null);
    });
  }

  protected async save(): Promise<void> {
    const task = this.task();
    const form = this.form();
    if (!task || !form || this.saving()) {
      return;
    }
    clearServerErrors(form);
    this.error.set(null);
    if (form.invalid) {
      revealErrors(form);
      return;
    }
    this.saving.set(true);
    try {
      const saved = await firstValueFrom(
        this.api.update(task.id, toKeyTaskUpdate(form, task.concurrencyStamp)),
      );
      this.finished.emit({ kind: 'saved', task: saved });
    } catch (e) {
      const problem = toProblemDetails(e);
      const status = problem.status ?? 0;
      if (status === 409 || status === 404) {
        this.finished.emit({ kind: 'stale', message: problemMessage(problem) });
      } else if (status === 400 || status === 422) {
        const unmatched = applyServerErrors(form, problem.errors);
        if (unmatched.length > 0 || !problem.errors) {
          this.error.set(unmatched.join(' ') || problemMessage(problem));
        }
      }
      // 401, 403, 5xx and network failures: announced by the HTTP interceptor.
    } finally {
      this.saving.set(false);
    }
  }

  protected cancel(): void {
    if (!this.saving()) {
      this.finished.emit({ kind: 'cancelled' });
    }
  }
}

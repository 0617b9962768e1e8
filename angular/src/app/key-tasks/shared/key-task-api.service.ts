import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';
import {
  KeyTaskDto,
  TaskProgressDto,
  UpdateKeyTaskDto,
  UpsertTaskProgressDto,
} from '../../proxy/models';
import { KeyTaskService } from '../../proxy/services';

/*
 * The key-task pages' view of the generated client: pages import these names only, so a renamed
 * generated type or method is fixed here.
 */
export type KeyTask = KeyTaskDto;
export type KeyTaskUpdate = UpdateKeyTaskDto;
export type TaskProgress = TaskProgressDto;
export type TaskProgressUpsert = UpsertTaskProgressDto;

@Injectable({ providedIn: 'root' })
export class KeyTaskApiService {
  private readonly api = inject(KeyTaskService);

  list(): Observable<KeyTask[]> {
    return this.api.keyTaskGetList();
  }

  update(id: string, body: KeyTaskUpdate): Observable<KeyTask> {
    return this.api.keyTaskUpdate({ id, body });
  }

  /** The half-year's sheet: the caller's unit's tasks (the bureau: every unit's, or one unit's). */
  progress(
    year: number,
    half: number,
    responsibleUnitId: string | null,
  ): Observable<TaskProgress[]> {
    return this.api.keyTaskGetProgress({
      year,
      half,
      responsibleUnitId: responsibleUnitId ?? undefined,
    });
  }

  writeProgress(body: TaskProgressUpsert): Observable<TaskProgress> {
    return this.api.keyTaskUpsertProgress({ body });
  }
}

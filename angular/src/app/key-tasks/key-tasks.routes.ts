import { Routes } from '@angular/router';
import { permissionGuard, REQUIRED_POLICY } from '../core/auth/guards';
import { KeyTaskPolicies } from './shared/key-task-policies';

/** /key-tasks (the parent route already requires Incubation.KeyTasks). */
const routes: Routes = [
  {
    path: '',
    loadComponent: () => import('./list/key-tasks.page').then((m) => m.KeyTasksPage),
  },
  {
    path: 'progress',
    canActivate: [permissionGuard],
    data: { [REQUIRED_POLICY]: KeyTaskPolicies.progress },
    loadComponent: () => import('./progress/task-progress.page').then((m) => m.TaskProgressPage),
  },
];

export default routes;

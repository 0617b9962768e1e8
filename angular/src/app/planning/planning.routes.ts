import { Routes } from '@angular/router';
import { permissionGuard, REQUIRED_POLICY } from '../core/auth/guards';
import { PlanningPolicies } from './planning-policies';

export default [
  { path: '', loadComponent: () => import('./dashboard.page').then((m) => m.DashboardPage) },
  {
    path: 'targets',
    canActivate: [permissionGuard],
    data: { [REQUIRED_POLICY]: PlanningPolicies.dashboard },
    loadComponent: () => import('./targets.page').then((m) => m.TargetsPage),
  },
] satisfies Routes;

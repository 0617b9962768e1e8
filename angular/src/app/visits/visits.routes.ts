import { Routes } from '@angular/router';
import { permissionGuard, REQUIRED_POLICY } from '../core/auth/guards';
import { VisitPolicies } from './shared/visit-policies';

/** /visits (the parent route already requires Incubation.Visits). */
const routes: Routes = [
  {
    path: '',
    loadComponent: () => import('./list/visit-list.page').then((m) => m.VisitListPage),
  },
  {
    path: 'new',
    canActivate: [permissionGuard],
    data: { [REQUIRED_POLICY]: VisitPolicies.visitsCreate },
    loadComponent: () => import('./form/visit-form.page').then((m) => m.VisitFormPage),
  },
  {
    path: ':id',
    loadComponent: () => import('./detail/visit-detail.page').then((m) => m.VisitDetailPage),
  },
];

export default routes;

import { Routes } from '@angular/router';
import { permissionGuard, REQUIRED_POLICY } from '../core/auth/guards';
import { Policies } from '../core/auth/policies';

/** /enterprises (the parent route already requires Incubation.Enterprises). */
const routes: Routes = [
  {
    path: '',
    loadComponent: () => import('./list/enterprise-list.page').then((m) => m.EnterpriseListPage),
  },
  {
    path: 'new',
    canActivate: [permissionGuard],
    data: { [REQUIRED_POLICY]: Policies.enterprisesCreate },
    loadComponent: () => import('./form/enterprise-form.page').then((m) => m.EnterpriseFormPage),
  },
  {
    path: ':id',
    loadComponent: () =>
      import('./detail/enterprise-detail.page').then((m) => m.EnterpriseDetailPage),
  },
  {
    path: ':id/edit',
    canActivate: [permissionGuard],
    data: { [REQUIRED_POLICY]: Policies.enterprisesUpdate },
    loadComponent: () => import('./form/enterprise-form.page').then((m) => m.EnterpriseFormPage),
  },
];

export default routes;

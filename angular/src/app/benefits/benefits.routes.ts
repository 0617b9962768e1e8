import { Routes } from '@angular/router';

/** /benefits (the parent route already requires Incubation.Benefits). */
const routes: Routes = [
  {
    path: '',
    loadComponent: () => import('./list/benefit-list.page').then((m) => m.BenefitListPage),
  },
];

export default routes;

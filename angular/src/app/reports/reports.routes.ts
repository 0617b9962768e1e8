import { Routes } from '@angular/router';

/** /reports (the parent route already requires Incubation.Reports); the print page is a top-level route. */
const routes: Routes = [
  { path: '', pathMatch: 'full', redirectTo: 'semi-annual' },
  {
    path: 'semi-annual',
    loadComponent: () =>
      import('./semi-annual/semi-annual-report.page').then((m) => m.SemiAnnualReportPage),
  },
];

export default routes;

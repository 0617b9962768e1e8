import { Routes } from '@angular/router';
import { guestGuard, signedInGuard } from '../core/auth/guards';

/**
 * /register: the public sign-up of enterprises and the pages its emails link to (no shell, no sign-in),
 * and the applicant's own status page (signed in, but without any role yet).
 */
const routes: Routes = [
  {
    path: '',
    pathMatch: 'full',
    canActivate: [guestGuard],
    loadComponent: () => import('./register/register.page').then((m) => m.RegisterPage),
  },
  {
    path: 'confirm',
    loadComponent: () => import('./confirm/confirm-email.page').then((m) => m.ConfirmEmailPage),
  },
  {
    path: 'set-password',
    loadComponent: () => import('./set-password/set-password.page').then((m) => m.SetPasswordPage),
  },
  {
    path: 'status',
    canActivate: [signedInGuard],
    loadComponent: () =>
      import('./status/registration-status.page').then((m) => m.RegistrationStatusPage),
  },
];

export default routes;

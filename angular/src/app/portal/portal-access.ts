import { inject } from '@angular/core';
import { CanActivateFn, Router } from '@angular/router';
import { AppConfigStore } from '../core/config/app-config.store';

/** Policy names of the enterprise portal (granted by the server). */
export const PortalPolicies = {
  portal: 'Incubation.Portal',
  /** The bureau's review of registrations; held by bureau staff, never by an enterprise. */
  verifyRegistrations: 'Incubation.Registrations.Verify',
} as const;

/**
 * An enterprise's own user: granted the portal. The bureau administrator is granted every permission,
 * the portal's included, but also the bureau's review of registrations, and keeps the bureau's home.
 */
export function isPortalUser(store: AppConfigStore): boolean {
  return (
    store.isGranted(PortalPolicies.portal) && !store.isGranted(PortalPolicies.verifyRegistrations)
  );
}

/** On the bureau's home route: sends an enterprise user to their workspace instead. */
export const portalHomeGuard: CanActivateFn = () =>
  isPortalUser(inject(AppConfigStore)) ? inject(Router).createUrlTree(['/portal']) : true;

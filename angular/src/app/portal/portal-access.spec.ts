import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { ActivatedRouteSnapshot, Router, RouterStateSnapshot, UrlTree } from '@angular/router';
import { AppConfigStore } from '../core/config/app-config.store';
import { testConfig } from '../testing/app-config';
import { provideTestApp } from '../testing/providers';
import { portalHomeGuard } from './portal-access';

describe('portalHomeGuard', () => {
  async function landing(policies: string[]): Promise<unknown> {
    TestBed.configureTestingModule({ providers: provideTestApp() });
    const loading = TestBed.inject(AppConfigStore).load();
    TestBed.inject(HttpTestingController)
      .expectOne('/api/app/application-configuration')
      .flush(testConfig({ policies }));
    await loading;
    const result = TestBed.runInInjectionContext(() =>
      portalHomeGuard({} as ActivatedRouteSnapshot, { url: '/' } as RouterStateSnapshot),
    );
    return result instanceof UrlTree ? TestBed.inject(Router).serializeUrl(result) : result;
  }

  it('sends an enterprise user to the workspace', async () => {
    expect(await landing(['Incubation.Portal', 'Incubation.Needs'])).toBe('/portal');
  });

  it("keeps the bureau's home for the administrator, who is granted the portal too", async () => {
    expect(
      await landing(['Incubation.Portal', 'Incubation.Registrations.Verify', 'Incubation.Needs']),
    ).toBe(true);
  });

  it("keeps the bureau's home for everyone else", async () => {
    expect(await landing(['Incubation.Enterprises'])).toBe(true);
  });
});

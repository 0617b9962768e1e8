import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import {
  ActivatedRouteSnapshot,
  Router,
  RouterStateSnapshot,
  UrlTree,
  provideRouter,
} from '@angular/router';
import { provideApiConfiguration } from '../../proxy/api-configuration';
import { testConfig } from '../../testing/app-config';
import { AppConfigStore } from '../config/app-config.store';
import { REQUIRED_POLICY, guestGuard, permissionGuard, signedInGuard } from './guards';

describe('route guards', () => {
  async function signIn(config: ReturnType<typeof testConfig>): Promise<void> {
    const loading = TestBed.inject(AppConfigStore).load();
    TestBed.inject(HttpTestingController)
      .expectOne('/api/app/application-configuration')
      .flush(config);
    await loading;
  }

  function run(
    guard: typeof permissionGuard,
    data: Record<string, unknown> = {},
    url = '/enterprises',
  ) {
    const route = { data } as unknown as ActivatedRouteSnapshot;
    const state = { url } as RouterStateSnapshot;
    return TestBed.runInInjectionContext(() => guard(route, state));
  }

  const serialize = (result: unknown) => TestBed.inject(Router).serializeUrl(result as UrlTree);

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideApiConfiguration(''),
      ],
    });
  });

  it('permission guard lets a granted policy through', async () => {
    await signIn(testConfig({ policies: ['Incubation.Enterprises'] }));
    expect(run(permissionGuard, { [REQUIRED_POLICY]: 'Incubation.Enterprises' })).toBe(true);
  });

  it('permission guard sends a signed-in user without the policy to /forbidden', async () => {
    await signIn(testConfig({ policies: ['Incubation.Enterprises'] }));
    const result = run(permissionGuard, { [REQUIRED_POLICY]: 'Incubation.Enterprises.Create' });
    expect(serialize(result)).toBe('/forbidden');
  });

  it('permission guard lets routes without a policy through', async () => {
    await signIn(testConfig());
    expect(run(permissionGuard)).toBe(true);
  });

  it('signed-in guard sends anonymous users to /login with the wanted URL', async () => {
    await signIn(testConfig({ authenticated: false }));
    expect(serialize(run(signedInGuard, {}, '/enterprises?page=2'))).toBe(
      '/login?returnUrl=%2Fenterprises%3Fpage%3D2',
    );
  });

  it('guest guard keeps signed-in users off the login page', async () => {
    await signIn(testConfig());
    expect(serialize(run(guestGuard))).toBe('/');
  });
});

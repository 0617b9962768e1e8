import { HttpTestingController } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { AppConfigStore } from '../../core/config/app-config.store';
import { MyRegistrationDto } from '../../proxy/models';
import { testConfig } from '../../testing/app-config';
import { provideTestApp } from '../../testing/providers';
import { settle } from '../../testing/settle';
import { applicantGuard } from '../applicant.guard';
import { RegistrationStatusPage } from './registration-status.page';

@Component({ template: 'home' })
class HomeStub {}

const MINE: MyRegistrationDto = {
  id: 'r1',
  status: 'Pending',
  enterpriseName: '贵阳云岩星辰科技有限公司',
  creditCode: '91520103MA6DKQ5X1Y',
  emailConfirmed: true,
  submittedAt: '2026-11-20T02:00:00Z',
  reviewedAt: null,
  rejectionReason: null,
};

describe('the applicant’s status page', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;
  const byTestId = (id: string) =>
    (harness.fixture.nativeElement as HTMLElement).querySelector(`[data-testid="${id}"]`);

  async function signIn(policies: string[] = []): Promise<void> {
    TestBed.configureTestingModule({
      providers: provideTestApp([
        { path: '', pathMatch: 'full', canActivate: [applicantGuard], component: HomeStub },
        { path: 'register/status', component: RegistrationStatusPage },
      ]),
    });
    http = TestBed.inject(HttpTestingController);
    const loading = TestBed.inject(AppConfigStore).load();
    http.expectOne('/api/app/application-configuration').flush(testConfig({ policies }));
    await loading;
    harness = await RouterTestingHarness.create();
  }

  afterEach(() => http?.verify());

  it('sends a user without permissions who registered from home to the status page', async () => {
    await signIn();
    void harness.navigateByUrl('/');
    await settle();
    http.expectOne('/api/portal/registration/mine').flush(MINE);
    await settle();
    expect(TestBed.inject(Router).url).toBe('/register/status');
    http
      .expectOne('/api/portal/registration/mine')
      .flush({ ...MINE, status: 'Rejected', rejectionReason: '信息不实' });
    await settle();
    expect(byTestId('status-rejected')).not.toBeNull();
    expect(byTestId('status-reason')?.textContent).toContain('信息不实');
  });

  it('lets a user with permissions, or without a registration, stay home', async () => {
    await signIn(['Incubation.Enterprises']);
    await harness.navigateByUrl('/');
    http.expectNone('/api/portal/registration/mine');
    expect(TestBed.inject(Router).url).toBe('/');
  });

  it('picks up the new role once approved and starts over at home', async () => {
    await signIn();
    void harness.navigateByUrl('/register/status');
    await settle();
    http.expectOne('/api/portal/registration/mine').flush({ ...MINE, status: 'Approved' });
    await settle();

    http.expectOne({ method: 'POST', url: '/api/account/refresh' }).flush(null, {
      status: 204,
      statusText: 'No Content',
    });
    await settle();
    http
      .expectOne('/api/app/application-configuration')
      .flush(testConfig({ policies: ['Incubation.Portal'] }));
    await settle();

    expect(TestBed.inject(Router).url).toBe('/');
  });
});

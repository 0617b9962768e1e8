import { HttpTestingController } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { AppConfigStore } from '../../core/config/app-config.store';
import { testConfig } from '../../testing/app-config';
import { provideTestApp } from '../../testing/providers';
import { settle } from '../../testing/settle';
import { ENTERPRISE_USER_POLICIES, portalProfile } from '../shared/portal-testing';
import { PortalShellComponent } from './portal-shell.component';
import { providePortalIcons } from './portal-nav';

@Component({ template: '<p data-testid="child-page">page</p>' })
class ChildPage {}

describe('PortalShellComponent', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<PortalShellComponent>;
  const byTestId = (id: string) =>
    (fixture.nativeElement as HTMLElement).querySelector(
      `[data-testid="${id}"]`,
    ) as HTMLElement | null;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        ...provideTestApp([
          { path: 'portal', children: [{ path: '**', component: ChildPage }] },
          { path: '**', component: ChildPage },
        ]),
        providePortalIcons(),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    const loading = TestBed.inject(AppConfigStore).load();
    http
      .expectOne('/api/app/application-configuration')
      .flush(
        testConfig({ policies: ENTERPRISE_USER_POLICIES, texts: { 'Workspace:Tab.More': '更多' } }),
      );
    await loading;
    await TestBed.inject(Router).navigateByUrl('/portal/pool');
    fixture = TestBed.createComponent(PortalShellComponent);
    await settle();
    http.match('/api/app/notifications/unread-count').forEach((r) => r.flush({ count: 0 }));
  });

  afterEach(() => {
    http.verify();
    fixture.destroy();
  });

  it('shows its pages only once the enterprise is read, under its name', async () => {
    expect(byTestId('child-page')).toBeNull();
    http.expectOne('/api/portal/profile').flush(portalProfile());
    await settle();

    expect(byTestId('portal-enterprise-name')?.textContent).toContain('贵阳云岩星辰科技有限公司');
    expect(byTestId('portal-menu')?.querySelectorAll('li').length).toBe(7);
  });

  it('lights "more" on the phone tab bar for a page that is not a tab', async () => {
    http.expectOne('/api/portal/profile').flush(portalProfile());
    await settle();

    expect(byTestId('portal-tab-more')?.classList).toContain('portal__tab--active');
    expect(byTestId('tab-portal-nav-overview')?.classList).not.toContain('portal__tab--active');
  });

  it('says why when the account has no enterprise, and tries again on request', async () => {
    http
      .expectOne('/api/portal/profile')
      .flush(
        { status: 403, detail: '当前账号未绑定企业' },
        { status: 403, statusText: 'Forbidden' },
      );
    await settle();
    expect(byTestId('portal-load-error')?.textContent).toContain('当前账号未绑定企业');

    (byTestId('portal-load-error')!.querySelector('button') as HTMLButtonElement).click();
    await settle();
    http.expectOne('/api/portal/profile').flush(portalProfile());
    await settle();
    expect(byTestId('portal-load-error')).toBeNull();
  });
});

import { HttpTestingController } from '@angular/common/http/testing';
import { NO_ERRORS_SCHEMA } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { NgxEchartsDirective } from 'ngx-echarts';
import { RouterTestingHarness } from '@angular/router/testing';
import { AppConfigStore } from '../core/config/app-config.store';
import { DashboardDto, IndicatorProgressDto } from '../proxy/models';
import { testConfig } from '../testing/app-config';
import { provideTestApp } from '../testing/providers';
import { settle } from '../testing/settle';
import { DashboardPage } from './dashboard.page';

const API = '/api/app/planning';

function indicator(change: Partial<IndicatorProgressDto>): IndicatorProgressDto {
  return {
    indicator: 'HighTechEnterprises',
    unit: 'Count',
    shape: 'Level',
    value: 150,
    baselineYear: 2022,
    baselineValue: 111,
    targetYear: 2025,
    targetValue: 220,
    expected: 180,
    status: 'Behind',
    projected: 190,
    warning: true,
    countsEnterprises: true,
    ...change,
  };
}

describe('DashboardPage', () => {
  let http: HttpTestingController;

  async function open(policies: string[]): Promise<RouterTestingHarness> {
    // jsdom has no canvas: the charts are left out here (the browser test draws them).
    TestBed.overrideComponent(DashboardPage, {
      remove: { imports: [NgxEchartsDirective] },
      add: { schemas: [NO_ERRORS_SCHEMA] },
    });
    TestBed.configureTestingModule({
      providers: provideTestApp([{ path: 'planning', component: DashboardPage }]),
    });
    http = TestBed.inject(HttpTestingController);
    const loading = TestBed.inject(AppConfigStore).load();
    http.expectOne('/api/app/application-configuration').flush(
      testConfig({
        policies,
        texts: {
          'PlanningUi:YuanScale': '100000000',
          'PlanningUi:YuanValue': '{0} 亿元',
          'PlanningUi:Projection': '预警：按趋势 {0} 年末约 {1}，低于目标',
        },
      }),
    );
    await loading;
    const harness = await RouterTestingHarness.create();
    void harness.navigateByUrl('/planning');
    await settle();
    const dashboard: DashboardDto = {
      asOf: '2025-06-30',
      indicators: [
        indicator({}),
        indicator({
          indicator: 'RdInvestment',
          unit: 'Yuan',
          value: 241_000_000,
          targetValue: 500_000_000,
          warning: false,
          status: 'Ahead',
        }),
      ],
    };
    http.expectOne((r) => r.url === `${API}/dashboard`).flush(dashboard);
    http.expectOne((r) => r.url === `${API}/trend`).flush({ dates: ['2025-06-30'], series: [] });
    http.expectOne((r) => r.url === `${API}/high-tech-path`).flush(null);
    await settle();
    return harness;
  }

  afterEach(() => TestBed.resetTestingModule());

  it('shows each indicator in its unit with the warning of a projection that misses', async () => {
    const harness = await open(['Incubation.Planning']);
    http.match(() => true);
    harness.detectChanges();
    const root = harness.routeNativeElement as HTMLElement;

    const highTech = root.querySelector('[data-testid="indicator-HighTechEnterprises"]')!;
    expect(highTech.querySelector('[data-testid="indicator-value"]')!.textContent!.trim()).toBe(
      '150',
    );
    expect(highTech.querySelector('[data-testid="indicator-warning"]')!.textContent).toContain(
      '按趋势 2025 年末约 190',
    );
    const rd = root.querySelector('[data-testid="indicator-RdInvestment"]')!;
    expect(rd.querySelector('[data-testid="indicator-value"]')!.textContent!.trim()).toBe(
      '2.41 亿元',
    );
    expect(rd.querySelector('[data-testid="indicator-warning"]')).toBeNull();
    expect(root.querySelector('[data-testid="planning-targets-link"]')).toBeNull();
  });

  it('drills into the selected indicator and exports the same rows', async () => {
    const harness = await open(['Incubation.Planning', 'Incubation.Planning.Targets']);
    http.match(() => true);
    const root = harness.routeNativeElement as HTMLElement;
    (root.querySelector('[data-testid="indicator-RdInvestment"]') as HTMLButtonElement).click();
    await settle();

    const list = http.expectOne((r) => r.url === `${API}/contributors`);
    expect(list.request.params.get('indicator')).toBe('RdInvestment');
    list.flush({ totalCount: 0, items: [] });
    http.match(() => true);
    (root.querySelector('[data-testid="planning-export"]') as HTMLButtonElement).click();
    await settle();

    const exported = http.expectOne((r) => r.url === `${API}/contributors/export`);
    expect(exported.request.params.get('indicator')).toBe('RdInvestment');
    expect(exported.request.params.has('skipCount')).toBe(false);
    expect(root.querySelector('[data-testid="planning-targets-link"]')).not.toBeNull();
  });
});

import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { RouterTestingHarness } from '@angular/router/testing';
import { AppConfigStore } from '../../core/config/app-config.store';
import { testConfig } from '../../testing/app-config';
import { provideTestApp } from '../../testing/providers';
import { settle } from '../../testing/settle';
import { Incubator } from '../shared/platforms-api.service';
import { IncubatorFormComponent } from './incubator-form.component';
import { IncubatorListPage } from './incubator-list.page';

const LIST = '/api/app/incubators';

const BASE: Incubator = {
  id: 'i1',
  name: '渔安数字经济孵化基地',
  kind: 'InnovationBase',
  level: 'District',
  operator: '贵阳渔安运营有限公司',
  subDistrictCode: '520103019',
  subDistrictName: '大营路街道',
  incubatedTarget: null,
  highTechTarget: 12,
  effectiveIncubatedTarget: 30,
  effectiveHighTechTarget: 12,
  incubatedCount: 7,
  highTechCount: 12,
  isDemo: false,
  concurrencyStamp: 's1',
};
const SPACE: Incubator = {
  ...BASE,
  id: 'i2',
  name: '黔灵山科创园',
  kind: 'MakerSpace',
  level: null,
  incubatedTarget: null,
  highTechTarget: null,
  effectiveIncubatedTarget: null,
  effectiveHighTechTarget: null,
  incubatedCount: 4,
  highTechCount: 0,
  concurrencyStamp: 's2',
};

describe('IncubatorListPage', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;
  const page = () => harness.routeNativeElement as HTMLElement;
  const inDocument = (id: string) => document.querySelector(`[data-testid="${id}"]`);

  async function open(policies: string[]): Promise<void> {
    TestBed.configureTestingModule({
      providers: provideTestApp([{ path: 'platforms/incubators', component: IncubatorListPage }]),
    });
    http = TestBed.inject(HttpTestingController);
    const loading = TestBed.inject(AppConfigStore).load();
    http.expectOne('/api/app/application-configuration').flush(
      testConfig({
        policies,
        texts: {
          'Platforms:IncubatorsPage.CountOfTarget': '{0} / {1}',
          'Platforms:IncubatorsPage.PlanTarget': '按行动方案',
          'Platforms:IncubatorsPage.NoTarget': '未设目标',
        },
      }),
    );
    await loading;
    harness = await RouterTestingHarness.create();
    void harness.navigateByUrl('/platforms/incubators?kind=InnovationBase');
    await settle();
    http.match((r) => r.url === '/api/app/lookups/sub-districts').forEach((r) => r.flush([]));
    const request = http.expectOne((r) => r.url === LIST);
    expect(request.request.params.get('kind')).toBe('InnovationBase');
    request.flush({ totalCount: 2, items: [BASE, SPACE] });
    await settle();
  }

  afterEach(() => harness?.fixture.destroy());

  it('shows each count against its target, the plan’s where the base has none, as progress bars', async () => {
    await open(['Incubation.Platforms']);

    const rows = page().querySelectorAll('[data-testid="incubator-row"]');
    const base = rows[0];
    const incubated = base.querySelector('[data-testid="incubator-incubated"]')!;
    expect(incubated.querySelector('[data-testid="target-count"]')?.textContent).toContain(
      '7 / 30',
    );
    expect(incubated.querySelector('[data-testid="target-from-plan"]')?.textContent).toContain(
      '按行动方案',
    );
    expect(incubated.querySelector('nz-progress')?.textContent).toContain('23%');
    const highTech = base.querySelector('[data-testid="incubator-high-tech"]')!;
    expect(highTech.querySelector('[data-testid="target-count"]')?.textContent).toContain(
      '12 / 12',
    );
    expect(highTech.querySelector('[data-testid="target-from-plan"]')).toBeNull();
    expect(highTech.querySelector('.ant-progress-status-success')).not.toBeNull();

    const space = rows[1].querySelector('[data-testid="incubator-incubated"]')!;
    expect(space.textContent).toContain('4');
    expect(space.textContent).toContain('未设目标');
    expect(space.querySelector('nz-progress')).toBeNull();
    expect(page().querySelector('[data-testid="incubator-edit"]')).toBeNull();

    (page().querySelector('[data-testid="incubator-export"]') as HTMLElement).click();
    await settle();
    const exported = http.expectOne((r) => r.url === `${LIST}/export`);
    expect(exported.request.params.get('kind')).toBe('InnovationBase');
    exported.flush(new Blob(['xlsx']));
  });

  it('fills in the plan’s targets for an innovation base and sends the edit with its stamp', async () => {
    await open(['Incubation.Platforms', 'Incubation.Platforms.Manage']);
    (page().querySelector('[data-testid="incubator-edit"]') as HTMLElement).click();
    await settle();
    expect((inDocument('incubator-name') as HTMLInputElement).value).toBe(BASE.name);

    (inDocument('incubator-plan-targets') as HTMLElement).click();
    await settle();
    (inDocument('incubator-save') as HTMLElement).click();
    await settle();

    const put = http.expectOne({ method: 'PUT', url: `${LIST}/i1` });
    expect(put.request.body).toEqual({
      name: BASE.name,
      kind: 'InnovationBase',
      level: 'District',
      operator: BASE.operator,
      subDistrictCode: '520103019',
      incubatedTarget: 30,
      highTechTarget: 10,
      concurrencyStamp: 's1',
    });
    put.flush({ ...BASE, incubatedTarget: 30, highTechTarget: 10 });
    await settle();
    http
      .expectOne((r) => r.method === 'GET' && r.url === LIST)
      .flush({ totalCount: 2, items: [BASE, SPACE] });
    const form = harness.fixture.debugElement.query(
      (el) => el.componentInstance instanceof IncubatorFormComponent,
    );
    expect(form).not.toBeNull();
  });
});

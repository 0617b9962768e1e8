import { HttpTestingController, TestRequest } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { RouterTestingHarness } from '@angular/router/testing';
import { AppConfigStore } from '../../core/config/app-config.store';
import { testConfig } from '../../testing/app-config';
import { provideTestApp } from '../../testing/providers';
import { settle } from '../../testing/settle';
import { BenefitFormComponent } from '../form/benefit-form.component';
import { BenefitGrant } from '../shared/benefits-api.service';
import { BenefitListPage } from './benefit-list.page';

const LIST = '/api/app/benefits';

const GRANT: BenefitGrant = {
  id: 'g1',
  enterpriseId: 'e1',
  enterpriseName: '贵州黔智科技有限公司',
  policy: 'HighTechAward',
  batch: '2024 年第一批',
  amount: 200000,
  grantedOn: '2024-06-30',
  note: null,
  creationTime: '2024-07-01T00:00:00Z',
  concurrencyStamp: 's1',
};

describe('BenefitListPage', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;
  const page = () => harness.routeNativeElement as HTMLElement;
  const inDocument = (id: string) => document.querySelector(`[data-testid="${id}"]`);

  async function open(url: string, policies: string[]): Promise<TestRequest> {
    TestBed.configureTestingModule({
      providers: provideTestApp([{ path: 'benefits', component: BenefitListPage }]),
    });
    http = TestBed.inject(HttpTestingController);
    const loading = TestBed.inject(AppConfigStore).load();
    http.expectOne('/api/app/application-configuration').flush(
      testConfig({
        policies,
        texts: {
          'Benefits:Page.TotalAmount': '合计金额：{0} 元（{1} 条）',
          'Enum:BenefitPolicy.HighTechAward': '高企认定奖励',
          'Platforms:Page.Stale': '该记录已被他人修改',
        },
      }),
    );
    await loading;
    harness = await RouterTestingHarness.create();
    void harness.navigateByUrl(url);
    await settle();
    return http.expectOne((r) => r.url === LIST);
  }

  function form(): BenefitFormComponent {
    return harness.fixture.debugElement.query(
      (el) => el.componentInstance instanceof BenefitFormComponent,
    ).componentInstance as BenefitFormComponent;
  }

  afterEach(() => harness?.fixture.destroy());

  it('asks for one enterprise’s grants by policy and year and shows the total of every filtered row', async () => {
    const request = await open('/benefits?enterprise=e1&policy=HighTechAward&year=2024&size=10', [
      'Incubation.Benefits',
    ]);

    const params = request.request.params;
    expect([
      params.get('enterpriseId'),
      params.get('policy'),
      params.get('year'),
      params.get('maxResultCount'),
    ]).toEqual(['e1', 'HighTechAward', '2024', '10']);
    request.flush({ totalCount: 12, totalAmount: 1234567.5, items: [GRANT] });
    await settle();

    expect(page().querySelector('[data-testid="benefit-total"]')?.textContent).toContain(
      '合计金额：1,234,567.5 元（12 条）',
    );
    const row = page().querySelector('[data-testid="benefit-row"]')!;
    expect(row.textContent).toContain('高企认定奖励');
    expect(row.textContent).toContain('200,000');
    expect(page().querySelector('[data-testid="benefit-new"]')).toBeNull();

    (page().querySelector('[data-testid="benefit-export"]') as HTMLElement).click();
    await settle();
    const exported = http.expectOne((r) => r.url === `${LIST}/export`);
    expect([
      exported.request.params.get('enterpriseId'),
      exported.request.params.get('policy'),
      exported.request.params.get('year'),
    ]).toEqual(['e1', 'HighTechAward', '2024']);
    exported.flush(new Blob(['xlsx']));
  });

  it('records a grant for the filtered enterprise and shows a refused amount under its field', async () => {
    (
      await open('/benefits?enterprise=e1', ['Incubation.Benefits', 'Incubation.Benefits.Manage'])
    ).flush({
      totalCount: 1,
      totalAmount: 200000,
      items: [GRANT],
    });
    await settle();
    (page().querySelector('[data-testid="benefit-new"]') as HTMLElement).click();
    await settle();

    form()['form'].patchValue({
      policy: 'PoolCultivationFund',
      amount: 50000.5,
      grantedOn: new Date(2025, 2, 3),
    });
    (inDocument('benefit-save') as HTMLElement).click();
    await settle();

    const post = http.expectOne({ method: 'POST', url: LIST });
    expect(post.request.body).toEqual({
      enterpriseId: 'e1',
      policy: 'PoolCultivationFund',
      batch: null,
      amount: 50000.5,
      grantedOn: '2025-03-03',
      note: null,
    });
    post.flush(
      { status: 400, errors: { amount: ['金额（元）超出允许范围。'] } },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle();
    expect(inDocument('error-amount')?.textContent).toContain('金额（元）超出允许范围。');
  });

  it('edits a grant without moving it to another enterprise, with the stamp it read', async () => {
    (await open('/benefits', ['Incubation.Benefits', 'Incubation.Benefits.Manage'])).flush({
      totalCount: 1,
      totalAmount: 200000,
      items: [GRANT],
    });
    await settle();
    (page().querySelector('[data-testid="benefit-edit"]') as HTMLElement).click();
    await settle();
    expect(form()['form'].controls.enterpriseId.disabled).toBe(true);

    form()['form'].patchValue({ amount: 150000 });
    (inDocument('benefit-save') as HTMLElement).click();
    await settle();

    const put = http.expectOne({ method: 'PUT', url: `${LIST}/g1` });
    expect(put.request.body).toEqual({
      policy: 'HighTechAward',
      batch: '2024 年第一批',
      amount: 150000,
      grantedOn: '2024-06-30',
      note: null,
      concurrencyStamp: 's1',
    });
    put.flush({ ...GRANT, amount: 150000, concurrencyStamp: 's2' });
    await settle();
    http
      .expectOne((r) => r.method === 'GET' && r.url === LIST)
      .flush({ totalCount: 1, totalAmount: 150000, items: [GRANT] });
  });
});

import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { RouterTestingHarness } from '@angular/router/testing';
import { AppConfigStore } from '../../core/config/app-config.store';
import { testConfig } from '../../testing/app-config';
import { provideTestApp } from '../../testing/providers';
import { settle } from '../../testing/settle';
import { PoolItem, PoolSummary } from '../shared/cultivation-api.service';
import { PoolPage } from './pool.page';

const ROWS: PoolItem[] = [
  {
    membershipId: 'm1',
    enterpriseId: 'e1',
    enterpriseName: '贵阳云岩星辰科技有限公司',
    unifiedSocialCreditCode: '91520103MA6DKQ5X1Y',
    subDistrictName: '大营路街道',
    industryFieldName: '基础软件',
    incubatorName: '云岩区科技孵化器',
    stage: 'Key',
    stageSince: '2026-03-01T00:00:00Z',
    admittedAt: '2025-09-01T00:00:00Z',
    daysInStage: 1234,
    concurrencyStamp: 's1',
  },
  {
    membershipId: 'm2',
    enterpriseId: 'e2',
    enterpriseName: '贵州黔灵数据服务有限公司',
    unifiedSocialCreditCode: '91520103MA6DKQ5X2Z',
    subDistrictName: '黔灵东路街道',
    industryFieldName: null,
    incubatorName: null,
    stage: 'Reserve',
    stageSince: '2026-05-01T00:00:00Z',
    admittedAt: '2026-05-01T00:00:00Z',
    daysInStage: 12,
    concurrencyStamp: 's2',
  },
];

function summary(change: Partial<PoolSummary> = {}): PoolSummary {
  return {
    size: 118,
    floor: 120,
    belowFloor: true,
    reserve: 60,
    key: 40,
    readyToApply: 18,
    pendingProposals: 3,
    ...change,
  };
}

describe('PoolPage', () => {
  let http: HttpTestingController;

  async function open(url: string, policies: string[], poolSummary: PoolSummary) {
    TestBed.configureTestingModule({
      providers: provideTestApp([{ path: 'cultivation', component: PoolPage }]),
    });
    http = TestBed.inject(HttpTestingController);
    const loading = TestBed.inject(AppConfigStore).load();
    http.expectOne('/api/app/application-configuration').flush(
      testConfig({
        policies,
        texts: {
          'PoolPage:BelowFloorTitle': '培育库在库企业数低于下限',
          'PoolPage:Floor': '下限 {0} 家',
          'Enum:CultivationStage.Key': '重点培育',
        },
      }),
    );
    await loading;
    const harness = await RouterTestingHarness.create();
    const navigation = harness.navigateByUrl(url);
    await settle();
    http.expectOne('/api/app/lookups/sub-districts').flush([]);
    http.expectOne('/api/app/lookups/incubators').flush([]);
    http.expectOne('/api/app/lookups/officers').flush([{ id: 'o1', name: '张干部' }]);
    http.expectOne('/api/app/lookups/tech-fields').flush([]);
    http.expectOne('/api/app/cultivation/pool/summary').flush(poolSummary);
    const list = http.expectOne((r) => r.url === '/api/app/cultivation/pool');
    const params = list.request.params;
    list.flush({ totalCount: 12, items: ROWS });
    await navigation;
    await harness.fixture.whenStable();
    return { page: harness.routeNativeElement as HTMLElement, params };
  }

  afterEach(() => http?.verify());

  it('shows the summary, the floor warning and the rows, filtered as the URL says', async () => {
    const { page, params } = await open(
      '/cultivation?stage=Key&minDays=30&incubator=i1&officer=o1&sorting=stageSince%20desc&page=2&size=10',
      ['Incubation.Cultivation', 'Incubation.Cultivation.Manage'],
      summary(),
    );

    expect(params.get('stage')).toBe('Key');
    expect(params.get('minDaysInStage')).toBe('30');
    expect(params.get('incubatorId')).toBe('i1');
    expect(params.get('responsibleOfficerId')).toBe('o1');
    expect(params.get('sorting')).toBe('stageSince desc');
    expect(params.get('skipCount')).toBe('10');
    expect(params.has('filter')).toBe(false);

    const byTestId = (id: string) => page.querySelector(`[data-testid="${id}"]`);
    expect(byTestId('pool-summary-size')?.textContent?.trim()).toBe('118');
    expect(byTestId('pool-summary-floor')?.textContent).toContain('下限 120 家');
    expect(byTestId('pool-floor-warning')?.textContent).toContain('培育库在库企业数低于下限');

    const rows = page.querySelectorAll('[data-testid="pool-row"]');
    expect(rows.length).toBe(2);
    expect(rows[0].textContent).toContain('贵阳云岩星辰科技有限公司');
    expect(rows[0].textContent).toContain('重点培育');
    expect(rows[0].textContent).toContain('1,234');
    expect(byTestId('pool-move-e1')).not.toBeNull();
    expect(byTestId('pool-exit-e2')).not.toBeNull();
    expect(byTestId('pool-export')).not.toBeNull();
    expect(byTestId('pool-filter-officer')).not.toBeNull();
  });

  it('shows no warning at or above the floor, and no row actions without the manage permission', async () => {
    const { page } = await open(
      '/cultivation',
      ['Incubation.Cultivation'],
      summary({ size: 125, belowFloor: false }),
    );

    expect(page.querySelector('[data-testid="pool-floor-warning"]')).toBeNull();
    expect(page.querySelector('[data-testid="pool-summary-size"]')?.textContent?.trim()).toBe(
      '125',
    );
    expect(page.querySelectorAll('[data-testid="pool-row"]').length).toBe(2);
    expect(page.querySelector('[data-testid="pool-move-e1"]')).toBeNull();
    expect(page.querySelector('[data-testid="pool-exit-e1"]')).toBeNull();
  });
});

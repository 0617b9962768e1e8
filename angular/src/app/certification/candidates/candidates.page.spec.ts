import { HttpTestingController, TestRequest } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { AppConfigStore } from '../../core/config/app-config.store';
import { testConfig } from '../../testing/app-config';
import { provideTestApp } from '../../testing/providers';
import { settle } from '../../testing/settle';
import { Candidate } from '../shared/certification-api.service';
import { CandidatesPage } from './candidates.page';

const LIST = '/api/app/eligibility/candidates';

const ROWS: Candidate[] = [
  {
    enterpriseId: 'e1',
    enterpriseName: '贵阳云岩星辰科技有限公司',
    subDistrictCode: '520103019',
    subDistrictName: '大营路街道',
    industryFieldCode: '10101',
    industryFieldName: '基础软件',
    kind: 'HighTech',
    verdict: 'Eligible',
    scoreMin: 72,
    scoreMax: 80,
    passMark: 71,
    failedCount: 0,
    topGaps: [],
    asOf: '2026-05-01',
    ruleSet: 'HTE-2016@1',
  },
  {
    enterpriseId: 'e2',
    enterpriseName: '贵州黔灵数据服务有限公司',
    subDistrictCode: '520103019',
    subDistrictName: '大营路街道',
    industryFieldCode: '10102',
    industryFieldName: null,
    kind: 'HighTech',
    verdict: 'NotEligible',
    scoreMin: 50,
    scoreMax: 66,
    passMark: 71,
    failedCount: 2,
    topGaps: [
      {
        code: 'rdRatio',
        passed: false,
        actual: null,
        required: null,
        gap: { value: 1200000, unit: 'Yuan', text: '120万元' },
        points: null,
        isCondition: true,
        source: '',
        missingFacts: [],
        message: '近三年研发费用占比 3.1% 低于 5%。还差 120万元。',
      },
    ],
    asOf: '2026-05-01',
    ruleSet: 'HTE-2016@1',
  },
  {
    enterpriseId: 'e3',
    enterpriseName: '贵阳黔灵山数据有限公司',
    subDistrictCode: '520103019',
    subDistrictName: '大营路街道',
    industryFieldCode: '10103',
    industryFieldName: null,
    kind: 'HighTech',
    verdict: 'NeedsReview',
    scoreMin: null,
    scoreMax: null,
    passMark: null,
    failedCount: 0,
    topGaps: [],
    asOf: '2026-05-01',
    ruleSet: 'HTE-2016@1',
  },
];

describe('CandidatesPage', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;

  async function open(url: string, policies: string[]): Promise<TestRequest> {
    TestBed.configureTestingModule({
      providers: provideTestApp([{ path: 'certification/candidates', component: CandidatesPage }]),
    });
    http = TestBed.inject(HttpTestingController);
    const loading = TestBed.inject(AppConfigStore).load();
    http.expectOne('/api/app/application-configuration').flush(
      testConfig({
        policies,
        texts: {
          'Enum:EligibilityVerdict.Eligible': '符合条件',
          'CandidatePage:Refreshed': '已按 {0} 的数据重新评估 {1} 家企业，生成 {2} 条评估结果。',
          'CandidatePage:NotComputedRefresh': '暂无名单，可点击“立即重新评估”。',
          'CandidatePage:MoreGaps': '另有 {0} 项未达标',
        },
      }),
    );
    await loading;
    harness = await RouterTestingHarness.create();
    void harness.navigateByUrl(url);
    await settle();
    http.expectOne('/api/app/lookups/sub-districts').flush([]);
    http.expectOne('/api/app/lookups/tech-fields').flush([]);
    return http.expectOne((r) => r.url === LIST);
  }

  async function render(): Promise<HTMLElement> {
    await settle();
    await harness.fixture.whenStable();
    return harness.routeNativeElement as HTMLElement;
  }

  const byTestId = (page: HTMLElement, id: string) =>
    page.querySelector(`[data-testid="${id}"]`) as HTMLElement | null;

  afterEach(() => http?.verify());

  it('asks for the kind, filters and page in the URL and shows the ranked rows', async () => {
    const list = await open(
      '/certification/candidates?kind=HighTech&verdict=NotEligible&subDistrict=520103019&page=2&size=10',
      ['Incubation.Qualifications'],
    );
    const params = list.request.params;
    expect(params.get('kind')).toBe('HighTech');
    expect(params.get('verdict')).toBe('NotEligible');
    expect(params.get('subDistrictCode')).toBe('520103019');
    expect(params.has('industryFieldCode')).toBe(false);
    expect(params.get('skipCount')).toBe('10');
    expect(params.get('maxResultCount')).toBe('10');
    list.flush({ totalCount: 12, items: ROWS });
    const page = await render();

    const rows = page.querySelectorAll('[data-testid="candidate-row"]');
    expect(rows.length).toBe(3);
    expect(
      [...page.querySelectorAll('[data-testid="candidate-rank"]')].map((r) =>
        r.textContent?.trim(),
      ),
    ).toEqual(['11', '12', '13']);
    expect(rows[0].querySelector('a')?.getAttribute('href')).toBe('/enterprises/e1');

    const verdicts = page.querySelectorAll('[data-testid="candidate-verdict"]');
    expect(verdicts[0].textContent).toContain('符合条件');
    expect(verdicts[0].classList).toContain('ant-tag-green');
    expect(verdicts[1].classList).toContain('ant-tag-red');
    expect(verdicts[2].classList).toContain('ant-tag-orange');

    const scores = page.querySelectorAll('[data-testid="candidate-score"]');
    expect(scores[0].textContent?.trim()).toBe('72–80 / 71');
    expect(scores[0].classList).toContain('score--pass');
    expect(scores[1].classList).toContain('score--fail');

    expect(rows[1].querySelector('mark')?.textContent).toBe('120万元');
    expect(rows[1].textContent).toContain('另有 1 项未达标');
    expect(rows[2].querySelector('[data-testid="candidate-review-hint"]')).not.toBeNull();
    expect(rows[2].querySelector('[data-testid="candidate-score"]')).toBeNull();
    expect(byTestId(page, 'candidate-kind-HighTech')?.getAttribute('aria-pressed')).toBe('true');
    expect(byTestId(page, 'candidate-export')).not.toBeNull();
    expect(byTestId(page, 'candidate-refresh')).toBeNull();
  });

  it('switches the kind through the URL, back to the first page', async () => {
    (
      await open('/certification/candidates?verdict=Eligible&page=3', ['Incubation.Qualifications'])
    ).flush({
      totalCount: 0,
      items: [],
    });
    const page = await render();
    expect(byTestId(page, 'candidate-kind-SrdiSme')?.getAttribute('aria-pressed')).toBe('true');

    byTestId(page, 'candidate-kind-LittleGiant')!.click();
    await settle();
    const list = http.expectOne((r) => r.url === LIST);
    expect(list.request.params.get('kind')).toBe('LittleGiant');
    expect(list.request.params.get('verdict')).toBe('Eligible');
    expect(list.request.params.get('skipCount')).toBe('0');
    list.flush({ totalCount: 0, items: [] });
    await render();
    expect(TestBed.inject(Router).url).toBe(
      '/certification/candidates?kind=LittleGiant&verdict=Eligible',
    );
  });

  it('lets a manager re-assess now, shows the counts and reloads the list', async () => {
    (
      await open('/certification/candidates', [
        'Incubation.Qualifications',
        'Incubation.Qualifications.Manage',
      ])
    ).flush({ totalCount: 0, items: [] });
    let page = await render();
    expect(byTestId(page, 'candidate-empty')?.textContent).toContain('立即重新评估');

    byTestId(page, 'candidate-refresh')!.click();
    await settle();
    const refresh = http.expectOne(`${LIST}/refresh`);
    expect(refresh.request.method).toBe('POST');
    refresh.flush({ asOf: '2026-05-01', enterprises: 150, snapshots: 750 });
    await settle();
    http.expectOne((r) => r.url === LIST).flush({ totalCount: 2, items: ROWS });
    page = await render();

    expect(byTestId(page, 'candidate-refreshed')?.textContent).toContain(
      '已按 2026-05-01 的数据重新评估 150 家企业，生成 750 条评估结果。',
    );
    expect(page.querySelectorAll('[data-testid="candidate-row"]').length).toBe(3);
  });

  it('exports the current filters without paging, under the server file name', async () => {
    (
      await open('/certification/candidates?kind=TechSme&industryField=101&page=2', [
        'Incubation.Qualifications',
      ])
    ).flush({ totalCount: 0, items: [] });
    const page = await render();
    const createObjectURL = vi.fn(() => 'blob:candidates');
    Object.defineProperty(URL, 'createObjectURL', { value: createObjectURL, configurable: true });
    Object.defineProperty(URL, 'revokeObjectURL', { value: vi.fn(), configurable: true });
    let savedAs = '';
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      savedAs = this.download;
    });

    byTestId(page, 'candidate-export')!.click();
    await settle();
    const exported = http.expectOne((r) => r.url === `${LIST}/export`);
    expect(exported.request.params.get('kind')).toBe('TechSme');
    expect(exported.request.params.get('industryFieldCode')).toBe('101');
    expect(exported.request.params.has('skipCount')).toBe(false);
    expect(exported.request.params.has('maxResultCount')).toBe(false);
    exported.flush(new Blob(['xlsx']), {
      headers: {
        'Content-Disposition':
          "attachment; filename=candidates.xlsx; filename*=UTF-8''%E5%9F%B9%E8%82%B2%E5%90%8D%E5%8D%95.xlsx",
      },
    });
    await settle();

    expect(createObjectURL).toHaveBeenCalledTimes(1);
    expect(click).toHaveBeenCalledTimes(1);
    expect(savedAs).toBe('培育名单.xlsx');
    click.mockRestore();
  });
});

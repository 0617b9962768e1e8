import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { AppConfigStore } from '../../core/config/app-config.store';
import { Membership } from '../../cultivation/shared/cultivation-api.service';
import { testConfig } from '../../testing/app-config';
import { provideTestApp } from '../../testing/providers';
import { settle } from '../../testing/settle';
import { Enterprise } from '../shared/enterprise-api.service';
import { YearlyData } from '../yearly-data/yearly-data-api.service';
import { emptyFigures } from '../yearly-data/yearly-figures';
import { QualificationTabComponent } from '../qualifications/qualification-tab.component';
import { EnterpriseDetailPage } from './enterprise-detail.page';

const ENTERPRISE: Enterprise = {
  id: 'e1',
  name: '贵阳云岩星辰科技有限公司',
  unifiedSocialCreditCode: '91520103MA6DKQ5X1Y',
  creditCodeOverrideReason: null,
  legalRepresentative: null,
  establishedOn: '2019-05-20',
  registeredCapital: null,
  subDistrictCode: '520103019',
  subDistrictName: '大营路街道',
  address: null,
  industryFieldCode: '10101',
  industryFieldName: '基础软件',
  incubatorId: null,
  incubatorName: null,
  responsibleOfficerId: null,
  contacts: [],
  tags: [],
  isAboveScale: false,
  isSciTechService: false,
  isDemo: false,
  creationTime: '2026-01-01T00:00:00Z',
  lastModificationTime: null,
  concurrencyStamp: 'stamp-1',
};

function year(fiscalYear: number, status: YearlyData['status'], comment: string | null = null) {
  return {
    ...emptyFigures(),
    id: `y${fiscalYear}`,
    enterpriseId: 'e1',
    fiscalYear,
    status,
    provenance: 'EnteredByOfficer',
    salesRevenue: 12345678,
    returnComment: comment,
    submittedAt: null,
    verifiedAt: null,
    lastModificationTime: '2026-02-01T08:00:00Z',
    concurrencyStamp: `s${fiscalYear}`,
    figureSources: {},
  } satisfies YearlyData;
}

const YEARS: YearlyData[] = [
  year(2025, 'Returned', '研发费用口径有误，请按税务口径填报'),
  year(2024, 'Draft'),
  year(2023, 'Submitted'),
  year(2022, 'Verified'),
];

const MEMBERSHIPS: Membership[] = [
  {
    id: 'm1',
    enterpriseId: 'e1',
    status: 'Admitted',
    stage: 'Key',
    reason: '研发投入高',
    evidence: null,
    proposedAt: '2025-01-01T00:00:00Z',
    admittedAt: '2025-02-01T00:00:00Z',
    exitedAt: null,
    exitReason: null,
    rejectionReason: null,
    concurrencyStamp: 'ms1',
    events: [
      {
        kind: 'StageChanged',
        stage: 'Key',
        time: '2025-06-01T00:00:00Z',
        userName: '王科长',
        note: null,
      },
      {
        kind: 'Proposed',
        stage: null,
        time: '2025-01-01T00:00:00Z',
        userName: '李专员',
        note: null,
      },
      {
        kind: 'Admitted',
        stage: 'Reserve',
        time: '2025-02-01T00:00:00Z',
        userName: '王科长',
        note: '同意',
      },
    ],
  },
];

describe('EnterpriseDetailPage tabs', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<EnterpriseDetailPage>;
  const byTestId = (id: string) =>
    (fixture.nativeElement as HTMLElement).querySelector(`[data-testid="${id}"]`);

  async function open(policies: string[], expect: { ladders: boolean; years: boolean }) {
    TestBed.configureTestingModule({ providers: provideTestApp() });
    http = TestBed.inject(HttpTestingController);
    const loading = TestBed.inject(AppConfigStore).load();
    http.expectOne('/api/app/application-configuration').flush(
      testConfig({
        policies: ['Incubation.Enterprises', ...policies],
        texts: {
          'Enum:ScienceRung.HighTech': '高新技术企业',
          'Enum:MiitRung.None': '未入梯',
          'LadderPage:ValidUntil': '有效期至 {0}',
          'LadderPage:Science': '科技梯次：{0}',
          'LadderPage:Miit': '工信梯次：{0}',
        },
      }),
    );
    await loading;
    fixture = TestBed.createComponent(EnterpriseDetailPage);
    fixture.componentRef.setInput('id', 'e1');
    await settle();
    if (expect.ladders) {
      http
        .expectOne((r) => r.url === '/api/app/enterprises/e1/ladders')
        .flush({
          asOf: '2026-06-01',
          science: { rung: 'HighTech', validUntil: '2027-12-31' },
          miit: { rung: 'None', validUntil: null },
        });
    }
    http.expectOne('/api/app/enterprises/e1').flush(ENTERPRISE);
    await settle();
    if (expect.years) {
      http.expectOne('/api/app/enterprises/e1/yearly-data').flush(YEARS);
      await settle();
    }
  }

  afterEach(() => {
    http?.verify();
    fixture?.destroy();
  });

  it('offers editing, submitting and proposing to an officer with those permissions', async () => {
    await open(
      [
        'Incubation.YearlyData',
        'Incubation.YearlyData.Edit',
        'Incubation.Cultivation',
        'Incubation.Cultivation.Propose',
        'Incubation.Qualifications',
      ],
      { ladders: true, years: true },
    );

    expect(byTestId('ladder-science')?.textContent).toContain('高新技术企业');
    expect(byTestId('ladder-science')?.textContent).toContain('2027-12-31');
    expect(byTestId('ladder-miit')?.textContent).toContain('未入梯');
    expect(byTestId('enterprise-propose')).not.toBeNull();
    expect(byTestId('tab-yearly-data')).not.toBeNull();
    expect(byTestId('tab-pool')).not.toBeNull();

    expect(byTestId('yearly-row-2024')?.textContent).toContain('12,345,678');
    expect(byTestId('yearly-new')).not.toBeNull();
    expect(byTestId('yearly-submit-2024')).not.toBeNull();
    expect(byTestId('yearly-submit-2025')).not.toBeNull();
    expect(byTestId('yearly-returned-2025')?.textContent).toContain('研发费用口径有误');
    expect(byTestId('yearly-submit-2023')).toBeNull();
    expect(byTestId('yearly-verify-2023')).toBeNull();
    expect(byTestId('yearly-return-2023')).toBeNull();
    expect(byTestId('yearly-reopen-2022')).toBeNull();

    (byTestId('tab-pool') as HTMLElement).click();
    await settle();
    http.expectOne('/api/app/enterprises/e1/memberships').flush(MEMBERSHIPS);
    await settle();
    const events = fixture.nativeElement.querySelectorAll('[data-testid="pool-timeline-event"]');
    expect(events.length).toBe(3);
    expect(byTestId('pool-timeline')).not.toBeNull();
  });

  it('offers verifying, returning and reopening — and nothing else — to a verifier', async () => {
    await open(['Incubation.YearlyData', 'Incubation.YearlyData.Verify'], {
      ladders: false,
      years: true,
    });

    expect(byTestId('tab-yearly-data')).not.toBeNull();
    expect(byTestId('tab-pool')).toBeNull();
    expect(byTestId('enterprise-propose')).toBeNull();
    expect(byTestId('ladder-science')).toBeNull();
    expect(byTestId('yearly-new')).toBeNull();
    expect(byTestId('yearly-submit-2024')).toBeNull();
    expect(byTestId('yearly-edit-2024')).toBeNull();
    expect(byTestId('yearly-verify-2023')).not.toBeNull();
    expect(byTestId('yearly-return-2023')).not.toBeNull();
    expect(byTestId('yearly-reopen-2022')).not.toBeNull();
    expect(byTestId('yearly-verify-2024')).toBeNull();
  });

  it('reloads the ladder badges after a qualification is deleted on its tab', async () => {
    await open(['Incubation.Qualifications', 'Incubation.Qualifications.Manage'], {
      ladders: true,
      years: false,
    });
    expect(byTestId('tab-yearly-data')).toBeNull();
    expect(byTestId('tab-pool')).toBeNull();
    expect(byTestId('tab-qualifications')).not.toBeNull();
    await settle();
    const list = http.expectOne('/api/app/enterprises/e1/qualifications');
    list.flush([
      {
        id: 'q1',
        kind: 'HighTech',
        certificateNumber: 'GR202452000123',
        issuedOn: '2024-12-10',
        expiresOn: '2027-12-09',
        source: '',
        isValidToday: true,
      },
    ]);
    await settle();
    expect(byTestId('qualification-table')).not.toBeNull();
    expect(byTestId('qualification-delete-q1')).not.toBeNull();

    const tab = fixture.debugElement.query(
      (el) => el.componentInstance instanceof QualificationTabComponent,
    ).componentInstance as QualificationTabComponent;
    const deleting = tab['delete'](tab['rows']()[0]);
    http
      .expectOne({ method: 'DELETE', url: '/api/app/enterprises/e1/qualifications/q1' })
      .flush(null);
    await deleting;
    await settle();

    http.expectOne('/api/app/enterprises/e1/qualifications').flush([]);
    http.expectOne('/api/app/enterprises/e1/ladders').flush({
      asOf: '2026-06-01',
      science: { rung: 'None', validUntil: null },
      miit: { rung: 'None', validUntil: null },
    });
    await settle();
    expect(byTestId('ladder-science')?.getAttribute('data-rung')).toBe('None');
  });

  it('shows no tabs without the yearly-data and pool permissions', async () => {
    await open([], { ladders: false, years: false });
    expect(byTestId('enterprise-descriptions')).not.toBeNull();
    expect(byTestId('enterprise-tabs')).toBeNull();
    expect(byTestId('enterprise-propose')).toBeNull();
  });
});

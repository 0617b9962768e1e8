import { HttpTestingController, TestRequest } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { RouterTestingHarness } from '@angular/router/testing';
import { AppConfigStore } from '../../core/config/app-config.store';
import { Notifier } from '../../core/notify/notifier';
import { testConfig } from '../../testing/app-config';
import { provideTestApp } from '../../testing/providers';
import { settle } from '../../testing/settle';
import { chinaYear } from '../recertifications/recertification-query';
import { ApplicationCard, PIPELINE_STAGES, PipelineColumn } from './pipeline-api.service';
import { PipelinePage } from './pipeline.page';

const PIPELINE = '/api/app/certification-applications/pipeline';
const BATCHES = '/api/app/certification-applications/batches';
const BATCH = {
  id: 'b1',
  kind: 'TechSme',
  year: 2026,
  opensOn: '2026-06-01',
  closesOn: '2026-08-31',
  reviewOn: null,
  publicityOn: null,
  announcementOn: null,
  notice: null,
  concurrencyStamp: 'bs1',
};
const MANAGE = [
  'Incubation.Qualifications',
  'Incubation.Applications',
  'Incubation.Applications.Manage',
];

const CARD: ApplicationCard = {
  id: 'a1',
  enterpriseId: 'e1',
  enterpriseName: '贵阳云岩星辰科技有限公司',
  stage: 'Preparing',
  stageSince: '2026-01-01T00:00:00Z',
  completeness: 0.444,
  concurrencyStamp: 's1',
};

function columns(): PipelineColumn[] {
  return PIPELINE_STAGES.map((stage) =>
    stage === 'Preparing' ? { stage, count: 3, items: [CARD] } : { stage, count: 0, items: [] },
  );
}

interface PageApi {
  requestMove(card: ApplicationCard, stage: string): Promise<void>;
  pendingMove(): unknown;
}

describe('PipelinePage', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;

  async function open(url: string, policies: string[]): Promise<TestRequest> {
    TestBed.configureTestingModule({
      providers: provideTestApp([{ path: 'certification/pipeline', component: PipelinePage }]),
    });
    http = TestBed.inject(HttpTestingController);
    const loading = TestBed.inject(AppConfigStore).load();
    http.expectOne('/api/app/application-configuration').flush(
      testConfig({
        policies,
        texts: {
          'PipelinePage:More': '还有 {0} 条未显示',
          'PipelinePage:Stale': '已被他人修改',
        },
      }),
    );
    await loading;
    harness = await RouterTestingHarness.create();
    void harness.navigateByUrl(url);
    await settle();
    // The batch calendar above the columns: this year's TechSme batch only.
    http.expectOne((r) => r.url === BATCHES).flush([BATCH]);
    return http.expectOne((r) => r.url === PIPELINE);
  }

  async function render(): Promise<HTMLElement> {
    await settle();
    await harness.fixture.whenStable();
    return harness.routeNativeElement as HTMLElement;
  }

  const byTestId = (page: HTMLElement, id: string) =>
    page.querySelector(`[data-testid="${id}"]`) as HTMLElement | null;
  const component = () => harness.routeDebugElement!.componentInstance as PageApi;

  afterEach(() => http?.verify());

  it('asks for the kind and year in the URL and shows a column per stage', async () => {
    const request = await open('/certification/pipeline?kind=SrdiSme&year=2025', [
      'Incubation.Qualifications',
      'Incubation.Applications',
    ]);
    expect(request.request.params.get('kind')).toBe('SrdiSme');
    expect(request.request.params.get('year')).toBe('2025');
    expect(request.request.params.get('maxPerColumn')).toBe('50');
    request.flush(columns());
    const page = await render();

    expect(page.querySelectorAll('[data-testid^="pipeline-column-"]').length).toBe(8);
    expect(byTestId(page, 'pipeline-count-Preparing')?.textContent?.trim()).toBe('3');
    const card = byTestId(page, 'pipeline-card-a1')!;
    expect(card.querySelector('a')?.getAttribute('href')).toBe('/enterprises/e1');
    expect(card.querySelector('nz-progress')?.textContent).toContain('44%');
    expect(page.textContent).toContain('还有 2 条未显示');
    expect(byTestId(page, 'pipeline-kind-SrdiSme')?.getAttribute('aria-pressed')).toBe('true');
    expect(byTestId(page, 'pipeline-import')).toBeNull();
    // The SrdiSme board has no batch recorded; the reader cannot edit the calendar.
    expect(byTestId(page, 'batch-closesOn')).toBeNull();
    expect(byTestId(page, 'batch-edit')).toBeNull();
  });

  it('shows the batch dates of the board kind and lets a manager edit them with the stamp', async () => {
    (await open('/certification/pipeline?kind=TechSme', MANAGE)).flush(columns());
    const page = await render();
    expect(byTestId(page, 'batch-closesOn')?.textContent).toContain('2026-08-31');

    byTestId(page, 'batch-edit')!.click();
    await render();
    const calendar = harness.routeDebugElement!.query((d) => d.name === 'app-batch-calendar')
      .componentInstance as {
      draft: Record<string, Date | null>;
      save(): Promise<void>;
    };
    calendar.draft['closesOn'] = new Date(2026, 8, 15);
    const saving = calendar.save();
    const put = http.expectOne(
      (r) => r.url === `${BATCHES}/TechSme/${chinaYear()}` && r.method === 'PUT',
    );
    expect(put.request.body).toMatchObject({
      opensOn: '2026-06-01',
      closesOn: '2026-09-15',
      concurrencyStamp: 'bs1',
    });
    put.flush({ ...BATCH, closesOn: '2026-09-15', concurrencyStamp: 'bs2' });
    await settle();
    http.expectOne((r) => r.url === BATCHES).flush([{ ...BATCH, closesOn: '2026-09-15' }]);
    await saving;
  });

  it('exports the board of the kind and year shown', async () => {
    (await open('/certification/pipeline?kind=SrdiSme&year=2025', MANAGE)).flush(columns());
    const page = await render();

    byTestId(page, 'pipeline-export')!.click();
    const request = http.expectOne((r) => r.url === '/api/app/certification-applications/export');
    expect(request.request.params.get('kind')).toBe('SrdiSme');
    expect(request.request.params.get('year')).toBe('2025');
    expect(request.request.responseType).toBe('blob');
    request.flush(new Blob(['xlsx']));
  });

  it('asks for input before a move to Approved', async () => {
    (await open('/certification/pipeline', MANAGE)).flush(columns());
    const page = await render();
    expect(byTestId(page, 'pipeline-import')).not.toBeNull();

    await component().requestMove(CARD, 'Approved');
    expect(component().pendingMove()).toEqual({ card: CARD, stage: 'Approved' });
    http.expectNone((r) => r.url.endsWith('/move'));
  });

  it('shows the server message when a move is refused, and reloads', async () => {
    (await open('/certification/pipeline', MANAGE)).flush(columns());
    await render();
    const error = vi.spyOn(TestBed.inject(Notifier), 'error');

    const moving = component().requestMove(CARD, 'Submitted');
    await settle();
    const move = http.expectOne('/api/app/certification-applications/a1/move');
    expect(move.request.body).toEqual({ stage: 'Submitted', concurrencyStamp: 's1', note: null });
    move.flush(
      {
        status: 422,
        title: '不能移到该阶段',
        detail: '不能从准备材料移到已提交。',
        code: 'Incubation:MoveNotAllowed',
      },
      { status: 422, statusText: 'Unprocessable Entity' },
    );
    await moving;
    await settle();
    expect(error).toHaveBeenCalledWith(expect.stringContaining('不能'));
    http.expectOne((r) => r.url === PIPELINE).flush(columns());
  });

  it('says so and reloads when someone changed the application first', async () => {
    (await open('/certification/pipeline', MANAGE)).flush(columns());
    await render();
    const error = vi.spyOn(TestBed.inject(Notifier), 'error');

    const moving = component().requestMove(CARD, 'Submitted');
    await settle();
    http
      .expectOne('/api/app/certification-applications/a1/move')
      .flush(
        { status: 409, code: 'Incubation:ConcurrencyConflict' },
        { status: 409, statusText: 'Conflict' },
      );
    await moving;
    await settle();
    expect(error).toHaveBeenCalledWith('已被他人修改');
    const reload = http.expectOne((r) => r.url === PIPELINE);
    expect(reload.request.params.get('year')).toBe(String(chinaYear()));
    reload.flush(columns());
  });
});

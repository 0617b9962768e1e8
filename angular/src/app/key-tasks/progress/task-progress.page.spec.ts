import { HttpTestingController, TestRequest } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { RouterTestingHarness } from '@angular/router/testing';
import { AppConfigStore } from '../../core/config/app-config.store';
import { Notifier } from '../../core/notify/notifier';
import { testConfig } from '../../testing/app-config';
import { provideTestApp } from '../../testing/providers';
import { settle } from '../../testing/settle';
import { TaskProgress } from '../shared/key-task-api.service';
import { TaskProgressPage } from './task-progress.page';

const API = '/api/app/key-tasks/progress';

function row(change: Partial<TaskProgress> = {}): TaskProgress {
  return {
    keyTaskId: 't8',
    number: 8,
    section: '培育创新主体',
    title: '加快专精特新“小巨人”企业培育',
    responsibleUnitId: 'u-miit',
    responsibleUnitName: '区工业和信息化局',
    isLead: true,
    year: 2025,
    half: 1,
    noteId: null,
    text: null,
    updatedAt: null,
    concurrencyStamp: null,
    ...change,
  };
}

describe('TaskProgressPage', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;

  async function open(url: string): Promise<TestRequest> {
    TestBed.configureTestingModule({
      providers: provideTestApp([{ path: 'key-tasks/progress', component: TaskProgressPage }]),
    });
    http = TestBed.inject(HttpTestingController);
    const loading = TestBed.inject(AppConfigStore).load();
    http
      .expectOne('/api/app/application-configuration')
      .flush(testConfig({ policies: ['Incubation.KeyTasks', 'Incubation.KeyTasks.Progress'] }));
    await loading;
    harness = await RouterTestingHarness.create();
    void harness.navigateByUrl(url);
    await settle();
    http.match('/api/app/lookups/responsible-units').forEach((r) => r.flush([]));
    return http.expectOne((r) => r.url === API);
  }

  async function render(): Promise<HTMLElement> {
    await settle();
    await harness.fixture.whenStable();
    return harness.routeNativeElement as HTMLElement;
  }

  async function type(page: HTMLElement, text: string): Promise<void> {
    const area = page.querySelector('[data-testid="progress-text"]') as HTMLTextAreaElement;
    area.value = text;
    area.dispatchEvent(new Event('input'));
    await render();
  }

  afterEach(() => http?.verify());

  it("asks for the unit's sheet of the chosen half-year and saves a new note without a stamp", async () => {
    const sheet = await open('/key-tasks/progress?year=2025&half=1');
    expect([sheet.request.params.get('year'), sheet.request.params.get('half')]).toEqual([
      '2025',
      '1',
    ]);
    expect(sheet.request.params.has('responsibleUnitId')).toBe(false);
    sheet.flush([row()]);
    const page = await render();
    const save = page.querySelector('[data-testid="progress-save"]') as HTMLButtonElement;
    expect(save.disabled).toBe(true); // nothing written yet

    await type(page, '  已组织 12 家企业申报  ');
    save.click();
    await settle();
    const put = http.expectOne(API);
    expect(put.request.body).toEqual({
      keyTaskId: 't8',
      responsibleUnitId: 'u-miit',
      year: 2025,
      half: 1,
      text: '已组织 12 家企业申报',
      concurrencyStamp: null,
    });
    put.flush(
      row({
        noteId: 'n1',
        text: '已组织 12 家企业申报',
        concurrencyStamp: 'c1',
        updatedAt: '2025-07-01T02:00:00Z',
      }),
    );
    await settle();
    http
      .expectOne((r) => r.url === API)
      .flush([row({ noteId: 'n1', text: '已组织 12 家企业申报', concurrencyStamp: 'c1' })]);
  });

  it('reloads the sheet when someone else wrote the note first, and shows a refused field', async () => {
    const sheet = await open('/key-tasks/progress?year=2025&half=1');
    sheet.flush([row({ noteId: 'n1', text: '旧内容', concurrencyStamp: 'c1' })]);
    const page = await render();
    const error = vi.spyOn(TestBed.inject(Notifier), 'error');

    await type(page, '新内容');
    (page.querySelector('[data-testid="progress-save"]') as HTMLButtonElement).click();
    await settle();
    const put = http.expectOne(API);
    expect(put.request.body.concurrencyStamp).toBe('c1');
    put.flush(
      { status: 409, code: 'Incubation:ConcurrencyConflict' },
      { status: 409, statusText: 'Conflict' },
    );
    await settle();
    expect(error).toHaveBeenCalled();
    http
      .expectOne((r) => r.url === API)
      .flush([row({ noteId: 'n1', text: '别人写的', concurrencyStamp: 'c2' })]);
    const reloaded = await render();
    expect(
      (reloaded.querySelector('[data-testid="progress-text"]') as HTMLTextAreaElement).value,
    ).toBe('别人写的');

    await type(reloaded, 'x'.repeat(10));
    (reloaded.querySelector('[data-testid="progress-save"]') as HTMLButtonElement).click();
    await settle();
    http
      .expectOne(API)
      .flush(
        { status: 400, errors: { text: ['“进展情况”的长度不能超过 4000 个字符。'] } },
        { status: 400, statusText: 'Bad Request' },
      );
    const refused = await render();
    expect(refused.querySelector('[data-testid="progress-error"]')?.textContent).toContain(
      '进展情况',
    );
  });
});

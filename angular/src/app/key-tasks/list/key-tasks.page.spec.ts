import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { RouterTestingHarness } from '@angular/router/testing';
import { AppConfigStore } from '../../core/config/app-config.store';
import { testConfig } from '../../testing/app-config';
import { provideTestApp } from '../../testing/providers';
import { settle } from '../../testing/settle';
import { KeyTask } from '../shared/key-task-api.service';
import { KeyTasksPage } from './key-tasks.page';

const API = '/api/app/key-tasks';
const TASKS: KeyTask[] = [
  {
    id: 't1',
    number: 1,
    section: '重塑创新坐标',
    title: '强化政校、政所、政院科技创新合作',
    text: '依托贵州大学……',
    otherResponsible: null,
    units: [],
    concurrencyStamp: 's1',
  },
  {
    id: 't8',
    number: 8,
    section: '培育创新主体',
    title: '加快专精特新“小巨人”企业培育',
    text: '鼓励引导企业……',
    otherResponsible: '各街道<镇>',
    units: [
      { id: 'u-miit', name: '区工业和信息化局' },
      { id: 'u-bureau', name: '区科学技术局' },
    ],
    concurrencyStamp: 's8',
  },
];

describe('KeyTasksPage', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;

  async function open(policies: string[]): Promise<HTMLElement> {
    TestBed.configureTestingModule({
      providers: provideTestApp([{ path: 'key-tasks', component: KeyTasksPage }]),
    });
    http = TestBed.inject(HttpTestingController);
    const loading = TestBed.inject(AppConfigStore).load();
    http.expectOne('/api/app/application-configuration').flush(
      testConfig({
        policies,
        texts: {
          'KeyTasks:NoUnitYet': '尚未明确责任单位',
          'KeyTasks:WithoutUnitCount': '{0} 项任务尚未明确责任单位',
        },
      }),
    );
    await loading;
    harness = await RouterTestingHarness.create();
    void harness.navigateByUrl('/key-tasks');
    await settle();
    http.expectOne(API).flush(TASKS);
    http.match('/api/app/lookups/responsible-units').forEach((r) =>
      r.flush([
        { id: 'u-bureau', name: '区科学技术局' },
        { id: 'u-hr', name: '区人力资源和社会保障局' },
      ]),
    );
    return render();
  }

  async function render(): Promise<HTMLElement> {
    await settle();
    await harness.fixture.whenStable();
    return harness.routeNativeElement as HTMLElement;
  }

  afterEach(() => http?.verify());

  it('marks a task without a unit so the bureau assigns one, and shows the lead unit first', async () => {
    const page = await open(['Incubation.KeyTasks']);
    const rows = [...page.querySelectorAll('[data-testid="key-task-row"]')];
    expect(rows[0].querySelector('[data-testid="key-task-no-unit"]')?.textContent?.trim()).toBe(
      '尚未明确责任单位',
    );
    expect(rows[1].querySelectorAll('nz-tag')[0].textContent).toContain('区工业和信息化局');
    expect(page.querySelector('[data-testid="key-tasks-without-unit"]')?.textContent?.trim()).toBe(
      '1 项任务尚未明确责任单位',
    );
    expect(page.querySelector('[data-testid="key-task-edit"]')).toBeNull(); // a reader does not edit
  });

  it('lets the bureau assign units and sends the stamp it read', async () => {
    const page = await open(['Incubation.KeyTasks', 'Incubation.KeyTasks.Manage']);
    (page.querySelectorAll('[data-testid="key-task-edit"]')[0] as HTMLButtonElement).click();
    await render();
    const modal = harness.fixture.debugElement.query((d) => d.name === 'app-key-task-edit-modal');
    const form = modal.componentInstance.form();
    form.controls.unitIds.setValue(['u-bureau', 'u-hr']);
    form.controls.title.setValue(' 强化科技创新合作 ');
    (document.querySelector('[data-testid="key-task-save"]') as HTMLButtonElement).click();
    await settle();

    const put = http.expectOne(`${API}/t1`);
    expect(put.request.method).toBe('PUT');
    expect(put.request.body).toEqual({
      section: '重塑创新坐标',
      title: '强化科技创新合作',
      text: '依托贵州大学……',
      otherResponsible: null,
      unitIds: ['u-bureau', 'u-hr'],
      concurrencyStamp: 's1',
    });
    put.flush({
      ...TASKS[0],
      units: [{ id: 'u-bureau', name: '区科学技术局' }],
      concurrencyStamp: 's1b',
    });
    await settle();
    http.expectOne(API).flush(TASKS); // reloaded after saving
  });
});

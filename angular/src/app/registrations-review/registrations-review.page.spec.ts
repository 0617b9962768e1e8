import { HttpTestingController, TestRequest } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { By } from '@angular/platform-browser';
import { Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { AppConfigStore } from '../core/config/app-config.store';
import { ProfileChangeDto, RegistrationRequestDto } from '../proxy/models';
import { testConfig } from '../testing/app-config';
import { provideTestApp } from '../testing/providers';
import { settle } from '../testing/settle';
import { ProfileChangeCardComponent } from './profile-change-card.component';
import { RegistrationCardComponent } from './registration-card.component';
import { RegistrationsReviewPage } from './registrations-review.page';

const NEW: RegistrationRequestDto = {
  id: 'r1',
  kind: 'NewEnterprise',
  status: 'Pending',
  creditCode: '91520103MA6DKQ5X1Y',
  creditCodeOverrideReason: null,
  enterpriseName: '贵阳云岩星辰科技有限公司',
  subDistrictName: '大营路街道',
  industryFieldName: '基础软件',
  contactName: '张三',
  phoneNumber: '13808511234',
  email: 'zhang@example.com',
  emailConfirmed: true,
  submittedAt: '2026-11-20T02:00:00Z',
  reviewedAt: null,
  rejectionReason: null,
  existingEnterprise: null,
  concurrencyStamp: 'stamp-r1',
};
const CLAIM: RegistrationRequestDto = {
  ...NEW,
  id: 'r2',
  kind: 'Claim',
  enterpriseName: '贵州黔灵数据（服务）有限公司',
  creditCode: '91520103MA6DKQ5X2Z',
  emailConfirmed: false,
  existingEnterprise: {
    id: 'e2',
    name: '贵州黔灵数据科技有限公司',
    unifiedSocialCreditCode: '91520103MA6DKQ5X2Z',
    subDistrictName: '黔灵东路街道',
    incubatorName: null,
    legalRepresentative: '李四',
    userNames: ['王五'],
  },
  concurrencyStamp: 'stamp-r2',
};
const CHANGE: ProfileChangeDto = {
  id: 'c1',
  enterpriseId: 'e3',
  enterpriseName: '贵阳山水软件有限公司',
  current: {
    name: '贵阳山水软件有限公司',
    unifiedSocialCreditCode: '91520103MA6DKQ5X3A',
    creditCodeOverrideReason: null,
    subDistrictCode: '520103019',
    subDistrictName: '大营路街道',
  },
  proposed: {
    name: '贵州山水软件有限公司',
    unifiedSocialCreditCode: '91520103MA6DKQ5X3A',
    creditCodeOverrideReason: null,
    subDistrictCode: '520103019',
    subDistrictName: '大营路街道',
  },
  status: 'Pending',
  requestedByName: '赵六',
  requestedAt: '2026-11-21T02:00:00Z',
  reviewedAt: null,
  rejectionReason: null,
  concurrencyStamp: 'stamp-c1',
};

const LIST = '/api/app/registrations';
const CHANGES = '/api/app/profile-changes';

describe('RegistrationsReviewPage', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;
  const page = () => harness.routeNativeElement as HTMLElement;
  const byTestId = (id: string) => page().querySelector(`[data-testid="${id}"]`);

  /** The list request of a queue (the one asking for a page, not the badge's single item). */
  const listRequest = (url: string) =>
    http.expectOne((r) => r.url === url && r.params.get('maxResultCount') === '20');

  function flushCounts(registrations = 2, changes = 1): void {
    http
      .expectOne((r) => r.url === LIST && r.params.get('maxResultCount') === '1')
      .flush({ totalCount: registrations, items: [] });
    http
      .expectOne((r) => r.url === CHANGES && r.params.get('maxResultCount') === '1')
      .flush({ totalCount: changes, items: [] });
  }

  async function open(url: string, policies: string[]): Promise<void> {
    TestBed.configureTestingModule({
      providers: provideTestApp([{ path: 'registrations', component: RegistrationsReviewPage }]),
    });
    http = TestBed.inject(HttpTestingController);
    const loading = TestBed.inject(AppConfigStore).load();
    http.expectOne('/api/app/application-configuration').flush(
      testConfig({
        policies,
        texts: {
          'Review:Status.Pending': '待审核',
          'Review:Approved': '已通过：{0}',
        },
      }),
    );
    await loading;
    harness = await RouterTestingHarness.create();
    void harness.navigateByUrl(url);
    await settle();
  }

  /** Confirms the approve popconfirm of a card as the user would (the popover is an overlay). */
  async function confirmApprove(id: string): Promise<void> {
    (byTestId(`approve-${id}`) as HTMLButtonElement).click();
    await settle();
    const ok = document.querySelector<HTMLButtonElement>('.ant-popover-buttons .ant-btn-primary');
    expect(ok).not.toBeNull();
    ok!.click();
    await settle();
  }

  afterEach(() => {
    http?.verify();
    document.querySelectorAll('.cdk-overlay-container').forEach((e) => (e.innerHTML = ''));
  });

  it('lists pending registrations by default and keeps the status filter in the URL', async () => {
    await open('/registrations', ['Incubation.Registrations', 'Incubation.Registrations.Verify']);
    const pending = listRequest(LIST);
    expect(pending.request.params.get('status')).toBe('Pending');
    pending.flush({ totalCount: 2, items: [NEW, CLAIM] });
    flushCounts();
    await settle();
    expect(page().querySelectorAll('[data-testid="registration-card"]').length).toBe(2);
    expect(byTestId('review-pending-registrations')?.textContent).toContain('2');

    harness.fixture.debugElement
      .query(By.directive(RegistrationsReviewPage))
      .componentInstance['change']({ status: 'Rejected' });
    await settle();
    expect(TestBed.inject(Router).url).toBe('/registrations?status=Rejected');
    const rejected = listRequest(LIST);
    expect(rejected.request.params.get('status')).toBe('Rejected');
    rejected.flush({ totalCount: 0, items: [] });
    await settle();
    expect(byTestId('review-empty')).not.toBeNull();
  });

  it('shows a claim beside the registry record, the differing name marked', async () => {
    await open('/registrations', ['Incubation.Registrations']);
    listRequest(LIST).flush({ totalCount: 1, items: [CLAIM] });
    flushCounts(1, 0);
    await settle();

    const name = byTestId('compare-name')!;
    expect(name.classList).toContain('diff');
    expect(name.textContent).toContain('贵州黔灵数据（服务）有限公司');
    expect(name.textContent).toContain('贵州黔灵数据科技有限公司');
    expect(byTestId('compare-code')!.classList).not.toContain('diff');
    expect(byTestId('claim-accounts')?.textContent).toContain('王五');
    expect(byTestId('email-unconfirmed')).not.toBeNull();
    // Without the verify permission there is nothing to press.
    expect(byTestId('approve-r2')).toBeNull();
  });

  it('approves with the concurrency stamp, then reloads the queue', async () => {
    await open('/registrations', ['Incubation.Registrations', 'Incubation.Registrations.Verify']);
    listRequest(LIST).flush({ totalCount: 2, items: [NEW, CLAIM] });
    flushCounts();
    await settle();

    await confirmApprove('r1');
    const approve = http.expectOne({ method: 'POST', url: `${LIST}/r1/approve` });
    expect(approve.request.body).toEqual({ concurrencyStamp: 'stamp-r1' });
    approve.flush({ ...NEW, status: 'Approved' });
    await settle();

    listRequest(LIST).flush({ totalCount: 1, items: [CLAIM] });
    flushCounts(1, 1);
    await settle();
    expect(page().querySelectorAll('[data-testid="registration-card"]').length).toBe(1);
  });

  it('rejects with the reason and the stamp', async () => {
    await open('/registrations', ['Incubation.Registrations', 'Incubation.Registrations.Verify']);
    listRequest(LIST).flush({ totalCount: 2, items: [NEW, CLAIM] });
    flushCounts();
    await settle();

    (byTestId('reject-r2') as HTMLButtonElement).click();
    await settle();
    const reason = document.querySelector<HTMLTextAreaElement>('[data-testid="reject-reason"]')!;
    const confirm = document.querySelector<HTMLButtonElement>('[data-testid="reject-confirm"]')!;
    // A reason is required: nothing is sent without one.
    confirm.click();
    await settle();
    http.expectNone(`${LIST}/r2/reject`);

    reason.value = '  非该企业员工  ';
    reason.dispatchEvent(new Event('input'));
    confirm.click();
    await settle();
    const reject = http.expectOne({ method: 'POST', url: `${LIST}/r2/reject` });
    expect(reject.request.body).toEqual({ reason: '非该企业员工', concurrencyStamp: 'stamp-r2' });
    reject.flush({ ...CLAIM, status: 'Rejected', rejectionReason: '非该企业员工' });
    await settle();

    listRequest(LIST).flush({ totalCount: 1, items: [NEW] });
    flushCounts(1, 1);
    await settle();
  });

  it('says so and reloads when someone decided first (409)', async () => {
    await open('/registrations', ['Incubation.Registrations', 'Incubation.Registrations.Verify']);
    listRequest(LIST).flush({ totalCount: 1, items: [NEW] });
    flushCounts(1, 0);
    await settle();

    await confirmApprove('r1');
    http.expectOne({ method: 'POST', url: `${LIST}/r1/approve` }).flush(
      {
        status: 409,
        code: 'Incubation:ReviewAlreadyDecided',
        detail: '该申请已处理，请刷新后查看',
      },
      { status: 409, statusText: 'Conflict' },
    );
    await settle();

    listRequest(LIST).flush({ totalCount: 0, items: [] });
    flushCounts(0, 0);
    await settle();
    expect(document.body.textContent).toContain('该申请已处理，请刷新后查看');
  });

  it('approves and rejects key-field changes the same way, old → new shown', async () => {
    await open('/registrations?tab=changes', [
      'Incubation.Registrations',
      'Incubation.Registrations.Verify',
    ]);
    const list = listRequest(CHANGES);
    expect(list.request.params.get('status')).toBe('Pending');
    list.flush({ totalCount: 1, items: [CHANGE] });
    flushCounts();
    await settle();

    expect(byTestId('change-name')!.classList).toContain('diff');
    expect(byTestId('change-subDistrict')!.classList).not.toContain('diff');

    const card = harness.fixture.debugElement.query(By.directive(ProfileChangeCardComponent));
    (card.componentInstance as ProfileChangeCardComponent).approve.emit();
    await settle();
    const approve: TestRequest = http.expectOne({ method: 'POST', url: `${CHANGES}/c1/approve` });
    expect(approve.request.body).toEqual({ concurrencyStamp: 'stamp-c1' });
    approve.flush({ ...CHANGE, status: 'Approved' });
    await settle();
    listRequest(CHANGES).flush({
      totalCount: 1,
      items: [{ ...CHANGE, id: 'c2', concurrencyStamp: 'stamp-c2' }],
    });
    flushCounts(2, 1);
    await settle();

    const next = harness.fixture.debugElement.query(By.directive(ProfileChangeCardComponent));
    (next.componentInstance as ProfileChangeCardComponent).reject.emit();
    await settle();
    const reason = document.querySelector<HTMLTextAreaElement>('[data-testid="reject-reason"]')!;
    reason.value = '名称变更需提供核准通知书';
    reason.dispatchEvent(new Event('input'));
    document.querySelector<HTMLButtonElement>('[data-testid="reject-confirm"]')!.click();
    await settle();
    const reject = http.expectOne({ method: 'POST', url: `${CHANGES}/c2/reject` });
    expect(reject.request.body).toEqual({
      reason: '名称变更需提供核准通知书',
      concurrencyStamp: 'stamp-c2',
    });
    reject.flush({ ...CHANGE, id: 'c2', status: 'Rejected' });
    await settle();
    listRequest(CHANGES).flush({ totalCount: 0, items: [] });
    flushCounts(2, 0);
    await settle();
  });

  it('never shows the approve buttons of a decided registration', async () => {
    await open('/registrations?status=Approved', [
      'Incubation.Registrations',
      'Incubation.Registrations.Verify',
    ]);
    listRequest(LIST).flush({
      totalCount: 1,
      items: [{ ...NEW, status: 'Approved', reviewedAt: '2026-11-22T02:00:00Z' }],
    });
    flushCounts();
    await settle();
    expect(
      harness.fixture.debugElement.query(By.directive(RegistrationCardComponent)),
    ).not.toBeNull();
    expect(byTestId('approve-r1')).toBeNull();
  });
});

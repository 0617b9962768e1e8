import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture } from '@angular/core/testing';
import { NeedActionModalComponent } from '../../needs/shared/need-action-modal.component';
import { Need, NeedListItem } from '../../needs/shared/needs-api.service';
import { settle } from '../../testing/settle';
import { ENTERPRISE_ID, portalProfile, renderPortalPage } from '../shared/portal-testing';
import { PortalNeedsPage, sortForEnterprise } from './portal-needs.page';
import { RaiseNeedModalComponent } from './raise-need-modal.component';

const NEEDS_URL = '/api/app/needs';
const VISITS_URL = '/api/app/visits';
const UNITS_URL = '/api/app/lookups/responsible-units';

function item(overrides: Partial<NeedListItem>): NeedListItem {
  return {
    id: 'n1',
    enterpriseId: ENTERPRISE_ID,
    enterpriseName: '贵阳云岩星辰科技有限公司',
    category: 'Funding',
    description: '希望了解科技型企业贷款贴息政策',
    isBottleneck: false,
    status: 'Open',
    raisedOn: '2026-02-01',
    dueDate: '2026-03-01',
    isOverdue: false,
    redoCount: 0,
    responsibleUnitId: 'unit-1',
    responsibleUnitName: '区科技局',
    satisfaction: null,
    visitId: null,
    concurrencyStamp: 'ns-1',
    ...overrides,
  };
}

function detail(list: NeedListItem, overrides: Partial<Need> = {}): Need {
  return {
    ...list,
    source: 'Portal',
    answer: null,
    closedAt: null,
    unresolvableExplanation: null,
    allowedActions: [],
    events: [],
    ...overrides,
  };
}

describe('PortalNeedsPage', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<PortalNeedsPage>;
  const byTestId = (id: string) =>
    (fixture.nativeElement as HTMLElement).querySelector(
      `[data-testid="${id}"]`,
    ) as HTMLElement | null;
  const inDocument = (id: string) =>
    document.querySelector(`[data-testid="${id}"]`) as HTMLElement | null;

  const answered = item({ id: 'n2', status: 'Resolved', concurrencyStamp: 'ns-2' });
  const open = item({});

  async function render(): Promise<void> {
    ({ fixture, http } = await renderPortalPage(PortalNeedsPage, portalProfile(), {
      'Workspace:Needs.Step.Confirm': '已解决，确认并评价',
    }));
    http.expectOne(UNITS_URL).flush([{ id: 'unit-1', name: '区科技局' }]);
    const list = http.expectOne((r) => r.url === NEEDS_URL && r.method === 'GET');
    expect(list.request.params.get('enterpriseId')).toBe(ENTERPRISE_ID);
    list.flush({ totalCount: 2, items: [open, answered] });
    const visits = http.expectOne((r) => r.url === VISITS_URL);
    expect(visits.request.params.get('enterpriseId')).toBe(ENTERPRISE_ID);
    visits.flush({ totalCount: 0, items: [] });
    await settle();
    // An answered need is read at once: its answer is what the enterprise judges.
    http.expectOne(`${NEEDS_URL}/n2`).flush(
      detail(answered, {
        answer: '已对接合作银行，贴息申请已受理',
        allowedActions: ['Confirm', 'Reopen'],
      }),
    );
    await settle();
  }

  afterEach(() => {
    http?.verify();
    fixture?.destroy();
  });

  it('puts answered needs first', () => {
    expect(sortForEnterprise([open, answered]).map((n) => n.id)).toEqual(['n2', 'n1']);
  });

  it('confirms an answered need with a rating and the stamp it read', async () => {
    await render();
    expect(
      byTestId('need-n2')?.querySelector('[data-testid="need-answer"]')?.textContent,
    ).toContain('已对接合作银行');
    // The open need offers no step of the enterprise's.
    expect(byTestId('need-n1')?.querySelector('[data-testid="need-step-Confirm"]')).toBeNull();

    const confirm = byTestId('need-n2')!.querySelector(
      '[data-testid="need-step-Confirm"]',
    ) as HTMLButtonElement;
    expect(confirm.textContent).toContain('已解决，确认并评价');
    confirm.click();
    await settle();
    expect(inDocument('need-action-rating')).not.toBeNull();

    const modal = fixture.debugElement.query(
      (el) => el.componentInstance instanceof NeedActionModalComponent,
    ).componentInstance as NeedActionModalComponent;
    modal['form'].patchValue({ rating: 4, text: '办理及时' });
    const confirming = modal['confirm']();
    await settle();

    const request = http.expectOne({ method: 'POST', url: `${NEEDS_URL}/n2/actions` });
    expect(request.request.body).toEqual({
      action: 'Confirm',
      concurrencyStamp: 'ns-2',
      rating: 4,
      text: '办理及时',
      unitId: null,
    });
    request.flush(detail(answered, { status: 'Closed', satisfaction: 4 }));
    await confirming;
    await settle();

    // The list is read again and shows the need closed.
    http
      .expectOne((r) => r.url === NEEDS_URL && r.method === 'GET')
      .flush({ totalCount: 2, items: [open, { ...answered, status: 'Closed', satisfaction: 4 }] });
    await settle();
    expect(byTestId('need-n2')?.getAttribute('data-status')).toBe('Closed');
    expect(byTestId('need-n2')?.querySelector('[data-testid="need-step-Confirm"]')).toBeNull();
  });

  it('does not confirm without a rating', async () => {
    await render();
    (
      byTestId('need-n2')!.querySelector('[data-testid="need-step-Confirm"]') as HTMLElement
    ).click();
    await settle();

    const modal = fixture.debugElement.query(
      (el) => el.componentInstance instanceof NeedActionModalComponent,
    ).componentInstance as NeedActionModalComponent;
    await modal['confirm']();
    await settle();

    http.expectNone({ method: 'POST', url: `${NEEDS_URL}/n2/actions` });
  });

  it('raises a need for the own enterprise and leaves the unit to the bureau', async () => {
    await render();
    byTestId('need-raise')!.click();
    await settle();
    expect(inDocument('raise-description')).not.toBeNull();

    const raise = fixture.debugElement.query(
      (el) => el.componentInstance instanceof RaiseNeedModalComponent,
    ).componentInstance as RaiseNeedModalComponent;
    raise['form'].patchValue({ category: 'Talent', description: ' 需要引进高级工程师 ' });
    inDocument('raise-submit')!.click();
    await settle();

    const request = http.expectOne({ method: 'POST', url: NEEDS_URL });
    expect(request.request.body).toEqual({
      enterpriseId: ENTERPRISE_ID,
      category: 'Talent',
      description: '需要引进高级工程师',
      isBottleneck: false,
      responsibleUnitId: null,
    });
    request.flush(detail(item({ id: 'n3', category: 'Talent' })));
    await settle();
    http
      .expectOne((r) => r.url === NEEDS_URL && r.method === 'GET')
      .flush({ totalCount: 3, items: [open, answered, item({ id: 'n3' })] });
    await settle();
    http.match(`${NEEDS_URL}/n2`).forEach((r) => r.flush(detail(answered)));
    await settle();
    expect(byTestId('need-n3')).not.toBeNull();
  });
});

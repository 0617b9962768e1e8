import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture } from '@angular/core/testing';
import { By } from '@angular/platform-browser';
import { settle } from '../../testing/settle';
import { Colleague } from '../shared/portal-api.service';
import { portalProfile, renderPortalPage } from '../shared/portal-testing';
import { PortalColleaguesPage } from './portal-colleagues.page';

const URL = '/api/portal/colleagues';
const COLLEAGUES: Colleague[] = [
  {
    id: 'u1',
    displayName: '张三',
    email: 'zhang@example.com',
    phoneNumber: '13800000000',
    isAdmin: true,
    emailConfirmed: true,
    isCurrentUser: true,
  },
  {
    id: 'u2',
    displayName: '李四',
    email: 'li@example.com',
    phoneNumber: null,
    isAdmin: false,
    emailConfirmed: false,
    isCurrentUser: false,
  },
];

describe('PortalColleaguesPage', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<PortalColleaguesPage>;
  const byTestId = (id: string) =>
    (fixture.nativeElement as HTMLElement).querySelector(
      `[data-testid="${id}"]`,
    ) as HTMLElement | null;
  // The modal's content lives in the overlay, outside the fixture.
  const inDocument = (id: string) =>
    document.querySelector(`[data-testid="${id}"]`) as HTMLElement | null;

  async function open(isAdmin: boolean): Promise<void> {
    ({ fixture, http } = await renderPortalPage(PortalColleaguesPage, portalProfile({ isAdmin })));
    http.expectOne({ method: 'GET', url: URL }).flush(COLLEAGUES);
    await settle();
  }

  afterEach(() => {
    http?.verify();
    fixture?.destroy();
  });

  it('shows the list read-only to a colleague who is not the administrator', async () => {
    await open(false);

    expect(byTestId('colleague-u1')?.textContent).toContain('张三');
    expect(byTestId('colleague-u2')?.textContent).toContain('li@example.com');
    expect(byTestId('colleague-invite')).toBeNull();
    expect(byTestId('colleague-remove-u1')).toBeNull();
    expect(byTestId('colleague-remove-u2')).toBeNull();
  });

  it('lets the administrator invite a colleague', async () => {
    await open(true);
    expect(byTestId('colleague-remove-u1')).toBeNull(); // not oneself

    byTestId('colleague-invite')!.click();
    await settle();
    expect(inDocument('invite-email')).not.toBeNull();
    fixture.componentInstance['form'].setValue({
      displayName: ' 王五 ',
      email: 'wang@example.com',
      phoneNumber: '',
    });
    inDocument('invite-submit')!.click();
    await settle();

    const request = http.expectOne({ method: 'POST', url: URL });
    expect(request.request.body).toEqual({
      displayName: '王五',
      email: 'wang@example.com',
      phoneNumber: null,
    });
    request.flush({ ...COLLEAGUES[1], id: 'u3', displayName: '王五', email: 'wang@example.com' });
    await settle();
    http.expectOne({ method: 'GET', url: URL }).flush(COLLEAGUES);
    await settle();
  });

  it('shows a taken email beside the field', async () => {
    await open(true);
    byTestId('colleague-invite')!.click();
    await settle();
    fixture.componentInstance['form'].setValue({
      displayName: '王五',
      email: 'li@example.com',
      phoneNumber: '13900000000',
    });
    inDocument('invite-submit')!.click();
    await settle();

    http
      .expectOne({ method: 'POST', url: URL })
      .flush(
        { status: 400, errors: { email: ['该邮箱已注册'] } },
        { status: 400, statusText: 'Bad Request' },
      );
    await settle();

    expect(inDocument('error-email')?.textContent).toContain('该邮箱已注册');
  });

  it('lets the administrator remove a colleague once confirmed', async () => {
    await open(true);
    const remove = fixture.debugElement.query(By.css('[data-testid="colleague-remove-u2"]'));
    expect(remove).not.toBeNull();

    remove.nativeElement.click();
    await settle();
    http.expectNone({ method: 'DELETE', url: `${URL}/u2` });
    remove.triggerEventHandler('nzOnConfirm');
    await settle();

    http.expectOne({ method: 'DELETE', url: `${URL}/u2` }).flush(null);
    await settle();
    http.expectOne({ method: 'GET', url: URL }).flush([COLLEAGUES[0]]);
    await settle();
    expect(byTestId('colleague-u2')).toBeNull();
  });
});

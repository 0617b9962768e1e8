import { HttpTestingController, TestRequest } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { AppConfigStore } from '../../core/config/app-config.store';
import { computeCheckCharacter } from '../../enterprises/shared/credit-code';
import { testConfig } from '../../testing/app-config';
import { provideTestApp } from '../../testing/providers';
import { settle } from '../../testing/settle';
import { RegisterPage } from './register.page';

const FIRST17 = '91520103MA6DKQ5X1';
const CODE = FIRST17 + computeCheckCharacter(FIRST17);
/** The same code with a wrong check character (still well-formed). */
const OFF_CODE = FIRST17 + (computeCheckCharacter(FIRST17) === '0' ? '1' : '0');
const TECH_FIELDS = [
  { code: '10', level: 1, parentCode: null, name: '电子信息' },
  { code: '101', level: 2, parentCode: '10', name: '软件' },
  { code: '10101', level: 3, parentCode: '101', name: '基础软件' },
];
const SVG = '<svg xmlns="http://www.w3.org/2000/svg"><text>7 + 5 = ?</text></svg>';

describe('RegisterPage', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<RegisterPage>;
  const page = () => fixture.nativeElement as HTMLElement;
  const byTestId = (id: string) => page().querySelector(`[data-testid="${id}"]`);
  const form = () => fixture.componentInstance['form'];

  function challenge(token: string): void {
    http.expectOne('/api/portal/registration/challenge').flush({ token, imageSvg: SVG });
  }

  async function open(): Promise<void> {
    TestBed.configureTestingModule({ providers: provideTestApp() });
    http = TestBed.inject(HttpTestingController);
    const loading = TestBed.inject(AppConfigStore).load();
    http.expectOne('/api/app/application-configuration').flush(
      testConfig({
        authenticated: false,
        texts: {
          'Registration:SentText': '我们已向 {0} 发送确认邮件',
          'Registration:TooManyAttempts': '提交过于频繁',
        },
      }),
    );
    await loading;

    fixture = TestBed.createComponent(RegisterPage);
    await settle();
    http
      .expectOne('/api/app/lookups/sub-districts')
      .flush([{ code: '520103019', name: '大营路街道', kind: '街道' }]);
    http.expectOne('/api/app/lookups/tech-fields').flush(TECH_FIELDS);
    challenge('token-1');
    await settle();
  }

  function fill(change: Record<string, unknown> = {}): void {
    form().patchValue({
      unifiedSocialCreditCode: CODE,
      enterpriseName: '贵阳云岩星辰科技有限公司',
      subDistrictCode: '520103019',
      industryFieldCode: ['10', '101', '10101'],
      contactName: '张三',
      phoneNumber: '138 0851 1234',
      email: 'zhang@example.com',
      password: 'Secret1!',
      confirmPassword: 'Secret1!',
      acceptTerms: true,
      challengeAnswer: '12',
      ...change,
    });
  }

  async function submit(): Promise<TestRequest> {
    const sending = fixture.componentInstance['submit']();
    const request = http.expectOne({ method: 'POST', url: '/api/portal/registration' });
    return Object.assign(request, { sending });
  }

  async function fail(request: TestRequest, body: object, status: number): Promise<void> {
    request.flush(body, { status, statusText: 'Error' });
    await settle();
    challenge('token-2');
    await (request as TestRequest & { sending: Promise<void> }).sending;
    await settle();
  }

  afterEach(() => http?.verify());

  it('shows the sum as an image and sends the form with the challenge token', async () => {
    await open();
    const image = byTestId('challenge-image') as HTMLImageElement;
    expect(image.getAttribute('src')).toBe(
      `data:image/svg+xml;charset=utf-8,${encodeURIComponent(SVG)}`,
    );

    fill({ unifiedSocialCreditCode: CODE.toLowerCase() });
    const request = await submit();
    expect(request.request.body).toEqual({
      unifiedSocialCreditCode: CODE,
      creditCodeOverrideReason: null,
      enterpriseName: '贵阳云岩星辰科技有限公司',
      subDistrictCode: '520103019',
      industryFieldCode: '10101',
      contactName: '张三',
      phoneNumber: '138 0851 1234',
      email: 'zhang@example.com',
      password: 'Secret1!',
      acceptTerms: true,
      challengeToken: 'token-1',
      challengeAnswer: '12',
    });
    request.flush('{"email":"zhang@example.com"}', { status: 202, statusText: 'Accepted' });
    await settle();

    expect(byTestId('register-sent')?.textContent).toContain(
      '我们已向 zhang@example.com 发送确认邮件',
    );
    expect(byTestId('register-submit')).toBeNull();
  });

  it('shows the 400 field errors beside their fields and draws a new sum', async () => {
    await open();
    fill();
    const request = await submit();
    await fail(
      request,
      {
        status: 400,
        code: 'Incubation:ValidationFailed',
        detail: '该邮箱已注册 验证算式答案不正确',
        errors: {
          email: ['该邮箱已注册，请直接登录或使用其他邮箱'],
          challengeAnswer: ['验证算式答案不正确，请重新计算'],
        },
      },
      400,
    );

    expect(byTestId('error-email')?.textContent).toContain('该邮箱已注册');
    expect(byTestId('error-challengeAnswer')?.textContent).toContain('验证算式答案不正确');
    expect(byTestId('register-error')).toBeNull();
    // A new sum, an empty answer, and the next attempt carries the new token.
    expect(form().controls.challengeAnswer.value).toBe('');
    form().patchValue({ email: 'li@example.com', challengeAnswer: '9' });
    const retry = await submit();
    expect(retry.request.body).toMatchObject({ challengeToken: 'token-2', challengeAnswer: '9' });
    retry.flush('', { status: 202, statusText: 'Accepted' });
    await settle();
  });

  it('draws a new sum after a refusal without field errors too (429)', async () => {
    await open();
    fill();
    const request = await submit();
    await fail(
      request,
      {
        status: 429,
        code: 'Incubation:RegistrationRateLimited',
        detail: '提交过于频繁，请稍后再试',
      },
      429,
    );

    expect(byTestId('register-error')?.textContent).toContain('提交过于频繁，请稍后再试');
    expect(fixture.componentInstance['challenge']()?.token).toBe('token-2');
  });

  it('offers the override reason when the server finds the check character off', async () => {
    await open();
    expect(byTestId('field-creditCodeOverrideReason')).toBeNull();
    fill();
    const request = await submit();
    await fail(
      request,
      {
        status: 400,
        errors: {
          unifiedSocialCreditCode: ['统一社会信用代码的校验码不符，如确认代码无误，请填写说明'],
        },
      },
      400,
    );

    expect(byTestId('error-unifiedSocialCreditCode')?.textContent).toContain('校验码不符');
    expect(byTestId('field-creditCodeOverrideReason')).not.toBeNull();

    form().patchValue({ creditCodeOverrideReason: '营业执照上即为此代码', challengeAnswer: '3' });
    const retry = await submit();
    expect(retry.request.body).toMatchObject({
      creditCodeOverrideReason: '营业执照上即为此代码',
      challengeToken: 'token-2',
    });
    retry.flush('', { status: 202, statusText: 'Accepted' });
    await settle();
  });

  it('asks for the override reason before sending a code whose check character is off', async () => {
    await open();
    fill({ unifiedSocialCreditCode: OFF_CODE });
    await settle();
    expect(byTestId('field-creditCodeOverrideReason')).not.toBeNull();

    await fixture.componentInstance['submit']();
    await settle();
    http.expectNone('/api/portal/registration');
    expect(form().controls.creditCodeOverrideReason.hasError('required')).toBe(true);
    expect(byTestId('error-creditCodeOverrideReason')).not.toBeNull();
  });

  it('checks the mobile number and the repeated password on this side', async () => {
    await open();
    fill({ phoneNumber: '0851-1234567', confirmPassword: 'Other1!' });
    await fixture.componentInstance['submit']();
    await settle();

    http.expectNone('/api/portal/registration');
    expect(byTestId('error-phoneNumber')).not.toBeNull();
    expect(byTestId('error-confirmPassword')).not.toBeNull();
  });
});

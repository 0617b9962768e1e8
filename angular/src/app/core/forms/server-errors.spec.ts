import { FormArray, FormControl, FormGroup, Validators } from '@angular/forms';
import {
  applyServerErrors,
  clearServerErrors,
  controlFieldName,
  toControlPath,
} from './server-errors';

function enterpriseLikeForm() {
  return new FormGroup({
    name: new FormControl('', Validators.required),
    unifiedSocialCreditCode: new FormControl('91520103MA6DKQ5X1Y'),
    contacts: new FormArray([
      new FormGroup({ name: new FormControl('张三'), phone: new FormControl('') }),
      new FormGroup({ name: new FormControl('李四'), phone: new FormControl('') }),
    ]),
  });
}

describe('toControlPath', () => {
  it('reads camelCase, indexed and PascalCase server names', () => {
    expect(toControlPath('unifiedSocialCreditCode')).toEqual(['unifiedSocialCreditCode']);
    expect(toControlPath('contacts[1].phone')).toEqual(['contacts', 1, 'phone']);
    expect(toControlPath('Contacts[0].Phone')).toEqual(['contacts', 0, 'phone']);
    expect(toControlPath('$.establishedOn')).toEqual(['establishedOn']);
  });
});

describe('applyServerErrors', () => {
  it('puts each message on its control and marks it touched', () => {
    const form = enterpriseLikeForm();
    const unmatched = applyServerErrors(form, {
      unifiedSocialCreditCode: ['校验位不正确'],
      'contacts[1].phone': ['电话过长'],
    });

    const code = form.controls.unifiedSocialCreditCode;
    expect(code.errors).toEqual({ server: '校验位不正确' });
    expect(code.touched && code.dirty).toBe(true);
    expect(form.get(['contacts', 1, 'phone'])?.getError('server')).toBe('电话过长');
    expect(form.get(['contacts', 0, 'phone'])?.errors).toBeNull();
    expect(unmatched).toEqual([]);
  });

  it('returns the messages no control matches', () => {
    const form = enterpriseLikeForm();
    expect(applyServerErrors(form, { '': ['整体错误'], unknownField: ['?'] })).toEqual([
      '整体错误',
      '?',
    ]);
  });

  it('keeps client errors beside server errors, and a new value clears the server error', () => {
    const form = enterpriseLikeForm();
    applyServerErrors(form, { name: ['名称已存在'] });
    expect(form.controls.name.errors).toEqual({ required: true, server: '名称已存在' });

    form.controls.name.setValue('新名称');
    expect(form.controls.name.errors).toBeNull();
  });

  it('clearServerErrors removes only server errors', () => {
    const form = enterpriseLikeForm();
    applyServerErrors(form, { name: ['x'], 'contacts[0].phone': ['y'] });
    clearServerErrors(form);
    expect(form.controls.name.errors).toEqual({ required: true });
    expect(form.get(['contacts', 0, 'phone'])?.errors).toBeNull();
  });
});

describe('controlFieldName', () => {
  it('names a control as the server does', () => {
    const form = enterpriseLikeForm();
    expect(controlFieldName(form.controls.unifiedSocialCreditCode)).toBe('unifiedSocialCreditCode');
    expect(controlFieldName(form.get(['contacts', 1, 'phone'])!)).toBe('contacts[1].phone');
  });
});

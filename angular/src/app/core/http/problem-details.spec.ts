import { HttpErrorResponse } from '@angular/common/http';
import { problemMessage, toProblemDetails } from './problem-details';

describe('toProblemDetails', () => {
  it('reads a parsed body', () => {
    const error = new HttpErrorResponse({
      status: 409,
      error: { status: 409, code: 'Incubation:ConcurrencyConflict', detail: '已被他人修改' },
    });
    expect(toProblemDetails(error)).toMatchObject({
      status: 409,
      code: 'Incubation:ConcurrencyConflict',
    });
  });

  it('parses a text body (calls that expect no content)', () => {
    const error = new HttpErrorResponse({
      status: 401,
      error: JSON.stringify({ detail: '用户名或密码错误' }),
    });
    expect(toProblemDetails(error)).toEqual({ detail: '用户名或密码错误', status: 401 });
  });

  it('prefers the detail, then the first field error', () => {
    expect(problemMessage({ detail: 'd', errors: { a: ['e'] } })).toBe('d');
    expect(problemMessage({ errors: { a: ['e'] }, title: 't' })).toBe('e');
    expect(problemMessage({})).toBeNull();
  });
});

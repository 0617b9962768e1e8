import { KeyTask } from './key-task-api.service';
import { keyTaskForm, toKeyTaskUpdate } from './key-task-form';

const TASK: KeyTask = {
  id: 't1',
  number: 8,
  section: '培育创新主体',
  title: '加快专精特新“小巨人”企业培育',
  text: '鼓励引导企业走“专精特新”的道路。',
  otherResponsible: '各街道<镇>',
  units: [
    { id: 'u-miit', name: '区工业和信息化局' },
    { id: 'u-bureau', name: '区科学技术局' },
  ],
  concurrencyStamp: 'stamp-1',
};

describe('key task form', () => {
  it('starts from the task with its units lead first', () => {
    const form = keyTaskForm(TASK);
    expect(form.controls.unitIds.value).toEqual(['u-miit', 'u-bureau']);
    expect(form.controls.otherResponsible.value).toBe('各街道<镇>');
    expect(form.valid).toBe(true);
  });

  it('requires a title and keeps it within the server limit', () => {
    const form = keyTaskForm(TASK);
    form.controls.title.setValue('');
    expect(form.controls.title.hasError('required')).toBe(true);
    form.controls.title.setValue('长'.repeat(201));
    expect(form.controls.title.hasError('maxlength')).toBe(true);
  });

  it('sends trimmed texts, no empty "other", each unit once and the stamp it read', () => {
    const form = keyTaskForm({ ...TASK, units: [] });
    form.patchValue({
      title: '  新的任务名称 ',
      otherResponsible: '   ',
      unitIds: ['u2', 'u1', 'u2'],
    });
    expect(toKeyTaskUpdate(form, 'stamp-1')).toEqual({
      section: '培育创新主体',
      title: '新的任务名称',
      text: '鼓励引导企业走“专精特新”的道路。',
      otherResponsible: null,
      unitIds: ['u2', 'u1'],
      concurrencyStamp: 'stamp-1',
    });
  });
});

import { NzCascaderOption } from 'ng-zorro-antd/cascader';
import { TechField } from './lookups.service';

/** The level enterprises are classified at (国家重点支持的高新技术领域, third level). */
export const TECH_FIELD_LEAF_LEVEL = 3;

/** Cascader options (level 1 → 2 → 3) from the flat list. */
export function buildTechFieldOptions(fields: readonly TechField[]): NzCascaderOption[] {
  const byParent = new Map<string | null, TechField[]>();
  for (const field of fields) {
    const parent = field.parentCode ?? null;
    byParent.set(parent, [...(byParent.get(parent) ?? []), field]);
  }
  const build = (parent: string | null): NzCascaderOption[] =>
    (byParent.get(parent) ?? []).map((field) => {
      const children = build(field.code);
      return children.length > 0 && Number(field.level) < TECH_FIELD_LEAF_LEVEL
        ? { value: field.code, label: field.name, children }
        : { value: field.code, label: field.name, isLeaf: true };
    });
  return build(null);
}

/** The codes from the top level down to `code` (what the cascader holds), or [] when unknown. */
export function techFieldPath(
  fields: readonly TechField[],
  code: string | null | undefined,
): string[] {
  const byCode = new Map(fields.map((f) => [f.code, f]));
  const path: string[] = [];
  for (
    let current = code ? byCode.get(code) : undefined;
    current;
    current = byCode.get(current.parentCode ?? '')
  ) {
    path.unshift(current.code);
    if (path.length > TECH_FIELD_LEAF_LEVEL) {
      break;
    }
  }
  return path;
}

import type { FormField } from '../../functions/core/catalogue/form-field.js';
import type { ItemVersion } from '../../functions/core/catalogue/item-version.js';
import { creditCodeCheckChar } from '../../functions/core/identity/credit-code.js';
import { residentIdCheckChar } from '../../functions/core/identity/resident-id.js';

/** mulberry32: a small seeded generator, so the demo history is the same on every machine. */
export function seededRandom(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!,
    chance: (p: number) => next() < p,
  };
}
export type Random = ReturnType<typeof seededRandom>;

/** The name lists demo people (applicants and staff) are named from. */
export const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴', '徐', '孙', '胡', '朱', '高', '林', '何', '郭', '马', '罗'];
export const GIVEN = ['建国', '秀英', '桂兰', '志强', '玉梅', '德明', '春花', '海燕', '国庆', '淑珍', '文华', '长江', '丽娟', '永平', '金凤', '小军'];
const VILLAGES = ['青石村', '白河村', '柳林村', '东山村', '南湾村', '杏花村'];

/** A valid resident ID number (GB 11643 check character) of someone born in `year`. */
export function demoIdNumber(random: Random, year: number): string {
  const first17 = `320${random.int(100, 999)}${year}${String(random.int(1, 12)).padStart(2, '0')}${String(random.int(1, 28)).padStart(2, '0')}${random.int(100, 999)}`;
  return first17 + residentIdCheckChar(first17);
}

/** A valid unified social credit code (GB 32100 check character). */
export function demoCreditCode(random: Random): string {
  const first17 = `92320${random.int(100, 999)}MA${String(random.int(1_000_000, 9_999_999))}`.slice(0, 17);
  return first17 + creditCodeCheckChar(first17);
}

/** Answers to an item's situation questions: the first option of each question that is asked. */
export function demoVariantAnswers(version: ItemVersion, random: Random): Record<string, string> {
  const answers: Record<string, string> = {};
  for (const q of version.questions) {
    if (q.askWhen && !Object.entries(q.askWhen).every(([k, v]) => answers[k] === v)) continue;
    answers[q.id] = random.chance(0.75) ? q.options[0]!.value : random.pick(q.options).value;
  }
  return answers;
}

/** A plausible answer to every field of an item's form, valid by its type and limits. */
export function demoAnswers(version: ItemVersion, random: Random): Record<string, unknown> {
  const name = random.pick(SURNAMES) + random.pick(GIVEN);
  const village = random.pick(VILLAGES);
  // Old-age items ask for someone over 80; others for adults of working age.
  const old = /高龄|老年|养老/.test(version.name['zh-CN']);
  const birthYear = old ? random.int(1930, 1944) : random.int(1960, 1995);
  const value = (f: FormField): unknown => {
    switch (f.type) {
      case 'text':
        return /name|姓名/i.test(f.id) || /姓名|名称/.test(f.label['zh-CN']) ? name : '按申请材料所述';
      case 'address':
        return `${village} ${random.int(1, 9)} 组 ${random.int(1, 60)} 号`;
      case 'number': {
        const min = f.min ?? 1;
        const max = f.max ?? Math.max(min + 10, 10);
        return Math.min(max, Math.max(min, random.int(Math.ceil(min), Math.floor(Math.min(max, min + 200)))));
      }
      case 'date':
        return `${random.int(2024, 2025)}-${String(random.int(1, 12)).padStart(2, '0')}-${String(random.int(1, 28)).padStart(2, '0')}`;
      case 'choice':
        return random.chance(0.7) ? f.options![0]!.value : random.pick(f.options!).value;
      case 'id_number':
        return demoIdNumber(random, birthYear);
      case 'phone':
        return `1${random.pick(['38', '39', '58', '77', '86'])}${String(random.int(10_000_000, 99_999_999))}`;
      case 'credit_code':
        return demoCreditCode(random);
    }
  };
  return Object.fromEntries(version.formFields.map((f) => [f.id, value(f)]));
}

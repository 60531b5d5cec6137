/**
 * Chinese personal names for salespeople and supervisors: a common surname and a one- or two-character
 * given name, drawn without repeats so every name in the Salespeople list is unique.
 */
import type { Random } from "./random";

// The most common surnames, roughly in order of frequency, so 王/李/张 appear most often.
const SURNAMES =
  "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤".split(
    "",
  );

const GIVEN_CHARS =
  "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红鹏辉建国峰婷燕晨雪琳浩宇欣怡子轩梓涵俊凯文博志宏海波健斌鑫佳慧颖倩雯瑞晓东亮飞龙云翔雅琪思远嘉诚家乐天佑永康立新春梅秋菊小兵德胜振华".split(
    "",
  );

/**
 * Draws `count` distinct full names. Two-character given names dominate, as in the population; the
 * first draws lean towards frequent surnames.
 *
 * @example drawNames(random, 3) // ["王伟", "李思远", "张婷"]
 */
export function drawNames(random: Random, count: number): string[] {
  const taken = new Set<string>();
  const names: string[] = [];
  while (names.length < count) {
    // Squaring a uniform draw skews the surname index towards the front of the frequency list.
    const u = random.next();
    const surname = SURNAMES[Math.floor(u * u * SURNAMES.length)];
    const given = random.chance(0.7)
      ? random.pick(GIVEN_CHARS) + random.pick(GIVEN_CHARS)
      : random.pick(GIVEN_CHARS);
    const name = surname + given;
    if (taken.has(name)) continue;
    taken.add(name);
    names.push(name);
  }
  return names;
}

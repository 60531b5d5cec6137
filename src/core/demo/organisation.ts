/**
 * The sales organisation behind the demo data: regions and their supervisors, salespeople, their
 * customers and the product catalogue. Later steps (targets, visits, market items) draw from it.
 */
import type { CustomerStatusKey, CustomerTypeKey } from "../model";
import type { Day } from "../periods/day";
import type { Lang, Localized } from "../schema/types";
import { drawNames } from "./people";
import { type City, REGIONS, type Region, officeName } from "./places";
import { type Random, Weights } from "./random";

export interface DemoRegion {
  readonly name: string;
  readonly supervisor: string;
  readonly source: Region;
}

export interface DemoPerson {
  readonly id: string;
  readonly name: string;
  readonly region: number;
  readonly city: City;
  readonly office: string;
  readonly active: boolean;
  /** How well this person sells, around 1: scales orders, so achievements differ between people. */
  readonly skill: number;
  /** Indices into `customers` of the customers this person owns and may visit (not churned). */
  readonly visitable: number[];
}

export interface DemoCustomer {
  readonly id: string;
  readonly name: string;
  readonly type: CustomerTypeKey;
  readonly status: CustomerStatusKey;
  readonly owner: number;
  readonly area: string;
  readonly since: Day;
}

export interface DemoProduct {
  readonly code: string;
  readonly name: string;
  readonly category: string;
  readonly unitPrice: number;
  readonly unitCost: number;
  /** Relative share of orders. */
  readonly popularity: number;
}

export interface Organisation {
  readonly regions: readonly DemoRegion[];
  readonly people: readonly DemoPerson[];
  readonly customers: readonly DemoCustomer[];
  readonly products: readonly DemoProduct[];
}

const PEOPLE_PER_REGION = 12;
/** Customers each salesperson owns, about (the demo's default; `generateDemo` may ask for more). */
export const CUSTOMERS_PER_PERSON = 20;
const INACTIVE_SHARE = 0.03;

// Price per case in yuan; the margin is drawn per seed within 15–40 % (the brief's range).
const CATALOGUE: readonly { name: Localized; category: Localized; price: number }[] = [
  { name: { zh: "橙汁饮料 1L", en: "Orange drink 1L" }, category: { zh: "饮料", en: "Drinks" }, price: 68 },
  {
    name: { zh: "苹果醋 500ml", en: "Apple vinegar drink 500ml" },
    category: { zh: "饮料", en: "Drinks" },
    price: 72,
  },
  {
    name: { zh: "矿泉水 550ml", en: "Mineral water 550ml" },
    category: { zh: "饮料", en: "Drinks" },
    price: 28,
  },
  { name: { zh: "乌龙茶 500ml", en: "Oolong tea 500ml" }, category: { zh: "饮料", en: "Drinks" }, price: 54 },
  { name: { zh: "纯牛奶 250ml", en: "Whole milk 250ml" }, category: { zh: "乳品", en: "Dairy" }, price: 62 },
  { name: { zh: "酸奶 200g", en: "Yoghurt 200g" }, category: { zh: "乳品", en: "Dairy" }, price: 88 },
  { name: { zh: "奶粉 800g", en: "Milk powder 800g" }, category: { zh: "乳品", en: "Dairy" }, price: 798 },
  { name: { zh: "苏打饼干", en: "Soda crackers" }, category: { zh: "休闲食品", en: "Snacks" }, price: 96 },
  { name: { zh: "坚果礼盒", en: "Nut gift box" }, category: { zh: "休闲食品", en: "Snacks" }, price: 360 },
  { name: { zh: "薯片 70g", en: "Potato chips 70g" }, category: { zh: "休闲食品", en: "Snacks" }, price: 84 },
  {
    name: { zh: "生抽酱油 500ml", en: "Light soy sauce 500ml" },
    category: { zh: "调味品", en: "Condiments" },
    price: 110,
  },
  {
    name: { zh: "陈醋 420ml", en: "Aged vinegar 420ml" },
    category: { zh: "调味品", en: "Condiments" },
    price: 78,
  },
  { name: { zh: "火锅底料", en: "Hotpot base" }, category: { zh: "调味品", en: "Condiments" }, price: 150 },
  {
    name: { zh: "速冻水饺", en: "Frozen dumplings" },
    category: { zh: "速冻食品", en: "Frozen food" },
    price: 132,
  },
  {
    name: { zh: "汤圆", en: "Glutinous rice balls" },
    category: { zh: "速冻食品", en: "Frozen food" },
    price: 118,
  },
];

const TRADE_NAME_CHARS = "鑫达恒通华联宏盛永兴金源裕丰顺发德隆汇泰嘉和瑞祥福康益信鼎隆盈创佳美".split("");
// Some shop brands carry Latin letters, as many Chinese chains do; they exercise full-width folding.
const SHOP_BRANDS = [
  "好又多",
  "快客",
  "美宜家",
  "万家福",
  "百佳",
  "惠民",
  "邻里",
  "乐购",
  "OK",
  "Hi购",
  "E家",
  "U选",
  "便民",
  "家乐",
  "优品",
  "一点点",
  "全家福",
  "鲜丰",
];
const STREETS =
  "人民路 解放路 中山路 建设路 新华路 和平路 文化路 长江路 胜利路 光明路 幸福路 青年路 东风路 朝阳路 滨江路 花园路".split(
    " ",
  );
const KEY_ACCOUNT_KINDS = ["百货有限公司", "连锁超市有限公司", "购物中心", "酒店管理有限公司", "餐饮集团"];

const pad = (n: number, width: number): string => String(n).padStart(width, "0");

function customerName(random: Random, type: CustomerTypeKey, city: City): string {
  const tradeName = random.pick(TRADE_NAME_CHARS) + random.pick(TRADE_NAME_CHARS);
  switch (type) {
    case "dealer":
      return `${city.zh}${tradeName}商贸有限公司`;
    case "keyAccount":
      return `${city.zh}${tradeName}${random.pick(KEY_ACCOUNT_KINDS)}`;
    default: {
      const shop = random.chance(0.6) ? "超市" : "便利店";
      return `${random.pick(SHOP_BRANDS)}${shop}（${city.zh}${random.pick(STREETS)}店）`;
    }
  }
}

const CUSTOMER_TYPE_WEIGHTS: readonly [CustomerTypeKey, number][] = [
  ["dealer", 0.15],
  ["outlet", 0.5],
  ["keyAccount", 0.1],
  ["prospect", 0.25],
];

/**
 * How one book is drawn: one region of a larger company (`salespace demo --region --id-prefix`), and
 * how many customers each salesperson owns.
 */
export interface HomeRegion {
  /** Index into REGIONS: every salesperson is in it (absent: regions as usual). */
  readonly region?: number;
  /** Put before every salesperson and customer ID, so the books' IDs differ. */
  readonly idPrefix: string;
  /** The products are drawn from it, so that every regional book of one seed sells the same ones. */
  readonly productRandom?: Random;
  /** Customers each salesperson owns, about (default CUSTOMERS_PER_PERSON). */
  readonly customersPerPerson?: number;
}

/**
 * Builds the organisation: `people` active salespeople (plus a few who have left), grouped in regions
 * of about twelve (all in `home`'s region when given), each owning about `customersPerPerson` customers
 * (± 3; 20 unless asked) in their office's city.
 *
 * @example buildOrganisation(new Random(1), 20, dayFromYmd(2026, 9, 1), "zh").regions.length === 2
 */
export function buildOrganisation(
  random: Random,
  people: number,
  start: Day,
  lang: Lang,
  home?: HomeRegion,
): Organisation {
  const own = home?.region;
  const regionCount =
    own === undefined ? Math.max(1, Math.min(REGIONS.length, Math.round(people / PEOPLE_PER_REGION))) : 1;
  const inactive = Math.round(people * INACTIVE_SHARE);
  const names = drawNames(random, people + inactive + regionCount);
  const prefix = home?.idPrefix ?? "";
  const perPerson = home?.customersPerPerson ?? CUSTOMERS_PER_PERSON;
  const sources = own === undefined ? REGIONS.slice(0, regionCount) : [REGIONS[own]];

  const regions: DemoRegion[] = sources.map((source, i) => ({
    name: source.name[lang],
    supervisor: names[people + inactive + i],
    source,
  }));

  const persons: DemoPerson[] = [];
  for (let i = 0; i < people + inactive; i++) {
    const region = i % regionCount;
    const city = random.pick(regions[region].source.cities);
    persons.push({
      id: `${prefix}S${pad(i + 1, 3)}`,
      name: names[i],
      region,
      city,
      office: officeName(city, lang),
      active: i < people,
      skill: random.between(0.75, 1.2),
      visitable: [],
    });
  }

  const customers: DemoCustomer[] = [];
  const takenNames = new Set<string>();
  const weights = new Weights(CUSTOMER_TYPE_WEIGHTS.map(([, w]) => w));
  for (let owner = 0; owner < people; owner++) {
    const person = persons[owner];
    const count = random.int(Math.max(1, perPerson - 3), perPerson + 3);
    for (let k = 0; k < count; k++) {
      const type = CUSTOMER_TYPE_WEIGHTS[random.weighted(weights)][0];
      const area = random.pick(person.city.areas);
      let name = customerName(random, type, person.city);
      // A crowded city runs out of plausible names; numbering the branch keeps every name unique.
      for (let attempt = 2; takenNames.has(name); attempt++) {
        const retry = customerName(random, type, person.city);
        name = takenNames.has(retry) && attempt > 20 ? `${retry}${attempt}号` : retry;
      }
      takenNames.add(name);
      const status: CustomerStatusKey =
        type === "prospect" ? "prospect" : random.chance(0.05) ? "churned" : "active";
      const index = customers.length;
      customers.push({
        id: `${prefix}C${pad(index + 1, 4)}`,
        name,
        type,
        status,
        owner,
        area,
        since: start - random.int(type === "prospect" ? 5 : 60, type === "prospect" ? 120 : 2000),
      });
      if (status !== "churned") person.visitable.push(index);
    }
  }

  const productRandom = home?.productRandom ?? random;
  const productCount = Math.min(CATALOGUE.length, productRandom.int(10, 14));
  const products: DemoProduct[] = CATALOGUE.slice(0, productCount).map((item, i) => {
    const margin = productRandom.between(0.15, 0.4);
    return {
      code: `P${pad(i + 1, 2)}`,
      name: item.name[lang],
      category: item.category[lang],
      unitPrice: item.price,
      unitCost: Math.round(item.price * (1 - margin) * 100) / 100,
      popularity: productRandom.between(0.5, 2),
    };
  });

  return { regions, people: persons, customers, products };
}

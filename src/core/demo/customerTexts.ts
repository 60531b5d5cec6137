/**
 * What people write in the customer-management templates (SPEC §8.1, §8.2), in both languages:
 * survey comments and what lost customers said, with the improvement agreed for each reason.
 */
import type { LostReasonKey } from "../model";
import type { Phrases } from "./texts";

const p = (zh: string, en: string): Phrases => ({ zh: zh.split("|"), en: en.split("|") });

/** Survey comments by how satisfied the customer is (overall 1–2, 3, 4–5). */
export const SURVEY_COMMENTS = {
  low: p(
    "送货经常延误，影响销售|价格比竞品高，利润太薄|业务员很久没来了|上批货有破损，处理太慢",
    "Deliveries are often late and cost us sales|Prices are above the competition, margins too thin|Nobody has visited for weeks|Damaged goods in the last delivery took too long to settle",
  ),
  mid: p(
    "产品还行，希望多做促销|送货基本准时|希望账期能放宽一些|新品推广支持不够",
    "Products are fine, we would like more promotions|Deliveries are mostly on time|We would like longer payment terms|Not enough support for new products",
  ),
  high: p(
    "服务周到，补货及时|产品卖得好，顾客回头多|业务员很专业|继续保持",
    "Good service, restocked on time|Products sell well and customers come back|The salesperson is very professional|Keep it up",
  ),
} as const;

/** What a lost customer said when asked why it left, by reason. */
export const LOST_SAID: Readonly<Record<LostReasonKey, Phrases>> = {
  price: p(
    "别家同款便宜一成|进价太高，卖不动",
    "Another supplier is 10 % cheaper for the same goods|Our buying price is too high to sell",
  ),
  quality: p(
    "连续两批有质量问题|顾客退货太多",
    "Two deliveries in a row had quality problems|Too many returns",
  ),
  delivery: p(
    "经常断货，送货不准时|急单送不到",
    "Frequently out of stock, late deliveries|Rush orders never arrive",
  ),
  service: p(
    "出了问题没人管|业务员态度差，很少来",
    "Nobody handles problems|The salesperson is rude and rarely comes",
  ),
  competitorOffer: p(
    "竞品给了更高返利和陈列费|竞品送货上门、账期更长",
    "The competitor offers bigger rebates and shelf fees|The competitor delivers and gives longer terms",
  ),
  relationship: p(
    "换了老板，和新老板没谈好|采购换人了",
    "New owner, we never agreed with them|The buyer changed",
  ),
  closedOrMoved: p(
    "门店拆迁，暂停营业|老板转行不做了",
    "The shop was demolished|The owner closed the business",
  ),
  other: p("暂时不需要了|没说原因", "No need for now|Gave no reason"),
};

/** The improvement agreed after hearing a lost customer, by reason. */
export const LOST_IMPROVEMENTS: Readonly<Record<LostReasonKey, Phrases>> = {
  price: p(
    "重新核定该区域价格，增加阶梯返利|推出小包装低价规格",
    "Review the region's prices, add tiered rebates|Launch a smaller, cheaper pack",
  ),
  quality: p(
    "质量部追查批次，改进包装|到货抽检",
    "Quality team traces the batches, better packaging|Spot checks on delivery",
  ),
  delivery: p(
    "调整配送路线，设安全库存|急单当天响应",
    "New delivery routes and safety stock|Same-day answer to rush orders",
  ),
  service: p(
    "客诉 24 小时内回复|调整负责业务员，主管每月回访",
    "Answer complaints within 24 hours|New salesperson, supervisor visits monthly",
  ),
  competitorOffer: p(
    "针对性促销方案，主管上门洽谈|申请专项陈列支持",
    "A targeted promotion, the supervisor visits|Apply for special shelf support",
  ),
  relationship: p("主管拜访新负责人，重建关系", "The supervisor meets the new decision-maker"),
  closedOrMoved: p("关注新址开业情况", "Follow the new address when it opens"),
  other: p("三个月后再回访", "Call again in three months"),
};

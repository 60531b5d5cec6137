/**
 * What people type into the free-text columns, in both workbook languages. Short, concrete phrases of
 * the kind a salesperson writes at the end of a day; picked from pools so that 400,000 rows share a few
 * hundred strings instead of building new ones.
 */
import type { PurposeKey } from "../model";
import type { Lang } from "../schema/types";

/** A pool of phrases per language (the two lists need not be parallel). */
export interface Phrases {
  readonly zh: readonly string[];
  readonly en: readonly string[];
}

const p = (zh: string, en: string): Phrases => ({ zh: zh.split("|"), en: en.split("|") });

/** The phrases of a pool in the workbook language. */
export const phrasesIn = (pool: Phrases, lang: Lang): readonly string[] => pool[lang];

export const OBJECTIVES: Readonly<Record<PurposeKey, Phrases>> = {
  newCustomer: p(
    "首次拜访，介绍公司和主推产品|送样品，约老板面谈|了解进货渠道和账期要求|谈首批进货和陈列位",
    "First visit: introduce the company and lead products|Bring samples, meet the owner|Learn their supply channels and payment terms|Negotiate first order and shelf space",
  ),
  marketResearch: p(
    "查看竞品价格和促销|统计货架陈列和排面|了解终端动销情况|收集消费者反馈",
    "Check competitor prices and promotions|Count shelf facings|Check sell-through at the outlet|Collect consumer feedback",
  ),
  collection: p(
    "收上月货款|对账并催收逾期款|确认回款计划|收回承兑汇票",
    "Collect last month's payment|Reconcile and chase overdue invoices|Agree a payment schedule|Collect the bank acceptance bill",
  ),
  service: p(
    "检查库存，协助理货|更换过期和破损产品|培训店员产品知识|布置促销物料",
    "Check stock, help restock shelves|Replace expired and damaged goods|Train shop staff on products|Put up promotion materials",
  ),
  complaint: p(
    "处理上批货破损问题|回复客户对价格的投诉|跟进送货延误|确认质量问题的处理方案",
    "Handle damaged goods in the last delivery|Answer a complaint about prices|Follow up a late delivery|Agree how to settle a quality issue",
  ),
  order: p(
    "补货下单|推新品，争取首单|谈节日备货|确认下周订单",
    "Take a restocking order|Push the new product for a first order|Plan holiday stock|Confirm next week's order",
  ),
  other: p(
    "送发票和合同|陪同主管拜访|参加客户开业活动|拜访新任采购",
    "Deliver invoices and contract|Visit with the supervisor|Attend the customer's store opening|Meet the new buyer",
  ),
};

export const RESULTS_WITH_ORDER = p(
  "已下单，下周送货|下单，要求周五前到货|客户满意，追加订单|签了首单，后续看动销|按计划补货",
  "Order placed, delivery next week|Ordered, wants delivery before Friday|Happy customer, added to the order|First order signed, watch sell-through|Restocked as planned",
);

export const RESULTS_WITHOUT_ORDER = p(
  "库存充足，暂不进货|老板不在，约下次|考虑中，等报价|对价格有异议|已沟通，下周再跟进|陈列已整改",
  "Enough stock, no order now|Owner out, rescheduled|Thinking it over, wants a quote|Disagrees on price|Discussed, follow up next week|Shelf display fixed",
);

export const COMPLAINT_HANDLED = p(
  "已换货，客户接受|同意补差价|已道歉并承诺改进送货时间|上报质量部处理",
  "Goods replaced, customer accepted|Agreed to refund the price difference|Apologised, promised better delivery times|Passed to quality department",
);

export const COMPETITOR_INFO = p(
  "金禾食品买二送一|顺达饮品新品进场，进场费高|佳美日化降价10%|竞品在做堆头陈列|竞品业务员每周拜访两次",
  "Jinhe Foods: buy two get one free|Shunda Drinks launched a new product with high listing fees|Jiamei cut prices by 10%|Competitor has floor displays|Competitor's rep visits twice a week",
);

// One entry starts with "=": people do type that, and it must stay text wherever it is copied (SPEC §6).
export const CUSTOMER_FEEDBACK = p(
  "希望增加小包装|送货太慢|包装容易破|价格比竞品高|希望多做促销|=老价格能不能再保持一个月",
  "Wants smaller packs|Delivery too slow|Packaging breaks easily|Price higher than competitors|Wants more promotions|=can we keep the old price one more month",
);

export const CUSTOMER_NEWS = p(
  "下月新开一家分店|采购经理换人|准备装修，停业一周|资金紧张|扩大仓库",
  "Opening a new branch next month|New purchasing manager|Closing a week for renovation|Short of cash|Enlarging the warehouse",
);

export const INSIGHTS = p(
  "拜访前要先看库存数据|新品要配合试吃活动|回款要早提，不能拖|多听客户意见，少推销",
  "Check stock data before visiting|New products need tasting events|Ask for payment early|Listen more, push less",
);

export const SUPERVISOR_COMMENTS = p(
  "继续跟进|注意回款|新客户要尽快落实首单|很好|陈列要拍照留存",
  "Keep following up|Watch collections|Close the first order with new customers soon|Good work|Take photos of displays",
);

export const MARKET_DESCRIPTIONS = {
  consumerFeedback: p(
    "消费者反映口味偏甜|消费者询问有无无糖款|多名顾客反映包装难打开",
    "Consumers say it is too sweet|Consumers ask for a sugar-free version|Several shoppers say the pack is hard to open",
  ),
  competitorPromotion: p(
    "竞品在商超做买赠活动，力度大|竞品给经销商额外返点3%|竞品降价抢终端",
    "Competitor runs a strong buy-one-get-one in supermarkets|Competitor gives dealers an extra 3% rebate|Competitor cuts prices to win outlets",
  ),
  competitorNewProduct: p(
    "竞品推出同类新品，价格低15%|竞品新口味进入便利店渠道",
    "Competitor launched a similar product 15% cheaper|Competitor's new flavour entered convenience stores",
  ),
  dealerComplaint: p(
    "经销商抱怨到货不及时|经销商认为区域窜货严重|经销商对返利政策不满",
    "Dealer complains deliveries are late|Dealer reports goods diverted from other regions|Dealer unhappy with the rebate policy",
  ),
  personnelChange: p(
    "客户采购经理离职|经销商更换业务负责人",
    "Customer's purchasing manager left|Dealer changed its sales manager",
  ),
  other: p(
    "当地出台新的商超管理规定|物流公司涨价",
    "New local rules for supermarkets|Logistics company raised prices",
  ),
} as const;

export const MARKET_ACTIONS = p(
  "建议跟进同等力度促销|建议调整经销商返利|建议加快物流|建议拜访新负责人|持续观察",
  "Match the promotion|Adjust dealer rebates|Speed up logistics|Visit the new person in charge|Keep watching",
);

export const COMPLAINT_DESCRIPTIONS = {
  quality: p(
    "产品有异味|整箱漏液|保质期标识不清",
    "Product smells odd|A whole case leaked|Best-before date unreadable",
  ),
  delivery: p(
    "送货晚了三天|少送两箱|送错货",
    "Delivered three days late|Two cases short|Wrong goods delivered",
  ),
  price: p(
    "发票价格与合同不符|未按约定给折扣",
    "Invoice price differs from contract|Agreed discount not applied",
  ),
  service: p("业务员长期不来拜访|电话无人接听", "Rep has not visited for weeks|Nobody answers the phone"),
  other: p("促销物料未到|对账单有误", "Promotion materials never arrived|Statement of account is wrong"),
} as const;

export const COMPLAINT_ACTIONS = p(
  "换货并致歉|补发货物|退还差价|调整拜访频次|重新对账",
  "Replaced goods and apologised|Sent the missing goods|Refunded the difference|Visit more often|Reconciled the account again",
);

/** Competitors are made-up brand names; they stay Chinese in an English workbook, like customers. */
export const COMPETITORS: readonly string[] = ["金禾食品", "顺达饮品", "佳美日化", "康源乳业", "福满多"];

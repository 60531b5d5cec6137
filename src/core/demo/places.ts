/**
 * Sales regions and the cities their offices (办事处) sit in. Region names are how a Chinese sales
 * organisation usually carves up the country; the first seven are the classic big regions, the rest
 * are the smaller ones a large team splits off.
 */
import type { Lang, Localized } from "../schema/types";

export interface City {
  readonly zh: string;
  readonly pinyin: string;
  /** Districts or counties where visits happen (VisitPlan[Area]). */
  readonly areas: readonly string[];
}

export interface Region {
  readonly name: Localized;
  /** A short code, the default prefix of a regional demo book's IDs (`salespace demo --region`). */
  readonly code: string;
  readonly cities: readonly City[];
}

const c = (zh: string, pinyin: string, areas: string): City => ({ zh, pinyin, areas: areas.split(" ") });
const r = (zh: string, en: string, code: string, cities: readonly City[]): Region => ({
  name: { zh, en },
  code,
  cities,
});

export const REGIONS: readonly Region[] = [
  r("华东", "East China", "EC", [
    c("上海", "Shanghai", "浦东新区 闵行区 徐汇区 普陀区 宝山区"),
    c("苏州", "Suzhou", "姑苏区 吴中区 工业园区 昆山市"),
    c("无锡", "Wuxi", "梁溪区 滨湖区 江阴市"),
  ]),
  r("华南", "South China", "SC", [
    c("广州", "Guangzhou", "天河区 越秀区 白云区 番禺区"),
    c("深圳", "Shenzhen", "福田区 南山区 宝安区 龙岗区"),
    c("东莞", "Dongguan", "南城街道 长安镇 虎门镇"),
  ]),
  r("华北", "North China", "NC", [
    c("石家庄", "Shijiazhuang", "长安区 桥西区 裕华区"),
    c("太原", "Taiyuan", "小店区 迎泽区 杏花岭区"),
    c("唐山", "Tangshan", "路北区 路南区 丰润区"),
  ]),
  r("西南", "Southwest", "SW", [
    c("成都", "Chengdu", "锦江区 武侯区 高新区 双流区"),
    c("重庆", "Chongqing", "渝中区 江北区 南岸区 沙坪坝区"),
    c("绵阳", "Mianyang", "涪城区 游仙区"),
  ]),
  r("华中", "Central China", "CC", [
    c("武汉", "Wuhan", "江汉区 武昌区 洪山区 汉阳区"),
    c("长沙", "Changsha", "岳麓区 芙蓉区 雨花区"),
    c("宜昌", "Yichang", "西陵区 伍家岗区"),
  ]),
  r("东北", "Northeast", "NE", [
    c("沈阳", "Shenyang", "和平区 沈河区 铁西区"),
    c("大连", "Dalian", "中山区 沙河口区 甘井子区"),
    c("长春", "Changchun", "朝阳区 南关区 绿园区"),
  ]),
  r("西北", "Northwest", "NW", [
    c("西安", "Xi'an", "雁塔区 碑林区 未央区"),
    c("兰州", "Lanzhou", "城关区 七里河区"),
    c("银川", "Yinchuan", "兴庆区 金凤区"),
  ]),
  r("山东", "Shandong", "SD", [
    c("济南", "Jinan", "历下区 市中区 槐荫区"),
    c("青岛", "Qingdao", "市南区 市北区 黄岛区"),
    c("烟台", "Yantai", "芝罘区 莱山区"),
  ]),
  r("浙江", "Zhejiang", "ZJ", [
    c("杭州", "Hangzhou", "西湖区 拱墅区 滨江区 萧山区"),
    c("宁波", "Ningbo", "海曙区 鄞州区 北仑区"),
    c("温州", "Wenzhou", "鹿城区 瓯海区"),
  ]),
  r("苏皖", "Jiangsu-Anhui", "JA", [
    c("南京", "Nanjing", "玄武区 秦淮区 鼓楼区 江宁区"),
    c("合肥", "Hefei", "蜀山区 包河区 庐阳区"),
    c("芜湖", "Wuhu", "镜湖区 弋江区"),
  ]),
  r("京津", "Beijing-Tianjin", "BT", [
    c("北京", "Beijing", "朝阳区 海淀区 丰台区 通州区"),
    c("天津", "Tianjin", "和平区 南开区 河西区 滨海新区"),
    c("廊坊", "Langfang", "广阳区 安次区"),
  ]),
  r("闽赣", "Fujian-Jiangxi", "FJ", [
    c("福州", "Fuzhou", "鼓楼区 台江区 仓山区"),
    c("厦门", "Xiamen", "思明区 湖里区 集美区"),
    c("南昌", "Nanchang", "东湖区 西湖区 红谷滩区"),
  ]),
  r("云贵", "Yunnan-Guizhou", "YG", [
    c("昆明", "Kunming", "五华区 盘龙区 官渡区"),
    c("贵阳", "Guiyang", "南明区 云岩区 观山湖区"),
    c("遵义", "Zunyi", "红花岗区 汇川区"),
  ]),
  r("河南", "Henan", "HA", [
    c("郑州", "Zhengzhou", "金水区 二七区 中原区 郑东新区"),
    c("洛阳", "Luoyang", "涧西区 西工区 洛龙区"),
    c("南阳", "Nanyang", "卧龙区 宛城区"),
  ]),
  r("广西", "Guangxi", "GX", [
    c("南宁", "Nanning", "青秀区 兴宁区 西乡塘区"),
    c("桂林", "Guilin", "秀峰区 七星区"),
    c("柳州", "Liuzhou", "城中区 鱼峰区"),
  ]),
  r("黑吉", "Heilongjiang-Jilin", "HJ", [
    c("哈尔滨", "Harbin", "南岗区 道里区 香坊区"),
    c("吉林", "Jilin", "船营区 昌邑区"),
    c("大庆", "Daqing", "萨尔图区 让胡路区"),
  ]),
];

/** The office of a city in the workbook language: `上海办事处` / `Shanghai office`. */
export function officeName(city: City, lang: Lang): string {
  return lang === "zh" ? `${city.zh}办事处` : `${city.pinyin} office`;
}

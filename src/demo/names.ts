import type { Rng } from "./rng";

/** Surnames by rough frequency (the commonest first, repeated to weigh them). */
const SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";
const GIVEN_MALE = ["伟", "强", "磊", "军", "勇", "杰", "涛", "斌", "超", "明", "刚", "平", "辉", "鹏", "华", "飞", "鑫", "波", "宇", "浩", "建国", "建华", "志强", "志刚", "海涛", "晓东", "国庆", "文博", "子豪", "俊杰", "宏伟", "永刚", "振华", "立新", "德明", "春雷"];
const GIVEN_FEMALE = ["芳", "娜", "敏", "静", "丽", "艳", "娟", "霞", "燕", "玲", "婷", "雪", "慧", "颖", "琳", "晶", "秀英", "桂英", "丽华", "晓燕", "雅琴", "海燕", "思琪", "雨涵", "佳怡", "梦瑶", "欣怡", "春梅", "玉兰", "凤英"];

export function personName(rng: Rng): string {
  const surname = SURNAMES[Math.floor(Math.pow(rng.next(), 1.6) * SURNAMES.length)];
  return surname + rng.pick(rng.chance(0.55) ? GIVEN_MALE : GIVEN_FEMALE);
}

const MOBILE_PREFIXES = ["130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151", "152", "155", "158", "159", "177", "180", "181", "186", "187", "188", "189", "199"];

/** A mainland mobile number, 11 digits. */
export function mobile(rng: Rng): string {
  let tail = "";
  for (let i = 0; i < 8; i++) tail += rng.int(0, 9);
  return rng.pick(MOBILE_PREFIXES) + tail;
}

/** A landline with the city's 区号, e.g. 021-58321476. */
export function landline(rng: Rng, areaCode: string): string {
  const digits = areaCode.length === 3 ? 8 : 7;
  let n = String(rng.int(2, 8));
  for (let i = 1; i < digits; i++) n += rng.int(0, 9);
  return `${areaCode}-${n}`;
}

export const BRANDS = [
  "华信", "恒达", "鑫源", "宏远", "金泰", "瑞丰", "永盛", "天成", "嘉禾", "汇通", "万隆", "德润", "兴业", "盛世", "佳美",
  "博源", "龙腾", "新润", "正和", "利民", "顺发", "福瑞", "安康", "广源", "荣昌", "锦绣", "富邦", "联华", "海纳", "同创",
  "启航", "优品", "益家", "惠民", "百佳", "乐购", "家和", "东升", "润发", "美好", "合众", "达丰", "聚福", "信诚", "泰和",
  "华润", "金穗", "丰源", "万家", "鼎盛", "银河", "长兴", "宝丰", "祥和", "久隆", "众鑫", "世纪", "昌盛", "恒信", "旺达",
] as const;

export type BusinessType = "批发" | "零售" | "连锁" | "代理" | "终端" | "其他";

/** The industry word of a company name, by what the company does. */
export const INDUSTRY_WORDS: Record<BusinessType, readonly string[]> = {
  批发: ["商贸", "副食品批发", "食品贸易", "商贸发展"],
  零售: ["百货", "超市", "商行", "便利店"],
  连锁: ["连锁超市", "便利连锁", "商业连锁"],
  代理: ["贸易", "供应链管理", "食品代理", "实业"],
  终端: ["餐饮管理", "酒店管理", "团膳服务"],
  其他: ["电子商务", "实业发展"],
};

const STREETS = [
  "人民路", "解放路", "中山路", "建设路", "和平路", "新华路", "长江路", "黄河路", "胜利路", "朝阳路", "光明路", "文化路",
  "工业大道", "商贸大道", "滨江路", "环城北路", "迎宾大道", "金融街", "科技路", "南京路", "东风路", "青年路", "幸福路", "振兴路",
];
const BUILDINGS = ["", "", "", "商务大厦", "国际广场", "商贸城", "物流园", "批发市场", "工业园"];

export function streetAddress(rng: Rng, prefix: string): string {
  const building = rng.pick(BUILDINGS);
  const tail = building ? `${building}${rng.int(1, 12)}${building.endsWith("园") || building.endsWith("场") ? "号库" : "楼"}` : "";
  return `${prefix}${rng.pick(STREETS)}${rng.int(1, 999)}号${tail}`;
}

const TITLES = ["采购经理", "总经理", "老板", "财务主管", "店长", "采购主管", "运营总监"];
const HOBBIES = ["喜欢钓鱼", "爱打羽毛球", "喜欢喝茶", "爱好摄影", "常打高尔夫", "喜欢下象棋", "爱跑步", "关注孩子教育", "喜欢自驾游", "爱听戏曲"];

export function keyPeople(rng: Rng, contact: string, boss: string): string {
  const people = [`${boss}（${rng.pick(["总经理", "老板"])}，${rng.pick(HOBBIES)}）`, `${contact}（${rng.pick(TITLES.slice(0, 5))}，${rng.pick(HOBBIES)}）`];
  return people.join("；");
}

/** What the demo company sells: a food and household goods distributor's price list (¥ per unit). */
export interface Product {
  name: string;
  price: number;
}

export interface Category {
  name: string;
  products: readonly Product[];
}

export const CATALOG: readonly Category[] = [
  {
    name: "饮料",
    products: [
      { name: "天然矿泉水550ml×24瓶", price: 28 },
      { name: "茉莉绿茶500ml×15瓶", price: 45 },
      { name: "NFC橙汁1L×6瓶", price: 96 },
      { name: "无糖苏打水350ml×24瓶", price: 58 },
    ],
  },
  {
    name: "休闲食品",
    products: [
      { name: "原味薯片70g×24袋", price: 120 },
      { name: "每日坚果礼盒750g", price: 168 },
      { name: "苏打饼干400g×12盒", price: 132 },
      { name: "牛肉干100g×20袋", price: 360 },
    ],
  },
  {
    name: "调味品",
    products: [
      { name: "特级生抽500ml×12瓶", price: 86 },
      { name: "陈酿米醋500ml×12瓶", price: 60 },
      { name: "鸡精1kg×10袋", price: 150 },
      { name: "火锅底料300g×30袋", price: 270 },
    ],
  },
  {
    name: "粮油",
    products: [
      { name: "东北大米10kg", price: 55 },
      { name: "压榨花生油5L", price: 98 },
      { name: "高筋面粉5kg×4袋", price: 112 },
      { name: "非转基因大豆油5L×4桶", price: 256 },
    ],
  },
  {
    name: "日化",
    products: [
      { name: "洗衣液3kg×4瓶", price: 132 },
      { name: "洗洁精1.5kg×6瓶", price: 78 },
      { name: "抽纸3层100抽×30包", price: 66 },
      { name: "洗发水750ml×6瓶", price: 240 },
    ],
  },
];

export const CATEGORY_NAMES: readonly string[] = CATALOG.map((c) => c.name);

const SAMPLE_ITEMS = {
  样品: ["新品试吃装", "新口味饮料试饮装", "调味品试用装", "坚果小包装试吃", "洗衣液试用装"],
  物料: ["货架端架贴", "冰柜", "堆头围板", "价格牌", "陈列架", "展示冷柜"],
  赠品: ["定制保温杯", "环保购物袋", "品牌雨伞", "定制围裙"],
  宣传品: ["新品海报", "宣传单页", "易拉宝", "吊旗"],
} as const;

export type ItemType = keyof typeof SAMPLE_ITEMS;
export const ITEM_TYPES: readonly ItemType[] = ["样品", "物料", "赠品", "宣传品"];

/** Items per kind with a unit value (¥). */
export const SAMPLE_ITEM_VALUES: Record<ItemType, readonly [string, number][]> = {
  样品: SAMPLE_ITEMS.样品.map((n, i) => [n, [35, 28, 22, 40, 30][i]] as [string, number]),
  物料: SAMPLE_ITEMS.物料.map((n, i) => [n, [15, 1800, 260, 8, 650, 2600][i]] as [string, number]),
  赠品: SAMPLE_ITEMS.赠品.map((n, i) => [n, [45, 12, 38, 20][i]] as [string, number]),
  宣传品: SAMPLE_ITEMS.宣传品.map((n, i) => [n, [6, 0.5, 120, 4][i]] as [string, number]),
};

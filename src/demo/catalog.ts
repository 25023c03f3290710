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

export type ItemType = "样品" | "物料" | "赠品" | "宣传品";
export const ITEM_TYPES: readonly ItemType[] = ["样品", "物料", "赠品", "宣传品"];

/** What may be handed out, per kind: [item, value per piece (¥), most pieces a customer gets at once]. */
export const SAMPLE_ITEMS: Record<ItemType, readonly (readonly [string, number, number])[]> = {
  样品: [
    ["新品试吃装", 35, 40],
    ["新口味饮料试饮装", 28, 60],
    ["调味品试用装", 22, 40],
    ["坚果小包装试吃", 40, 30],
    ["洗衣液试用装", 30, 40],
  ],
  物料: [
    ["货架端架贴", 15, 20],
    ["冰柜", 1800, 1],
    ["堆头围板", 260, 4],
    ["价格牌", 8, 50],
    ["陈列架", 650, 2],
    ["展示冷柜", 2600, 1],
  ],
  赠品: [
    ["定制保温杯", 45, 30],
    ["环保购物袋", 12, 100],
    ["品牌雨伞", 38, 30],
    ["定制围裙", 20, 20],
  ],
  宣传品: [
    ["新品海报", 6, 30],
    ["宣传单页", 0.5, 500],
    ["易拉宝", 120, 2],
    ["吊旗", 4, 50],
  ],
};

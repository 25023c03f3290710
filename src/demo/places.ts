/**
 * Where the demo's customers are: six sales areas, each served from a depot city, with the real
 * (rounded) coordinates of the cities and of the depot city's urban districts.
 */
export interface Place {
  /** 片区: an urban district of the depot city, or the city itself elsewhere. */
  district: string;
  /** The address prefix, e.g. 江苏省苏州市 or 上海市浦东新区. */
  prefix: string;
  /** The city's short name, used in company names (苏州华信商贸有限公司). */
  city: string;
  lat: number;
  lng: number;
  /** 区号 for landlines. */
  areaCode: string;
  /** How widely customers scatter around the point, in km. */
  spreadKm: number;
  /** Share of the area's customers. */
  weight: number;
}

export interface Area {
  name: string;
  depot: string;
  /** The area's centre: the depot. */
  lat: number;
  lng: number;
  places: Place[];
}

const AREA_CODES: Record<string, string> = {
  上海: "021", 北京: "010", 广州: "020", 武汉: "027", 成都: "028", 沈阳: "024",
  苏州: "0512", 杭州: "0571", 南京: "025", 宁波: "0574", 无锡: "0510", 嘉兴: "0573", 南通: "0513", 天津: "022",
  石家庄: "0311", 保定: "0312", 廊坊: "0316", 唐山: "0315", 太原: "0351", 深圳: "0755", 佛山: "0757", 东莞: "0769",
  中山: "0760", 珠海: "0756", 惠州: "0752", 江门: "0750", 长沙: "0731", 郑州: "0371", 宜昌: "0717", 襄阳: "0710",
  岳阳: "0730", 九江: "0792", 重庆: "023", 绵阳: "0816", 德阳: "0838", 乐山: "0833", 贵阳: "0851", 宜宾: "0831",
  大连: "0411", 长春: "0431", 鞍山: "0412", 哈尔滨: "0451", 抚顺: "0413", 吉林: "0432",
};

function district(city: string, prefix: string, name: string, lat: number, lng: number, weight = 1): Place {
  return { district: name, prefix: `${prefix}${name}`, city, lat, lng, areaCode: AREA_CODES[city], spreadKm: 4, weight };
}

function city(province: string, name: string, lat: number, lng: number, weight = 1): Place {
  return { district: name, prefix: `${province}${name}市`, city: name, lat, lng, areaCode: AREA_CODES[name], spreadKm: 7, weight };
}

export const AREAS: readonly Area[] = [
  {
    name: "华东",
    depot: "上海",
    lat: 31.23,
    lng: 121.47,
    places: [
      district("上海", "上海市", "浦东新区", 31.22, 121.54, 1.6),
      district("上海", "上海市", "闵行区", 31.11, 121.38),
      district("上海", "上海市", "徐汇区", 31.19, 121.44),
      district("上海", "上海市", "静安区", 31.23, 121.45),
      district("上海", "上海市", "宝山区", 31.4, 121.49),
      district("上海", "上海市", "嘉定区", 31.38, 121.27),
      city("江苏省", "苏州", 31.3, 120.58, 1.4),
      city("浙江省", "杭州", 30.27, 120.16, 1.4),
      city("江苏省", "南京", 32.06, 118.8, 1.2),
      city("浙江省", "宁波", 29.87, 121.55),
      city("江苏省", "无锡", 31.49, 120.31),
      city("浙江省", "嘉兴", 30.75, 120.76, 0.7),
      city("江苏省", "南通", 31.98, 120.89, 0.7),
    ],
  },
  {
    name: "华北",
    depot: "北京",
    lat: 39.9,
    lng: 116.41,
    places: [
      district("北京", "北京市", "朝阳区", 39.92, 116.44, 1.6),
      district("北京", "北京市", "海淀区", 39.96, 116.3, 1.3),
      district("北京", "北京市", "丰台区", 39.86, 116.29),
      district("北京", "北京市", "通州区", 39.91, 116.66),
      district("北京", "北京市", "大兴区", 39.73, 116.34),
      district("北京", "北京市", "昌平区", 40.22, 116.23, 0.8),
      city("", "天津", 39.13, 117.2, 1.5),
      city("河北省", "石家庄", 38.04, 114.51, 1.1),
      city("河北省", "保定", 38.87, 115.46, 0.8),
      city("河北省", "廊坊", 39.54, 116.68, 0.8),
      city("河北省", "唐山", 39.63, 118.18, 0.8),
      city("山西省", "太原", 37.87, 112.55, 0.9),
    ],
  },
  {
    name: "华南",
    depot: "广州",
    lat: 23.13,
    lng: 113.26,
    places: [
      district("广州", "广东省广州市", "天河区", 23.12, 113.36, 1.5),
      district("广州", "广东省广州市", "越秀区", 23.13, 113.27),
      district("广州", "广东省广州市", "海珠区", 23.08, 113.32),
      district("广州", "广东省广州市", "白云区", 23.16, 113.27),
      district("广州", "广东省广州市", "番禺区", 22.94, 113.38),
      district("广州", "广东省广州市", "黄埔区", 23.1, 113.46, 0.8),
      city("广东省", "深圳", 22.54, 114.06, 1.6),
      city("广东省", "佛山", 23.02, 113.12, 1.2),
      city("广东省", "东莞", 23.02, 113.75, 1.2),
      city("广东省", "中山", 22.52, 113.39, 0.7),
      city("广东省", "珠海", 22.27, 113.58, 0.7),
      city("广东省", "惠州", 23.11, 114.42, 0.7),
      city("广东省", "江门", 22.58, 113.08, 0.6),
    ],
  },
  {
    name: "华中",
    depot: "武汉",
    lat: 30.59,
    lng: 114.31,
    places: [
      district("武汉", "湖北省武汉市", "江岸区", 30.6, 114.31),
      district("武汉", "湖北省武汉市", "武昌区", 30.55, 114.32, 1.3),
      district("武汉", "湖北省武汉市", "洪山区", 30.5, 114.34),
      district("武汉", "湖北省武汉市", "汉阳区", 30.55, 114.22),
      district("武汉", "湖北省武汉市", "江汉区", 30.6, 114.27),
      district("武汉", "湖北省武汉市", "东西湖区", 30.62, 114.14, 0.7),
      city("湖南省", "长沙", 28.23, 112.94, 1.5),
      city("河南省", "郑州", 34.75, 113.63, 1.5),
      city("湖北省", "宜昌", 30.69, 111.29, 0.7),
      city("湖北省", "襄阳", 32.01, 112.12, 0.7),
      city("湖南省", "岳阳", 29.36, 113.13, 0.6),
      city("江西省", "九江", 29.71, 116.0, 0.6),
    ],
  },
  {
    name: "西南",
    depot: "成都",
    lat: 30.57,
    lng: 104.07,
    places: [
      district("成都", "四川省成都市", "锦江区", 30.66, 104.08),
      district("成都", "四川省成都市", "武侯区", 30.64, 104.04, 1.3),
      district("成都", "四川省成都市", "成华区", 30.66, 104.1),
      district("成都", "四川省成都市", "青羊区", 30.67, 104.06),
      district("成都", "四川省成都市", "金牛区", 30.69, 104.05),
      district("成都", "四川省成都市", "双流区", 30.57, 103.92, 0.8),
      district("成都", "四川省成都市", "龙泉驿区", 30.56, 104.27, 0.7),
      city("", "重庆", 29.56, 106.55, 1.8),
      city("四川省", "绵阳", 31.47, 104.68, 0.8),
      city("四川省", "德阳", 31.13, 104.4, 0.7),
      city("四川省", "乐山", 29.55, 103.77, 0.6),
      city("贵州省", "贵阳", 26.65, 106.63, 1.0),
      city("四川省", "宜宾", 28.77, 104.64, 0.6),
    ],
  },
  {
    name: "东北",
    depot: "沈阳",
    lat: 41.81,
    lng: 123.43,
    places: [
      district("沈阳", "辽宁省沈阳市", "和平区", 41.79, 123.4),
      district("沈阳", "辽宁省沈阳市", "沈河区", 41.8, 123.46),
      district("沈阳", "辽宁省沈阳市", "皇姑区", 41.82, 123.44),
      district("沈阳", "辽宁省沈阳市", "铁西区", 41.8, 123.35),
      district("沈阳", "辽宁省沈阳市", "大东区", 41.81, 123.47),
      district("沈阳", "辽宁省沈阳市", "浑南区", 41.71, 123.45),
      city("辽宁省", "大连", 38.91, 121.61, 1.6),
      city("吉林省", "长春", 43.82, 125.32, 1.3),
      city("辽宁省", "鞍山", 41.11, 122.99, 0.8),
      city("黑龙江省", "哈尔滨", 45.8, 126.53, 1.3),
      city("辽宁省", "抚顺", 41.88, 123.96, 0.6),
      city("吉林省", "吉林", 43.84, 126.55, 0.6),
    ],
  },
];

/** Shares of the customers by area (the east and south are the big markets). */
export const AREA_WEIGHTS: readonly number[] = [0.26, 0.2, 0.2, 0.13, 0.12, 0.09];

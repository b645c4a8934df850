import type { Project } from '../../models/types.js';
import { cite } from './_cite.js';
import { SECTIONS } from './sources.js';

/*
 * Every project the report names, with its stage as of the report (2021-12-25). Where the report
 * states the stage, the stage-history note quotes it. Projects named only in the 2022 plan have no
 * stated stage: it is inferred from the plan's verb and the note says so — 启动/开工/实施/落地/列入
 * 储备库 → `planned`; 前期 → `preparatory`; 完成 of work already begun → `under-construction`.
 * Milestones: deliverables with a date or a year (due), and those already done (doneOn). A plan
 * action that only pushes work on (推进, 实施) becomes a milestone target linked to the project
 * without a project milestone.
 */

const A = SECTIONS.review2021;
const F = SECTIONS.fiveYears;
const P = SECTIONS.plan2022;
const AS_OF = '2021-12-25';

/** The named projects of the report. */
export const projects: Project[] = [
  // 2021 review · 重点项目加速冲刺
  {
    id: 'binjiang-xiaocheng-phase-2',
    name: {
      zh: '滨江“天目山晓城”二期',
      en: 'Binjiang “Tianmushan Xiaocheng” phase 2',
    },
    category: 'tourism',
    sponsor: { zh: '滨江', en: 'Binjiang' },
    stage: 'under-construction',
    stageHistory: [
      {
        period: AS_OF,
        stage: 'under-construction',
        note: '酒店、公寓的主体砌体全部完成',
        source: cite(A.projects, '区级重点项目滨江“天目山晓城”二期酒店、公寓的主体砌体全部完成'),
      },
    ],
    milestones: [
      {
        id: 'main-masonry-complete',
        title: {
          zh: '酒店、公寓的主体砌体全部完成',
          en: 'Main masonry of the hotel and apartments complete',
        },
        doneOn: '2021',
        source: cite(A.projects, '二期酒店、公寓的主体砌体全部完成'),
      },
    ],
    source: cite(A.projects, '区级重点项目滨江“天目山晓城”二期酒店、公寓的主体砌体全部完成'),
  },
  {
    id: 'dahua-resort-hotel',
    name: {
      zh: '大华“天目山都喜天丽度假酒店”',
      en: 'Dahua “Tianmushan Dusit” resort hotel',
    },
    category: 'tourism',
    sponsor: { zh: '大华', en: 'Dahua' },
    stage: 'fitting-out',
    stageHistory: [
      {
        period: AS_OF,
        stage: 'fitting-out',
        note: '工程进入精装修阶段',
        source: cite(A.projects, '大华“天目山都喜天丽度假酒店”工程进入精装修阶段'),
      },
    ],
    milestones: [
      {
        // The Hangzhou Asian Games were then scheduled to open on 10 September 2022.
        id: 'open-before-asian-games',
        title: {
          zh: '于杭州亚运会前投入运营',
          en: 'Opens before the Hangzhou Asian Games (then due to open on 2022-09-10)',
        },
        due: '2022-09-10',
        source: cite(A.projects, '将于杭州亚运会前投入运营'),
      },
    ],
    source: cite(A.projects, '大华“天目山都喜天丽度假酒店”工程进入精装修阶段'),
  },
  {
    id: 'xuhui-hillside-village',
    name: { zh: '旭辉“坡地村镇”项目', en: 'CIFI (Xuhui) “hillside village” project' },
    category: 'tourism',
    sponsor: { zh: '旭辉', en: 'CIFI (Xuhui)' },
    stage: 'under-construction',
    stageHistory: [
      {
        period: AS_OF,
        stage: 'under-construction',
        note: '正式进场施工',
        source: cite(A.projects, '旭辉“坡地村镇”项目正式进场施工'),
      },
    ],
    milestones: [],
    source: cite(A.projects, '旭辉“坡地村镇”项目正式进场施工'),
  },
  {
    id: 'natural-gas-station',
    name: { zh: '天然气站项目', en: 'Natural gas station' },
    category: 'energy',
    stage: 'approved',
    stageHistory: [
      {
        period: AS_OF,
        stage: 'approved',
        note: '完成施工证办理',
        source: cite(A.projects, '天然气站项目完成施工证办理'),
      },
    ],
    milestones: [
      {
        id: 'construction-permit',
        title: { zh: '完成施工证办理', en: 'Construction permit obtained' },
        doneOn: '2021',
        source: cite(A.projects, '天然气站项目完成施工证办理'),
      },
      {
        id: 'complete',
        title: { zh: '加快完成天然气站', en: 'Gas station completed' },
        due: '2022',
        source: cite(P.vitality, '加快完成天然气站、藻严线落云至直坞里段建设'),
      },
    ],
    source: cite(A.projects, '天然气站项目完成施工证办理'),
  },
  {
    id: 'national-road-329',
    name: { zh: '329国道建设工程', en: 'National Road 329 construction' },
    category: 'transport',
    stage: 'preparatory',
    stageHistory: [
      {
        period: AS_OF,
        stage: 'preparatory',
        note: '先行区块工作顺利推进,完成全部10户房屋征迁',
        source: cite(A.projects, '329国道建设工程先行区块工作顺利推进,完成全部10户房屋征迁'),
      },
    ],
    milestones: [
      {
        id: 'pilot-block-relocation',
        title: {
          zh: '先行区块完成全部10户房屋征迁',
          en: 'All 10 households of the pilot block relocated',
        },
        doneOn: '2021',
        source: cite(A.projects, '完成全部10户房屋征迁'),
      },
      {
        id: 'land-signing-and-handover',
        title: {
          zh: '全面完成329国道征迁地块的签约和腾空交地',
          en: 'All National Road 329 land parcels signed for, cleared and handed over',
        },
        due: '2022',
        source: cite(P.vitality, '按照时间节点全面完成329国道征迁地块的签约和腾空交地'),
      },
    ],
    source: cite(A.projects, '329国道建设工程先行区块工作顺利推进'),
  },
  {
    id: 'xitianmu-zero-sewage-discharge',
    name: {
      zh: '西天目片“污水零直排”项目',
      en: 'West Tianmu “zero direct sewage discharge” project',
    },
    category: 'environment',
    stage: 'under-construction',
    stageHistory: [
      {
        period: AS_OF,
        stage: 'under-construction',
        note: '实施',
        source: cite(A.projects, '实施西天目片“污水零直排”项目'),
      },
    ],
    milestones: [],
    source: cite(A.projects, '实施西天目片“污水零直排”项目'),
  },
  {
    id: 'zaoxi-sewage-plant-upgrade',
    name: {
      zh: '藻溪污水处理厂清洁技术改建工程',
      en: 'Zaoxi sewage plant clean-technology rebuild',
    },
    category: 'environment',
    stage: 'under-construction',
    stageHistory: [
      {
        period: AS_OF,
        stage: 'under-construction',
        note: '实施',
        source: cite(A.projects, '实施西天目片“污水零直排”项目、藻溪污水处理厂清洁技术改建工程'),
      },
    ],
    milestones: [],
    source: cite(A.projects, '藻溪污水处理厂清洁技术改建工程'),
  },
  // 2021 review · 生态环境持续改善
  {
    id: 'yidu-land-consolidation',
    name: {
      zh: '一都等6村全域土地整治与生态修复项目',
      en: 'Land consolidation and ecological restoration of Yidu and five other villages',
    },
    category: 'land-consolidation',
    stage: 'under-construction',
    stageHistory: [
      {
        period: AS_OF,
        stage: 'under-construction',
        note: '实施',
        source: cite(A.projects, '实施一都等6村全域土地整治与生态修复项目'),
      },
    ],
    milestones: [],
    source: cite(A.projects, '实施一都等6村全域土地整治与生态修复项目'),
  },
  {
    id: 'leachate-treatment',
    name: { zh: '垃圾渗漏液集中处置项目', en: 'Central landfill-leachate treatment' },
    category: 'environment',
    stage: 'operating',
    stageHistory: [
      {
        period: AS_OF,
        stage: 'operating',
        note: '建成投用',
        source: cite(A.projects, '垃圾渗漏液集中处置项目、镇级垃圾中转站建成投用'),
      },
    ],
    milestones: [
      {
        id: 'open',
        title: { zh: '建成投用', en: 'Built and in use' },
        doneOn: '2021',
        source: cite(A.projects, '垃圾渗漏液集中处置项目、镇级垃圾中转站建成投用'),
      },
    ],
    source: cite(A.projects, '垃圾渗漏液集中处置项目、镇级垃圾中转站建成投用'),
  },
  {
    id: 'waste-transfer-station',
    name: { zh: '镇级垃圾中转站', en: 'Town waste transfer station' },
    category: 'environment',
    stage: 'operating',
    stageHistory: [
      {
        period: AS_OF,
        stage: 'operating',
        note: '建成投用',
        source: cite(A.projects, '镇级垃圾中转站建成投用'),
      },
    ],
    milestones: [
      {
        id: 'open',
        title: { zh: '建成投用', en: 'Built and in use' },
        doneOn: '2021',
        source: cite(A.projects, '镇级垃圾中转站建成投用'),
      },
    ],
    source: cite(A.projects, '镇级垃圾中转站建成投用'),
  },
  // 2021 review · 美丽创建齐头并进
  {
    id: 'neighbourhood-centre',
    name: { zh: '邻里中心', en: 'Neighbourhood centre' },
    category: 'urban-renewal',
    stage: 'completed',
    stageHistory: [
      {
        period: AS_OF,
        stage: 'completed',
        note: '美丽城镇标志性工程精彩亮相',
        source: cite(A.projects, '邻里中心、城镇公园、环河南街等美丽城镇标志性工程精彩亮相'),
      },
    ],
    milestones: [
      {
        id: 'open',
        title: { zh: '启用邻里中心', en: 'Neighbourhood centre opened for use' },
        due: '2022',
        source: cite(P.beauty, '启用邻里中心'),
      },
    ],
    source: cite(A.projects, '邻里中心、城镇公园、环河南街等美丽城镇标志性工程精彩亮相'),
  },
  {
    id: 'town-park',
    name: { zh: '城镇公园', en: 'Town park' },
    category: 'urban-renewal',
    stage: 'completed',
    stageHistory: [
      {
        period: AS_OF,
        stage: 'completed',
        note: '美丽城镇标志性工程精彩亮相',
        source: cite(A.projects, '邻里中心、城镇公园、环河南街等美丽城镇标志性工程精彩亮相'),
      },
    ],
    milestones: [],
    source: cite(A.projects, '邻里中心、城镇公园、环河南街等美丽城镇标志性工程精彩亮相'),
  },
  {
    id: 'huanhe-south-street',
    name: { zh: '环河南街', en: 'Huanhe South Street' },
    category: 'urban-renewal',
    stage: 'completed',
    stageHistory: [
      {
        period: AS_OF,
        stage: 'completed',
        note: '美丽城镇标志性工程精彩亮相',
        source: cite(A.projects, '邻里中心、城镇公园、环河南街等美丽城镇标志性工程精彩亮相'),
      },
    ],
    milestones: [],
    source: cite(A.projects, '邻里中心、城镇公园、环河南街等美丽城镇标志性工程精彩亮相'),
  },
  // 2021 review · 民生实事加快兑现
  {
    id: 'pingxi-resettlement',
    name: { zh: '平溪下山移民安置项目', en: 'Pingxi mountain-village resettlement' },
    category: 'resettlement',
    stage: 'completed',
    stageHistory: [
      {
        period: AS_OF,
        stage: 'completed',
        note: '建设完成,实现农户搬迁入住',
        source: cite(A.livelihoods, '平溪下山移民安置项目建设完成,实现农户搬迁入住'),
      },
    ],
    milestones: [
      {
        id: 'complete',
        title: { zh: '建设完成,实现农户搬迁入住', en: 'Built; households moved in' },
        doneOn: '2021',
        source: cite(A.livelihoods, '平溪下山移民安置项目建设完成,实现农户搬迁入住'),
      },
    ],
    source: cite(A.livelihoods, '平溪下山移民安置项目建设完成,实现农户搬迁入住'),
  },
  {
    id: 'wushan-water-supply',
    name: {
      zh: '武山村单村供水提质工程',
      en: 'Wushan village water-supply improvement',
    },
    category: 'water-supply',
    stage: 'completed',
    stageHistory: [
      {
        period: AS_OF,
        stage: 'completed',
        note: '完工供水',
        source: cite(A.livelihoods, '武山村单村供水提质工程完工供水'),
      },
    ],
    milestones: [
      {
        id: 'complete',
        title: { zh: '完工供水', en: 'Completed and supplying water' },
        doneOn: '2021',
        source: cite(A.livelihoods, '武山村单村供水提质工程完工供水'),
      },
    ],
    source: cite(A.livelihoods, '武山村单村供水提质工程完工供水'),
  },
  {
    id: 'longgang-water-network-phase-1',
    name: {
      zh: '藻溪片龙岗自来水厂管网扩网一期项目',
      en: 'Longgang waterworks network extension, phase 1 (Zaoxi area)',
    },
    category: 'water-supply',
    stage: 'completed',
    stageHistory: [
      {
        period: AS_OF,
        stage: 'completed',
        note: '完成7个行政村的接户工作',
        source: cite(A.livelihoods, '藻溪片龙岗自来水厂管网扩网一期项目完成7个行政村的接户工作'),
      },
    ],
    milestones: [
      {
        id: 'complete',
        title: {
          zh: '完成7个行政村的接户工作',
          en: 'Households of 7 villages connected',
        },
        doneOn: '2021',
        source: cite(A.livelihoods, '一期项目完成7个行政村的接户工作'),
      },
    ],
    source: cite(A.livelihoods, '藻溪片龙岗自来水厂管网扩网一期项目完成7个行政村的接户工作'),
  },
  {
    id: 'longgang-water-network-phase-2',
    name: {
      zh: '龙岗自来水厂管网扩网二期项目',
      en: 'Longgang waterworks network extension, phase 2',
    },
    category: 'water-supply',
    stage: 'under-construction',
    stageHistory: [
      {
        period: AS_OF,
        stage: 'under-construction',
        note: '完成70%',
        source: cite(A.livelihoods, '二期项目和告岭水厂联网工程完成70%'),
      },
    ],
    progressPercent: '70',
    milestones: [],
    source: cite(A.livelihoods, '二期项目和告岭水厂联网工程完成70%'),
  },
  {
    id: 'gaoling-waterworks-interconnection',
    name: { zh: '告岭水厂联网工程', en: 'Gaoling waterworks interconnection' },
    category: 'water-supply',
    stage: 'under-construction',
    stageHistory: [
      {
        period: AS_OF,
        stage: 'under-construction',
        note: '完成70%',
        source: cite(A.livelihoods, '二期项目和告岭水厂联网工程完成70%'),
      },
    ],
    progressPercent: '70',
    milestones: [],
    source: cite(A.livelihoods, '二期项目和告岭水厂联网工程完成70%'),
  },
  {
    id: 'dongguan-datang-road',
    name: {
      zh: '“四好农村路”东关至大塘段',
      en: '“Four-good” rural road, Dongguan to Datang section',
    },
    category: 'transport',
    stage: 'completed',
    stageHistory: [
      {
        period: AS_OF,
        stage: 'completed',
        note: '完成建设',
        source: cite(A.livelihoods, '完成“四好农村路”东关至大塘段建设'),
      },
    ],
    milestones: [
      {
        id: 'complete',
        title: { zh: '完成建设', en: 'Completed' },
        doneOn: '2021',
        source: cite(A.livelihoods, '完成“四好农村路”东关至大塘段建设'),
      },
    ],
    source: cite(A.livelihoods, '完成“四好农村路”东关至大塘段建设'),
  },
  {
    id: 'zaoyan-road-luoyun-zhiwuli',
    name: {
      zh: '藻严线落云至直坞里段',
      en: 'Zaoyan road, Luoyun to Zhiwuli section',
    },
    category: 'transport',
    stage: 'preparatory',
    stageHistory: [
      {
        period: AS_OF,
        stage: 'preparatory',
        note: '即将动工建设',
        source: cite(A.livelihoods, '藻严线、镇中心幼儿园等民心工程即将动工建设'),
      },
    ],
    milestones: [
      {
        id: 'complete',
        title: {
          zh: '加快完成藻严线落云至直坞里段建设',
          en: 'Luoyun–Zhiwuli section completed',
        },
        due: '2022',
        source: cite(P.vitality, '加快完成天然气站、藻严线落云至直坞里段建设'),
      },
    ],
    source: cite(A.livelihoods, '藻严线、镇中心幼儿园等民心工程即将动工建设'),
  },
  {
    id: 'town-kindergarten',
    name: { zh: '镇中心幼儿园', en: 'Town central kindergarten' },
    category: 'education',
    stage: 'preparatory',
    stageHistory: [
      {
        period: AS_OF,
        stage: 'preparatory',
        note: '即将动工建设',
        source: cite(A.livelihoods, '藻严线、镇中心幼儿园等民心工程即将动工建设'),
      },
    ],
    milestones: [
      {
        id: 'complete',
        title: { zh: '建成镇中心幼儿园', en: 'Kindergarten built' },
        due: '2022',
        source: cite(P.happiness, '建成镇中心幼儿园'),
      },
    ],
    source: cite(A.livelihoods, '藻严线、镇中心幼儿园等民心工程即将动工建设'),
  },
  {
    id: 'minwu-sports-village-upgrade',
    name: {
      zh: '闽坞村小康体育村升级工程',
      en: 'Minwu village sports-village upgrade',
    },
    category: 'sports',
    stage: 'completed',
    stageHistory: [
      {
        period: AS_OF,
        stage: 'completed',
        note: '完成建设',
        source: cite(A.livelihoods, '闽坞村小康体育村升级工程和白鹤村百姓健身房项目完成建设'),
      },
    ],
    milestones: [
      {
        id: 'complete',
        title: { zh: '完成建设', en: 'Completed' },
        doneOn: '2021',
        source: cite(A.livelihoods, '闽坞村小康体育村升级工程和白鹤村百姓健身房项目完成建设'),
      },
    ],
    source: cite(A.livelihoods, '闽坞村小康体育村升级工程和白鹤村百姓健身房项目完成建设'),
  },
  {
    id: 'baihe-fitness-room',
    name: { zh: '白鹤村百姓健身房项目', en: 'Baihe village public fitness room' },
    category: 'sports',
    stage: 'completed',
    stageHistory: [
      {
        period: AS_OF,
        stage: 'completed',
        note: '完成建设',
        source: cite(A.livelihoods, '白鹤村百姓健身房项目完成建设'),
      },
    ],
    milestones: [
      {
        id: 'complete',
        title: { zh: '完成建设', en: 'Completed' },
        doneOn: '2021',
        source: cite(A.livelihoods, '白鹤村百姓健身房项目完成建设'),
      },
    ],
    source: cite(A.livelihoods, '白鹤村百姓健身房项目完成建设'),
  },
  // 2021 review · 农业基础稳步提升
  {
    id: 'tianmu-granary',
    name: {
      zh: '对石片“天目粮仓”',
      en: '“Tianmu Granary” (Duishi area)',
    },
    category: 'agriculture',
    stage: 'under-construction',
    stageHistory: [
      {
        period: AS_OF,
        stage: 'under-construction',
        note: '启动建设',
        source: cite(A.industry, '启动对石片“天目粮仓”建设'),
      },
    ],
    milestones: [
      {
        id: 'demonstration-zone-built',
        title: {
          zh: '建成“天目粮仓”高标准农田产业融合示范区',
          en: 'High-standard farmland and industry-integration demonstration zone built',
        },
        due: '2022',
        source: cite(P.vitality, '建成“天目粮仓”高标准农田产业融合示范区'),
      },
    ],
    source: cite(A.industry, '启动对石片“天目粮仓”建设'),
  },
  // five-year review
  {
    id: 'tianmushan-bus-station',
    name: { zh: '天目山公交站', en: 'Tianmushan bus station' },
    category: 'transport',
    stage: 'operating',
    stageHistory: [
      {
        period: AS_OF,
        stage: 'operating',
        note: '先后建成投用',
        source: cite(F.society, '天目山公交站、藻溪小学先后建成投用'),
      },
    ],
    milestones: [
      {
        id: 'open',
        title: { zh: '建成投用', en: 'Built and in use' },
        doneOn: '2017/2021',
        source: cite(F.society, '天目山公交站、藻溪小学先后建成投用'),
      },
    ],
    source: cite(F.society, '天目山公交站、藻溪小学先后建成投用'),
  },
  {
    id: 'zaoxi-primary-school',
    name: { zh: '藻溪小学', en: 'Zaoxi primary school' },
    category: 'education',
    stage: 'operating',
    stageHistory: [
      {
        period: AS_OF,
        stage: 'operating',
        note: '先后建成投用',
        source: cite(F.society, '天目山公交站、藻溪小学先后建成投用'),
      },
    ],
    milestones: [
      {
        id: 'open',
        title: { zh: '建成投用', en: 'Built and in use' },
        doneOn: '2017/2021',
        source: cite(F.society, '天目山公交站、藻溪小学先后建成投用'),
      },
    ],
    source: cite(F.society, '天目山公交站、藻溪小学先后建成投用'),
  },
  // 2022 plan · 一、活力指数
  {
    id: 'jinshawan-upgrade',
    name: { zh: '金沙湾改造提升项目', en: 'Jinshawan renovation and upgrade' },
    category: 'tourism',
    stage: 'preparatory',
    stageHistory: [
      {
        period: AS_OF,
        stage: 'preparatory',
        note: 'Not stated; inferred from the 2022 plan (前期工作).',
        source: cite(P.vitality, '做深做细金沙湾改造提升等项目前期工作'),
      },
    ],
    milestones: [],
    source: cite(P.vitality, '做深做细金沙湾改造提升等项目前期工作'),
  },
  {
    id: 'huaheng-road',
    name: { zh: '化横线', en: 'Huaheng road' },
    category: 'transport',
    stage: 'planned',
    stageHistory: [
      {
        period: AS_OF,
        stage: 'planned',
        note: 'Not stated; inferred from the 2022 plan (列入储备库).',
        source: cite(P.vitality, '力争化横线项目列入区政府投资性项目储备库'),
      },
    ],
    milestones: [
      {
        id: 'listed-in-investment-reserve',
        title: {
          zh: '列入区政府投资性项目储备库',
          en: 'Listed in the district government’s investment-project reserve',
        },
        due: '2022',
        source: cite(P.vitality, '力争化横线项目列入区政府投资性项目储备库'),
      },
    ],
    source: cite(P.vitality, '力争化横线项目列入区政府投资性项目储备库'),
  },
  {
    id: 'xiangjian-tianmu-pastoral-complex',
    name: { zh: '“芗见天目”田园综合体', en: '“Xiangjian Tianmu” pastoral complex' },
    category: 'agriculture',
    stage: 'planned',
    stageHistory: [
      {
        period: AS_OF,
        stage: 'planned',
        note: 'Not stated; inferred from the 2022 plan (尽早开工建设).',
        source: cite(P.vitality, '尽早开工建设“芗见天目”田园综合体、天目艺术村驿站等项目'),
      },
    ],
    milestones: [
      {
        id: 'start-construction',
        title: { zh: '开工建设', en: 'Construction started' },
        due: '2022',
        source: cite(P.vitality, '尽早开工建设“芗见天目”田园综合体、天目艺术村驿站等项目'),
      },
    ],
    source: cite(P.vitality, '尽早开工建设“芗见天目”田园综合体、天目艺术村驿站等项目'),
  },
  {
    id: 'tianmu-art-village-station',
    name: { zh: '天目艺术村驿站', en: 'Tianmu art village station' },
    category: 'culture',
    stage: 'planned',
    stageHistory: [
      {
        period: AS_OF,
        stage: 'planned',
        note: 'Not stated; inferred from the 2022 plan (尽早开工建设).',
        source: cite(P.vitality, '尽早开工建设“芗见天目”田园综合体、天目艺术村驿站等项目'),
      },
    ],
    milestones: [
      {
        id: 'start-construction',
        title: { zh: '开工建设', en: 'Construction started' },
        due: '2022',
        source: cite(P.vitality, '尽早开工建设“芗见天目”田园综合体、天目艺术村驿站等项目'),
      },
    ],
    source: cite(P.vitality, '尽早开工建设“芗见天目”田园综合体、天目艺术村驿站等项目'),
  },
  {
    id: 'yanjiashan-solar',
    name: { zh: '严家山光伏项目', en: 'Yanjiashan solar power project' },
    category: 'energy',
    stage: 'planned',
    stageHistory: [
      {
        period: AS_OF,
        stage: 'planned',
        note: 'Not stated; inferred from the 2022 plan (推动落地).',
        source: cite(P.vitality, '全力推动严家山光伏项目落地'),
      },
    ],
    milestones: [
      {
        id: 'project-lands',
        title: { zh: '项目落地', en: 'Project secured on site' },
        due: '2022',
        source: cite(P.vitality, '全力推动严家山光伏项目落地'),
      },
    ],
    source: cite(P.vitality, '全力推动严家山光伏项目落地'),
  },
  // 2022 plan · 二、美丽指数
  {
    id: 'gaocun-sewage-expansion',
    name: {
      zh: '杲村等7村农村生活污水治理扩面项目',
      en: 'Rural sewage treatment extension in Gaocun and six other villages',
    },
    category: 'environment',
    stage: 'planned',
    stageHistory: [
      {
        period: AS_OF,
        stage: 'planned',
        note: 'Not stated; inferred from the 2022 plan (实施).',
        source: cite(P.beauty, '实施杲村等7村农村生活污水治理扩面项目'),
      },
    ],
    milestones: [],
    source: cite(P.beauty, '实施杲村等7村农村生活污水治理扩面项目'),
  },
  {
    id: 'longwangkeng-source-protection',
    name: {
      zh: '严家村龙王坑水库水源保护地农污整治项目',
      en: 'Rural sewage clean-up of the Longwangkeng reservoir source area, Yanjia village',
    },
    category: 'environment',
    stage: 'planned',
    stageHistory: [
      {
        period: AS_OF,
        stage: 'planned',
        note: 'Not stated; inferred from the 2022 plan (实施).',
        source: cite(P.beauty, '严家村龙王坑水库水源保护地农污整治项目'),
      },
    ],
    milestones: [],
    source: cite(P.beauty, '严家村龙王坑水库水源保护地农污整治项目'),
  },
  {
    id: 'waste-recycling-station-upgrade',
    name: {
      zh: '镇农村生活垃圾资源化处理站改造提升项目',
      en: 'Upgrade of the town rural-waste recycling station',
    },
    category: 'environment',
    stage: 'planned',
    stageHistory: [
      {
        period: AS_OF,
        stage: 'planned',
        note: 'Not stated; inferred from the 2022 plan (实施).',
        source: cite(P.beauty, '实施镇农村生活垃圾资源化处理站改造提升项目'),
      },
    ],
    milestones: [],
    source: cite(P.beauty, '实施镇农村生活垃圾资源化处理站改造提升项目'),
  },
  {
    id: 'yueliangqiao-future-village',
    name: {
      zh: '月亮桥村未来乡村和数字乡村建设',
      en: 'Yueliangqiao future village and digital village',
    },
    category: 'village-development',
    stage: 'under-construction',
    stageHistory: [
      {
        period: AS_OF,
        stage: 'under-construction',
        note: 'Not stated; inferred from the 2022 plan (完成).',
        source: cite(P.beauty, '完成月亮桥村未来乡村和数字乡村建设'),
      },
    ],
    milestones: [
      {
        id: 'complete',
        title: { zh: '完成建设', en: 'Completed' },
        due: '2022',
        source: cite(P.beauty, '完成月亮桥村未来乡村和数字乡村建设'),
      },
    ],
    source: cite(P.beauty, '完成月亮桥村未来乡村和数字乡村建设'),
  },
  {
    id: 'tianmu-village-future-village',
    name: { zh: '天目村未来乡村建设', en: 'Tianmu village future village' },
    category: 'village-development',
    stage: 'planned',
    stageHistory: [
      {
        period: AS_OF,
        stage: 'planned',
        note: 'Not stated; inferred from the 2022 plan (启动).',
        source: cite(P.beauty, '启动天目村未来乡村建设'),
      },
    ],
    milestones: [
      {
        id: 'start',
        title: { zh: '启动建设', en: 'Started' },
        due: '2022',
        source: cite(P.beauty, '启动天目村未来乡村建设'),
      },
    ],
    source: cite(P.beauty, '启动天目村未来乡村建设'),
  },
  {
    id: 'xiaan-wanshi-road',
    name: {
      zh: '严家村下安至富阳万市“断头路”打通项目',
      en: 'Dead-end road link from Xia’an (Yanjia village) to Wanshi, Fuyang',
    },
    category: 'transport',
    stage: 'planned',
    stageHistory: [
      {
        period: AS_OF,
        stage: 'planned',
        note: 'Not stated; inferred from the 2022 plan (实施).',
        source: cite(P.beauty, '实施严家村下安至富阳万市、九里村顶山至富阳万市“断头路”打通项目2个'),
      },
    ],
    milestones: [],
    source: cite(P.beauty, '实施严家村下安至富阳万市、九里村顶山至富阳万市“断头路”打通项目2个'),
  },
  {
    id: 'dingshan-wanshi-road',
    name: {
      zh: '九里村顶山至富阳万市“断头路”打通项目',
      en: 'Dead-end road link from Dingshan (Jiuli village) to Wanshi, Fuyang',
    },
    category: 'transport',
    stage: 'planned',
    stageHistory: [
      {
        period: AS_OF,
        stage: 'planned',
        note: 'Not stated; inferred from the 2022 plan (实施).',
        source: cite(P.beauty, '实施严家村下安至富阳万市、九里村顶山至富阳万市“断头路”打通项目2个'),
      },
    ],
    milestones: [],
    source: cite(P.beauty, '实施严家村下安至富阳万市、九里村顶山至富阳万市“断头路”打通项目2个'),
  },
  {
    id: 'zaoxi-town-renewal',
    name: { zh: '藻溪集镇城改', en: 'Zaoxi town-centre redevelopment' },
    category: 'urban-renewal',
    stage: 'preparatory',
    stageHistory: [
      {
        period: AS_OF,
        stage: 'preparatory',
        note: 'Not stated; inferred from the 2022 plan (项目前期).',
        source: cite(P.beauty, '积极推进藻溪集镇城改、白鹤旅游集散中心项目前期'),
      },
    ],
    milestones: [],
    source: cite(P.beauty, '积极推进藻溪集镇城改、白鹤旅游集散中心项目前期'),
  },
  {
    id: 'baihe-tourist-centre',
    name: { zh: '白鹤旅游集散中心', en: 'Baihe tourist distribution centre' },
    category: 'tourism',
    stage: 'preparatory',
    stageHistory: [
      {
        period: AS_OF,
        stage: 'preparatory',
        note: 'Not stated; inferred from the 2022 plan (项目前期).',
        source: cite(P.beauty, '积极推进藻溪集镇城改、白鹤旅游集散中心项目前期'),
      },
    ],
    milestones: [],
    source: cite(P.beauty, '积极推进藻溪集镇城改、白鹤旅游集散中心项目前期'),
  },
  // 2022 plan · 三、幸福指数
  {
    id: 'resettlement-community-upgrade',
    name: {
      zh: '门口、白鹤等村农民安置小区基础配套提升项目',
      en: 'Infrastructure upgrade of farmers’ resettlement estates in Menkou, Baihe and other villages',
    },
    category: 'resettlement',
    stage: 'planned',
    stageHistory: [
      {
        period: AS_OF,
        stage: 'planned',
        note: 'Not stated; inferred from the 2022 plan (实施).',
        source: cite(P.happiness, '实施门口、白鹤等村农民安置小区基础配套提升项目'),
      },
    ],
    milestones: [],
    source: cite(P.happiness, '实施门口、白鹤等村农民安置小区基础配套提升项目'),
  },
  {
    id: 'yanjia-jiuli-water-supply',
    name: {
      zh: '严家村、九里顶山自然村单村供水提质工程',
      en: 'Water-supply improvement of Yanjia village and Dingshan hamlet (Jiuli)',
    },
    category: 'water-supply',
    stage: 'planned',
    stageHistory: [
      {
        period: AS_OF,
        stage: 'planned',
        note: 'Not stated; inferred from the 2022 plan (启动).',
        source: cite(P.happiness, '启动严家村、九里顶山自然村单村供水提质工程'),
      },
    ],
    milestones: [
      {
        id: 'start',
        title: { zh: '启动工程', en: 'Works started' },
        due: '2022',
        source: cite(P.happiness, '启动严家村、九里顶山自然村单村供水提质工程'),
      },
    ],
    source: cite(P.happiness, '启动严家村、九里顶山自然村单村供水提质工程'),
  },
  {
    id: 'war-memorial-hall',
    name: { zh: '天目山抗战印迹馆', en: 'Tianmushan War of Resistance memorial hall' },
    category: 'culture',
    stage: 'planned',
    stageHistory: [
      {
        period: AS_OF,
        stage: 'planned',
        note: 'Not stated; inferred from the 2022 plan (启动建设).',
        source: cite(P.happiness, '启动天目山抗战印迹馆建设'),
      },
    ],
    milestones: [
      {
        id: 'start-construction',
        title: { zh: '启动建设', en: 'Construction started' },
        due: '2022',
        source: cite(P.happiness, '启动天目山抗战印迹馆建设'),
      },
    ],
    source: cite(P.happiness, '启动天目山抗战印迹馆建设'),
  },
  {
    id: 'zaoxi-martyrs-cemetery-upgrade',
    name: {
      zh: '藻溪新四军烈士墓提升项目',
      en: 'Upgrade of the New Fourth Army martyrs’ tomb, Zaoxi',
    },
    category: 'culture',
    stage: 'planned',
    stageHistory: [
      {
        period: AS_OF,
        stage: 'planned',
        note: 'Not stated; inferred from the 2022 plan (实施).',
        source: cite(P.happiness, '实施藻溪新四军烈士墓提升项目'),
      },
    ],
    milestones: [],
    source: cite(P.happiness, '实施藻溪新四军烈士墓提升项目'),
  },
];

import type { DemoEvent } from "./events.ts";

/** The 2008 seminar in Sofia on harm reduction in Roma communities: English, Russian and Lithuanian. */
export const SOFIA_2008: DemoEvent = {
  slug: "roma-health-seminar-sofia-2008",
  kind: "seminar",
  timeZone: "Europe/Sofia",
  isOnline: false,
  city: { en: "Sofia", ru: "София", lt: "Sofija" },
  country: "BG",
  workingLanguages: ["en"],
  organisations: [
    { slug: "initiative-for-health-foundation", role: "host" },
    { slug: "osi-roma-health-project", role: "co-organiser" },
    { slug: "osi-harm-reduction-development-program", role: "co-organiser" },
  ],
  topics: ["roma-health", "harm-reduction-services"],
  texts: [
    {
      locale: "en",
      fields: {
        title: "Strategies for Addressing the Health Consequences of Drug Use in Roma Communities",
        summary:
          "A three-day seminar in Sofia, 25–27 September 2008, for NGOs and health officials who wanted harm reduction services that work for Roma clients.",
        body: [
          "In 2007 the Open Society Institute's Roma Health Project and its International Harm Reduction Development Program brought harm reduction grantees and Roma leaders from across Europe together. They took apart common myths about Roma and drug use, and asked how to respond to a growing problem without feeding the discrimination Roma already face. The Sofia seminar went a step further: it was meant for NGOs and health officials ready to set up or improve services suited to Roma and other minority communities.",
          "The Initiative for Health Foundation (IHF) was the local host. The programme was above all a technical training: interactive skills sessions, visits to harm reduction projects that work with Roma, panels of organisations already active in Roma communities, and time to get to know one another.",
        ].join("\n\n"),
        objectives: [
          "Understand harm reduction: its philosophy, grounded in human rights, and the core services it rests on.",
          "Learn strategies and programme models for bringing harm reduction into existing work with Roma communities.",
          "Exchange ideas with colleagues on introducing harm reduction to Roma clients and communities.",
          "Get to know others who provide, or plan to provide, harm reduction services in Roma communities.",
          "Draft an action plan for your own organisation, to start or improve services for Roma clients.",
        ].join("\n"),
      },
    },
    {
      locale: "ru",
      fields: {
        title: "Стратегии преодоления последствий употребления наркотиков для здоровья в ромских общинах",
        summary:
          "Трёхдневный семинар в Софии 25–27 сентября 2008 года для НКО и представителей здравоохранения, которые хотели, чтобы услуги снижения вреда подходили клиентам-ромам.",
        body: [
          "В 2007 году Проект по здоровью ромов и Международная программа развития снижения вреда Института «Открытое общество» собрали грантополучателей программ снижения вреда и ромских лидеров со всей Европы. Они развенчивали распространённые мифы о ромах и наркотиках и искали способы ответить на растущую проблему, не усиливая дискриминацию, с которой ромы и так сталкиваются. Семинар в Софии стал следующим шагом: он был адресован НКО и представителям органов здравоохранения, готовым создать или улучшить услуги для ромов и других меньшинств.",
          "Принимающей организацией был фонд «Инициатива за здоровье» (Initiative for Health Foundation, IHF). Программа была прежде всего техническим обучением: интерактивные занятия по развитию навыков, посещение проектов снижения вреда, работающих с ромами, панельные дискуссии с организациями, уже работающими в ромских общинах, и время для знакомства друг с другом.",
        ].join("\n\n"),
        objectives: [
          "Понять, что такое снижение вреда: его философию, основанную на правах человека, и базовые услуги.",
          "Изучить стратегии и модели программ, позволяющие включить снижение вреда в текущую работу с ромскими общинами.",
          "Обменяться с коллегами идеями о том, как предложить снижение вреда ромским клиентам и общинам.",
          "Познакомиться с теми, кто уже оказывает или собирается оказывать услуги снижения вреда в ромских общинах.",
          "Составить план действий для своей организации, чтобы начать или улучшить работу с клиентами-ромами.",
        ].join("\n"),
      },
    },
    {
      locale: "lt",
      fields: {
        title: "Strategijos, kaip spręsti narkotikų vartojimo padarinius sveikatai romų bendruomenėse",
        summary:
          "Trijų dienų seminaras Sofijoje 2008 m. rugsėjo 25–27 d. nevyriausybinėms organizacijoms ir sveikatos apsaugos pareigūnams, kurie siekė, kad žalos mažinimo paslaugos tiktų romams.",
        body: [
          "2007 m. Atviros visuomenės instituto Romų sveikatos projektas ir Tarptautinė žalos mažinimo plėtros programa subūrė žalos mažinimo programų dotacijų gavėjus ir romų lyderius iš visos Europos. Jie siekė paneigti paplitusius mitus apie romus ir narkotikus ir ieškojo būdų spręsti augančią problemą nedidinant diskriminacijos, su kuria romai ir taip susiduria. Seminaras Sofijoje žengė dar vieną žingsnį: jis buvo skirtas nevyriausybinėms organizacijoms ir sveikatos apsaugos pareigūnams, pasirengusiems kurti ar gerinti paslaugas, tinkančias romams ir kitoms mažumų bendruomenėms.",
          "Vietinis seminaro partneris buvo fondas „Iniciatyva sveikatai“ (Initiative for Health Foundation, IHF). Programa pirmiausia buvo techninis mokymas: interaktyvūs įgūdžių užsiėmimai, apsilankymai su romais dirbančiuose žalos mažinimo projektuose, diskusijos su organizacijomis, jau dirbančiomis romų bendruomenėse, ir laikas susipažinti.",
        ].join("\n\n"),
        objectives: [
          "Susipažinti su žalos mažinimu: jo žmogaus teisėmis grįsta filosofija ir pagrindinėmis paslaugomis.",
          "Išmokti strategijų ir programų modelių, kaip įtraukti žalos mažinimą į esamą darbą su romų bendruomenėmis.",
          "Pasidalyti su kolegomis idėjomis, kaip pasiūlyti žalos mažinimą romų klientams ir bendruomenėms.",
          "Užmegzti ryšius su tais, kurie teikia ar ketina teikti žalos mažinimo paslaugas romų bendruomenėse.",
          "Parengti savo organizacijos veiksmų planą, kaip pradėti teikti ar pagerinti paslaugas romų klientams.",
        ].join("\n"),
      },
    },
  ],
  sessions: [
    {
      kind: "opening",
      day: 1,
      starts: "09:00",
      ends: "09:30",
      title: { en: "Opening and introductions", ru: "Открытие и знакомство", lt: "Atidarymas ir prisistatymas" },
      description: {
        en: "Why this seminar, what the three days hold, and who is in the room.",
        ru: "Зачем этот семинар, что ждёт участников в эти три дня и кто собрался в зале.",
        lt: "Kam skirtas šis seminaras, kas laukia per tris dienas ir kas susirinko salėje.",
      },
    },
    {
      kind: "presentation",
      day: 1,
      starts: "09:30",
      ends: "11:00",
      title: {
        en: "Harm reduction: a human rights-based approach and its core services",
        ru: "Снижение вреда: подход, основанный на правах человека, и базовые услуги",
        lt: "Žalos mažinimas: žmogaus teisėmis grįstas požiūris ir pagrindinės paslaugos",
      },
      description: {
        en: "The philosophy of harm reduction and the services it rests on, for participants new to it.",
        ru: "Философия снижения вреда и услуги, на которых оно строится, — для тех, кто знакомится с ним впервые.",
        lt: "Žalos mažinimo filosofija ir paslaugos, kuriomis jis remiasi, – tiems, kurie su juo susiduria pirmą kartą.",
      },
    },
    {
      kind: "panel",
      day: 1,
      starts: "11:30",
      ends: "13:00",
      title: {
        en: "Drug use in Roma communities: myths and what we know",
        ru: "Употребление наркотиков в ромских общинах: мифы и факты",
        lt: "Narkotikų vartojimas romų bendruomenėse: mitai ir faktai",
      },
      description: {
        en: "Picking up the 2007 discussion: how to respond to a growing problem without feeding discrimination against Roma.",
        ru: "Продолжение дискуссии 2007 года: как ответить на растущую проблему, не усиливая дискриминацию ромов.",
        lt: "2007 m. diskusijos tęsinys: kaip spręsti augančią problemą nedidinant romų diskriminacijos.",
      },
    },
    {
      kind: "skills",
      day: 1,
      starts: "14:30",
      ends: "16:00",
      title: {
        en: "Skills session: reaching Roma clients",
        ru: "Занятие по развитию навыков: как найти подход к клиентам-ромам",
        lt: "Įgūdžių užsiėmimas: kaip pasiekti romus klientus",
      },
      description: {
        en: "Interactive exercises on outreach, and on making services welcoming to Roma clients.",
        ru: "Интерактивные упражнения: аутрич-работа и как сделать услуги приветливыми для клиентов-ромов.",
        lt: "Interaktyvūs pratimai apie darbą gatvėje ir apie tai, kaip paslaugas padaryti palankias romams klientams.",
      },
    },
    {
      kind: "networking",
      day: 1,
      starts: "16:30",
      ends: "17:30",
      title: { en: "Networking: who works where", ru: "Знакомство: кто где работает", lt: "Pažintys: kas kur dirba" },
      description: {
        en: "Time to meet colleagues who provide, or plan to provide, harm reduction services in Roma communities.",
        ru: "Время познакомиться с коллегами, которые оказывают или собираются оказывать услуги снижения вреда в ромских общинах.",
        lt: "Laikas susipažinti su kolegomis, kurie teikia ar ketina teikti žalos mažinimo paslaugas romų bendruomenėse.",
      },
    },
    {
      kind: "site-visit",
      day: 2,
      starts: "09:00",
      ends: "13:00",
      title: {
        en: "Site visits to harm reduction projects working with Roma",
        ru: "Посещение проектов снижения вреда, работающих с ромами",
        lt: "Apsilankymai su romais dirbančiuose žalos mažinimo projektuose",
      },
      description: {
        en: "In small groups, participants see the services at work and talk with their staff.",
        ru: "Участники в небольших группах знакомятся с работой служб и беседуют с их сотрудниками.",
        lt: "Mažomis grupėmis dalyviai pamato, kaip veikia paslaugos, ir kalbasi su jų darbuotojais.",
      },
    },
    {
      kind: "panel",
      day: 2,
      starts: "14:30",
      ends: "16:00",
      title: {
        en: "Panel: organisations working in Roma communities",
        ru: "Панельная дискуссия: организации, работающие в ромских общинах",
        lt: "Diskusija: organizacijos, dirbančios romų bendruomenėse",
      },
      description: {
        en: "Harm reduction organisations already active in Roma communities present their programmes and answer questions.",
        ru: "Организации снижения вреда, уже работающие в ромских общинах, представляют свои программы и отвечают на вопросы.",
        lt: "Žalos mažinimo organizacijos, jau dirbančios romų bendruomenėse, pristato savo programas ir atsako į klausimus.",
      },
    },
    {
      kind: "skills",
      day: 2,
      starts: "16:30",
      ends: "17:30",
      title: {
        en: "Skills session: programme models for work with Roma",
        ru: "Занятие по развитию навыков: модели программ для работы с ромами",
        lt: "Įgūdžių užsiėmimas: programų modeliai darbui su romais",
      },
      description: {
        en: "How to add harm reduction to the work an organisation already does with Roma communities, or improve what it offers.",
        ru: "Как добавить снижение вреда к работе, которую организация уже ведёт с ромскими общинами, или улучшить то, что она предлагает.",
        lt: "Kaip įtraukti žalos mažinimą į organizacijos jau vykdomą darbą su romų bendruomenėmis arba pagerinti tai, ką ji siūlo.",
      },
    },
    {
      kind: "skills",
      day: 3,
      starts: "09:00",
      ends: "10:30",
      title: { en: "What we learnt from the site visits", ru: "Что мы узнали во время посещений", lt: "Ką sužinojome apsilankymų metu" },
      description: {
        en: "Groups compare what they saw and what they would take back to their own work.",
        ru: "Группы сравнивают увиденное и решают, что возьмут в свою работу.",
        lt: "Grupės palygina, ką matė, ir aptaria, ką pritaikys savo darbe.",
      },
    },
    {
      kind: "skills",
      day: 3,
      starts: "11:00",
      ends: "13:00",
      title: {
        en: "Closing session: an action plan for each organisation",
        ru: "Заключительная сессия: план действий для каждой организации",
        lt: "Baigiamoji sesija: kiekvienos organizacijos veiksmų planas",
      },
      description: {
        en: "Each organisation drafts its plan to start or improve harm reduction services for Roma clients, and presents it to the others.",
        ru: "Каждая организация составляет план, как начать или улучшить работу по снижению вреда с клиентами-ромами, и представляет его остальным.",
        lt: "Kiekviena organizacija parengia planą, kaip pradėti teikti ar pagerinti žalos mažinimo paslaugas romams klientams, ir pristato jį kitiems.",
      },
    },
  ],
  occurrences: [{ starts: "2008-09-25T09:00", ends: "2008-09-27T13:00" }],
};

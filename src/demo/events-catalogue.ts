import type { OrganisationInput, ProgrammeInput, SeriesInput, TopicInput } from "../catalogue/index.ts";
import type { LocalizedText } from "../i18n/content.ts";

/**
 * What the demo events refer to: organisations, the people who spoke or facilitated, programmes,
 * series and topics. Names and positions as the public reports of the events give them.
 * International bodies have no country.
 */

export const DEMO_ORGANISATIONS: OrganisationInput[] = [
  {
    slug: "initiative-for-health-foundation",
    shortName: "IHF",
    kind: "ngo",
    country: "BG",
    website: null,
    name: { en: "Initiative for Health Foundation", ru: "Фонд «Инициатива за здоровье»", lt: "Fondas „Iniciatyva sveikatai“" },
    description: {
      en: "A foundation in Sofia, the local host of the 2008 seminar on harm reduction in Roma communities.",
      ru: "Фонд в Софии, принимавший семинар 2008 года о снижении вреда в ромских общинах.",
      lt: "Fondas Sofijoje, 2008 m. priėmęs seminarą apie žalos mažinimą romų bendruomenėse.",
    },
  },
  {
    slug: "osi-roma-health-project",
    shortName: "OSI RHP",
    kind: "donor",
    country: null,
    website: null,
    name: {
      en: "Open Society Institute, Roma Health Project",
      ru: "Институт «Открытое общество», Проект по здоровью ромов",
      lt: "Atviros visuomenės institutas, Romų sveikatos projektas",
    },
    description: {
      en: "Brought harm reduction grantees and Roma leaders together in 2007, and co-organised the Sofia seminar in 2008.",
      ru: "В 2007 году собрал грантополучателей программ снижения вреда и ромских лидеров, в 2008 году стал соорганизатором семинара в Софии.",
    },
  },
  {
    slug: "osi-harm-reduction-development-program",
    shortName: "OSI IHRD",
    kind: "donor",
    country: null,
    website: null,
    name: {
      en: "Open Society Institute, International Harm Reduction Development Program",
      ru: "Институт «Открытое общество», Международная программа развития снижения вреда",
      lt: "Atviros visuomenės institutas, Tarptautinė žalos mažinimo plėtros programa",
    },
    description: {
      en: "Co-organised the 2008 Sofia seminar with the Roma Health Project.",
      ru: "Вместе с Проектом по здоровью ромов организовала семинар 2008 года в Софии.",
    },
  },
  {
    slug: "eeca-technical-support-hub",
    shortName: "EECA Hub",
    kind: "other",
    country: "UA",
    website: null,
    name: {
      en: "Regional Technical Support Hub for Eastern Europe and Central Asia",
      ru: "Региональный центр технической поддержки для Восточной Европы и Центральной Азии",
      uk: "Регіональний центр технічної підтримки для Східної Європи та Центральної Азії",
    },
    description: {
      en: "Ran the 2014 Bangkok workshop on employing people who use drugs, with India HIV/AIDS Alliance and COACT.",
      ru: "Провёл в 2014 году семинар в Бангкоке о трудоустройстве людей, употребляющих наркотики, вместе с Индийским альянсом по ВИЧ/СПИДу и COACT.",
    },
  },
  {
    slug: "india-hiv-aids-alliance",
    shortName: "Alliance India",
    kind: "ngo",
    country: "IN",
    website: null,
    name: { en: "India HIV/AIDS Alliance", ru: "Индийский альянс по ВИЧ/СПИДу" },
    description: {
      en: "Co-organised the 2014 Bangkok workshop; Charanjit Sharma facilitated it.",
      ru: "Соорганизатор семинара 2014 года в Бангкоке; одним из ведущих был Чаранджит Шарма.",
    },
  },
  {
    slug: "coact",
    shortName: "COACT",
    kind: "other",
    country: null,
    website: null,
    name: { en: "COACT", ru: "COACT" },
    description: {
      en: "Co-organised the 2014 Bangkok workshop; Mat Southwell facilitated it.",
      ru: "Соорганизатор семинара 2014 года в Бангкоке; одним из ведущих был Мэт Саутвелл.",
    },
  },
  {
    slug: "alliance-ukraine",
    shortName: "Alliance Ukraine",
    kind: "ngo",
    country: "UA",
    website: null,
    name: {
      en: "International HIV/AIDS Alliance in Ukraine",
      ru: "Международный Альянс по ВИЧ/СПИД в Украине",
      uk: "Міжнародний Альянс з ВІЛ/СНІД в Україні",
    },
    description: {
      en: "Maryna Braga of Alliance Ukraine facilitated the 2014 Bangkok workshop.",
      ru: "Марина Брага из Альянса Украины была одной из ведущих семинара 2014 года в Бангкоке.",
    },
  },
  {
    slug: "medecins-du-monde",
    shortName: "MdM",
    kind: "ngo",
    country: "FR",
    website: null,
    name: { en: "Médecins du Monde", fr: "Médecins du Monde", ru: "«Врачи мира» (Médecins du Monde)" },
    description: {
      en: "Convened the first webinar on COVID-19 and harm reduction in April 2020.",
      fr: "À l’initiative du premier webinaire COVID-19 et réduction des risques, en avril 2020.",
      ru: "Инициатор первого вебинара о COVID-19 и снижении вреда в апреле 2020 года.",
    },
  },
  {
    slug: "who",
    shortName: "WHO",
    kind: "un-agency",
    country: null,
    website: null,
    name: {
      en: "World Health Organization",
      fr: "Organisation mondiale de la Santé",
      ru: "Всемирная организация здравоохранения",
      uk: "Всесвітня організація охорони здоров’я",
      lt: "Pasaulio sveikatos organizacija",
      "sr-Latn": "Svetska zdravstvena organizacija",
      "sr-Cyrl": "Светска здравствена организација",
    },
    description: {
      en: "Co-organised the COVID-19 webinars, then held regional ones for decision makers and government officials.",
      fr: "Co-organisatrice des webinaires COVID-19, puis de webinaires régionaux pour les décideurs et les responsables gouvernementaux.",
      ru: "Соорганизатор вебинаров о COVID-19; затем провела региональные вебинары для лиц, принимающих решения, и государственных служащих.",
    },
  },
  {
    slug: "unodc",
    shortName: "UNODC",
    kind: "un-agency",
    country: null,
    website: null,
    name: {
      en: "United Nations Office on Drugs and Crime",
      fr: "Office des Nations unies contre la drogue et le crime",
      ru: "Управление ООН по наркотикам и преступности",
      uk: "Управління ООН з наркотиків і злочинності",
      lt: "Jungtinių Tautų narkotikų ir nusikalstamumo biuras",
      "sr-Latn": "Kancelarija Ujedinjenih nacija za droge i kriminal",
      "sr-Cyrl": "Канцеларија Уједињених нација за дроге и криминал",
    },
    description: {
      en: "Wrote training modules on HIV and harm reduction for law enforcement, and co-organised the COVID-19 webinars.",
      fr: "Auteur de modules de formation sur le VIH et la réduction des risques pour les forces de l’ordre, co-organisateur des webinaires COVID-19.",
      ru: "Разработало учебные модули по ВИЧ и снижению вреда для правоохранительных органов; соорганизатор вебинаров о COVID-19.",
    },
  },
  {
    slug: "inpud",
    shortName: "INPUD",
    kind: "network",
    country: null,
    website: null,
    name: {
      en: "International Network of People Who Use Drugs",
      fr: "International Network of People Who Use Drugs",
      ru: "Международная сеть людей, употребляющих наркотики",
    },
    description: {
      en: "The global network of people who use drugs; co-organised the COVID-19 webinars.",
      ru: "Глобальная сеть людей, употребляющих наркотики; соорганизатор вебинаров о COVID-19.",
    },
  },
  {
    slug: "harm-reduction-international",
    shortName: "HRI",
    kind: "ngo",
    country: null,
    website: null,
    name: { en: "Harm Reduction International", fr: "Harm Reduction International", ru: "Harm Reduction International" },
    description: {
      en: "Co-organised the COVID-19 webinars.",
      ru: "Соорганизатор вебинаров о COVID-19.",
    },
  },
  {
    slug: "euronpud",
    shortName: "EuroNPUD",
    kind: "network",
    country: null,
    website: null,
    name: {
      en: "European Network of People Who Use Drugs",
      fr: "European Network of People Who Use Drugs",
      ru: "Европейская сеть людей, употребляющих наркотики",
    },
    description: {
      en: "The European network of people who use drugs; co-organised the COVID-19 webinars.",
      ru: "Европейская сеть людей, употребляющих наркотики; соорганизатор вебинаров о COVID-19.",
    },
  },
  {
    slug: "ehrn",
    shortName: "EHRN",
    kind: "network",
    country: "LT",
    website: null,
    name: {
      en: "Eurasian Harm Reduction Network",
      ru: "Евразийская сеть снижения вреда",
      uk: "Євразійська мережа зменшення шкоди",
      lt: "Eurazijos žalos mažinimo tinklas",
    },
    description: {
      en: "Ran the regional programme Harm Reduction Works—Fund It! and, with UNODC, the 2016 meetings of police and NGOs.",
      ru: "Вела региональную программу Harm Reduction Works—Fund It! и вместе с УНП ООН проводила в 2016 году встречи полиции и НКО.",
    },
  },
];

export type DemoProfile = {
  slug: string;
  name: string;
  organisation: string | null;
  position: LocalizedText;
  bio: LocalizedText;
};

/** Positions as the reports of the events give them, at the time; pages show the organisation beside them. */
export const DEMO_PROFILES: DemoProfile[] = [
  {
    slug: "mat-southwell",
    name: "Mat Southwell",
    organisation: "euronpud",
    position: {
      en: "Project Executive",
      fr: "Chargé de projets",
      ru: "Руководитель проектов",
    },
    bio: {
      en: "Co-facilitated the 2014 Bangkok workshop on employing people who use drugs for COACT, and spoke for EuroNPUD at the April 2020 webinar on COVID-19 and harm reduction.",
      fr: "A co-animé pour COACT l’atelier de Bangkok sur l’emploi des personnes qui consomment des drogues en 2014, et a parlé au nom d’EuroNPUD lors du webinaire d’avril 2020.",
      ru: "В 2014 году от COACT вёл вместе с коллегами семинар в Бангкоке о трудоустройстве людей, употребляющих наркотики; в апреле 2020 года выступил от EuroNPUD на вебинаре о COVID-19 и снижении вреда.",
    },
  },
  {
    slug: "charanjit-sharma",
    name: "Charanjit Sharma",
    organisation: "india-hiv-aids-alliance",
    position: {},
    bio: {
      en: "Co-facilitated the 2014 Bangkok workshop for India HIV/AIDS Alliance.",
      ru: "Вёл вместе с коллегами семинар 2014 года в Бангкоке от Индийского альянса по ВИЧ/СПИДу.",
    },
  },
  {
    slug: "maryna-braga",
    name: "Maryna Braga",
    organisation: "alliance-ukraine",
    position: {},
    bio: {
      en: "Co-facilitated the 2014 Bangkok workshop for Alliance Ukraine.",
      ru: "Вела вместе с коллегами семинар 2014 года в Бангкоке от Альянса Украины.",
    },
  },
  {
    slug: "monica-ciupagea",
    name: "Monica Ciupagea",
    organisation: "unodc",
    position: {
      en: "Drug Use and HIV Expert",
      fr: "Experte usage de drogues et VIH",
      ru: "Эксперт по употреблению наркотиков и ВИЧ",
    },
    bio: {},
  },
  {
    slug: "annette-verster",
    name: "Annette Verster",
    organisation: "who",
    position: {
      en: "Technical Lead on Key Populations, Hepatitis and STI Programme",
      fr: "Responsable technique pour les populations clés, programme hépatites et IST",
      ru: "Технический руководитель по ключевым группам населения, программа по гепатитам и ИППП",
    },
    bio: {},
  },
  {
    slug: "judy-chang",
    name: "Judy Chang",
    organisation: "inpud",
    position: {
      en: "Executive Director",
      fr: "Directrice exécutive",
      ru: "Исполнительный директор",
    },
    bio: {},
  },
  {
    slug: "joumana-hermez",
    name: "Joumana Hermez",
    organisation: "who",
    position: {
      en: "Regional Advisor HIV, Hepatitis and STIs, Regional Office for the Eastern Mediterranean",
      fr: "Conseillère régionale VIH, hépatites et IST, Bureau régional pour la Méditerranée orientale",
      ru: "Региональный советник по ВИЧ, гепатитам и ИППП, Региональное бюро для стран Восточного Средиземноморья",
    },
    bio: {},
  },
  {
    slug: "naomi-burke-shyne",
    name: "Naomi Burke-Shyne",
    organisation: "harm-reduction-international",
    position: {
      en: "Executive Director",
      fr: "Directrice exécutive",
      ru: "Исполнительный директор",
    },
    bio: {},
  },
];

export const DEMO_PROGRAMMES: ProgrammeInput[] = [
  {
    slug: "harm-reduction-works-fund-it",
    title: {
      en: "Harm Reduction Works—Fund It!",
      ru: "Harm Reduction Works—Fund It! («Снижение вреда работает — финансируйте его!»)",
      uk: "Harm Reduction Works—Fund It! («Зменшення шкоди працює — фінансуйте його!»)",
      lt: "Harm Reduction Works—Fund It! („Žalos mažinimas veikia – finansuokite jį!“)",
    },
    description: {
      en: "A regional programme of the Eurasian Harm Reduction Network: harm reduction in Eastern Europe and Central Asia should be paid for and backed at home, police and interior ministries included, not only by foreign donors.",
      ru: "Региональная программа Евразийской сети снижения вреда: снижение вреда в Восточной Европе и Центральной Азии должно финансироваться и поддерживаться внутри стран, в том числе полицией и министерствами внутренних дел, а не только иностранными донорами.",
    },
  },
  {
    slug: "covid-19-and-harm-reduction",
    title: {
      en: "COVID-19 and harm reduction",
      fr: "COVID-19 et réduction des risques",
      ru: "COVID-19 и снижение вреда",
      uk: "COVID-19 та зменшення шкоди",
      lt: "COVID-19 ir žalos mažinimas",
      "sr-Latn": "COVID-19 i smanjenje štete",
      "sr-Cyrl": "COVID-19 и смањење штете",
    },
    description: {
      en: "Keeping harm reduction services open and within reach of people who use drugs during the pandemic, by sharing what works in the field.",
      fr: "Garder les services de réduction des risques ouverts et accessibles aux personnes qui consomment des drogues pendant la pandémie, en partageant ce qui fonctionne sur le terrain.",
      ru: "Как сохранить услуги снижения вреда открытыми и доступными для людей, употребляющих наркотики, во время пандемии: делимся тем, что работает на практике.",
    },
  },
  {
    slug: "community-action-on-harm-reduction",
    title: {
      en: "Community Action on Harm Reduction (CAHR)",
      ru: "«Действия сообществ по снижению вреда» (CAHR)",
    },
    description: {
      en: "The programme whose partners from China, India, Indonesia, Kenya and Malaysia met in Bangkok in 2014 to talk about employing people who use drugs.",
      ru: "Программа, партнёры которой из Китая, Индии, Индонезии, Кении и Малайзии встретились в 2014 году в Бангкоке, чтобы обсудить трудоустройство людей, употребляющих наркотики.",
    },
  },
];

export type DemoSeries = Omit<SeriesInput, "programmeId"> & { programme: string };

export const DEMO_SERIES: DemoSeries[] = [
  {
    slug: "police-and-ngos-2016",
    programme: "harm-reduction-works-fund-it",
    title: {
      en: "Police and NGOs working together for harm reduction",
      ru: "Полиция и НКО: вместе ради снижения вреда",
    },
    description: {
      en: "Two-day meetings in Belarus, Kazakhstan, Georgia and Tajikistan, begun in June 2016 by the Eurasian Harm Reduction Network and UNODC, at which interior ministry officers, harm reduction staff and people who use drugs plan together how police work can help people reach services instead of keeping them away.",
      ru: "Двухдневные встречи в Беларуси, Казахстане, Грузии и Таджикистане, начатые в июне 2016 года Евразийской сетью снижения вреда и УНП ООН: сотрудники МВД, работники программ снижения вреда и люди, употребляющие наркотики, вместе планируют, как работа полиции может помогать людям получать услуги, а не отталкивать их.",
    },
  },
  {
    slug: "covid-19-harm-reduction-webinars",
    programme: "covid-19-and-harm-reduction",
    title: {
      en: "COVID-19 & Harm Reduction: sharing experiences in practice",
      fr: "COVID-19 & RdR : partage d’expériences et de bonnes pratiques",
      ru: "COVID-19 и снижение вреда: делимся практическим опытом",
    },
    description: {
      en: "Webinars begun in April 2020 by Médecins du Monde with WHO, UNODC, INPUD, HRI and EuroNPUD, in which people who run harm reduction programmes tell each other how they keep services going.",
      fr: "Des webinaires lancés en avril 2020 par Médecins du Monde avec l’OMS, l’ONUDC, INPUD, HRI et EuroNPUD, où les équipes des programmes de réduction des risques partagent la façon dont elles maintiennent leurs services.",
      ru: "Вебинары, которые в апреле 2020 года начали «Врачи мира» вместе с ВОЗ, УНП ООН, INPUD, HRI и EuroNPUD: сотрудники программ снижения вреда рассказывают друг другу, как сохраняют работу своих служб.",
    },
  },
];

export const DEMO_TOPICS: TopicInput[] = [
  {
    slug: "roma-health",
    name: {
      en: "Roma health",
      ru: "Здоровье ромов",
      uk: "Здоров’я ромів",
      "sr-Latn": "Zdravlje Roma",
      "sr-Cyrl": "Здравље Рома",
      lt: "Romų sveikata",
      fr: "Santé des Roms",
    },
  },
  {
    slug: "employment",
    name: {
      en: "Employment",
      ru: "Трудоустройство",
      uk: "Працевлаштування",
      "sr-Latn": "Zapošljavanje",
      "sr-Cyrl": "Запошљавање",
      lt: "Įdarbinimas",
      fr: "Emploi",
    },
  },
  {
    slug: "covid-19",
    name: {
      en: "COVID-19",
      ru: "COVID-19",
      uk: "COVID-19",
      "sr-Latn": "COVID-19",
      "sr-Cyrl": "COVID-19",
      lt: "COVID-19",
      fr: "COVID-19",
    },
  },
  {
    slug: "police-and-harm-reduction",
    name: {
      en: "Police and harm reduction",
      ru: "Полиция и снижение вреда",
      uk: "Поліція та зменшення шкоди",
      "sr-Latn": "Policija i smanjenje štete",
      "sr-Cyrl": "Полиција и смањење штете",
      lt: "Policija ir žalos mažinimas",
      fr: "Police et réduction des risques",
    },
  },
  {
    slug: "harm-reduction-services",
    name: {
      en: "Harm reduction services",
      ru: "Услуги снижения вреда",
      uk: "Послуги зменшення шкоди",
      "sr-Latn": "Usluge smanjenja štete",
      "sr-Cyrl": "Услуге смањења штете",
      lt: "Žalos mažinimo paslaugos",
      fr: "Services de réduction des risques",
    },
  },
  {
    slug: "communities-of-people-who-use-drugs",
    name: {
      en: "Communities of people who use drugs",
      ru: "Сообщества людей, употребляющих наркотики",
      uk: "Спільноти людей, які вживають наркотики",
      "sr-Latn": "Zajednice ljudi koji koriste droge",
      "sr-Cyrl": "Заједнице људи који користе дроге",
      lt: "Narkotikus vartojančių žmonių bendruomenės",
      fr: "Communautés de personnes qui consomment des drogues",
    },
  },
];

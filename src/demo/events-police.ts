import type { DemoEvent, DemoSession } from "./events.ts";

/**
 * The 2016 meetings of police and harm reduction NGOs: four two-day meetings of one series, in
 * English and Russian. The report names only the month of the first (Minsk, June 2016) and says
 * the others were to follow; the days here are the demo's, and the texts say so.
 */

type City = {
  slug: string;
  timeZone: string;
  country: string;
  name: { en: string; ru: string };
  /** "в Минске": Russian needs the locative. */
  inRu: string;
  days: [string, string];
};

const CITIES: City[] = [
  {
    slug: "minsk",
    timeZone: "Europe/Minsk",
    country: "BY",
    name: { en: "Minsk", ru: "Минск" },
    inRu: "в Минске",
    days: ["2016-06-14", "2016-06-15"],
  },
  {
    slug: "almaty",
    timeZone: "Asia/Almaty",
    country: "KZ",
    name: { en: "Almaty", ru: "Алматы" },
    inRu: "в Алматы",
    days: ["2016-09-20", "2016-09-21"],
  },
  {
    slug: "tbilisi",
    timeZone: "Asia/Tbilisi",
    country: "GE",
    name: { en: "Tbilisi", ru: "Тбилиси" },
    inRu: "в Тбилиси",
    days: ["2016-10-18", "2016-10-19"],
  },
  {
    slug: "dushanbe",
    timeZone: "Asia/Dushanbe",
    country: "TJ",
    name: { en: "Dushanbe", ru: "Душанбе" },
    inRu: "в Душанбе",
    days: ["2016-11-15", "2016-11-16"],
  },
];

const BACKGROUND = {
  en: [
    "For years, harm reduction in Eastern Europe and Central Asia ran on international money, with little support from governments. Interior ministries were wary of needle and syringe programmes and opioid substitution therapy, and some opposed them outright. Police rarely saw the evidence on harm reduction, and rarely had the chance to talk openly with the people who provide it. Yet the way police work decides whether people who use drugs can reach medical and social services without delay.",
    "In June 2016 the Eurasian Harm Reduction Network (EHRN) and the UN Office on Drugs and Crime (UNODC) started a series of joint activities in Belarus, Kazakhstan, Georgia and Tajikistan to change this. UNODC's training modules on HIV and harm reduction for law enforcement were offered to senior drug control staff, to operational officers and to teachers at national police training centres, so that the subject could become part of regular police training.",
    "EHRN and national partners hosted two-day meetings at which interior ministry officers, harm reduction staff and communities of people who use drugs put their questions to each other directly, named what needed to improve and planned concrete steps. One hoped-for result: pilot schemes in which police refer people who use drugs to harm reduction services instead of punishing them.",
  ],
  ru: [
    "Долгие годы программы снижения вреда в Восточной Европе и Центральной Азии жили на международные деньги, почти без поддержки государства. Министерства внутренних дел относились к обмену игл и шприцев и к опиоидной заместительной терапии настороженно, а порой открыто выступали против. Полиция редко видела доказательные данные о снижении вреда и почти не имела возможности откровенно поговорить с теми, кто оказывает эти услуги. А ведь именно от работы полиции зависит, смогут ли люди, употребляющие наркотики, без промедления получить медицинскую и социальную помощь.",
    "В июне 2016 года Евразийская сеть снижения вреда (ЕССВ) и Управление ООН по наркотикам и преступности (УНП ООН) начали серию совместных мероприятий в Беларуси, Казахстане, Грузии и Таджикистане, чтобы это изменить. Учебные модули УНП ООН по ВИЧ и снижению вреда для сотрудников правоохранительных органов предложили руководителям подразделений по контролю над наркотиками, оперативным сотрудникам и преподавателям национальных полицейских учебных заведений, чтобы эта тема вошла в обычные программы подготовки полиции.",
    "ЕССВ и национальные партнёры проводили двухдневные встречи, на которых сотрудники МВД, работники программ снижения вреда и сообщества людей, употребляющих наркотики, напрямую задавали друг другу вопросы, называли, что нужно улучшить, и планировали конкретные шаги. Одним из результатов должны были стать пилотные программы, в которых полиция направляет людей, употребляющих наркотики, в службы снижения вреда, а не применяет к ним репрессивные меры.",
  ],
};

const OBJECTIVES = {
  en: [
    "Give police officers evidence-based information on harm reduction.",
    "Let officers put their questions directly to harm reduction providers and to people who use drugs.",
    "Name the areas where cooperation between police and harm reduction services needs to improve.",
    "Plan concrete steps to improve it.",
    "Discuss pilot schemes in which police refer people who use drugs to harm reduction services instead of punishing them.",
  ].join("\n"),
  ru: [
    "Дать сотрудникам полиции доказательную информацию о снижении вреда.",
    "Дать полицейским возможность напрямую задать вопросы сотрудникам программ снижения вреда и людям, употребляющим наркотики.",
    "Определить, в чём нужно улучшить взаимодействие полиции и служб снижения вреда.",
    "Спланировать конкретные шаги для этого.",
    "Обсудить пилотные программы, в которых полиция направляет людей, употребляющих наркотики, в службы снижения вреда, а не наказывает их.",
  ].join("\n"),
};

const SESSIONS: DemoSession[] = [
  {
    kind: "opening",
    day: 1,
    starts: "09:30",
    ends: "10:00",
    title: {
      en: "Opening: why police and harm reduction services need to talk",
      ru: "Открытие: почему полиции и службам снижения вреда нужно говорить друг с другом",
    },
  },
  {
    kind: "presentation",
    day: 1,
    starts: "10:00",
    ends: "11:30",
    title: {
      en: "HIV, harm reduction and law enforcement: UNODC's training modules",
      ru: "ВИЧ, снижение вреда и правоохранительные органы: учебные модули УНП ООН",
    },
    description: {
      en: "What the evidence says about needle and syringe programmes and opioid substitution therapy, and what it means for police work.",
      ru: "Что говорят данные о программах обмена игл и шприцев и об опиоидной заместительной терапии и что это значит для работы полиции.",
    },
  },
  {
    kind: "panel",
    day: 1,
    starts: "12:00",
    ends: "13:30",
    title: {
      en: "Police officers ask; service providers and people who use drugs answer",
      ru: "Полиция спрашивает — отвечают сотрудники служб и люди, употребляющие наркотики",
    },
    description: {
      en: "Officers put their questions directly to harm reduction staff and to the people who use their services.",
      ru: "Полицейские напрямую задают вопросы сотрудникам программ снижения вреда и тем, кто пользуется их услугами.",
    },
  },
  {
    kind: "skills",
    day: 1,
    starts: "14:30",
    ends: "16:30",
    title: {
      en: "Where cooperation breaks down: areas for improvement",
      ru: "Где взаимодействие не складывается: что нужно улучшить",
    },
    description: {
      en: "Mixed groups of officers, service staff and community members find the points where police work keeps people away from services.",
      ru: "Смешанные группы из полицейских, сотрудников служб и представителей сообществ находят, где работа полиции отталкивает людей от услуг.",
    },
  },
  {
    kind: "skills",
    day: 2,
    starts: "09:30",
    ends: "11:30",
    title: { en: "Planning concrete steps together", ru: "Планируем конкретные шаги вместе" },
    description: {
      en: "For each area for improvement: what will change, who will do it, and by when.",
      ru: "Для каждой проблемы: что изменится, кто за это отвечает и в какой срок.",
    },
  },
  {
    kind: "panel",
    day: 2,
    starts: "12:00",
    ends: "13:30",
    title: {
      en: "Police referral to harm reduction services: could a pilot work here?",
      ru: "Направление полицией в службы снижения вреда: получится ли пилотный проект здесь?",
    },
    description: {
      en: "Referral instead of punishment: what a pilot scheme would need from each side.",
      ru: "Направление вместо наказания: что потребуется от каждой стороны для пилотного проекта.",
    },
  },
  {
    kind: "qa",
    day: 2,
    starts: "14:30",
    ends: "15:30",
    title: { en: "Agreeing next steps, and closing", ru: "Договорённости о следующих шагах и закрытие" },
  },
];

function meeting(city: City, isFirst: boolean): DemoEvent {
  const [first, second] = city.days;
  const where = isFirst
    ? {
        en: "This was the first of the meetings, held in Minsk in June 2016; the next were planned for Almaty, Tbilisi and Dushanbe.",
        ru: "Это первая из встреч: она прошла в Минске в июне 2016 года, следующие планировались в Алматы, Тбилиси и Душанбе.",
      }
    : {
        en: `After the first meeting, in Minsk in June 2016, the next were planned for Almaty, Tbilisi and Dushanbe. This page is the one planned for ${city.name.en}.`,
        ru: `После первой встречи, в Минске в июне 2016 года, следующие планировались в Алматы, Тбилиси и Душанбе. На этой странице — встреча, запланированная ${city.inRu}.`,
      };
  const dates = isFirst
    ? {
        en: "*The report of the series gives only the month of the Minsk meeting: the days shown on this page are illustrative.*",
        ru: "*В сообщении о серии назван только месяц встречи в Минске: дни, указанные на этой странице, приведены для примера.*",
      }
    : {
        en: "*The report of the series gives no dates for the meetings after Minsk: the dates shown on this page are illustrative.*",
        ru: "*В сообщении о серии не указаны даты встреч после Минска: даты на этой странице приведены для примера.*",
      };
  return {
    slug: `police-and-ngos-${city.slug}-2016`,
    kind: "meeting",
    timeZone: city.timeZone,
    isOnline: false,
    city: city.name,
    country: city.country,
    workingLanguages: ["ru"],
    programme: "harm-reduction-works-fund-it",
    series: "police-and-ngos-2016",
    organisations: [
      { slug: "ehrn", role: "host" },
      { slug: "unodc", role: "co-organiser" },
    ],
    topics: ["police-and-harm-reduction", "harm-reduction-services", "communities-of-people-who-use-drugs"],
    texts: [
      {
        locale: "en",
        fields: {
          title: `Police and harm reduction NGOs: a meeting in ${city.name.en}`,
          summary: isFirst
            ? "The first two-day meeting of police officers, harm reduction workers and people who use drugs, held in Minsk in June 2016 by the Eurasian Harm Reduction Network and UNODC."
            : `A two-day meeting of police officers, harm reduction workers and people who use drugs, planned in ${city.name.en} after the first one in Minsk in June 2016.`,
          body: [...BACKGROUND.en, where.en, dates.en].join("\n\n"),
          objectives: OBJECTIVES.en,
        },
      },
      {
        locale: "ru",
        fields: {
          title: `Полиция и НКО снижения вреда: встреча ${city.inRu}`,
          summary: isFirst
            ? "Первая двухдневная встреча сотрудников полиции, работников программ снижения вреда и людей, употребляющих наркотики, которую Евразийская сеть снижения вреда и УНП ООН провели в Минске в июне 2016 года."
            : `Двухдневная встреча сотрудников полиции, работников программ снижения вреда и людей, употребляющих наркотики, запланированная ${city.inRu} после первой встречи в Минске в июне 2016 года.`,
          body: [...BACKGROUND.ru, where.ru, dates.ru].join("\n\n"),
          objectives: OBJECTIVES.ru,
        },
      },
    ],
    sessions: SESSIONS,
    occurrences: [{ starts: `${first}T09:30`, ends: `${second}T15:30` }],
  };
}

export const POLICE_MEETINGS_2016: DemoEvent[] = CITIES.map((city, i) => meeting(city, i === 0));

import type { DemoEvent } from "./events.ts";

const FACILITATORS = [
  { profile: "mat-southwell", role: "facilitator" },
  { profile: "charanjit-sharma", role: "facilitator" },
  { profile: "maryna-braga", role: "facilitator" },
] as const;

/** The 2014 Bangkok workshop on employing people who use drugs: English and Russian. */
export const BANGKOK_2014: DemoEvent = {
  slug: "employing-people-who-use-drugs-bangkok-2014",
  kind: "workshop",
  timeZone: "Asia/Bangkok",
  isOnline: false,
  city: { en: "Bangkok", ru: "Бангкок" },
  country: "TH",
  workingLanguages: ["en"],
  programme: "community-action-on-harm-reduction",
  organisations: [
    { slug: "eeca-technical-support-hub", role: "co-organiser" },
    { slug: "india-hiv-aids-alliance", role: "co-organiser" },
    { slug: "coact", role: "co-organiser" },
  ],
  topics: ["employment", "communities-of-people-who-use-drugs", "harm-reduction-services"],
  texts: [
    {
      locale: "en",
      fields: {
        title: "Employing people who use drugs in harm reduction: a workshop in Bangkok",
        summary:
          "Partners from China, India, Indonesia, Kenya and Malaysia met in Bangkok on 8–10 April 2014 to share how they hire and support people who use drugs on their teams.",
        body: [
          "The Regional Technical Support Hub for Eastern Europe and Central Asia ran the workshop together with India HIV/AIDS Alliance and COACT. Partners of the Community Action on Harm Reduction (CAHR) programme came from China, India, Indonesia, Kenya and Malaysia to compare how they employ people who use drugs, and to talk about their own experience.",
          "Mat Southwell (COACT), Charanjit Sharma (Alliance India) and Maryna Braga (Alliance Ukraine) facilitated. They wanted employing people who use drugs to become ordinary practice across the Alliance family, building on the Guide to Employing People who Use Drugs in Harm Reduction. The workshop was one step towards a new version of the guide, with good practice from Alliance partner organisations.",
          "In practical sessions, participants rehearsed the difficult situations that come up when managing harm reduction programmes, and set themselves goals for how their organisations hire people who use drugs. One of them said the facilitators helped people see that knowledge comes not only from a workshop but also from their own practice.",
        ].join("\n\n"),
        objectives: [
          "Exchange knowledge and practice on employing people who use drugs in harm reduction programmes.",
          "Make employing people who use drugs ordinary practice across the Alliance family.",
          "Build on the Guide to Employing People who Use Drugs in Harm Reduction, and gather good practice from partners for its new version.",
          "Practise handling the difficult situations that arise when managing harm reduction programmes.",
          "Set goals for improving how people who use drugs are employed in each country.",
        ].join("\n"),
      },
    },
    {
      locale: "ru",
      fields: {
        title: "Трудоустройство людей, употребляющих наркотики, в программах снижения вреда: семинар в Бангкоке",
        summary:
          "8–10 апреля 2014 года партнёры из Китая, Индии, Индонезии, Кении и Малайзии обсудили в Бангкоке, как нанимать и поддерживать сотрудников, употребляющих наркотики.",
        body: [
          "Семинар провёл Региональный центр технической поддержки для Восточной Европы и Центральной Азии вместе с Индийским альянсом по ВИЧ/СПИДу (India HIV/AIDS Alliance) и COACT. Партнёры программы «Действия сообществ по снижению вреда» (CAHR) из Китая, Индии, Индонезии, Кении и Малайзии сравнили, как они принимают на работу людей, употребляющих наркотики, и поделились личным опытом.",
          "Ведущими были Мэт Саутвелл (COACT), Чаранджит Шарма (Альянс Индии) и Марина Брага (Альянс Украины). Они хотели, чтобы трудоустройство людей, употребляющих наркотики, стало обычной практикой во всей «семье» Альянса, и опирались на «Руководство по трудоустройству людей, употребляющих наркотики, в программах снижения вреда». Семинар стал одним из шагов к новой версии руководства с удачными примерами партнёрских организаций Альянса.",
          "На практических занятиях участники отрабатывали сложные ситуации, которые возникают при управлении программами снижения вреда, и поставили себе цели: как их организации будут нанимать людей, употребляющих наркотики. Один из участников отметил, что ведущие помогли понять: знания дают не только на семинаре — они есть и в собственном практическом опыте.",
        ].join("\n\n"),
        objectives: [
          "Обменяться знаниями и опытом трудоустройства людей, употребляющих наркотики, в программах снижения вреда.",
          "Сделать трудоустройство людей, употребляющих наркотики, обычной практикой во всей «семье» Альянса.",
          "Опираясь на «Руководство по трудоустройству людей, употребляющих наркотики, в программах снижения вреда», собрать удачные примеры партнёров для его новой версии.",
          "Отработать сложные ситуации, которые возникают при управлении программами снижения вреда.",
          "Поставить цели: как улучшить трудоустройство людей, употребляющих наркотики, в каждой стране.",
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
      title: { en: "Welcome and aims of the workshop", ru: "Приветствие и цели семинара" },
      description: {
        en: "Why the Alliance family wants to employ more people who use drugs, and how the three days will run.",
        ru: "Почему «семья» Альянса хочет брать на работу больше людей, употребляющих наркотики, и как пройдут три дня.",
      },
      people: [...FACILITATORS],
    },
    {
      kind: "presentation",
      day: 1,
      starts: "09:30",
      ends: "11:00",
      title: {
        en: "How partners employ people who use drugs today",
        ru: "Как партнёры нанимают людей, употребляющих наркотики, сегодня",
      },
      description: {
        en: "Partners from China, India, Indonesia, Kenya and Malaysia describe their practice and their own experience.",
        ru: "Партнёры из Китая, Индии, Индонезии, Кении и Малайзии рассказывают о своей практике и личном опыте.",
      },
    },
    {
      kind: "skills",
      day: 1,
      starts: "11:30",
      ends: "13:00",
      title: {
        en: "Hopes and fears of employing people who use drugs",
        ru: "Надежды и опасения, связанные с наймом людей, употребляющих наркотики",
      },
      description: {
        en: "What employers and employees expect, and what worries them, said out loud.",
        ru: "Чего ждут и чего опасаются работодатели и сотрудники — открыто и вслух.",
      },
    },
    {
      kind: "skills",
      day: 1,
      starts: "14:00",
      ends: "16:00",
      title: { en: "Drafting a workplace charter", ru: "Составляем хартию рабочего места" },
      description: {
        en: "A shared charter on employing people who use drugs: what an organisation promises, and what it asks.",
        ru: "Общая хартия о трудоустройстве людей, употребляющих наркотики: что организация обещает и чего ожидает.",
      },
    },
    {
      kind: "skills",
      day: 2,
      starts: "09:00",
      ends: "11:00",
      title: { en: "Minimum workplace standards", ru: "Минимальные стандарты рабочего места" },
      description: {
        en: "The least every member of the team should be able to count on: working conditions, support, confidentiality.",
        ru: "То, на что может рассчитывать каждый сотрудник: условия работы, поддержка, конфиденциальность.",
      },
    },
    {
      kind: "skills",
      day: 2,
      starts: "11:30",
      ends: "13:00",
      title: { en: "Preventing burnout", ru: "Профилактика выгорания" },
      description: {
        en: "Recognising burnout early in harm reduction teams, and what managers and colleagues can do about it.",
        ru: "Как вовремя заметить выгорание в командах снижения вреда и что могут сделать руководители и коллеги.",
      },
    },
    {
      kind: "skills",
      day: 2,
      starts: "14:00",
      ends: "16:30",
      title: {
        en: "Practical session: challenging situations in managing harm reduction programmes",
        ru: "Практическое занятие: сложные ситуации в управлении программами снижения вреда",
      },
      description: {
        en: "Role plays of situations that managers meet, and ways through them.",
        ru: "Ролевые игры по ситуациям, с которыми сталкиваются руководители, и поиск выхода из них.",
      },
    },
    {
      kind: "presentation",
      day: 3,
      starts: "09:00",
      ends: "10:30",
      title: { en: "Good practice for the new guide", ru: "Удачные примеры для нового руководства" },
      description: {
        en: "Which of the partners' practices belong in the next version of the Guide to Employing People who Use Drugs in Harm Reduction.",
        ru: "Какие практики партнёров войдут в следующую версию «Руководства по трудоустройству людей, употребляющих наркотики, в программах снижения вреда».",
      },
    },
    {
      kind: "skills",
      day: 3,
      starts: "11:00",
      ends: "12:30",
      title: { en: "Goals for each country, and closing", ru: "Цели для каждой страны и закрытие" },
      description: {
        en: "Each team sets its goals for improving how people who use drugs are employed at home.",
        ru: "Каждая команда ставит цели: как улучшить трудоустройство людей, употребляющих наркотики, у себя в стране.",
      },
      people: [...FACILITATORS],
    },
  ],
  occurrences: [{ starts: "2014-04-08T09:00", ends: "2014-04-10T12:30" }],
};

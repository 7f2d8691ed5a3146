import { DateTime } from "luxon";
import type { DemoEvent, DemoQuestion } from "./events.ts";

/**
 * Two upcoming events, made up for the demonstration so that registration can be tried: a
 * follow-up webinar in the COVID-19 series (the report says the organisers agreed to continue it),
 * with a small afternoon session that is already full, and an in-person course of the police
 * programme that needs the organiser's approval. Both texts say they are made up.
 */

export const UPCOMING_WEBINAR_SLUG = "what-harm-reduction-kept-from-the-pandemic";
export const UPCOMING_TRAINING_SLUG = "harm-reduction-in-police-training";

/** The date ("YYYY-MM-DD") of the first given weekday (1 = Monday) at least `afterDays` days after now, in a zone. */
export function weekdayAfter(now: Date, zone: string, afterDays: number, weekday: number): string {
  const from = DateTime.fromJSDate(now).setZone(zone).startOf("day").plus({ days: afterDays });
  return from.plus({ days: (weekday - from.weekday + 7) % 7 }).toISODate() as string;
}

function nextDay(date: string): string {
  return DateTime.fromISO(date).plus({ days: 1 }).toISODate() as string;
}

const WEBINAR_QUESTIONS: DemoQuestion[] = [
  {
    key: "organisation",
    kind: "organisation",
    isRequired: true,
    label: {
      en: "Your organisation",
      fr: "Votre organisation",
      ru: "Ваша организация",
      uk: "Ваша організація",
      lt: "Jūsų organizacija",
      "sr-Latn": "Vaša organizacija",
      "sr-Cyrl": "Ваша организација",
    },
  },
  {
    key: "country",
    kind: "country",
    isRequired: true,
    label: {
      en: "Country where you work",
      fr: "Pays où vous travaillez",
      ru: "Страна, в которой вы работаете",
      uk: "Країна, у якій ви працюєте",
      lt: "Šalis, kurioje dirbate",
      "sr-Latn": "Zemlja u kojoj radite",
      "sr-Cyrl": "Земља у којој радите",
    },
  },
  {
    key: "consent",
    kind: "consent",
    isRequired: true,
    label: {
      en: "I agree that the organisers keep my name and email address to send me the joining link and reminders, and delete them 90 days after the webinar.",
      fr: "J’accepte que les organisateurs conservent mon nom et mon adresse e-mail pour m’envoyer le lien de connexion et les rappels, et qu’ils les suppriment 90 jours après le webinaire.",
      ru: "Я даю согласие на то, чтобы организаторы хранили моё имя и адрес электронной почты для отправки ссылки на подключение и напоминаний и удалили их через 90 дней после вебинара.",
      uk: "Я даю згоду на те, щоб організатори зберігали моє ім’я та адресу електронної пошти, щоб надіслати посилання для підключення й нагадування, і видалили їх через 90 днів після вебінару.",
      lt: "Sutinku, kad organizatoriai saugotų mano vardą ir el. pašto adresą, kad atsiųstų prisijungimo nuorodą ir priminimus, ir juos ištrintų praėjus 90 dienų po vebinaro.",
      "sr-Latn":
        "Dajem saglasnost da organizatori čuvaju moje ime i adresu e-pošte kako bi mi poslali link za pristup i podsetnike, i da ih obrišu 90 dana posle vebinara.",
      "sr-Cyrl":
        "Дајем сагласност да организатори чувају моје име и адресу е-поште како би ми послали линк за приступ и подсетнике, и да их обришу 90 дана после вебинара.",
    },
  },
];

function webinar(now: Date): DemoEvent {
  const zone = "Europe/Paris";
  // The Monday three to four weeks from the day the demo is loaded.
  const day = weekdayAfter(now, zone, 21, 1);
  const consent = { consent: "yes" };
  return {
    slug: UPCOMING_WEBINAR_SLUG,
    kind: "webinar",
    timeZone: zone,
    isOnline: true,
    workingLanguages: ["en"],
    interpretation: ["en>fr", "en>ru"],
    allowsPseudonymous: true,
    programme: "covid-19-and-harm-reduction",
    series: "covid-19-harm-reduction-webinars",
    organisations: [],
    topics: ["covid-19", "harm-reduction-services"],
    texts: [
      {
        locale: "en",
        fields: {
          title: "Sharing experiences in practice: what harm reduction kept from the pandemic",
          summary:
            "A follow-up webinar in the COVID-19 and harm reduction series: which of the changes services made in 2020 are still in place, and which deserve to be.",
          body: [
            "The first webinar of the series, in April 2020, brought together about 400 people from 230 organisations in 56 countries to share how they kept harm reduction services open, and its organisers agreed to continue the series. This session looks back: many services changed the way they worked during the pandemic, and some of those changes outlived it.",
            "Bring your own experience. After short contributions, most of the time is for questions and discussion. The webinar runs twice on the same day: choose the time that suits you.",
            "*This webinar was made up for the demonstration, so that registration, the waitlist and reminders can be tried. The organisations named elsewhere on this site are not organising it, and the joining link leads nowhere.*",
          ].join("\n\n"),
          objectives: [
            "Take stock of the changes harm reduction services made during the COVID-19 pandemic.",
            "Share which changes stayed in place, and what made that possible.",
            "Agree on what is worth defending, and how.",
          ].join("\n"),
        },
      },
      {
        locale: "fr",
        fields: {
          title: "Partage d’expériences : ce que la réduction des risques a gardé de la pandémie",
          summary:
            "Un webinaire de suivi de la série COVID-19 et réduction des risques : parmi les changements apportés aux services en 2020, lesquels sont restés, et lesquels mériteraient de rester.",
          body: [
            "Le premier webinaire de la série, en avril 2020, a réuni environ 400 personnes de 230 organisations dans 56 pays autour d’une question : comment garder les services de réduction des risques ouverts. Ses organisateurs ont convenu de poursuivre la série. Cette session fait le point : beaucoup de services ont changé leur façon de travailler pendant la pandémie, et certains de ces changements lui ont survécu.",
            "Venez avec votre propre expérience. Après de courtes interventions, l’essentiel du temps est consacré aux questions et à la discussion. Le webinaire a lieu deux fois le même jour : choisissez l’horaire qui vous convient.",
            "*Ce webinaire a été inventé pour la démonstration, afin que l’on puisse essayer l’inscription, la liste d’attente et les rappels. Les organisations citées ailleurs sur ce site ne l’organisent pas, et le lien de connexion ne mène nulle part.*",
          ].join("\n\n"),
          objectives: [
            "Faire le point sur les changements apportés aux services de réduction des risques pendant la pandémie de COVID-19.",
            "Partager ceux qui sont restés en place, et ce qui l’a permis.",
            "S’accorder sur ce qui mérite d’être défendu, et comment.",
          ].join("\n"),
        },
      },
      {
        locale: "ru",
        fields: {
          title: "Делимся практическим опытом: что снижение вреда сохранило после пандемии",
          summary:
            "Продолжение серии вебинаров о COVID-19 и снижении вреда: какие изменения, внесённые в работу служб в 2020 году, сохранились и какие стоит сохранить.",
          body: [
            "Первый вебинар серии в апреле 2020 года собрал около 400 человек из 230 организаций в 56 странах, чтобы обсудить, как не закрыть службы снижения вреда, и его организаторы договорились продолжить серию. Этот вебинар подводит итоги: многие службы изменили свою работу во время пандемии, и некоторые из этих изменений пережили её.",
            "Приходите со своим опытом. После коротких выступлений основное время отведено вопросам и обсуждению. Вебинар проходит дважды в один день — выберите удобное время.",
            "*Этот вебинар придуман для демонстрации, чтобы можно было попробовать регистрацию, лист ожидания и напоминания. Организации, упомянутые на этом сайте, его не проводят, а ссылка для подключения никуда не ведёт.*",
          ].join("\n\n"),
          objectives: [
            "Подвести итоги изменений, которые службы снижения вреда внесли в свою работу во время пандемии COVID-19.",
            "Поделиться тем, какие изменения сохранились и что этому помогло.",
            "Договориться, что стоит отстаивать и как.",
          ].join("\n"),
        },
      },
    ],
    sessions: [
      {
        kind: "opening",
        day: 1,
        starts: "09:00",
        ends: "09:10",
        title: { en: "Welcome and introduction", fr: "Accueil et introduction", ru: "Приветствие и вступление" },
      },
      {
        kind: "presentation",
        day: 1,
        starts: "09:10",
        ends: "09:40",
        title: {
          en: "What changed in 2020, and what stayed: short contributions",
          fr: "Ce qui a changé en 2020, et ce qui est resté : courtes interventions",
          ru: "Что изменилось в 2020 году и что осталось: короткие выступления",
        },
      },
      {
        kind: "skills",
        day: 1,
        starts: "09:40",
        ends: "10:10",
        title: { en: "Discussion in small groups", fr: "Discussion en petits groupes", ru: "Обсуждение в малых группах" },
      },
      {
        kind: "qa",
        day: 1,
        starts: "10:10",
        ends: "10:30",
        title: { en: "Questions and answers", fr: "Questions-réponses", ru: "Вопросы и ответы" },
      },
    ],
    questions: WEBINAR_QUESTIONS,
    occurrences: [
      {
        starts: `${day}T09:00`,
        ends: `${day}T10:30`,
        capacity: 100,
        reminders: [1440, 60],
        joinUrl: "https://meet.example.org/harm-reduction-webinar-morning",
        registrations: [
          {
            name: "Oleksii P.",
            email: "oleksii.p@example.org",
            locale: "uk",
            answers: { organisation: "Громадська аутрич-служба", country: "UA", ...consent },
          },
          { name: "Milica", email: "milica@example.org", locale: "sr-Latn", isPseudonymous: true, answers: consent },
        ],
      },
      {
        // Three seats, four people: the fourth waits, and gets a seat if someone cancels.
        starts: `${day}T16:30`,
        ends: `${day}T18:00`,
        capacity: 3,
        reminders: [1440, 60],
        joinUrl: "https://meet.example.org/harm-reduction-webinar-afternoon",
        registrations: [
          { name: "Sasha K.", email: "sasha.k@example.org", locale: "ru", isPseudonymous: true, answers: consent },
          { name: "Nightjar", email: "nightjar@example.org", locale: "en", isPseudonymous: true, answers: consent },
          {
            name: "Camille D.",
            email: "camille.d@example.org",
            locale: "fr",
            answers: { organisation: "Équipe mobile de réduction des risques", country: "FR", ...consent },
          },
          { name: "Rūta", email: "ruta@example.org", locale: "lt", isPseudonymous: true, answers: consent },
        ],
      },
    ],
  };
}

function training(now: Date): DemoEvent {
  const zone = "Asia/Tbilisi";
  // A Tuesday six to seven weeks from the day the demo is loaded, and the day after.
  const first = weekdayAfter(now, zone, 42, 2);
  return {
    slug: UPCOMING_TRAINING_SLUG,
    kind: "training",
    timeZone: zone,
    isOnline: false,
    city: { en: "Tbilisi", ru: "Тбилиси" },
    country: "GE",
    workingLanguages: ["ru"],
    requiresApproval: true,
    programme: "harm-reduction-works-fund-it",
    organisations: [],
    topics: ["police-and-harm-reduction", "harm-reduction-services"],
    texts: [
      {
        locale: "en",
        fields: {
          title: "Harm reduction in police training: a course for trainers",
          summary:
            "A two-day course for teachers at police training centres and for harm reduction trainers: how to teach HIV and harm reduction to police officers, using UNODC's training modules.",
          body: [
            "The 2016 meetings of police and harm reduction NGOs in Minsk, Almaty, Tbilisi and Dushanbe aimed to make harm reduction part of regular police training. This course is for the people who would teach it: teachers at national police training centres, and harm reduction staff and community members who train police officers.",
            "Over two days, participants work through UNODC's training modules on HIV and harm reduction for law enforcement, practise teaching the hardest parts, and leave with a plan for the first course at their own centre. Places are limited, and the organisers review every application so that each group brings police and harm reduction trainers together.",
            "*This training was made up for the demonstration, so that registration with the organiser's approval can be tried. The organisations named elsewhere on this site are not organising it.*",
          ].join("\n\n"),
          objectives: [
            "Know UNODC's training modules on HIV and harm reduction for law enforcement, and how to adapt them.",
            "Practise teaching the topics police officers find hardest to accept.",
            "Plan the first course at your own training centre, with a harm reduction partner.",
          ].join("\n"),
        },
      },
      {
        locale: "ru",
        fields: {
          title: "Снижение вреда в подготовке полиции: курс для преподавателей",
          summary:
            "Двухдневный курс для преподавателей полицейских учебных заведений и тренеров программ снижения вреда: как учить полицейских вопросам ВИЧ и снижения вреда по учебным модулям УНП ООН.",
          body: [
            "Встречи полиции и НКО снижения вреда в 2016 году в Минске, Алматы, Тбилиси и Душанбе должны были помочь сделать снижение вреда частью обычной подготовки полиции. Этот курс — для тех, кто будет этому учить: преподавателей национальных полицейских учебных заведений, а также сотрудников программ снижения вреда и представителей сообществ, которые проводят тренинги для полицейских.",
            "За два дня участники пройдут учебные модули УНП ООН по ВИЧ и снижению вреда для сотрудников правоохранительных органов, потренируются преподавать самые трудные темы и составят план первого курса в своём учебном заведении. Число мест ограничено, и организаторы рассматривают каждую заявку, чтобы в каждой группе были и преподаватели полиции, и тренеры программ снижения вреда.",
            "*Этот тренинг придуман для демонстрации, чтобы можно было попробовать регистрацию с одобрением организатора. Организации, упомянутые на этом сайте, его не проводят.*",
          ].join("\n\n"),
          objectives: [
            "Знать учебные модули УНП ООН по ВИЧ и снижению вреда для сотрудников правоохранительных органов и уметь их адаптировать.",
            "Потренироваться преподавать темы, которые полицейским труднее всего принять.",
            "Составить план первого курса в своём учебном заведении вместе с партнёром из сферы снижения вреда.",
          ].join("\n"),
        },
      },
    ],
    sessions: [
      { kind: "opening", day: 1, starts: "09:30", ends: "10:00", title: { en: "Opening and introductions", ru: "Открытие и знакомство" } },
      {
        kind: "presentation",
        day: 1,
        starts: "10:00",
        ends: "12:00",
        title: {
          en: "UNODC's training modules on HIV and harm reduction for law enforcement",
          ru: "Учебные модули УНП ООН по ВИЧ и снижению вреда для правоохранительных органов",
        },
      },
      {
        kind: "skills",
        day: 1,
        starts: "13:00",
        ends: "15:00",
        title: {
          en: "Teaching the hard parts: needle and syringe programmes and opioid substitution therapy",
          ru: "Как преподавать трудные темы: обмен игл и шприцев и опиоидная заместительная терапия",
        },
      },
      {
        kind: "site-visit",
        day: 1,
        starts: "15:30",
        ends: "17:30",
        title: { en: "Visit to a harm reduction service", ru: "Посещение службы снижения вреда" },
        description: {
          en: "Participants see a service at work and hear from its staff and clients.",
          ru: "Участники видят, как работает служба, и слышат её сотрудников и клиентов.",
        },
      },
      {
        kind: "skills",
        day: 2,
        starts: "09:30",
        ends: "12:00",
        title: {
          en: "Teaching in pairs: a police trainer and a harm reduction trainer",
          ru: "Преподавание в парах: преподаватель полиции и тренер программы снижения вреда",
        },
      },
      {
        kind: "skills",
        day: 2,
        starts: "13:00",
        ends: "15:00",
        title: { en: "A plan for the first course at your centre", ru: "План первого курса в вашем учебном заведении" },
      },
      { kind: "qa", day: 2, starts: "15:00", ends: "15:30", title: { en: "Questions and closing", ru: "Вопросы и закрытие" } },
    ],
    questions: [
      {
        key: "organisation",
        kind: "organisation",
        isRequired: true,
        label: { en: "Your organisation or training centre", ru: "Ваша организация или учебное заведение" },
      },
      {
        key: "role",
        kind: "choice",
        isRequired: true,
        label: { en: "Which best describes your work?", ru: "Что лучше всего описывает вашу работу?" },
        options: [
          { value: "police-trainer", label: { en: "I teach at a police training centre", ru: "Преподаю в полицейском учебном заведении" } },
          { value: "harm-reduction", label: { en: "I work in a harm reduction service", ru: "Работаю в службе снижения вреда" } },
          {
            value: "community",
            label: { en: "I represent a community of people who use drugs", ru: "Представляю сообщество людей, употребляющих наркотики" },
          },
          { value: "other", label: { en: "Other", ru: "Другое" } },
        ],
      },
      {
        key: "country",
        kind: "country",
        isRequired: true,
        label: { en: "Country where you work", ru: "Страна, в которой вы работаете" },
      },
      {
        key: "consent",
        kind: "consent",
        isRequired: true,
        label: {
          en: "I agree that the organisers keep my name and email address to review my application and contact me about the training, and delete them 90 days after it.",
          ru: "Я даю согласие на то, чтобы организаторы хранили моё имя и адрес электронной почты, чтобы рассмотреть мою заявку и связаться со мной по поводу тренинга, и удалили их через 90 дней после него.",
        },
      },
    ],
    occurrences: [
      {
        starts: `${first}T09:30`,
        ends: `${nextDay(first)}T15:30`,
        capacity: 20,
        reminders: [1440],
        registrations: [
          {
            name: "Giorgi M.",
            email: "giorgi.m@example.org",
            locale: "ru",
            answers: { organisation: "Учебный центр полиции", role: "police-trainer", country: "GE", consent: "yes" },
          },
          {
            name: "Aigerim S.",
            email: "aigerim.s@example.org",
            locale: "ru",
            answers: { organisation: "Программа снижения вреда", role: "harm-reduction", country: "KZ", consent: "yes" },
          },
        ],
      },
    ],
  };
}

export function upcomingEvents(now: Date): DemoEvent[] {
  return [webinar(now), training(now)];
}

import type { DemoEvent } from "./events.ts";

/** The webinar the event page benchmark measures: past, so the page is the same for every visitor. */
export const COVID_WEBINAR_SLUG = "covid-19-harm-reduction-webinar";

/**
 * The first COVID-19 and harm reduction webinar, 6 April 2020, in two sessions: English, French
 * and Russian. The report gives the times as 09:00 and 16:30 "CET"; Paris was on summer time that
 * day, so they are kept as Paris wall-clock times and the texts name no zone.
 */
export const COVID_WEBINAR_2020: DemoEvent = {
  slug: COVID_WEBINAR_SLUG,
  kind: "webinar",
  timeZone: "Europe/Paris",
  isOnline: true,
  workingLanguages: ["en"],
  programme: "covid-19-and-harm-reduction",
  series: "covid-19-harm-reduction-webinars",
  organisations: [
    { slug: "medecins-du-monde", role: "host" },
    { slug: "who", role: "co-organiser" },
    { slug: "unodc", role: "co-organiser" },
    { slug: "inpud", role: "co-organiser" },
    { slug: "harm-reduction-international", role: "co-organiser" },
    { slug: "euronpud", role: "co-organiser" },
  ],
  topics: ["covid-19", "harm-reduction-services", "communities-of-people-who-use-drugs"],
  texts: [
    {
      locale: "en",
      fields: {
        title: "COVID-19 and Harm Reduction Programme Implementation: Sharing Experiences in Practice",
        summary:
          "A webinar convened by Médecins du Monde on 6 April 2020 for everyone keeping harm reduction services running during the pandemic.",
        body: [
          "The pandemic made health services harder to reach everywhere, and raised the barriers that people who use drugs already faced. New guidance appeared every week, but programme teams also needed to hear from one another: what they had changed, what worked, and how they kept their services open.",
          "Médecins du Monde organised the webinar at very short notice with the World Health Organization (WHO), the United Nations Office on Drugs and Crime (UNODC), the International Network of People Who Use Drugs (INPUD), Harm Reduction International (HRI) and the European Network of People Who Use Drugs (EuroNPUD). It ran in two sessions that day, each with its own registration.",
          "About 400 people registered, from 230 organisations in 56 countries. The organisers agreed to continue the series, and WHO and UNODC went on to hold regional webinars for decision makers and government officials.",
        ].join("\n\n"),
        objectives: [
          "Share practical experience of keeping harm reduction services running during the COVID-19 pandemic.",
          "Learn how programmes adapted so that people who use drugs could still reach the services and support they need.",
          "Keep a dialogue going among programme implementers in the field, alongside the guidance published every week.",
        ].join("\n"),
      },
    },
    {
      locale: "fr",
      fields: {
        title: "COVID-19 et programmes de réduction des risques : partager nos expériences de terrain",
        summary:
          "Un webinaire organisé par Médecins du Monde le 6 avril 2020 pour toutes celles et ceux qui font vivre les services de réduction des risques pendant la pandémie.",
        body: [
          "La pandémie a rendu les services de santé plus difficiles d’accès partout dans le monde et a renforcé les obstacles que rencontraient déjà les personnes qui consomment des drogues. De nouvelles recommandations paraissaient chaque semaine, mais les équipes de terrain avaient aussi besoin d’échanger entre elles : ce qu’elles avaient changé, ce qui fonctionnait, comment elles gardaient leurs services ouverts.",
          "Médecins du Monde a organisé ce webinaire dans des délais très courts avec l’Organisation mondiale de la Santé (OMS), l’Office des Nations unies contre la drogue et le crime (ONUDC), l’International Network of People Who Use Drugs (INPUD), Harm Reduction International (HRI) et l’European Network of People Who Use Drugs (EuroNPUD). Il s’est tenu en deux sessions ce jour-là, chacune avec sa propre inscription.",
          "Environ 400 personnes se sont inscrites, issues de 230 organisations dans 56 pays. Les organisateurs ont décidé de poursuivre la série, et l’OMS et l’ONUDC ont ensuite organisé des webinaires régionaux destinés aux décideurs et aux responsables gouvernementaux.",
        ].join("\n\n"),
        objectives: [
          "Partager des expériences concrètes pour maintenir les services de réduction des risques pendant la pandémie de COVID-19.",
          "Comprendre comment les programmes se sont adaptés pour que les personnes qui consomment des drogues gardent accès aux services et au soutien dont elles ont besoin.",
          "Entretenir le dialogue entre les équipes de terrain, en complément des recommandations publiées chaque semaine.",
        ].join("\n"),
      },
    },
    {
      locale: "ru",
      fields: {
        title: "COVID-19 и программы снижения вреда: делимся практическим опытом",
        summary:
          "Вебинар, который «Врачи мира» провели 6 апреля 2020 года для всех, кто сохранял работу служб снижения вреда во время пандемии.",
        body: [
          "Пандемия затруднила доступ к медицинской помощи во всём мире и усилила барьеры, с которыми люди, употребляющие наркотики, сталкивались и раньше. Новые рекомендации выходили каждую неделю, но командам программ нужно было слышать и друг друга: что они изменили, что сработало и как им удалось не закрыть свои службы.",
          "«Врачи мира» (Médecins du Monde) организовали вебинар в очень сжатые сроки вместе со Всемирной организацией здравоохранения (ВОЗ), Управлением ООН по наркотикам и преступности (УНП ООН), Международной сетью людей, употребляющих наркотики (INPUD), Harm Reduction International (HRI) и Европейской сетью людей, употребляющих наркотики (EuroNPUD). В тот день прошли две сессии, и на каждую была своя регистрация.",
          "Зарегистрировались около 400 человек из 230 организаций в 56 странах. Организаторы решили продолжить серию, а ВОЗ и УНП ООН затем провели региональные вебинары для лиц, принимающих решения, и государственных служащих.",
        ].join("\n\n"),
        objectives: [
          "Поделиться практическим опытом: как сохранить работу служб снижения вреда во время пандемии COVID-19.",
          "Узнать, как программы изменили свою работу, чтобы люди, употребляющие наркотики, по-прежнему получали нужные им услуги и поддержку.",
          "Поддерживать постоянный диалог между сотрудниками программ на местах в дополнение к рекомендациям, которые выходят каждую неделю.",
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
      kind: "panel",
      day: 1,
      starts: "09:10",
      ends: "09:40",
      title: {
        en: "Speakers from the co-organising organisations",
        fr: "Interventions des organisations co-organisatrices",
        ru: "Выступления организаций-соорганизаторов",
      },
      description: {
        en: "UNODC, WHO and its Eastern Mediterranean office, EuroNPUD, INPUD and HRI on harm reduction during the pandemic.",
        fr: "L’ONUDC, l’OMS et son bureau pour la Méditerranée orientale, EuroNPUD, INPUD et HRI sur la réduction des risques pendant la pandémie.",
        ru: "УНП ООН, ВОЗ и её бюро для стран Восточного Средиземноморья, EuroNPUD, INPUD и HRI о снижении вреда во время пандемии.",
      },
      people: [
        { profile: "monica-ciupagea", role: "speaker" },
        { profile: "annette-verster", role: "speaker" },
        { profile: "mat-southwell", role: "speaker" },
        { profile: "judy-chang", role: "speaker" },
        { profile: "joumana-hermez", role: "speaker" },
        { profile: "naomi-burke-shyne", role: "speaker" },
      ],
    },
    {
      kind: "presentation",
      day: 1,
      starts: "09:40",
      ends: "09:55",
      title: {
        en: "The impact of COVID-19 on the lives of people who use drugs in the UK",
        fr: "L’impact de la COVID-19 sur la vie des personnes qui consomment des drogues au Royaume-Uni",
        ru: "Как COVID-19 изменил жизнь людей, употребляющих наркотики, в Великобритании",
      },
      description: {
        en: "People who actively use drugs in the UK on how the pandemic changed their lives and their use of services.",
        fr: "Des personnes qui consomment des drogues au Royaume-Uni racontent comment la pandémie a changé leur vie et leur recours aux services.",
        ru: "Люди, употребляющие наркотики, в Великобритании рассказывают, как пандемия изменила их жизнь и то, как они пользуются услугами.",
      },
    },
    {
      kind: "presentation",
      day: 1,
      starts: "09:55",
      ends: "10:05",
      title: {
        en: "Community mobilisation and advocacy by people who use drugs: examples from India",
        fr: "Mobilisation communautaire et plaidoyer des personnes qui consomment des drogues : exemples de l’Inde",
        ru: "Мобилизация сообществ и адвокация людей, употребляющих наркотики: примеры из Индии",
      },
    },
    {
      kind: "presentation",
      day: 1,
      starts: "10:05",
      ends: "10:15",
      title: {
        en: "Keeping harm reduction programmes going: examples from Morocco and Nepal",
        fr: "Continuité des programmes de réduction des risques : exemples du Maroc et du Népal",
        ru: "Как продолжить работу программ снижения вреда: примеры из Марокко и Непала",
      },
    },
    {
      kind: "qa",
      day: 1,
      starts: "10:15",
      ends: "10:30",
      title: {
        en: "Interactive questions and answers",
        fr: "Questions-réponses interactives",
        ru: "Интерактивная сессия вопросов и ответов",
      },
      description: {
        en: "Questions from participants; the answers were gathered afterwards in a follow-up document.",
        fr: "Les questions des participantes et participants ; les réponses ont ensuite été rassemblées dans un document de suivi.",
        ru: "Вопросы участников; ответы на них затем собрали в отдельном документе.",
      },
    },
  ],
  occurrences: [
    { starts: "2020-04-06T09:00", ends: "2020-04-06T10:30" },
    { starts: "2020-04-06T16:30", ends: "2020-04-06T18:00" },
  ],
};

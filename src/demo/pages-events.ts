import type { DemoPage } from "./network.ts";

/**
 * Past events of the demo network, written as pages until events get their own content type.
 * Facts come from public reports of the real events; the texts were written for this demo.
 */
export const EVENT_PAGES: DemoPage[] = [
  {
    slug: "roma-health-seminar-sofia-2008",
    translations: [
      {
        locale: "en",
        fields: {
          title: "Strategies for Addressing the Health Consequences of Drug Use in Roma Communities",
          summary:
            "A three-day seminar in Sofia, 25–27 September 2008, for NGOs and health officials who wanted harm reduction services that work for Roma clients.",
          body: [
            "**25–27 September 2008 · Sofia, Bulgaria**",
            "In 2007 the Open Society Institute's Roma Health Project and its International Harm Reduction Development Program brought harm reduction grantees and Roma leaders from across Europe together. They took apart common myths about Roma and drug use, and asked how to respond to a growing problem without feeding the discrimination Roma already face. The Sofia seminar went a step further: it was meant for NGOs and health officials ready to set up or improve services suited to Roma and other minority communities.",
            "The Initiative for Health Foundation (IHF) was the local host. The programme was above all a technical training: interactive skills sessions, visits to harm reduction projects that work with Roma, panels of organisations already active in Roma communities, and time to get to know one another.",
            "## Objectives",
            [
              "1. Understand harm reduction: its philosophy, grounded in human rights, and the core services it rests on.",
              "2. Learn strategies and programme models for bringing harm reduction into existing work with Roma communities.",
              "3. Exchange ideas with colleagues on introducing harm reduction to Roma clients and communities.",
              "4. Get to know others who provide, or plan to provide, harm reduction services in Roma communities.",
              "5. Draft an action plan for your own organisation, to start or improve services for Roma clients.",
            ].join("\n"),
          ].join("\n\n"),
        },
      },
      {
        locale: "ru",
        fields: {
          title: "Стратегии преодоления последствий употребления наркотиков для здоровья в ромских общинах",
          summary:
            "Трёхдневный семинар в Софии 25–27 сентября 2008 года для НКО и представителей здравоохранения, которые хотели, чтобы услуги снижения вреда подходили клиентам-ромам.",
          body: [
            "**25–27 сентября 2008 года · София, Болгария**",
            "В 2007 году Проект по здоровью ромов и Международная программа развития снижения вреда Института «Открытое общество» собрали грантополучателей программ снижения вреда и ромских лидеров со всей Европы. Они развенчивали распространённые мифы о ромах и наркотиках и искали способы ответить на растущую проблему, не усиливая дискриминацию, с которой ромы и так сталкиваются. Семинар в Софии стал следующим шагом: он был адресован НКО и представителям органов здравоохранения, готовым создать или улучшить услуги для ромов и других меньшинств.",
            "Принимающей организацией был фонд «Инициатива за здоровье» (Initiative for Health Foundation, IHF). Программа была прежде всего техническим обучением: интерактивные занятия по развитию навыков, посещение проектов снижения вреда, работающих с ромами, панельные дискуссии с организациями, уже работающими в ромских общинах, и время для знакомства друг с другом.",
            "## Цели",
            [
              "1. Понять, что такое снижение вреда: его философию, основанную на правах человека, и базовые услуги.",
              "2. Изучить стратегии и модели программ, позволяющие включить снижение вреда в текущую работу с ромскими общинами.",
              "3. Обменяться с коллегами идеями о том, как предложить снижение вреда ромским клиентам и общинам.",
              "4. Познакомиться с теми, кто уже оказывает или собирается оказывать услуги снижения вреда в ромских общинах.",
              "5. Составить план действий для своей организации, чтобы начать или улучшить работу с клиентами-ромами.",
            ].join("\n"),
          ].join("\n\n"),
        },
      },
      {
        locale: "lt",
        fields: {
          title: "Strategijos, kaip spręsti narkotikų vartojimo padarinius sveikatai romų bendruomenėse",
          summary:
            "Trijų dienų seminaras Sofijoje 2008 m. rugsėjo 25–27 d. nevyriausybinėms organizacijoms ir sveikatos apsaugos pareigūnams, kurie siekė, kad žalos mažinimo paslaugos tiktų romams.",
          body: [
            "**2008 m. rugsėjo 25–27 d. · Sofija, Bulgarija**",
            "2007 m. Atviros visuomenės instituto Romų sveikatos projektas ir Tarptautinė žalos mažinimo plėtros programa subūrė žalos mažinimo programų dotacijų gavėjus ir romų lyderius iš visos Europos. Jie siekė paneigti paplitusius mitus apie romus ir narkotikus ir ieškojo būdų spręsti augančią problemą nedidinant diskriminacijos, su kuria romai ir taip susiduria. Seminaras Sofijoje žengė dar vieną žingsnį: jis buvo skirtas nevyriausybinėms organizacijoms ir sveikatos apsaugos pareigūnams, pasirengusiems kurti ar gerinti paslaugas, tinkančias romams ir kitoms mažumų bendruomenėms.",
            "Vietinis seminaro partneris buvo fondas „Iniciatyva sveikatai“ (Initiative for Health Foundation, IHF). Programa pirmiausia buvo techninis mokymas: interaktyvūs įgūdžių užsiėmimai, apsilankymai su romais dirbančiuose žalos mažinimo projektuose, diskusijos su organizacijomis, jau dirbančiomis romų bendruomenėse, ir laikas susipažinti.",
            "## Tikslai",
            [
              "1. Susipažinti su žalos mažinimu: jo žmogaus teisėmis grįsta filosofija ir pagrindinėmis paslaugomis.",
              "2. Išmokti strategijų ir programų modelių, kaip įtraukti žalos mažinimą į esamą darbą su romų bendruomenėmis.",
              "3. Pasidalyti su kolegomis idėjomis, kaip pasiūlyti žalos mažinimą romų klientams ir bendruomenėms.",
              "4. Užmegzti ryšius su tais, kurie teikia ar ketina teikti žalos mažinimo paslaugas romų bendruomenėse.",
              "5. Parengti savo organizacijos veiksmų planą, kaip pradėti teikti ar pagerinti paslaugas romų klientams.",
            ].join("\n"),
          ].join("\n\n"),
        },
      },
    ],
  },
  {
    slug: "employing-people-who-use-drugs-bangkok-2014",
    translations: [
      {
        locale: "en",
        fields: {
          title: "Employing people who use drugs in harm reduction: a workshop in Bangkok",
          summary:
            "Partners from China, India, Indonesia, Kenya and Malaysia met in Bangkok on 8–10 April 2014 to share how they hire and support people who use drugs on their teams.",
          body: [
            "**8–10 April 2014 · Bangkok, Thailand**",
            "The Regional Technical Support Hub for Eastern Europe and Central Asia ran the workshop together with India HIV/AIDS Alliance and COACT. Partners of the Community Action on Harm Reduction (CAHR) programme came from China, India, Indonesia, Kenya and Malaysia to compare how they employ people who use drugs, and to talk about their own experience.",
            "Mat Southwell (COACT), Charanjit Sharma (Alliance India) and Maryna Braga (Alliance Ukraine) facilitated. They wanted employing people who use drugs to become ordinary practice across the Alliance family, building on the Guide to Employing People who Use Drugs in Harm Reduction. The workshop was one step towards a new version of the guide, with good practice from Alliance partner organisations.",
            "## What was discussed",
            [
              "- a workplace charter on employing people who use drugs;",
              "- hopes and fears about such hiring, on both sides;",
              "- minimum standards for the workplace;",
              "- preventing burnout.",
            ].join("\n"),
            "In practical sessions, participants rehearsed the difficult situations that come up when managing harm reduction programmes, and set themselves goals for how their organisations hire people who use drugs. One of them said the facilitators helped people see that knowledge comes not only from a workshop but also from their own practice.",
          ].join("\n\n"),
        },
      },
      {
        locale: "ru",
        fields: {
          title: "Трудоустройство людей, употребляющих наркотики, в программах снижения вреда: семинар в Бангкоке",
          summary:
            "8–10 апреля 2014 года партнёры из Китая, Индии, Индонезии, Кении и Малайзии обсудили в Бангкоке, как нанимать и поддерживать сотрудников, употребляющих наркотики.",
          body: [
            "**8–10 апреля 2014 года · Бангкок, Таиланд**",
            "Семинар провёл Региональный центр технической поддержки для Восточной Европы и Центральной Азии вместе с Индийским альянсом по ВИЧ/СПИДу (India HIV/AIDS Alliance) и COACT. Партнёры программы «Действия сообществ по снижению вреда» (CAHR) из Китая, Индии, Индонезии, Кении и Малайзии сравнили, как они принимают на работу людей, употребляющих наркотики, и поделились личным опытом.",
            "Ведущими были Мэт Саутвелл (COACT), Чаранджит Шарма (Альянс Индии) и Марина Брага (Альянс Украины). Они хотели, чтобы трудоустройство людей, употребляющих наркотики, стало обычной практикой во всей «семье» Альянса, и опирались на «Руководство по трудоустройству людей, употребляющих наркотики, в программах снижения вреда». Семинар стал одним из шагов к новой версии руководства с удачными примерами партнёрских организаций Альянса.",
            "## Что обсуждали",
            [
              "- хартию рабочего места о трудоустройстве людей, употребляющих наркотики;",
              "- надежды и опасения обеих сторон, связанные с таким наймом;",
              "- минимальные стандарты на рабочем месте;",
              "- профилактику выгорания.",
            ].join("\n"),
            "На практических занятиях участники отрабатывали сложные ситуации, которые возникают при управлении программами снижения вреда, и поставили себе цели: как их организации будут нанимать людей, употребляющих наркотики. Один из участников отметил, что ведущие помогли понять: знания дают не только на семинаре — они есть и в собственном практическом опыте.",
          ].join("\n\n"),
        },
      },
    ],
  },
  {
    slug: "covid-19-harm-reduction-webinar",
    translations: [
      {
        locale: "en",
        fields: {
          title: "COVID-19 and Harm Reduction Programme Implementation: Sharing Experiences in Practice",
          summary:
            "A webinar convened by Médecins du Monde on 6 April 2020 for everyone keeping harm reduction services running during the pandemic.",
          body: [
            "**Monday 6 April 2020 · online, in two sessions: 09:00 CET and 16:30 CET**",
            "The pandemic made health services harder to reach everywhere, and raised the barriers that people who use drugs already faced. New guidance appeared every week, but programme teams also needed to hear from one another: what they had changed, what worked, and how they kept their services open.",
            "Médecins du Monde organised the webinar at very short notice with the World Health Organization (WHO), the United Nations Office on Drugs and Crime (UNODC), the International Network of People Who Use Drugs (INPUD), Harm Reduction International (HRI) and the European Network of People Who Use Drugs (EuroNPUD).",
            "## Speakers",
            [
              "- Monica Ciupagea, UNODC",
              "- Annette Verster, WHO",
              "- Mat Southwell, EuroNPUD",
              "- Judy Chang, INPUD",
              "- Joumana Hermez, WHO Regional Office for the Eastern Mediterranean",
              "- Naomi Burke-Shyne, HRI",
            ].join("\n"),
            "People who use drugs in the United Kingdom described how COVID-19 had changed their lives and their use of services. Colleagues showed how communities mobilised in India and how programmes carried on in Morocco and Nepal, and a question-and-answer session followed.",
            "About 400 people registered, from 230 organisations in 56 countries. The organisers agreed to continue the series, and WHO and UNODC went on to hold regional webinars for decision makers and government officials.",
          ].join("\n\n"),
        },
      },
      {
        locale: "fr",
        fields: {
          title: "COVID-19 et programmes de réduction des risques : partager nos expériences de terrain",
          summary:
            "Un webinaire organisé par Médecins du Monde le 6 avril 2020 pour toutes celles et ceux qui font vivre les services de réduction des risques pendant la pandémie.",
          body: [
            "**Lundi 6 avril 2020 · en ligne, en deux sessions : 9 h 00 et 16 h 30 (CET)**",
            "La pandémie a rendu les services de santé plus difficiles d’accès partout dans le monde et a renforcé les obstacles que rencontraient déjà les personnes qui consomment des drogues. De nouvelles recommandations paraissaient chaque semaine, mais les équipes de terrain avaient aussi besoin d’échanger entre elles : ce qu’elles avaient changé, ce qui fonctionnait, comment elles gardaient leurs services ouverts.",
            "Médecins du Monde a organisé ce webinaire dans des délais très courts avec l’Organisation mondiale de la Santé (OMS), l’Office des Nations unies contre la drogue et le crime (ONUDC), l’International Network of People Who Use Drugs (INPUD), Harm Reduction International (HRI) et l’European Network of People Who Use Drugs (EuroNPUD).",
            "## Intervenantes et intervenants",
            [
              "- Monica Ciupagea, ONUDC",
              "- Annette Verster, OMS",
              "- Mat Southwell, EuroNPUD",
              "- Judy Chang, INPUD",
              "- Joumana Hermez, Bureau régional de l’OMS pour la Méditerranée orientale",
              "- Naomi Burke-Shyne, HRI",
            ].join("\n"),
            "Des personnes qui consomment des drogues au Royaume-Uni ont raconté comment la COVID-19 avait changé leur vie et leur recours aux services. Des collègues ont présenté la mobilisation communautaire en Inde et la continuité des programmes au Maroc et au Népal, avant une séance de questions-réponses.",
            "Environ 400 personnes se sont inscrites, issues de 230 organisations dans 56 pays. Les organisateurs ont décidé de poursuivre la série, et l’OMS et l’ONUDC ont ensuite organisé des webinaires régionaux destinés aux décideurs et aux responsables gouvernementaux.",
          ].join("\n\n"),
        },
      },
    ],
  },
  {
    slug: "police-and-ngos-2016",
    translations: [
      {
        locale: "en",
        fields: {
          title: "Police and harm reduction NGOs learn to work together",
          summary:
            "In 2016 the Eurasian Harm Reduction Network and UNODC brought police officers, harm reduction workers and people who use drugs to the same table in Minsk, Almaty, Tbilisi and Dushanbe.",
          body: [
            "**From June 2016 · Belarus, Kazakhstan, Georgia and Tajikistan**",
            "For years, harm reduction in Eastern Europe and Central Asia ran on international money, with little support from governments. Interior ministries were wary of needle and syringe programmes and opioid substitution therapy, and some opposed them outright. Police rarely saw the evidence on harm reduction, and rarely had the chance to talk openly with the people who provide it. Yet the way police work decides whether people who use drugs can reach medical and social services without delay.",
            "In June 2016 the Eurasian Harm Reduction Network (EHRN) and the UN Office on Drugs and Crime (UNODC) started a series of joint activities to change this. UNODC's training modules on HIV and harm reduction for law enforcement were offered to senior drug control staff, to operational officers and to teachers at national police training centres, so that the subject could become part of regular police training.",
            "EHRN and national partners hosted two-day meetings at which interior ministry officers, harm reduction staff and communities of people who use drugs put their questions to each other directly, named what needed to improve and planned concrete steps. The first took place in Minsk in June; the next were planned for Almaty, Tbilisi and Dushanbe. One hoped-for result: pilot schemes in which police refer people who use drugs to harm reduction services instead of punishing them.",
            "The meetings were part of the regional programme [Harm Reduction Works—Fund It!](/en/pages/programmes)",
          ].join("\n\n"),
        },
      },
      {
        locale: "ru",
        fields: {
          title: "Полиция и НКО учатся вместе работать на снижение вреда",
          summary:
            "В 2016 году Евразийская сеть снижения вреда и УНП ООН собрали за одним столом полицейских, сотрудников программ снижения вреда и людей, употребляющих наркотики, в Минске, Алматы, Тбилиси и Душанбе.",
          body: [
            "**С июня 2016 года · Беларусь, Казахстан, Грузия и Таджикистан**",
            "Долгие годы программы снижения вреда в Восточной Европе и Центральной Азии жили на международные деньги, почти без поддержки государства. Министерства внутренних дел относились к обмену игл и шприцев и к опиоидной заместительной терапии настороженно, а порой открыто выступали против. Полиция редко видела доказательные данные о снижении вреда и почти не имела возможности откровенно поговорить с теми, кто оказывает эти услуги. А ведь именно от работы полиции зависит, смогут ли люди, употребляющие наркотики, без промедления получить медицинскую и социальную помощь.",
            "В июне 2016 года Евразийская сеть снижения вреда (ЕССВ) и Управление ООН по наркотикам и преступности (УНП ООН) начали серию совместных мероприятий, чтобы это изменить. Учебные модули УНП ООН по ВИЧ и снижению вреда для сотрудников правоохранительных органов предложили руководителям подразделений по контролю над наркотиками, оперативным сотрудникам и преподавателям национальных полицейских учебных заведений, чтобы эта тема вошла в обычные программы подготовки полиции.",
            "ЕССВ и национальные партнёры проводили двухдневные встречи, на которых сотрудники МВД, работники программ снижения вреда и сообщества людей, употребляющих наркотики, напрямую задавали друг другу вопросы, называли, что нужно улучшить, и планировали конкретные шаги. Первая встреча прошла в Минске в июне, следующие планировались в Алматы, Тбилиси и Душанбе. Одним из результатов должны были стать пилотные программы, в которых полиция направляет людей, употребляющих наркотики, в службы снижения вреда, а не применяет к ним репрессивные меры.",
            "Эти встречи — часть региональной программы [Harm Reduction Works—Fund It!](/ru/pages/programmes)",
          ].join("\n\n"),
        },
      },
    ],
  },
];

/** News of 2023, written as short pages until news gets its own content type. */
export const NEWS_PAGES: DemoPage[] = [
  {
    slug: "eu-western-balkans-drugs-2023",
    revisedSource: {
      summary:
        "On 25 May 2023 officials from the EU and the Western Balkans compared drug policies in Brussels, with civil society's recommendations, gathered by DPNSEE, on the table. The same week, a Serbian watchdog report covered drugs for the first time.",
    },
    translations: [
      {
        locale: "en",
        fields: {
          title: "EU and Western Balkans experts meet on drugs in Brussels",
          summary:
            "On 25 May 2023 officials from the EU and the Western Balkans compared drug policies in Brussels, with civil society's recommendations on the table. The same week, a Serbian watchdog report covered drugs for the first time.",
          body: [
            "**25 May 2023 · Brussels**",
            "The EU–Western Balkans Expert Meeting on Drugs took place under the Swedish Presidency of the Council of the EU. Officials who draft, monitor and carry out drug policy in the Western Balkans met representatives of EU member states, the Council, the European Commission, the EMCDDA and Europol, to discuss trends, current challenges and how EU and Western Balkan institutions could work together better.",
            "Ahead of the meeting, the Civil Society Forum on Drugs (CSFD), an expert group of 45 civil society organisations advising the European Commission, wrote a paper with civil society's views and recommendations. DPNSEE, a member of the Forum, gathered the contributions of organisations from the region. Speaking for Slovenia, Jože Hren stressed what civil society brings to drug policy in the region, and mentioned DPNSEE's regional round table on human rights and evidence-based national drug strategies in the HIV response.",
            "## Drugs in the prEUgovor Alarm Report",
            "prEUgovor, a coalition of seven Serbian civil society organisations that monitors reforms under chapters 23 and 24 of the EU accession talks, marked ten years of work on 22 May 2023. Its 20th Alarm Report includes a chapter on drugs for the first time, written by DPNSEE's Executive Director, Milutin Milošević.",
          ].join("\n\n"),
        },
      },
      {
        locale: "sr-Latn",
        fields: {
          title: "Stručnjaci EU i Zapadnog Balkana o drogama u Briselu",
          summary:
            "Predstavnici EU i Zapadnog Balkana uporedili su 25. maja 2023. u Briselu politike o drogama, uz preporuke civilnog društva. Iste nedelje jedan izveštaj civilnog društva iz Srbije prvi put se bavio i drogama.",
          body: [
            "**25. maj 2023. · Brisel**",
            "Ekspertski sastanak EU i Zapadnog Balkana o drogama održan je u okviru švedskog predsedavanja Savetom EU. Predstavnici institucija koje kreiraju, prate i sprovode politike o drogama na Zapadnom Balkanu sastali su se sa predstavnicima država članica EU, Saveta EU, Evropske komisije, EMCDDA i Evropola. Razgovarali su o trendovima, aktuelnim izazovima i tome kako institucije EU i Zapadnog Balkana mogu bolje da sarađuju.",
            "Pre sastanka je Forum civilnog društva o drogama (CSFD), ekspertska grupa od 45 organizacija civilnog društva koja savetuje Evropsku komisiju, pripremio dokument sa stavovima i preporukama civilnog društva. DPNSEE, kao članica Foruma, prikupila je priloge organizacija iz regiona. U ime Slovenije, Jože Hren je istakao doprinos civilnog društva politici o drogama u regionu i pomenuo regionalni okrugli sto DPNSEE o ljudskim pravima i nacionalnim strategijama o drogama zasnovanim na dokazima u odgovoru na HIV.",
            "## Droge u Alarm izveštaju koalicije prEUgovor",
            "prEUgovor, koalicija sedam organizacija civilnog društva iz Srbije koja prati reforme u okviru poglavlja 23 i 24 pregovora o pristupanju EU, obeležila je 22. maja 2023. deset godina rada. Njen 20. Alarm izveštaj prvi put sadrži poglavlje o drogama, koje je napisao izvršni direktor DPNSEE Milutin Milošević.",
          ].join("\n\n"),
        },
      },
    ],
  },
  {
    slug: "women-who-use-drugs-workshops-2023",
    translations: [
      {
        locale: "en",
        fields: {
          title: "Women, violence and drug use: three workshops in Serbia",
          summary:
            "In spring 2023, shelter staff and service providers in Belgrade, Novi Sad and Niš trained in gender-responsive HIV and harm reduction services for women who use drugs.",
          body: [
            "**Spring 2023 · Belgrade, Novi Sad (19 May) and Niš (21 May)**",
            "DPNSEE organised three workshops under the UNODC-led [emergency support project](/en/pages/programmes) for Ukraine and neighbouring countries. They were meant for people who work in services and shelters: how to offer HIV and harm reduction services that respond to women, how to meet their health and social needs, and how to prevent stigma, discrimination and gender-based violence.",
            "The first workshop took place in Belgrade, in the Palace of Serbia, with the support of the Office for Combating Drugs; 16 people from government institutions and civil society organisations attended. The next two were held in Novi Sad, at OPENS, and in Niš, at the EU Info Point.",
            "The trainers, Irena Molnar and Stefan Pejić of Re Generacija, built the programme on a training accredited by the Chamber of Social Work and on their organisation's long experience of research and field work. The topics:",
            [
              "- why the risks around drug use, HIV and violence are different for women;",
              "- sexism, intersectionality and gender-based violence: basic concepts and definitions;",
              "- access to services for women who use drugs or live with HIV;",
              "- co-dependency and trauma.",
            ].join("\n"),
          ].join("\n\n"),
        },
      },
      {
        locale: "ru",
        fields: {
          title: "Женщины, насилие и употребление наркотиков: три семинара в Сербии",
          summary:
            "Весной 2023 года сотрудники служб и приютов в Белграде, Нови-Саде и Нише учились оказывать женщинам, употребляющим наркотики, услуги по ВИЧ и снижению вреда с учётом гендерных особенностей.",
          body: [
            "**Весна 2023 года · Белград, Нови-Сад (19 мая) и Ниш (21 мая)**",
            "DPNSEE провела три семинара в рамках [проекта экстренной поддержки](/ru/pages/programmes) Украины и соседних стран, которым руководит УНП ООН. Они были адресованы тем, кто работает в службах и приютах: как предоставлять услуги по ВИЧ и снижению вреда с учётом потребностей женщин, как отвечать на их медицинские и социальные нужды и как предотвращать стигму, дискриминацию и гендерное насилие.",
            "Первый семинар прошёл в Белграде, во Дворце Сербии, при поддержке Управления по борьбе с наркотиками; в нём участвовали 16 представителей государственных учреждений и организаций гражданского общества. Два следующих состоялись в Нови-Саде, в организации OPENS, и в Нише, в информационном пункте ЕС.",
            "Тренеры Ирена Молнар и Стефан Пейич из организации Re Generacija построили программу на основе обучения, аккредитованного Палатой социальной защиты, и многолетнего исследовательского и полевого опыта своей организации. Темы:",
            [
              "- почему риски, связанные с наркотиками, ВИЧ и насилием, у женщин другие;",
              "- сексизм, интерсекциональность и гендерное насилие: основные понятия и определения;",
              "- доступ к услугам для женщин, которые употребляют наркотики или живут с ВИЧ;",
              "- созависимость и травма.",
            ].join("\n"),
          ].join("\n\n"),
        },
      },
      {
        locale: "sr-Latn",
        fields: {
          title: "Žene, nasilje i upotreba droga: tri radionice u Srbiji",
          summary:
            "U proleće 2023. zaposleni u službama i sigurnim kućama u Beogradu, Novom Sadu i Nišu učili su o rodno osetljivim uslugama u oblasti HIV-a i smanjenja štete za žene koje koriste droge.",
          body: [
            "**Proleće 2023. · Beograd, Novi Sad (19. maj) i Niš (21. maj)**",
            "DPNSEE je organizovala tri radionice u okviru [projekta hitne podrške](/sr-latn/pages/programmes) Ukrajini i susednim zemljama, koji vodi UNODC. Bile su namenjene onima koji rade u službama i sigurnim kućama: kako pružati usluge u oblasti HIV-a i smanjenja štete koje odgovaraju ženama, kako odgovoriti na njihove zdravstvene i socijalne potrebe i kako sprečiti stigmu, diskriminaciju i rodno zasnovano nasilje.",
            "Prva radionica održana je u Beogradu, u Palati Srbija, uz podršku Kancelarije za borbu protiv droga; prisustvovalo je 16 predstavnika državnih institucija i organizacija civilnog društva. Sledeće dve održane su u Novom Sadu, u OPENS-u, i u Nišu, u EU info kutku.",
            "Treneri Irena Molnar i Stefan Pejić iz organizacije Re Generacija zasnovali su program na obuci akreditovanoj pri Komori socijalne zaštite i na dugogodišnjem istraživačkom i terenskom iskustvu svoje organizacije. Teme su bile:",
            [
              "- zašto su rizici vezani za upotrebu droga, HIV i nasilje kod žena drugačiji;",
              "- seksizam, intersekcionalnost i rodno zasnovano nasilje: osnovni pojmovi i definicije;",
              "- dostupnost usluga za žene koje koriste droge ili žive sa HIV-om;",
              "- kodependentnost i trauma.",
            ].join("\n"),
          ].join("\n\n"),
        },
      },
      {
        locale: "sr-Cyrl",
        status: "draft",
        fields: {
          title: "Жене, насиље и употреба дрога: три радионице у Србији",
          summary:
            "У пролеће 2023. запослени у службама и сигурним кућама у Београду, Новом Саду и Нишу учили су о родно осетљивим услугама у области ХИВ-а и смањења штете за жене које користе дроге.",
          body: [
            "**Пролеће 2023. · Београд, Нови Сад (19. мај) и Ниш (21. мај)**",
            "DPNSEE је организовала три радионице у оквиру [пројекта хитне подршке](/sr-cyrl/pages/programmes) Украјини и суседним земљама, који води UNODC. Биле су намењене онима који раде у службама и сигурним кућама: како пружати услуге у области ХИВ-а и смањења штете које одговарају женама, како одговорити на њихове здравствене и социјалне потребе и како спречити стигму, дискриминацију и родно засновано насиље.",
            "Прва радионица одржана је у Београду, у Палати Србија, уз подршку Канцеларије за борбу против дрога; присуствовало је 16 представника државних институција и организација цивилног друштва. Следеће две одржане су у Новом Саду, у OPENS-у, и у Нишу, у ЕУ инфо кутку.",
            "Тренери Ирена Молнар и Стефан Пејић из организације Ре Генерација засновали су програм на обуци акредитованој при Комори социјалне заштите и на дугогодишњем истраживачком и теренском искуству своје организације. Теме су биле:",
            [
              "- зашто су ризици везани за употребу дрога, ХИВ и насиље код жена другачији;",
              "- сексизам, интерсекционалност и родно засновано насиље: основни појмови и дефиниције;",
              "- доступност услуга за жене које користе дроге или живе са ХИВ-ом;",
              "- кодепендентност и траума.",
            ].join("\n"),
          ].join("\n\n"),
        },
      },
    ],
  },
  {
    slug: "information-for-refugees-2023",
    translations: [
      {
        locale: "en",
        fields: {
          title: "Health information for refugees in Serbia, in four languages",
          summary:
            "DPNSEE prepared and printed two guides on health services and drugs for refugees from Ukraine and people displaced from Russia, in Ukrainian, Russian, Serbian and English.",
          body: [
            "Under the UNODC-led [emergency support project](/en/pages/programmes), DPNSEE gathered what refugees from Ukraine and people displaced from Russia need to know about health services and drugs in Serbia. The ministries of health and of the interior, the Commissariat for Refugees, the Institute of Public Health, the Office for Combating Drugs, UNHCR and civil society organisations working with refugees all commented on the drafts, so that each of them would accept the result and pass it on.",
            "## Two guides",
            [
              "- **General information** for refugees and displaced people: status and temporary residence in Serbia, and where to find more help.",
              "- **For people living with HIV and groups at higher risk**: health care for refugees; information for people living with HIV, people who use drugs, LGBTI+ people and sex workers; and contacts of civil society organisations that offer support.",
            ].join("\n"),
            "Both guides are on the [DPNSEE website](http://dpnsee.org/informacije/) in Ukrainian, Russian, Serbian and English, and a small poster with a QR code leads straight to them.",
            "## Who hands them out",
            "The Ministry of the Interior passes them to border police and to the offices that deal with asylum and the registration of foreigners. The Commissariat gives them to its staff and refugee centres. The Office for Combating Drugs shares them through four addiction clinics and their local teams, and the Institute of Public Health through its 25 local branches. Organisations that provide services give them to the people they support.",
          ].join("\n\n"),
        },
      },
      {
        locale: "uk",
        fields: {
          title: "Інформація про здоров’я для біженців у Сербії — чотирма мовами",
          summary:
            "DPNSEE підготувала й надрукувала два інформаційні матеріали про медичні послуги та наркотики для біженців з України та людей, які вимушено виїхали з Росії, — українською, російською, сербською та англійською.",
          body: [
            "У межах [проєкту екстреної підтримки](/uk/pages/programmes), який очолює УНЗ ООН, DPNSEE зібрала все, що біженцям з України та людям, які вимушено виїхали з Росії, важливо знати про медичні послуги та наркотики в Сербії. Міністерства охорони здоров’я та внутрішніх справ, Комісаріат у справах біженців, Інститут громадського здоров’я, Управління з протидії наркотикам, УВКБ ООН і громадські організації, що працюють з біженцями, прокоментували чернетки — щоб кожен із них потім прийняв готовий текст і поширював його.",
            "## Два матеріали",
            [
              "- **Загальна інформація** для біженців і переміщених осіб: статус і тимчасове проживання в Сербії, а також де шукати додаткову допомогу.",
              "- **Для людей, які живуть з ВІЛ, і груп із підвищеним ризиком**: медична допомога біженцям; інформація для людей, які живуть з ВІЛ, людей, які вживають наркотики, ЛГБТІ+ людей і секс-працівників; контакти громадських організацій, що надають підтримку.",
            ].join("\n"),
            "Обидва матеріали можна знайти на [сайті DPNSEE](http://dpnsee.org/informacije/) українською, російською, сербською та англійською, а невеликий плакат із QR-кодом веде саме туди.",
            "## Хто їх поширює",
            "Міністерство внутрішніх справ передає їх прикордонній поліції та підрозділам, які займаються притулком і реєстрацією іноземців. Комісаріат роздає їх своїм працівникам і центрам для біженців. Управління з протидії наркотикам поширює їх через чотири клініки лікування залежностей та їхні місцеві команди, а Інститут громадського здоров’я — через 25 своїх місцевих філій. Організації, що надають послуги, передають їх людям, яким допомагають.",
          ].join("\n\n"),
        },
      },
      {
        locale: "ru",
        fields: {
          title: "Информация о здоровье для беженцев в Сербии — на четырёх языках",
          summary:
            "DPNSEE подготовила и напечатала два информационных материала о медицинских услугах и наркотиках для беженцев из Украины и людей, вынужденно уехавших из России, — на украинском, русском, сербском и английском.",
          body: [
            "В рамках [проекта экстренной поддержки](/ru/pages/programmes), которым руководит УНП ООН, DPNSEE собрала всё, что беженцам из Украины и людям, вынужденно уехавшим из России, важно знать о медицинских услугах и наркотиках в Сербии. Министерства здравоохранения и внутренних дел, Комиссариат по делам беженцев, Институт общественного здравоохранения, Управление по борьбе с наркотиками, УВКБ ООН и общественные организации, работающие с беженцами, прокомментировали черновики — чтобы потом каждый из них принял готовый текст и распространял его.",
            "## Два материала",
            [
              "- **Общая информация** для беженцев и вынужденных переселенцев: статус и временное проживание в Сербии и куда обращаться за дополнительной помощью.",
              "- **Для людей, живущих с ВИЧ, и групп повышенного риска**: медицинская помощь беженцам; информация для людей, живущих с ВИЧ, людей, употребляющих наркотики, ЛГБТИ+ людей и секс-работников; контакты общественных организаций, которые оказывают поддержку.",
            ].join("\n"),
            "Оба материала есть на [сайте DPNSEE](http://dpnsee.org/informacije/) на украинском, русском, сербском и английском, а небольшой плакат с QR-кодом ведёт прямо туда.",
            "## Кто их распространяет",
            "Министерство внутренних дел передаёт их пограничной полиции и подразделениям, которые занимаются убежищем и регистрацией иностранцев. Комиссариат раздаёт их своим сотрудникам и центрам для беженцев. Управление по борьбе с наркотиками распространяет их через четыре клиники лечения зависимостей и их местные команды, а Институт общественного здравоохранения — через 25 своих отделений. Организации, оказывающие услуги, передают их людям, которым помогают.",
          ].join("\n\n"),
        },
      },
      {
        locale: "sr-Latn",
        fields: {
          title: "Informacije o zdravlju za izbeglice u Srbiji, na četiri jezika",
          summary:
            "DPNSEE je pripremila i odštampala dva informatora o zdravstvenim uslugama i drogama za izbeglice iz Ukrajine i raseljena lica iz Rusije, na ukrajinskom, ruskom, srpskom i engleskom.",
          body: [
            "U okviru [projekta hitne podrške](/sr-latn/pages/programmes) koji vodi UNODC, DPNSEE je prikupila sve što izbeglice iz Ukrajine i raseljena lica iz Rusije treba da znaju o zdravstvenim uslugama i drogama u Srbiji. Ministarstva zdravlja i unutrašnjih poslova, Komesarijat za izbeglice, Institut za javno zdravlje, Kancelarija za borbu protiv droga, UNHCR i organizacije civilnog društva koje rade sa izbeglicama komentarisali su nacrte, kako bi svi oni kasnije prihvatili gotove materijale i delili ih dalje.",
            "## Dva informatora",
            [
              "- **Opšte informacije** za izbeglice i raseljena lica: status i privremeni boravak u Srbiji i gde potražiti dodatnu pomoć.",
              "- **Za osobe koje žive sa HIV-om i grupe pod povećanim rizikom**: zdravstvena zaštita izbeglica; informacije za osobe koje žive sa HIV-om, ljude koji koriste droge, LGBTI+ osobe i seksualne radnike i radnice; kontakti organizacija civilnog društva koje pružaju podršku.",
            ].join("\n"),
            "Oba informatora nalaze se na [sajtu DPNSEE](http://dpnsee.org/informacije/) na ukrajinskom, ruskom, srpskom i engleskom, a do njih vodi i mali plakat sa QR kodom.",
            "## Ko ih deli",
            "Ministarstvo unutrašnjih poslova prosleđuje ih graničnoj policiji i službama koje se bave azilom i registracijom stranaca. Komesarijat ih deli svojim službenicima i centrima za izbeglice. Kancelarija za borbu protiv droga deli ih preko četiri klinike za bolesti zavisnosti i njihovih lokalnih timova, a Institut za javno zdravlje preko svojih 25 ogranaka. Organizacije koje pružaju usluge daju ih ljudima kojima pomažu.",
          ].join("\n\n"),
        },
      },
      {
        locale: "sr-Cyrl",
        fields: {
          title: "Информације о здрављу за избеглице у Србији, на четири језика",
          summary:
            "DPNSEE је припремила и одштампала два информатора о здравственим услугама и дрогама за избеглице из Украјине и расељена лица из Русије, на украјинском, руском, српском и енглеском.",
          body: [
            "У оквиру [пројекта хитне подршке](/sr-cyrl/pages/programmes) који води UNODC, DPNSEE је прикупила све што избеглице из Украјине и расељена лица из Русије треба да знају о здравственим услугама и дрогама у Србији. Министарства здравља и унутрашњих послова, Комесаријат за избеглице, Институт за јавно здравље, Канцеларија за борбу против дрога, UNHCR и организације цивилног друштва које раде са избеглицама коментарисали су нацрте, како би сви они касније прихватили готове материјале и делили их даље.",
            "## Два информатора",
            [
              "- **Опште информације** за избеглице и расељена лица: статус и привремени боравак у Србији и где потражити додатну помоћ.",
              "- **За особе које живе са ХИВ-ом и групе под повећаним ризиком**: здравствена заштита избеглица; информације за особе које живе са ХИВ-ом, људе који користе дроге, ЛГБТИ+ особе и сексуалне раднике и раднице; контакти организација цивилног друштва које пружају подршку.",
            ].join("\n"),
            "Оба информатора налазе се на [сајту DPNSEE](http://dpnsee.org/informacije/) на украјинском, руском, српском и енглеском, а до њих води и мали плакат са QR кодом.",
            "## Ко их дели",
            "Министарство унутрашњих послова прослеђује их граничној полицији и службама које се баве азилом и регистрацијом странаца. Комесаријат их дели својим службеницима и центрима за избеглице. Канцеларија за борбу против дрога дели их преко четири клинике за болести зависности и њихових локалних тимова, а Институт за јавно здравље преко својих 25 огранака. Организације које пружају услуге дају их људима којима помажу.",
          ].join("\n\n"),
        },
      },
    ],
  },
  {
    slug: "rome-consensus-summit-2023",
    translations: [
      {
        locale: "en",
        fields: {
          title: "Rome Consensus 2.0: a summit on humanitarian drug policy",
          summary:
            "Red Cross and Red Crescent societies, activists and drug policy experts from 29 countries met at Villa Maraini in Rome on 2–5 May 2023.",
          body: [
            "**2–5 May 2023 · Villa Maraini, Rome**",
            "The Rome Consensus 2.0 summit brought the Red Cross and Red Crescent movement together with organisations that work on drugs, to show that they can stand on the same side for the most vulnerable people. More than 100 practitioners, activists and experts in drug policy, treatment, diversion and deflection came from 29 countries.",
            "The summit opened with the role of the International Federation of Red Cross and Red Crescent Societies in emergencies and disasters, carried by millions of volunteers in 191 countries. Fifteen National Societies that have worked on drugs with the Partnership over the past ten years discussed how to make more of the Rome Consensus 2.0 statement, and how the emblem itself can open doors to people on the margins. Italy's Interior Minister, Matteo Piantedosi, and Vice Minister for Foreign Affairs, Giorgio Silli, spoke in favour of moving from repression to health.",
            "Participants visited Villa Maraini, the Italian Red Cross rehabilitation centre founded by Massimo Barra in 1976, which offers more than 600 clients a path of care from the street to the community. They met clients and heard from the social workers, all of them former drug users, who are the core of its staff. DPNSEE's Executive Director, Milutin Milošević, spoke at the opening session. A final declaration will serve as common ground to relaunch the initiative.",
          ].join("\n\n"),
        },
      },
    ],
  },
  {
    slug: "online-harm-reduction-guide",
    translations: [
      {
        locale: "en",
        fields: {
          title: "Setting up online harm reduction services: a guide from EHRA",
          summary:
            "The Eurasian Harm Reduction Association has published short, practical recommendations for starting or improving online outreach to people who use drugs.",
          body: [
            "The guide *Recommendations for setting up online harm reduction services* gathers what an organisation needs to start an online outreach programme, or to improve one it already runs. Each recommendation is short, based on evidence and easy to put into practice.",
            "The advice comes in thematic sections: launching a programme, writing policies, staffing, safety and security, referrals, and monitoring and evaluation. No background in research is needed to follow it.",
            "Organisations can adapt the recommendations to their resources, their local context and the people they reach, including for web outreach to people living with HIV, sex workers and men who have sex with men.",
          ].join("\n\n"),
        },
      },
      {
        locale: "ru",
        fields: {
          title: "Как организовать онлайн-услуги снижения вреда: руководство ЕАСВ",
          summary:
            "Евразийская ассоциация снижения вреда выпустила краткие практические рекомендации для тех, кто запускает или улучшает онлайн-аутрич для людей, употребляющих наркотики.",
          body: [
            "Руководство «Рекомендации по организации онлайн-услуг снижения вреда» собирает всё, что нужно организации, чтобы начать онлайн-аутрич или улучшить уже работающую программу. Каждая рекомендация короткая, основана на данных и легко применяется на практике.",
            "Советы сгруппированы по темам: запуск программы, разработка внутренних правил, персонал, безопасность, перенаправление клиентов, мониторинг и оценка. Чтобы пользоваться руководством, не нужна подготовка в области исследований.",
            "Организации могут адаптировать рекомендации к своим ресурсам, местным условиям и людям, с которыми работают, — в том числе для онлайн-работы с людьми, живущими с ВИЧ, секс-работниками и мужчинами, практикующими секс с мужчинами.",
          ].join("\n\n"),
        },
      },
    ],
  },
  {
    slug: "thank-you-zhannat",
    isPublished: false,
    translations: [
      {
        locale: "en",
        fields: {
          title: "Thank you, Zhannat Kosmukhamedova",
          summary: "Our long-standing partner at UNODC, Zhannat Kosmukhamedova, has retired after many years of work.",
          body: [
            "Zhannat Kosmukhamedova, UNODC's Regional Adviser on drugs and HIV for Eastern Europe and Central Asia and its focal point on law enforcement and HIV, has retired after many years of dedicated work.",
            "DPNSEE and many organisations in our region worked with her and could always count on her support. We thank her warmly and wish her a happy retirement.",
            "*This note will be published once the photograph of Zhannat with her UNODC team arrives.*",
          ].join("\n\n"),
        },
      },
      {
        locale: "ru",
        fields: {
          title: "Спасибо, Жаннат Космухамедова",
          summary: "Наш давний партнёр в УНП ООН Жаннат Космухамедова вышла на пенсию после многих лет работы.",
          body: [
            "Жаннат Космухамедова, региональный советник УНП ООН по вопросам наркотиков и ВИЧ для Восточной Европы и Центральной Азии и координатор по вопросам правоохранительных органов и ВИЧ, вышла на пенсию после многих лет самоотверженной работы.",
            "DPNSEE и многие организации нашего региона работали с ней и всегда могли рассчитывать на её поддержку. Мы искренне благодарим её и желаем ей счастливой жизни на пенсии.",
            "*Эта заметка будет опубликована, когда придёт фотография Жаннат с её командой в УНП ООН.*",
          ].join("\n\n"),
        },
      },
    ],
  },
];

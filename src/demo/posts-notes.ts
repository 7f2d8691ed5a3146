import type { DemoPost } from "./posts.ts";

/**
 * A blog post and a statement written from the facts of DPNSEE's 2023 news, and a short news item
 * that the demo schedules a few days ahead, so that scheduled publishing can be seen.
 */

export const REFUGEE_BLOG: DemoPost = {
  slug: "how-refugee-information-reaches-people",
  kind: "blog",
  publishedAt: "2023-05-17T09:00:00.000Z",
  author: "dpnsee-secretariat",
  topics: ["refugees"],
  organisations: ["dpnsee"],
  programme: "emergency-support-ukraine",
  resources: ["information-for-refugees-serbia", "information-hiv-key-populations"],
  translations: [
    {
      locale: "en",
      fields: {
        title: "From draft to border post: how the refugee information travels",
        summary:
          "The two information documents for refugees are printed. Getting them into the right hands took as much work as writing them: here is who carries them, and where.",
        body: [
          "The two information documents for refugees from Ukraine and people displaced from Russia are printed and ready. Writing them was only half the work. The other half was making sure that the people who meet refugees every day would want to hand them out.",
          "## Everyone read the drafts",
          "Before anything went to print, the ministries of health and of the interior, the Commissariat for Refugees, the Institute of Public Health, the Office for Combating Drugs, UNHCR and civil society organisations working with refugees all commented on the drafts and added what they knew from their own work. A text that each of them helped to shape is a text each of them can pass on.",
          "## Who carries them",
          [
            "- The Ministry of the Interior shares them with border police stations and with the offices that handle asylum and the registration of foreigners.",
            "- The Commissariat for Refugees gives them to its officers and to refugee centres across the country.",
            "- The Office for Combating Drugs sends them to four clinics for addiction and their teams in local communities, and lays them out at its information stands.",
            "- The Institute of Public Health passes them to its 25 local branches.",
            "- Four organisations that provide services give them to the people who come to them for support, and other organisations working with refugees have them too.",
          ].join("\n"),
          "## A poster that leads online",
          "Not everyone wants to carry paper. A small poster with a QR code leads straight to the documents online, in Ukrainian, Russian, Serbian and English: a phone camera is enough.",
        ].join("\n\n"),
      },
    },
    {
      locale: "ru",
      fields: {
        title: "От черновика до погранпоста: как информация для беженцев доходит до людей",
        summary:
          "Два информационных материала для беженцев напечатаны. Донести их до нужных людей оказалось не проще, чем написать: рассказываем, кто и где их раздаёт.",
        body: [
          "Два информационных материала для беженцев из Украины и людей, вынужденно уехавших из России, напечатаны и готовы. Написать их — только половина дела. Вторая половина — добиться, чтобы те, кто каждый день встречает беженцев, захотели их раздавать.",
          "## Черновики прочитали все",
          "Прежде чем отдать тексты в печать, их прокомментировали министерства здравоохранения и внутренних дел, Комиссариат по делам беженцев, Институт общественного здравоохранения, Управление по борьбе с наркотиками, УВКБ ООН и общественные организации, работающие с беженцами, — и каждый добавил то, что знает по своей работе. Текст, над которым работал каждый из них, каждый из них сможет передать дальше.",
          "## Кто их раздаёт",
          [
            "- Министерство внутренних дел передаёт их пограничным постам полиции и подразделениям, которые занимаются убежищем и регистрацией иностранцев.",
            "- Комиссариат по делам беженцев раздаёт их своим сотрудникам и центрам для беженцев по всей стране.",
            "- Управление по борьбе с наркотиками отправляет их в четыре клиники лечения зависимостей и их местные команды и выкладывает на своих информационных стендах.",
            "- Институт общественного здравоохранения передаёт их в свои 25 местных отделений.",
            "- Четыре организации, оказывающие услуги, отдают их людям, которые приходят за поддержкой; есть они и у других организаций, работающих с беженцами.",
          ].join("\n"),
          "## Плакат, который ведёт в интернет",
          "Не всем удобно носить с собой бумагу. Небольшой плакат с QR-кодом ведёт прямо к материалам в интернете — на украинском, русском, сербском и английском: достаточно камеры телефона.",
        ].join("\n\n"),
      },
    },
  ],
};

export const DIALOGUE_STATEMENT: DemoPost = {
  slug: "eu-western-balkans-dialogue-2023",
  kind: "statement",
  publishedAt: "2023-05-23T09:00:00.000Z",
  topics: ["drug-policy"],
  organisations: ["dpnsee"],
  translations: [
    {
      locale: "en",
      fields: {
        title: "Civil society's voice in the EU–Western Balkans Dialogue on Drugs",
        summary:
          "Ahead of the dialogue in Brussels on 25 May 2023, we join the Civil Society Forum on Drugs in asking that civil society's recommendations guide cooperation with the region.",
        body: [
          "On 25 May 2023 the European Union and the countries of the Western Balkans hold their Dialogue on Drugs in Brussels. The Swedish Presidency coordinates the European side. The national drug agencies of EU countries, which work together in the Horizontal Drug Group, the Council's body for drug policy, take part, and the embassies of the Western Balkan countries to the EU are invited.",
          "The Civil Society Forum on Drugs, an expert group of the European Commission made up of 45 civil society organisations from across Europe and across the range of views on drug policy, has prepared a paper with civil society's information, views and recommendations. Several organisations from our region contributed; DPNSEE, a member of the Forum, coordinated their contributions. The paper has gone to the Swedish Presidency and will be shared with the members of the Horizontal Drug Group and with the embassies.",
          "We hope the paper will make a difference, and help build better-coordinated partnerships and support for the region. Civil society works with people who use drugs every day: its experience belongs at the table where drug policy is discussed.",
        ].join("\n\n"),
      },
    },
    {
      locale: "sr-Latn",
      fields: {
        title: "Glas civilnog društva u Dijalogu EU i Zapadnog Balkana o drogama",
        summary:
          "Uoči dijaloga u Briselu 25. maja 2023. pridružujemo se Forumu civilnog društva o drogama i tražimo da preporuke civilnog društva usmeravaju saradnju sa regionom.",
        body: [
          "Evropska unija i zemlje Zapadnog Balkana održavaju 25. maja 2023. u Briselu Dijalog o drogama. Evropsku stranu koordinira švedsko predsedavanje. Učestvuju nacionalne službe za droge zemalja EU, koje sarađuju u Horizontalnoj radnoj grupi za droge, telu Saveta zaduženom za politiku o drogama, a pozvane su i ambasade zemalja Zapadnog Balkana pri EU.",
          "Forum civilnog društva o drogama, ekspertska grupa Evropske komisije koju čini 45 organizacija civilnog društva iz cele Evrope, sa različitim pogledima na politiku o drogama, pripremio je dokument sa informacijama, stavovima i preporukama civilnog društva. Doprinelo je nekoliko organizacija iz našeg regiona, a DPNSEE, članica Foruma, koordinirala je njihove priloge. Dokument je upućen švedskom predsedavanju i biće prosleđen članovima Horizontalne radne grupe i ambasadama.",
          "Nadamo se da će dokument nešto promeniti i pomoći da partnerstva i podrška regionu budu bolje usklađeni. Civilno društvo svakog dana radi sa ljudima koji koriste droge: njegovo iskustvo pripada stolu za kojim se razgovara o politici o drogama.",
        ].join("\n\n"),
      },
    },
    {
      locale: "sr-Cyrl",
      fields: {
        title: "Глас цивилног друштва у Дијалогу ЕУ и Западног Балкана о дрогама",
        summary:
          "Уочи дијалога у Бриселу 25. маја 2023. придружујемо се Форуму цивилног друштва о дрогама и тражимо да препоруке цивилног друштва усмеравају сарадњу са регионом.",
        body: [
          "Европска унија и земље Западног Балкана одржавају 25. маја 2023. у Бриселу Дијалог о дрогама. Европску страну координира шведско председавање. Учествују националне службе за дроге земаља ЕУ, које сарађују у Хоризонталној радној групи за дроге, телу Савета задуженом за политику о дрогама, а позване су и амбасаде земаља Западног Балкана при ЕУ.",
          "Форум цивилног друштва о дрогама, експертска група Европске комисије коју чини 45 организација цивилног друштва из целе Европе, са различитим погледима на политику о дрогама, припремио је документ са информацијама, ставовима и препорукама цивилног друштва. Допринело је неколико организација из нашег региона, а DPNSEE, чланица Форума, координирала је њихове прилоге. Документ је упућен шведском председавању и биће прослеђен члановима Хоризонталне радне групе и амбасадама.",
          "Надамо се да ће документ нешто променити и помоћи да партнерства и подршка региону буду боље усклађени. Цивилно друштво сваког дана ради са људима који користе дроге: његово искуство припада столу за којим се разговара о политици о дрогама.",
        ].join("\n\n"),
      },
    },
  ],
};

/** Scheduled, in English only, for a few days after the demo is loaded. */
export const POSTER_NEWS: DemoPost = {
  slug: "refugee-information-poster",
  kind: "news",
  scheduleInDays: 3,
  topics: ["refugees"],
  organisations: ["dpnsee"],
  programme: "emergency-support-ukraine",
  resources: ["information-for-refugees-serbia"],
  translations: [
    {
      locale: "en",
      fields: {
        title: "A QR poster for the refugee information, ready to print",
        summary:
          "Print the small poster, put it up where refugees wait, and a phone camera takes them to the information in Ukrainian, Russian, Serbian or English.",
        body: [
          "The information documents for refugees in Serbia now come with a small printable poster. Its QR code leads to the documents online, in the reader's language: Ukrainian, Russian, Serbian or English.",
          "Border police stations, refugee centres, clinics and local branches that received the printed documents can put the poster up in waiting rooms and at information desks, so that people take the information with them on their phones.",
          "The poster is in the library, beside the documents, in each of the four languages.",
        ].join("\n\n"),
      },
    },
  ],
};

import type { OrganisationInput, ProgrammeInput, TopicInput } from "../catalogue/index.ts";
import type { Locale } from "../i18n/locales.ts";
import type { ResourceKind } from "../library/index.ts";

/**
 * The demo library: DPNSEE's two information documents for refugees in Serbia (seed 001), in
 * Ukrainian, Russian, Serbian and English, and EHRA's guide to online harm reduction services, in
 * English and Russian. The texts are short summaries written for Outreach from what the seed says
 * the documents contain; the files are generated from them at demo load. Copy numbers in the
 * dissemination log are illustrative.
 */

export type DemoSection = { heading: string; text: string };

export type DemoText = {
  title: string;
  summary: string;
  /** The resource page's text, before the list of contents. */
  intro: string;
  /** The document's sections: listed on the resource page, written out in the file. */
  sections: DemoSection[];
};

export type DemoDissemination = {
  partner: string;
  locale: Locale | null;
  copies: number;
  places: string;
  distributedOn: string;
};

export type DemoResource = {
  slug: string;
  kind: ResourceKind;
  organisation: string;
  programme?: string;
  topics: string[];
  /** The source language first. */
  texts: { locale: Locale; text: DemoText }[];
  /** Where and when it was published, as the file's title page says it, per language. */
  imprint: Partial<Record<Locale, string>>;
  /** Downloads to count at load, per language. */
  downloads: Partial<Record<Locale, number>>;
  dissemination: DemoDissemination[];
};

/** Words of the generated files and the resource pages, per language. */
export const DOCUMENT_LABELS: Partial<Record<Locale, { contents: string; demoNote: string }>> = {
  en: {
    contents: "Contents",
    demoNote:
      "A short edition written for the Outreach demo. Check current rules and contacts with the institutions and organisations named here.",
  },
  uk: {
    contents: "Зміст",
    demoNote:
      "Скорочене видання, написане для демонстрації Outreach. Актуальні правила й контакти уточнюйте в установах і організаціях, названих тут.",
  },
  ru: {
    contents: "Содержание",
    demoNote:
      "Краткое издание, написанное для демонстрации Outreach. Действующие правила и контакты уточняйте в учреждениях и организациях, названных здесь.",
  },
  "sr-Latn": {
    contents: "Sadržaj",
    demoNote:
      "Skraćeno izdanje napisano za demonstraciju platforme Outreach. Važeća pravila i kontakte proverite kod ustanova i organizacija navedenih ovde.",
  },
};

export const DEMO_LIBRARY_ORGANISATIONS: OrganisationInput[] = [
  {
    slug: "dpnsee",
    shortName: "DPNSEE",
    kind: "network",
    country: "RS",
    website: "http://dpnsee.org",
    name: {
      en: "Drug Policy Network South East Europe",
      ru: "Сеть по наркополитике Юго-Восточной Европы",
      uk: "Мережа з питань наркополітики Південно-Східної Європи",
      "sr-Latn": "Mreža za politiku prema drogama Jugoistočne Evrope",
      "sr-Cyrl": "Мрежа за политику према дрогама Југоисточне Европе",
    },
    description: {
      en: "A regional network of organisations working on drug policy in South East Europe, based in Belgrade.",
      ru: "Региональная сеть организаций, работающих над наркополитикой в Юго-Восточной Европе, с офисом в Белграде.",
      "sr-Latn": "Regionalna mreža organizacija koje se bave politikom prema drogama u Jugoistočnoj Evropi, sa sedištem u Beogradu.",
    },
  },
  {
    slug: "ehra",
    shortName: "EHRA",
    kind: "network",
    country: "LT",
    website: null,
    name: {
      en: "Eurasian Harm Reduction Association",
      ru: "Евразийская ассоциация снижения вреда",
      uk: "Євразійська асоціація зменшення шкоди",
      lt: "Eurazijos žalos mažinimo asociacija",
    },
    description: {
      en: "A network of harm reduction programmes and activists in Central and Eastern Europe and Central Asia.",
      ru: "Сеть программ снижения вреда и активистов Центральной и Восточной Европы и Центральной Азии.",
    },
  },
];

export const DEMO_LIBRARY_TOPICS: TopicInput[] = [
  {
    slug: "refugees",
    name: {
      en: "Refugees and displaced people",
      ru: "Беженцы и вынужденные переселенцы",
      uk: "Біженці та переміщені особи",
      "sr-Latn": "Izbeglice i raseljena lica",
      "sr-Cyrl": "Избеглице и расељена лица",
      lt: "Pabėgėliai ir perkeltieji asmenys",
      fr: "Personnes réfugiées et déplacées",
    },
  },
  {
    slug: "hiv",
    name: { en: "HIV", ru: "ВИЧ", uk: "ВІЛ", "sr-Latn": "HIV", "sr-Cyrl": "ХИВ", lt: "ŽIV", fr: "VIH" },
  },
];

export const DEMO_LIBRARY_PROGRAMMES: ProgrammeInput[] = [
  {
    slug: "emergency-support-ukraine",
    title: {
      en: "Emergency support for HIV and harm reduction services in Ukraine and neighbouring countries",
      ru: "Экстренная поддержка услуг по ВИЧ и снижению вреда в Украине и соседних странах",
      uk: "Екстрена підтримка послуг із ВІЛ і зменшення шкоди в Україні та сусідніх країнах",
      "sr-Latn": "Hitna podrška uslugama u oblasti HIV-a i smanjenja štete u Ukrajini i susednim zemljama",
      "sr-Cyrl": "Хитна подршка услугама у области ХИВ-а и смањења штете у Украјини и суседним земљама",
    },
    description: {
      en: "A UNODC-led project for key populations in Ukraine and refugees in selected neighbouring countries; in Serbia DPNSEE ran workshops and prepared information for refugees.",
      ru: "Проект под руководством УНП ООН для ключевых групп в Украине и беженцев в ряде соседних стран; в Сербии DPNSEE провела семинары и подготовила информацию для беженцев.",
    },
  },
];

/** Partners named in seed 001, with plausible numbers of copies. */
const ILLUSTRATIVE = "2023-06";

export const DEMO_RESOURCES: DemoResource[] = [
  {
    slug: "information-for-refugees-serbia",
    kind: "info-sheet",
    organisation: "dpnsee",
    programme: "emergency-support-ukraine",
    topics: ["refugees"],
    imprint: { en: "Belgrade, 2023", uk: "Белград, 2023", ru: "Белград, 2023", "sr-Latn": "Beograd, 2023" },
    downloads: { uk: 6, ru: 4, en: 2, "sr-Latn": 1 },
    dissemination: [
      {
        partner: "Ministry of Interior",
        locale: "uk",
        copies: 300,
        places: "Border police stations and offices for asylum and the registration of foreigners",
        distributedOn: `${ILLUSTRATIVE}-12`,
      },
      {
        partner: "Ministry of Interior",
        locale: "ru",
        copies: 150,
        places: "Border police stations and offices for asylum and the registration of foreigners",
        distributedOn: `${ILLUSTRATIVE}-12`,
      },
      {
        partner: "Commissariat for Refugees and Migration",
        locale: "uk",
        copies: 400,
        places: "Its officers, and asylum and reception centres throughout the country",
        distributedOn: `${ILLUSTRATIVE}-14`,
      },
      {
        partner: "Commissariat for Refugees and Migration",
        locale: "ru",
        copies: 200,
        places: "Its officers, and asylum and reception centres throughout the country",
        distributedOn: `${ILLUSTRATIVE}-14`,
      },
      {
        partner: "Institute of Public Health",
        locale: null,
        copies: 250,
        places: "Its 25 local branches around the country",
        distributedOn: `${ILLUSTRATIVE}-20`,
      },
    ],
    texts: [
      {
        locale: "en",
        text: {
          title: "General information for refugees and displaced persons in the Republic of Serbia",
          summary:
            "What refugees from Ukraine and people displaced from Russia need to know in Serbia: protection, temporary residence, and where to find information and support.",
          intro:
            "DPNSEE gathered this information with the ministries of health and of the interior, the Commissariat for Refugees and Migration, the Institute of Public Health, the Office for Combating Drugs, UNHCR and civil society organisations working with refugees. Each of them commented on the draft, so that each would accept it and pass it on.",
          sections: [
            {
              heading: "Refugees in the Republic of Serbia",
              text: "Anyone who has fled war or persecution can say at the border, or at any police station, that they want to seek asylum in Serbia. The Commissariat for Refugees and Migration runs asylum and reception centres across the country, where people can stay, eat and see a doctor. People who fled Ukraine can ask for temporary protection instead, which gives them the right to stay, to work and to use health care.",
            },
            {
              heading: "Temporary residence in the Republic of Serbia",
              text: "Foreigners who want to stay longer than 90 days need a temporary residence permit from the police administration of the place where they live. Keep your passport or another identity document with you, register your address with the police, and keep every paper you receive: you will need them for health care, work and school.",
            },
            {
              heading: "Where else to get more information and support?",
              text: "The Commissariat for Refugees and Migration, UNHCR and civil society organisations give information and legal help free of charge. Ask the staff of your centre, or one of the organisations listed in the second document, Information for people living with HIV and populations at increased risk of HIV.",
            },
          ],
        },
      },
      {
        locale: "uk",
        text: {
          title: "Загальна інформація для біженців і переміщених осіб у Республіці Сербія",
          summary:
            "Що біженцям з України та людям, які вимушено виїхали з Росії, важливо знати в Сербії: захист, тимчасове проживання, де знайти інформацію та підтримку.",
          intro:
            "DPNSEE зібрала цю інформацію разом із міністерствами охорони здоров’я та внутрішніх справ, Комісаріатом у справах біженців і міграції, Інститутом громадського здоров’я, Управлінням з протидії наркотикам, УВКБ ООН і громадськими організаціями, що працюють з біженцями. Кожен із них прокоментував чернетку, щоб потім прийняти текст і поширювати його.",
          sections: [
            {
              heading: "Біженці в Республіці Сербія",
              text: "Кожен, хто втік від війни чи переслідування, може сказати на кордоні або в будь-якому відділенні поліції, що хоче просити притулку в Сербії. Комісаріат у справах біженців і міграції має по всій країні центри для шукачів притулку та прийому, де можна жити, харчуватися й звернутися до лікаря. Люди, які виїхали з України, можуть натомість попросити тимчасовий захист: він дає право перебувати в країні, працювати й користуватися медичною допомогою.",
            },
            {
              heading: "Тимчасове проживання в Республіці Сербія",
              text: "Іноземцям, які хочуть залишитися довше ніж на 90 днів, потрібен дозвіл на тимчасове проживання від поліцейського управління за місцем проживання. Майте при собі паспорт або інший документ, що посвідчує особу, зареєструйте свою адресу в поліції й зберігайте всі отримані папери: вони знадобляться для лікування, роботи та навчання.",
            },
            {
              heading: "Де ще отримати інформацію та підтримку?",
              text: "Комісаріат у справах біженців і міграції, УВКБ ООН і громадські організації безкоштовно надають інформацію та юридичну допомогу. Запитайте працівників свого центру або одну з організацій, перелічених у другому документі — «Інформація для людей, які живуть з ВІЛ, і груп з підвищеним ризиком ВІЛ».",
            },
          ],
        },
      },
      {
        locale: "ru",
        text: {
          title: "Общая информация для беженцев и перемещённых лиц в Республике Сербия",
          summary:
            "Что беженцам из Украины и людям, вынужденно уехавшим из России, важно знать в Сербии: защита, временное проживание, где найти информацию и поддержку.",
          intro:
            "DPNSEE собрала эту информацию вместе с министерствами здравоохранения и внутренних дел, Комиссариатом по делам беженцев и миграции, Институтом общественного здравоохранения, Управлением по борьбе с наркотиками, УВКБ ООН и общественными организациями, работающими с беженцами. Каждый из них прокомментировал черновик, чтобы потом принять текст и распространять его.",
          sections: [
            {
              heading: "Беженцы в Республике Сербия",
              text: "Любой, кто бежал от войны или преследования, может сказать на границе или в любом отделении полиции, что хочет просить убежища в Сербии. Комиссариат по делам беженцев и миграции содержит по всей стране центры для ищущих убежища и приёма, где можно жить, питаться и обратиться к врачу. Люди, уехавшие из Украины, могут вместо этого попросить временную защиту: она даёт право находиться в стране, работать и пользоваться медицинской помощью.",
            },
            {
              heading: "Временное проживание в Республике Сербия",
              text: "Иностранцам, которые хотят остаться дольше 90 дней, нужно разрешение на временное проживание от полицейского управления по месту жительства. Держите при себе паспорт или другой документ, удостоверяющий личность, зарегистрируйте свой адрес в полиции и храните все полученные бумаги: они понадобятся для лечения, работы и учёбы.",
            },
            {
              heading: "Где ещё получить информацию и поддержку?",
              text: "Комиссариат по делам беженцев и миграции, УВКБ ООН и общественные организации бесплатно дают информацию и юридическую помощь. Спросите сотрудников своего центра или одну из организаций, перечисленных во втором документе — «Информация для людей, живущих с ВИЧ, и групп с повышенным риском ВИЧ».",
            },
          ],
        },
      },
      {
        locale: "sr-Latn",
        text: {
          title: "Opšte informacije za izbeglice i raseljena lica u Republici Srbiji",
          summary:
            "Šta izbeglice iz Ukrajine i lica raseljena iz Rusije treba da znaju u Srbiji: zaštita, privremeni boravak i gde naći informacije i podršku.",
          intro:
            "DPNSEE je ove informacije prikupila zajedno sa ministarstvima zdravlja i unutrašnjih poslova, Komesarijatom za izbeglice i migracije, Institutom za javno zdravlje, Kancelarijom za borbu protiv droga, UNHCR-om i organizacijama civilnog društva koje rade sa izbeglicama. Svi su komentarisali nacrt, kako bi kasnije prihvatili tekst i delili ga dalje.",
          sections: [
            {
              heading: "Izbeglice u Republici Srbiji",
              text: "Svako ko je pobegao od rata ili progona može na granici ili u bilo kojoj policijskoj stanici reći da želi da traži azil u Srbiji. Komesarijat za izbeglice i migracije vodi centre za azil i prihvatne centre širom zemlje, u kojima ljudi mogu da borave, jedu i jave se lekaru. Ljudi koji su pobegli iz Ukrajine mogu umesto toga da zatraže privremenu zaštitu, koja daje pravo na boravak, rad i zdravstvenu zaštitu.",
            },
            {
              heading: "Privremeni boravak u Republici Srbiji",
              text: "Strancima koji žele da ostanu duže od 90 dana potrebna je dozvola za privremeni boravak od policijske uprave mesta u kojem žive. Imajte kod sebe pasoš ili drugu ispravu, prijavite adresu policiji i čuvajte svaki papir koji dobijete: biće vam potrebni za lečenje, posao i školu.",
            },
            {
              heading: "Gde još dobiti informacije i podršku?",
              text: "Komesarijat za izbeglice i migracije, UNHCR i organizacije civilnog društva besplatno pružaju informacije i pravnu pomoć. Pitajte zaposlene u svom centru ili neku od organizacija navedenih u drugom dokumentu, Informacije za osobe koje žive sa HIV-om i populacije pod povećanim rizikom od HIV-a.",
            },
          ],
        },
      },
    ],
  },
  {
    slug: "information-hiv-key-populations",
    kind: "info-sheet",
    organisation: "dpnsee",
    programme: "emergency-support-ukraine",
    topics: ["refugees", "hiv", "harm-reduction-services"],
    imprint: { en: "Belgrade, 2023", uk: "Белград, 2023", ru: "Белград, 2023", "sr-Latn": "Beograd, 2023" },
    downloads: { uk: 3, ru: 3, "sr-Latn": 2, en: 1 },
    dissemination: [
      {
        partner: "Office for Combating Drugs",
        locale: null,
        copies: 250,
        places: "Four addiction clinics, the multisectoral teams in local communities, and information stands at events",
        distributedOn: `${ILLUSTRATIVE}-16`,
      },
      {
        partner: "Institute of Public Health",
        locale: null,
        copies: 500,
        places: "Its 25 local branches around the country",
        distributedOn: `${ILLUSTRATIVE}-20`,
      },
      {
        partner: "Four organisations providing services",
        locale: "uk",
        copies: 120,
        places: "People who asked them for support",
        distributedOn: `${ILLUSTRATIVE}-22`,
      },
      {
        partner: "Four organisations providing services",
        locale: "ru",
        copies: 80,
        places: "People who asked them for support",
        distributedOn: `${ILLUSTRATIVE}-22`,
      },
    ],
    texts: [
      {
        locale: "en",
        text: {
          title: "Information for people living with HIV and populations at increased risk of HIV",
          summary:
            "Health care for refugees and displaced persons in Serbia, and what people living with HIV, people who use drugs, LGBTI+ people and sex workers need to know.",
          intro:
            "The second of DPNSEE's two information documents for refugees from Ukraine and people displaced from Russia. It tells people where to find health care and support in Serbia, whatever their situation, and in confidence.",
          sections: [
            {
              heading: "General information about the health care of refugees and displaced persons",
              text: "Asylum seekers, refugees and people under temporary protection can use public health care in Serbia. In an emergency go to the nearest health centre (dom zdravlja) or hospital, or call 194. In asylum and reception centres a doctor sees residents and refers them on.",
            },
            {
              heading: "Information for people living with HIV",
              text: "HIV treatment in Serbia is free and is given at the infectious disease clinics of the big hospitals. Bring any papers about the medicines you take, so that your treatment goes on without a break. Testing and counselling are confidential.",
            },
            {
              heading: "Information for people who use drugs",
              text: "Opioid substitution therapy with methadone or buprenorphine is offered by addiction treatment services. Harm reduction organisations hand out clean injecting equipment and offer free, anonymous testing for HIV and hepatitis C. Ask them about the services nearest to you.",
            },
            {
              heading: "Information for people from the LGBTI+ population",
              text: "Health workers must treat everyone equally and keep what you tell them confidential. LGBTI+ organisations in Belgrade and other cities offer counselling, peer support and safe places to meet.",
            },
            {
              heading: "Information for sex workers",
              text: "Organisations that work with sex workers offer confidential counselling, condoms, testing and legal advice. If someone forces you to work or has taken your documents, you can ask them for help in confidence.",
            },
            {
              heading: "Groceries, other daily necessities and other available services",
              text: "The Red Cross of Serbia and local organisations hand out food, hygiene items and clothes. Ask in your centre or at the local Red Cross office where and when.",
            },
            {
              heading: "Contacts of the civil society organisations in Serbia that provide support",
              text: "The printed document lists the organisations with their addresses and phone numbers. This short edition leaves the list out: find the current contacts on the DPNSEE website, dpnsee.org.",
            },
          ],
        },
      },
      {
        locale: "uk",
        text: {
          title: "Інформація для людей, які живуть з ВІЛ, і груп з підвищеним ризиком ВІЛ",
          summary:
            "Медична допомога для біженців і переміщених осіб у Сербії та що важливо знати людям, які живуть з ВІЛ, людям, які вживають наркотики, ЛГБТІ+ людям і секс-працівникам.",
          intro:
            "Другий із двох інформаційних документів DPNSEE для біженців з України та людей, які вимушено виїхали з Росії. Він розповідає, де в Сербії отримати медичну допомогу й підтримку — за будь-яких обставин і конфіденційно.",
          sections: [
            {
              heading: "Загальна інформація про медичну допомогу біженцям і переміщеним особам",
              text: "Шукачі притулку, біженці та люди з тимчасовим захистом можуть користуватися державною медичною допомогою в Сербії. У невідкладному випадку йдіть до найближчого центру здоров’я (dom zdravlja) чи лікарні або телефонуйте 194. У центрах для шукачів притулку та прийому мешканців оглядає лікар і за потреби скеровує далі.",
            },
            {
              heading: "Інформація для людей, які живуть з ВІЛ",
              text: "Лікування ВІЛ у Сербії безкоштовне, його надають клініки інфекційних хвороб великих лікарень. Візьміть із собою всі папери про ліки, які приймаєте, щоб лікування тривало без перерви. Тестування й консультування конфіденційні.",
            },
            {
              heading: "Інформація для людей, які вживають наркотики",
              text: "Замісну підтримувальну терапію метадоном або бупренорфіном надають служби лікування залежності. Організації зменшення шкоди роздають стерильне ін’єкційне обладнання й пропонують безкоштовне анонімне тестування на ВІЛ і гепатит C. Запитайте в них про найближчі послуги.",
            },
            {
              heading: "Інформація для людей з ЛГБТІ+ спільноти",
              text: "Медичні працівники мають ставитися до всіх однаково й зберігати в таємниці те, що ви їм розповідаєте. ЛГБТІ+ організації в Белграді та інших містах пропонують консультації, підтримку рівних і безпечні місця для зустрічей.",
            },
            {
              heading: "Інформація для секс-працівників",
              text: "Організації, які працюють із секс-працівниками, пропонують конфіденційні консультації, презервативи, тестування та юридичні поради. Якщо вас змушують працювати або забрали ваші документи, ви можете конфіденційно попросити в них допомоги.",
            },
            {
              heading: "Продукти, інші щоденні потреби та інші доступні послуги",
              text: "Червоний Хрест Сербії та місцеві організації роздають їжу, засоби гігієни й одяг. Запитайте у своєму центрі або в місцевому відділенні Червоного Хреста, де й коли це відбувається.",
            },
            {
              heading: "Контакти громадських організацій у Сербії, що надають підтримку",
              text: "У друкованому документі наведено організації з адресами й телефонами. У цьому скороченому виданні списку немає: актуальні контакти шукайте на сайті DPNSEE, dpnsee.org.",
            },
          ],
        },
      },
      {
        locale: "ru",
        text: {
          title: "Информация для людей, живущих с ВИЧ, и групп с повышенным риском ВИЧ",
          summary:
            "Медицинская помощь для беженцев и перемещённых лиц в Сербии и что важно знать людям, живущим с ВИЧ, людям, употребляющим наркотики, ЛГБТИ+ людям и секс-работникам.",
          intro:
            "Второй из двух информационных документов DPNSEE для беженцев из Украины и людей, вынужденно уехавших из России. Он рассказывает, где в Сербии получить медицинскую помощь и поддержку — в любой ситуации и конфиденциально.",
          sections: [
            {
              heading: "Общая информация о медицинской помощи беженцам и перемещённым лицам",
              text: "Ищущие убежища, беженцы и люди под временной защитой могут пользоваться государственной медицинской помощью в Сербии. В экстренном случае идите в ближайший дом здоровья (dom zdravlja) или больницу либо звоните 194. В центрах для ищущих убежища и приёма жителей осматривает врач и при необходимости направляет дальше.",
            },
            {
              heading: "Информация для людей, живущих с ВИЧ",
              text: "Лечение ВИЧ в Сербии бесплатное, его проводят клиники инфекционных болезней крупных больниц. Возьмите с собой все бумаги о лекарствах, которые принимаете, чтобы лечение продолжалось без перерыва. Тестирование и консультирование конфиденциальны.",
            },
            {
              heading: "Информация для людей, употребляющих наркотики",
              text: "Опиоидную заместительную терапию метадоном или бупренорфином проводят службы лечения зависимости. Организации снижения вреда раздают стерильный инъекционный инструментарий и предлагают бесплатное анонимное тестирование на ВИЧ и гепатит C. Спросите у них о ближайших услугах.",
            },
            {
              heading: "Информация для людей из ЛГБТИ+ сообщества",
              text: "Медицинские работники обязаны относиться ко всем одинаково и хранить в тайне то, что вы им рассказываете. ЛГБТИ+ организации в Белграде и других городах предлагают консультации, поддержку равных и безопасные места для встреч.",
            },
            {
              heading: "Информация для секс-работников",
              text: "Организации, работающие с секс-работниками, предлагают конфиденциальные консультации, презервативы, тестирование и юридические советы. Если вас заставляют работать или отобрали документы, вы можете конфиденциально попросить у них помощи.",
            },
            {
              heading: "Продукты, другие повседневные нужды и другие доступные услуги",
              text: "Красный Крест Сербии и местные организации раздают еду, средства гигиены и одежду. Спросите в своём центре или в местном отделении Красного Креста, где и когда это происходит.",
            },
            {
              heading: "Контакты общественных организаций в Сербии, оказывающих поддержку",
              text: "В печатном документе перечислены организации с адресами и телефонами. В этом кратком издании списка нет: актуальные контакты ищите на сайте DPNSEE, dpnsee.org.",
            },
          ],
        },
      },
      {
        locale: "sr-Latn",
        text: {
          title: "Informacije za osobe koje žive sa HIV-om i populacije pod povećanim rizikom od HIV-a",
          summary:
            "Zdravstvena zaštita izbeglica i raseljenih lica u Srbiji i šta treba da znaju osobe koje žive sa HIV-om, ljudi koji koriste droge, LGBTI+ osobe i seksualni radnici i radnice.",
          intro:
            "Drugi od dva informatora DPNSEE za izbeglice iz Ukrajine i lica raseljena iz Rusije. Govori gde se u Srbiji može dobiti zdravstvena zaštita i podrška, u svakoj situaciji i poverljivo.",
          sections: [
            {
              heading: "Opšte informacije o zdravstvenoj zaštiti izbeglica i raseljenih lica",
              text: "Tražioci azila, izbeglice i lica pod privremenom zaštitom mogu da koriste javnu zdravstvenu zaštitu u Srbiji. U hitnom slučaju idite u najbliži dom zdravlja ili bolnicu, ili pozovite 194. U centrima za azil i prihvatnim centrima lekar pregleda korisnike i po potrebi ih upućuje dalje.",
            },
            {
              heading: "Informacije za osobe koje žive sa HIV-om",
              text: "Lečenje HIV-a u Srbiji je besplatno i sprovode ga klinike za infektivne bolesti velikih bolnica. Ponesite sve papire o lekovima koje uzimate, da se lečenje nastavi bez prekida. Testiranje i savetovanje su poverljivi.",
            },
            {
              heading: "Informacije za ljude koji koriste droge",
              text: "Opioidnu supstitucionu terapiju metadonom ili buprenorfinom pružaju službe za lečenje bolesti zavisnosti. Organizacije za smanjenje štete dele sterilan pribor za injektiranje i nude besplatno, anonimno testiranje na HIV i hepatitis C. Pitajte ih za usluge najbliže vama.",
            },
            {
              heading: "Informacije za osobe iz LGBTI+ populacije",
              text: "Zdravstveni radnici moraju prema svima da se odnose jednako i da čuvaju poverljivim ono što im kažete. LGBTI+ organizacije u Beogradu i drugim gradovima nude savetovanje, vršnjačku podršku i bezbedna mesta za okupljanje.",
            },
            {
              heading: "Informacije za seksualne radnike i radnice",
              text: "Organizacije koje rade sa seksualnim radnicima i radnicama nude poverljivo savetovanje, kondome, testiranje i pravne savete. Ako vas neko tera da radite ili vam je oduzeo dokumenta, možete ih poverljivo zamoliti za pomoć.",
            },
            {
              heading: "Namirnice, druge svakodnevne potrepštine i druge dostupne usluge",
              text: "Crveni krst Srbije i lokalne organizacije dele hranu, higijenska sredstva i odeću. Pitajte u svom centru ili u lokalnoj organizaciji Crvenog krsta gde i kada.",
            },
            {
              heading: "Kontakti organizacija civilnog društva u Srbiji koje pružaju podršku",
              text: "U štampanom dokumentu navedene su organizacije sa adresama i brojevima telefona. Ovo skraćeno izdanje nema taj spisak: aktuelne kontakte potražite na sajtu DPNSEE, dpnsee.org.",
            },
          ],
        },
      },
    ],
  },
  {
    slug: "online-harm-reduction-services-guide",
    kind: "guide",
    organisation: "ehra",
    topics: ["harm-reduction-services", "communities-of-people-who-use-drugs"],
    imprint: { en: "Eurasian Harm Reduction Association", ru: "Евразийская ассоциация снижения вреда" },
    downloads: { ru: 5, en: 3 },
    dissemination: [],
    texts: [
      {
        locale: "en",
        text: {
          title: "Recommendations for setting up online harm reduction services",
          summary:
            "EHRA's short, practical guide for organisations that want to launch an online harm reduction service for people who use drugs, or improve the one they run.",
          intro:
            "Concise, evidence-based recommendations that are easy to put into practice, organised into thematic units and written without research jargon. They can be adapted to an organisation's needs and resources, to the local context, and to web outreach with other key populations, such as people living with HIV, sex workers or men who have sex with men.",
          sections: [
            {
              heading: "Launching a programme",
              text: "Start from what your clients already use: the apps, social networks and forums where they talk. Decide what the service will offer online, what it leaves to outreach workers in person, and how people will find it.",
            },
            {
              heading: "Policy development",
              text: "Write the rules down before the first chat: who may use the service, what staff may and may not say, how long messages are kept, and what happens when someone is in danger.",
            },
            {
              heading: "Staffing",
              text: "Online outreach workers need the skills of street outreach workers, and time set aside for writing. Peers who use or have used drugs make the service credible; plan supervision and rest, because some chats are hard.",
            },
            {
              heading: "Safety and security",
              text: "Protect your clients' anonymity: use encrypted channels and separate work accounts, and keep no more personal data than the service needs. Train staff to recognise fake accounts and to deal with threats.",
            },
            {
              heading: "Referral procedures",
              text: "Agree with clinics, substitution therapy sites, testing services and lawyers how you will refer people to them, and check afterwards whether people got there.",
            },
            {
              heading: "Monitoring and evaluation",
              text: "Count contacts, questions, referrals and materials sent, without collecting names. Ask clients from time to time what helped them, and change the service accordingly.",
            },
          ],
        },
      },
      {
        locale: "ru",
        text: {
          title: "Рекомендации по созданию онлайн-услуг снижения вреда",
          summary:
            "Краткое практическое руководство ЕАСВ для организаций, которые хотят запустить онлайн-услугу снижения вреда для людей, употребляющих наркотики, или улучшить уже работающую.",
          intro:
            "Сжатые, основанные на данных рекомендации, которые легко применить на практике: они разбиты на тематические блоки и написаны без исследовательского жаргона. Их можно приспособить к потребностям и ресурсам организации, к местным условиям и к онлайн-аутрич с другими ключевыми группами — людьми, живущими с ВИЧ, секс-работниками, мужчинами, практикующими секс с мужчинами.",
          sections: [
            {
              heading: "Запуск программы",
              text: "Начните с того, чем уже пользуются ваши клиенты: приложений, соцсетей и форумов, где они общаются. Решите, что служба будет предлагать онлайн, что оставит аутрич-работникам на улице и как люди её найдут.",
            },
            {
              heading: "Разработка правил",
              text: "Запишите правила до первого чата: кто может пользоваться службой, что сотрудники могут и не могут говорить, сколько хранятся сообщения и что делать, если человек в опасности.",
            },
            {
              heading: "Персонал",
              text: "Онлайн-аутрич-работникам нужны навыки уличных аутрич-работников и отдельное время на переписку. Равные консультанты, употребляющие или употреблявшие наркотики, вызывают доверие; планируйте супервизию и отдых, потому что некоторые разговоры даются тяжело.",
            },
            {
              heading: "Безопасность",
              text: "Берегите анонимность клиентов: пользуйтесь зашифрованными каналами и отдельными рабочими аккаунтами и не храните больше личных данных, чем нужно службе. Научите сотрудников распознавать фальшивые аккаунты и справляться с угрозами.",
            },
            {
              heading: "Порядок перенаправления",
              text: "Договоритесь с клиниками, пунктами заместительной терапии, службами тестирования и юристами о том, как вы будете к ним направлять людей, и потом проверяйте, дошли ли они.",
            },
            {
              heading: "Мониторинг и оценка",
              text: "Считайте обращения, вопросы, перенаправления и отправленные материалы, не собирая имён. Время от времени спрашивайте клиентов, что им помогло, и меняйте службу по их ответам.",
            },
          ],
        },
      },
    ],
  },
];

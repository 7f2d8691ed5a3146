import type { DemoPage } from "./network.ts";

/**
 * The demo network's pages. Facts come from public reports of real events and organisations; every
 * text was written for this demo. Languages are uneven on purpose: some pages have no Russian, most
 * have no Lithuanian or French and a translation is a draft, so that fallback, the language switcher
 * and translation status can all be seen. News are posts: see posts.ts.
 */
const SITE_PAGES: DemoPage[] = [
  {
    slug: "home",
    translations: [
      {
        locale: "en",
        fields: {
          title: "Harm reduction across the region, in your language",
          summary:
            "A network of organisations that work with people who use drugs, refugees and sex workers, and the trainings, guides and services they share.",
          body: [
            "We bring together non-governmental organisations, community groups and public services from South East Europe, Eastern Europe and Central Asia.",
            "On this site you will find our trainings and webinars, the guides our members wrote, and services near you that will help without judgement.",
            "New here? Start with [who we are](/en/pages/about) and [what we work on](/en/pages/programmes).",
          ].join("\n\n"),
        },
      },
      {
        locale: "ru",
        fields: {
          title: "Снижение вреда в регионе — на вашем языке",
          summary:
            "Сеть организаций, которые работают с людьми, употребляющими наркотики, беженцами и секс-работниками, и тренинги, руководства и услуги, которыми они делятся.",
          body: [
            "Мы объединяем неправительственные организации, сообщества и государственные службы Юго-Восточной Европы, Восточной Европы и Центральной Азии.",
            "Здесь вы найдёте наши тренинги и вебинары, руководства, написанные участниками сети, и службы рядом с вами, которые помогут без осуждения.",
            "Впервые здесь? Начните со страниц [о сети](/ru/pages/about) и [о наших программах](/ru/pages/programmes).",
          ].join("\n\n"),
        },
      },
      {
        locale: "uk",
        fields: {
          title: "Зменшення шкоди в регіоні — вашою мовою",
          summary:
            "Мережа організацій, що працюють з людьми, які вживають наркотики, біженцями та секс-працівниками, а також тренінги, посібники й послуги, якими вони діляться.",
          body: [
            "Ми об’єднуємо неурядові організації, спільноти та державні служби Південно-Східної Європи, Східної Європи та Центральної Азії.",
            "На цьому сайті ви знайдете наші тренінги й вебінари, посібники, написані учасниками мережі, і служби поруч із вами, які допоможуть без осуду.",
            "Вперше тут? Почніть зі сторінок [про мережу](/uk/pages/about) і [про наші програми](/uk/pages/programmes).",
          ].join("\n\n"),
        },
      },
      {
        locale: "sr-Latn",
        fields: {
          title: "Smanjenje štete u regionu — na vašem jeziku",
          summary:
            "Mreža organizacija koje rade sa ljudima koji koriste droge, izbeglicama i seksualnim radnicima, i obuke, vodiči i usluge koje međusobno dele.",
          body: [
            "Okupljamo nevladine organizacije, grupe iz zajednice i javne službe iz Jugoistočne Evrope, Istočne Evrope i Centralne Azije.",
            "Na ovom sajtu naći ćete naše obuke i vebinare, vodiče koje su napisale naše članice i službe u vašoj blizini koje pomažu bez osuđivanja.",
            "Prvi put ste ovde? Počnite od stranica [o mreži](/sr-latn/pages/about) i [o našim programima](/sr-latn/pages/programmes).",
          ].join("\n\n"),
        },
      },
      {
        locale: "sr-Cyrl",
        fields: {
          title: "Смањење штете у региону — на вашем језику",
          summary:
            "Мрежа организација које раде са људима који користе дроге, избеглицама и сексуалним радницима, и обуке, водичи и услуге које међусобно деле.",
          body: [
            "Окупљамо невладине организације, групе из заједнице и јавне службе из Југоисточне Европе, Источне Европе и Централне Азије.",
            "На овом сајту наћи ћете наше обуке и вебинаре, водиче које су написале наше чланице и службе у вашој близини које помажу без осуђивања.",
            "Први пут сте овде? Почните од страница [о мрежи](/sr-cyrl/pages/about) и [о нашим програмима](/sr-cyrl/pages/programmes).",
          ].join("\n\n"),
        },
      },
    ],
  },
  {
    slug: "about",
    translations: [
      {
        locale: "en",
        fields: {
          title: "About the network",
          summary:
            "Organisations in South East Europe, Eastern Europe and Central Asia that reduce the harms of drug use together, and stand up for the health and rights of the people they serve.",
          body: [
            "Our members are non-governmental organisations, community groups of people who use drugs, and public health services. Some run needle and syringe programmes and street outreach; others train police, doctors and social workers, or speak for their communities wherever drug policy is decided, at home and in Brussels.",
            "## What we do",
            [
              "- We share practical experience through seminars, workshops and webinars.",
              "- We write and translate guides, so that good practice crosses language borders.",
              "- We keep a directory of services that help without judgement.",
              "- We bring the voices of civil society and of people who use drugs to the meetings where policy is made.",
            ].join("\n"),
            "## In your language",
            "Each member writes in its own language, and the network's translators carry the texts into the others. When a page is not yet translated into your language, you see the original with a note saying so, never a machine translation.",
            "## About this demonstration",
            "This site shows what Outreach can do. The network is imagined, but the events, programmes and organisations on it are real: the facts come from their public reports, and every text was written anew for this demonstration. See the [organisations and partners](/en/pages/members-and-partners) behind them. Only the two upcoming events are made up, so that registration can be tried; their pages say so.",
          ].join("\n\n"),
        },
      },
      {
        locale: "ru",
        fields: {
          title: "О сети",
          summary:
            "Организации Юго-Восточной Европы, Восточной Европы и Центральной Азии, которые вместе снижают вред от употребления наркотиков и защищают здоровье и права людей, с которыми работают.",
          body: [
            "Участники сети — неправительственные организации, сообщества людей, употребляющих наркотики, и государственные службы здравоохранения. Одни ведут программы обмена игл и шприцев и аутрич-работу на улице; другие обучают полицейских, врачей и социальных работников или представляют свои сообщества там, где принимаются решения о наркополитике, — у себя в стране и в Брюсселе.",
            "## Что мы делаем",
            [
              "- Делимся практическим опытом на семинарах, тренингах и вебинарах.",
              "- Пишем и переводим руководства, чтобы удачные практики не останавливались на языковых границах.",
              "- Ведём справочник служб, которые помогают без осуждения.",
              "- Добиваемся, чтобы голос гражданского общества и людей, употребляющих наркотики, звучал там, где вырабатывается политика.",
            ].join("\n"),
            "## На вашем языке",
            "Каждый участник пишет на своём языке, а переводчики сети переводят тексты на другие языки. Если страница ещё не переведена на ваш язык, вы увидите оригинал с пометкой об этом — но никогда не машинный перевод.",
            "## Об этой демонстрации",
            "Этот сайт показывает возможности Outreach. Сама сеть вымышлена, но события, программы и организации на нём настоящие: факты взяты из их открытых отчётов, а все тексты написаны заново специально для демонстрации. Посмотрите, [какие организации и партнёры](/ru/pages/members-and-partners) за ними стоят. Придуманы только два предстоящих мероприятия — чтобы можно было попробовать регистрацию; об этом сказано на их страницах.",
          ].join("\n\n"),
        },
      },
      {
        locale: "uk",
        fields: {
          title: "Про мережу",
          summary:
            "Організації Південно-Східної Європи, Східної Європи та Центральної Азії, які разом зменшують шкоду від вживання наркотиків і захищають здоров’я та права людей, з якими працюють.",
          body: [
            "Учасники мережі — неурядові організації, спільноти людей, які вживають наркотики, і державні служби охорони здоров’я. Одні проводять програми обміну голок і шприців та вуличну аутріч-роботу; інші навчають поліцейських, лікарів і соціальних працівників або представляють свої спільноти там, де ухвалюють рішення щодо наркополітики, — у своїй країні та в Брюсселі.",
            "## Що ми робимо",
            [
              "- Ділимося практичним досвідом на семінарах, тренінгах і вебінарах.",
              "- Пишемо й перекладаємо посібники, щоб добрі практики долали мовні кордони.",
              "- Ведемо довідник служб, які допомагають без осуду.",
              "- Домагаємося, щоб голос громадянського суспільства та людей, які вживають наркотики, звучав там, де ухвалюють політику.",
            ].join("\n"),
            "## Вашою мовою",
            "Кожен учасник пише своєю мовою, а перекладачі мережі перекладають тексти на інші мови. Якщо сторінку ще не перекладено вашою мовою, ви побачите оригінал із позначкою про це — але ніколи не машинний переклад.",
            "## Про цю демонстрацію",
            "Цей сайт показує можливості Outreach. Саму мережу вигадано, але події, програми й організації на ньому справжні: факти взято з їхніх відкритих звітів, а всі тексти написано заново спеціально для демонстрації. Подивіться, [які організації та партнери](/uk/pages/members-and-partners) за ними стоять. Вигадано лише два майбутні заходи — щоб можна було спробувати реєстрацію; про це сказано на їхніх сторінках.",
          ].join("\n\n"),
        },
      },
      {
        locale: "sr-Latn",
        fields: {
          title: "O mreži",
          summary:
            "Organizacije iz Jugoistočne Evrope, Istočne Evrope i Centralne Azije koje zajedno smanjuju štetu od upotrebe droga i brane zdravlje i prava ljudi sa kojima rade.",
          body: [
            "Članice mreže su nevladine organizacije, grupe ljudi koji koriste droge i javne zdravstvene službe. Neke sprovode programe zamene igala i špriceva i terenski rad na ulici; druge obučavaju policiju, lekare i socijalne radnike ili zastupaju svoje zajednice tamo gde se odlučuje o politici prema drogama, kod kuće i u Briselu.",
            "## Šta radimo",
            [
              "- Delimo praktično iskustvo na seminarima, radionicama i vebinarima.",
              "- Pišemo i prevodimo vodiče, da bi dobra praksa prelazila jezičke granice.",
              "- Vodimo imenik službi koje pomažu bez osuđivanja.",
              "- Donosimo glas civilnog društva i ljudi koji koriste droge na sastanke na kojima se kreiraju politike.",
            ].join("\n"),
            "## Na vašem jeziku",
            "Svaka članica piše na svom jeziku, a prevodioci mreže prenose tekstove na druge jezike. Kada stranica još nije prevedena na vaš jezik, videćete original sa napomenom o tome, a nikada mašinski prevod.",
            "## O ovoj demonstraciji",
            "Ovaj sajt pokazuje šta Outreach može. Sama mreža je izmišljena, ali događaji, programi i organizacije na njemu su stvarni: činjenice potiču iz njihovih javnih izveštaja, a svi tekstovi su napisani iznova za ovu demonstraciju. Pogledajte [organizacije i partnere](/sr-latn/pages/members-and-partners) koji stoje iza njih. Izmišljena su samo dva predstojeća događaja, da bi se mogla isprobati prijava; to piše i na njihovim stranicama.",
          ].join("\n\n"),
        },
      },
    ],
  },
  {
    slug: "members-and-partners",
    translations: [
      {
        locale: "en",
        fields: {
          title: "Organisations and partners",
          summary: "The organisations whose work this demonstration describes, each in one line.",
          body: [
            "In this demonstration, the organisations below stand in for the network's members and partners. None of them has joined the imagined network: each line says what they did in the events told on this site.",
            "## Civil society",
            [
              "- **Drug Policy Network South East Europe (DPNSEE)** works for humane drug policy in South East Europe and belongs to the EU Civil Society Forum on Drugs; its Executive Director is Milutin Milošević.",
              "- **Eurasian Harm Reduction Association (EHRA)**, formerly the Eurasian Harm Reduction Network (EHRN), ran the programme Harm Reduction Works—Fund It! and wrote a guide to online harm reduction services.",
              "- **Initiative for Health Foundation (IHF)** in Sofia hosted the 2008 seminar on harm reduction in Roma communities.",
              "- **Re Generacija** in Serbia brings research and field experience; its trainers led the 2023 workshops on women who use drugs.",
              "- **prEUgovor**, a coalition of seven Serbian civil society organisations, monitors the justice and security reforms of EU accession.",
              "- **Regional Technical Support Hub for Eastern Europe and Central Asia**, with **India HIV/AIDS Alliance** and **Alliance Ukraine**, ran the 2014 Bangkok workshop on employing people who use drugs.",
              "- **COACT** co-organised the Bangkok workshop, and Mat Southwell facilitated it.",
            ].join("\n"),
            "## Networks of people who use drugs",
            [
              "- **International Network of People Who Use Drugs (INPUD)** co-organised the 2020 webinar on COVID-19; its Executive Director Judy Chang spoke.",
              "- **European Network of People Who Use Drugs (EuroNPUD)** co-organised the same webinar; Mat Southwell spoke for it.",
            ].join("\n"),
            "## International partners",
            [
              "- **Médecins du Monde** convened the webinar series on COVID-19 and harm reduction.",
              "- **Harm Reduction International (HRI)** co-organised the series; its Executive Director Naomi Burke-Shyne spoke.",
              "- **UN Office on Drugs and Crime (UNODC)** trains police on HIV and harm reduction, and leads the emergency support project for Ukraine and neighbouring countries.",
              "- **World Health Organization (WHO)** co-organised the COVID-19 webinars, then ran regional ones for decision makers.",
              "- **Open Society Institute**, through its Roma Health Project and International Harm Reduction Development Program, organised the Sofia seminar.",
              "- **Villa Maraini Foundation**, the Italian Red Cross rehabilitation centre in Rome, hosted the Rome Consensus 2.0 summit.",
            ].join("\n"),
          ].join("\n\n"),
        },
      },
      {
        locale: "ru",
        fields: {
          title: "Организации и партнёры",
          summary: "Организации, о работе которых рассказывает эта демонстрация, — по одной строке о каждой.",
          body: [
            "В этой демонстрации перечисленные ниже организации играют роль участников и партнёров сети. Ни одна из них не вступала в вымышленную сеть: в каждой строке сказано, что организация делала в событиях, описанных на сайте.",
            "## Гражданское общество",
            [
              "- **Сеть по наркополитике Юго-Восточной Европы (DPNSEE)** добивается гуманной наркополитики в Юго-Восточной Европе и входит в Форум гражданского общества ЕС по наркотикам; её исполнительный директор — Милутин Милошевич.",
              "- **Евразийская ассоциация снижения вреда (ЕАСВ)**, прежде Евразийская сеть снижения вреда (ЕССВ), вела программу Harm Reduction Works—Fund It! и написала руководство по онлайн-услугам снижения вреда.",
              "- **Фонд «Инициатива за здоровье» (IHF)** в Софии принимал семинар 2008 года о снижении вреда в ромских общинах.",
              "- **Re Generacija** из Сербии сочетает исследования и полевую работу; её тренеры провели семинары 2023 года о женщинах, употребляющих наркотики.",
              "- **prEUgovor** — коалиция семи сербских организаций гражданского общества, которая следит за реформами в сфере правосудия и безопасности на пути Сербии в ЕС.",
              "- **Региональный центр технической поддержки для Восточной Европы и Центральной Азии** вместе с **Индийским альянсом по ВИЧ/СПИДу** и **Альянсом Украины** провёл в 2014 году семинар в Бангкоке о трудоустройстве людей, употребляющих наркотики.",
              "- **COACT** был соорганизатором семинара в Бангкоке, а Мэт Саутвелл его вёл.",
            ].join("\n"),
            "## Сети людей, употребляющих наркотики",
            [
              "- **Международная сеть людей, употребляющих наркотики (INPUD)** участвовала в организации вебинара 2020 года о COVID-19; выступила её исполнительный директор Джуди Чанг.",
              "- **Европейская сеть людей, употребляющих наркотики (EuroNPUD)** тоже была соорганизатором вебинара; от неё выступил Мэт Саутвелл.",
            ].join("\n"),
            "## Международные партнёры",
            [
              "- **«Врачи мира» (Médecins du Monde)** начали серию вебинаров о COVID-19 и снижении вреда.",
              "- **Harm Reduction International (HRI)** участвовала в организации серии; выступила её исполнительный директор Наоми Бёрк-Шайн.",
              "- **Управление ООН по наркотикам и преступности (УНП ООН)** обучает полицию вопросам ВИЧ и снижения вреда и руководит проектом экстренной поддержки Украины и соседних стран.",
              "- **Всемирная организация здравоохранения (ВОЗ)** участвовала в организации вебинаров о COVID-19, а затем провела региональные вебинары для лиц, принимающих решения.",
              "- **Институт «Открытое общество»** через Проект по здоровью ромов и Международную программу развития снижения вреда организовал семинар в Софии.",
              "- **Фонд «Вилла Мараини»**, реабилитационный центр Итальянского Красного Креста в Риме, принял саммит «Римский консенсус 2.0».",
            ].join("\n"),
          ].join("\n\n"),
        },
      },
    ],
  },
  {
    slug: "programmes",
    translations: [
      {
        locale: "en",
        fields: {
          title: "Programmes",
          summary:
            "Three strands of work that run through this site: getting governments to fund harm reduction, emergency support after the war in Ukraine, and keeping services open during COVID-19.",
          body: [
            "## Harm Reduction Works—Fund It!",
            "For years, harm reduction in Eastern Europe and Central Asia depended on foreign donors. Under this regional programme, the Eurasian Harm Reduction Network (EHRN) worked for support at home, including from police and interior ministries. In 2016, with UNODC, it began to bring police and NGOs to the same table: first in [Minsk](/en/events/police-and-ngos-minsk-2016), then at meetings planned in [Almaty](/en/events/police-and-ngos-almaty-2016), [Tbilisi](/en/events/police-and-ngos-tbilisi-2016) and [Dushanbe](/en/events/police-and-ngos-dushanbe-2016).",
            "## Emergency support for Ukraine and neighbouring countries",
            "The UNODC-led project “Emergency support for the provision of HIV and Harm Reduction services among key populations in Ukraine and refugees in selected neighbouring countries” helps services keep working with people affected by the war. In Serbia, DPNSEE used it in 2023 to [publish health information for refugees](/en/news/information-for-refugees-2023) and to [train shelter and service staff](/en/news/women-who-use-drugs-workshops-2023) on the needs of women who use drugs.",
            "## COVID-19 and harm reduction webinars",
            "In April 2020, Médecins du Monde, WHO, UNODC, INPUD, HRI and EuroNPUD started a series of webinars in which harm reduction workers told each other how they kept services going during the pandemic. About 400 people registered for [the first one](/en/events/covid-19-harm-reduction-webinar); WHO and UNODC followed with regional webinars for decision makers.",
          ].join("\n\n"),
        },
      },
      {
        locale: "ru",
        fields: {
          title: "Программы",
          summary:
            "Три направления работы, о которых рассказывает этот сайт: чтобы государства сами финансировали снижение вреда, экстренная помощь после начала войны в Украине и сохранение услуг во время COVID-19.",
          body: [
            "## Harm Reduction Works—Fund It! («Снижение вреда работает — финансируйте его!»)",
            "Долгие годы снижение вреда в Восточной Европе и Центральной Азии держалось на иностранных донорах. В рамках этой региональной программы Евразийская сеть снижения вреда (ЕССВ) добивалась поддержки внутри стран, в том числе со стороны полиции и министерств внутренних дел. В 2016 году вместе с УНП ООН она начала собирать полицию и НКО за одним столом: сначала [в Минске](/ru/events/police-and-ngos-minsk-2016), затем на встречах, запланированных [в Алматы](/ru/events/police-and-ngos-almaty-2016), [Тбилиси](/ru/events/police-and-ngos-tbilisi-2016) и [Душанбе](/ru/events/police-and-ngos-dushanbe-2016).",
            "## Экстренная поддержка Украины и соседних стран",
            "Проект под руководством УНП ООН «Экстренная поддержка предоставления услуг по ВИЧ и снижению вреда ключевым группам населения в Украине и беженцам в отдельных соседних странах» помогает службам продолжать работу с людьми, пострадавшими от войны. В Сербии DPNSEE в 2023 году [подготовила для беженцев информацию о здоровье](/ru/news/information-for-refugees-2023) и [провела обучение для сотрудников служб и приютов](/ru/news/women-who-use-drugs-workshops-2023) о потребностях женщин, употребляющих наркотики.",
            "## Вебинары о COVID-19 и снижении вреда",
            "В апреле 2020 года «Врачи мира», ВОЗ, УНП ООН, INPUD, HRI и EuroNPUD начали серию вебинаров, на которых сотрудники программ снижения вреда рассказывали друг другу, как сохранить услуги во время пандемии. На [первый вебинар](/ru/events/covid-19-harm-reduction-webinar) зарегистрировались около 400 человек; затем ВОЗ и УНП ООН провели региональные вебинары для лиц, принимающих решения.",
          ].join("\n\n"),
        },
      },
      {
        locale: "uk",
        status: "draft",
        fields: {
          title: "Програми",
          summary:
            "Три напрями роботи, про які розповідає цей сайт: щоб держави самі фінансували зменшення шкоди, екстрена допомога після початку війни в Україні та збереження послуг під час COVID-19.",
          body: [
            "## Harm Reduction Works—Fund It! («Зменшення шкоди працює — фінансуйте його!»)",
            "Багато років зменшення шкоди у Східній Європі та Центральній Азії трималося на іноземних донорах. У межах цієї регіональної програми Євразійська мережа зменшення шкоди (EHRN) домагалася підтримки в самих країнах, зокрема з боку поліції та міністерств внутрішніх справ. У 2016 році разом з УНЗ ООН вона почала збирати поліцію та НУО за одним столом: спершу [у Мінську](/uk/events/police-and-ngos-minsk-2016), а потім на зустрічах, запланованих [в Алмати](/uk/events/police-and-ngos-almaty-2016), [Тбілісі](/uk/events/police-and-ngos-tbilisi-2016) і [Душанбе](/uk/events/police-and-ngos-dushanbe-2016).",
            "## Екстрена підтримка України та сусідніх країн",
            "Проєкт під керівництвом УНЗ ООН «Екстрена підтримка надання послуг із ВІЛ та зменшення шкоди ключовим групам в Україні та біженцям в окремих сусідніх країнах» допомагає службам продовжувати роботу з людьми, які постраждали від війни. У Сербії DPNSEE у 2023 році [підготувала для біженців інформацію про здоров’я](/uk/news/information-for-refugees-2023) та [провела навчання для працівників служб і притулків](/uk/news/women-who-use-drugs-workshops-2023) щодо потреб жінок, які вживають наркотики.",
            "## Вебінари про COVID-19 та зменшення шкоди",
            "У квітні 2020 року «Лікарі світу», ВООЗ, УНЗ ООН, INPUD, HRI та EuroNPUD розпочали серію вебінарів, на яких працівники програм зменшення шкоди розповідали одне одному, як зберегти послуги під час пандемії. На [перший вебінар](/uk/events/covid-19-harm-reduction-webinar) зареєструвалися близько 400 людей; згодом ВООЗ і УНЗ ООН провели регіональні вебінари для тих, хто ухвалює рішення.",
          ].join("\n\n"),
        },
      },
    ],
  },
  {
    slug: "privacy",
    translations: [
      {
        locale: "en",
        fields: {
          title: "Privacy",
          summary: "What this site knows about you, and for how long: as little as it can, for as short a time as it can.",
          body: [
            "## When you read",
            "Nothing tracks you here: no analytics, no advertising, no buttons from social networks, and every part of a page comes from this site. Our server notes each request (what kind of page it was, whether it worked and how long it took) but not your address, your browser or which page you read.",
            "## Two cookies, no more",
            [
              "- `lang` remembers the language you chose, for up to a year.",
              "- `sid` keeps you signed in, and is set only if you have an account. It ends after 12 hours without use, and after 14 days at most.",
            ].join("\n"),
            "To protect the sign-in forms from abuse we count attempts, but we keep only a one-way hash that cannot be turned back into your address, and we delete the counts after a day.",
            "## When you register for an event",
            "We ask for a name (it may be one you choose), an email address and the organisers' own questions, and we never pass them on. Ninety days after the event your name, email and written answers are deleted; only the status of your registration and your answers to the country, organisation and multiple-choice questions stay, without your name, for the event's statistics.",
            "## When you comment",
            "A comment asks for a name (it may be one you choose) and, if you like, an email address; the email is never shown, only the moderators see it. To stop abuse we keep a one-way hash of your connection's address, never the address itself. Ninety days after the comment the hash and your email are deleted; your name and text stay with the comment until you ask us to delete them.",
            "## Questions",
            "Write to us through the [contact page](/en/pages/contact). You can ask what we hold about you and have it corrected or deleted.",
          ].join("\n\n"),
        },
      },
      {
        locale: "ru",
        fields: {
          title: "Конфиденциальность",
          summary: "Что этот сайт знает о вас и как долго: как можно меньше и как можно короче.",
          body: [
            "## Когда вы читаете",
            "Здесь за вами никто не следит: нет веб-аналитики, рекламы и кнопок социальных сетей, а всё содержимое страницы загружается с этого же сайта. Сервер отмечает каждый запрос (что это за страница, открылась ли она и сколько времени это заняло), но не записывает ваш адрес, браузер и то, какую страницу вы читали.",
            "## Два файла cookie, и не больше",
            [
              "- `lang` запоминает выбранный вами язык — не дольше чем на год.",
              "- `sid` сохраняет вход на сайт и появляется, только если у вас есть учётная запись. Сеанс заканчивается через 12 часов бездействия и в любом случае через 14 дней.",
            ].join("\n"),
            "Чтобы защитить формы входа от злоупотреблений, мы считаем попытки, но храним лишь хеш, по которому нельзя восстановить ваш адрес, и удаляем счётчики через сутки.",
            "## Когда вы регистрируетесь на мероприятие",
            "Мы спрашиваем имя (можно выбранное вами), адрес электронной почты и ответы на вопросы организаторов и никому их не передаём. Через 90 дней после мероприятия имя, адрес и письменные ответы удаляются; для статистики мероприятия остаются только ваш статус и ответы на вопросы о стране, организации и с выбором вариантов — уже без имени.",
            "## Когда вы оставляете комментарий",
            "Для комментария нужно имя (можно выбранное вами) и, по желанию, адрес электронной почты; адрес нигде не показывается, его видят только модераторы. Чтобы защититься от злоупотреблений, мы храним необратимый хеш адреса вашего подключения, но не сам адрес. Через 90 дней после комментария хеш и адрес почты удаляются; имя и текст остаются вместе с комментарием, пока вы не попросите их удалить.",
            "## Вопросы",
            "Напишите нам через [страницу контактов](/ru/pages/contact). Вы можете узнать, какие данные о вас у нас есть, и попросить исправить или удалить их.",
          ].join("\n\n"),
        },
      },
      {
        locale: "uk",
        fields: {
          title: "Конфіденційність",
          summary: "Що цей сайт знає про вас і як довго: якомога менше і якомога коротше.",
          body: [
            "## Коли ви читаєте",
            "Тут за вами ніхто не стежить: немає вебаналітики, реклами й кнопок соціальних мереж, а весь вміст сторінки завантажується з цього ж сайту. Сервер фіксує кожен запит (що це за сторінка, чи вдалося її відкрити і скільки часу це забрало), але не записує вашу адресу, браузер і те, яку сторінку ви читали.",
            "## Два файли cookie, і не більше",
            [
              "- `lang` запам’ятовує мову, яку ви обрали, — не довше ніж на рік.",
              "- `sid` зберігає вхід на сайт і з’являється, лише якщо у вас є обліковий запис. Сеанс завершується після 12 годин бездіяльності й у будь-якому разі через 14 днів.",
            ].join("\n"),
            "Щоб захистити форми входу від зловживань, ми рахуємо спроби, але зберігаємо лише геш, з якого неможливо відновити вашу адресу, і видаляємо лічильники через добу.",
            "## Коли ви реєструєтеся на захід",
            "Ми запитуємо ім’я (можна вибране вами), адресу електронної пошти та відповіді на запитання організаторів і нікому їх не передаємо. Через 90 днів після заходу ім’я, адресу та письмові відповіді видаляють; для статистики заходу залишаються лише ваш статус і відповіді на запитання про країну, організацію та з вибором варіантів — уже без імені.",
            "## Коли ви залишаєте коментар",
            "Для коментаря потрібне ім’я (можна вибране вами) і, за бажанням, адреса електронної пошти; адресу ніде не показують, її бачать лише модератори. Щоб захиститися від зловживань, ми зберігаємо незворотний геш адреси вашого підключення, але не саму адресу. Через 90 днів після коментаря геш і адресу пошти видаляють; ім’я та текст залишаються разом із коментарем, доки ви не попросите їх видалити.",
            "## Запитання",
            "Напишіть нам через [сторінку контактів](/uk/pages/contact). Ви можете дізнатися, які дані про вас у нас є, і попросити виправити чи видалити їх.",
          ].join("\n\n"),
        },
      },
      {
        locale: "sr-Latn",
        fields: {
          title: "Privatnost",
          summary: "Šta ovaj sajt zna o vama i koliko dugo: što je manje moguće i što kraće.",
          body: [
            "## Dok čitate",
            "Ovde vas niko ne prati: nema analitike, reklama ni dugmića društvenih mreža, a sav sadržaj stranice dolazi sa ovog sajta. Server beleži svaki zahtev (o kakvoj stranici je reč, da li je uspešno otvorena i koliko je to trajalo), ali ne i vašu adresu, pregledač niti stranicu koju ste čitali.",
            "## Dva kolačića i ništa više",
            [
              "- `lang` pamti jezik koji ste izabrali, najduže godinu dana.",
              "- `sid` čuva vašu prijavu i postavlja se samo ako imate nalog. Sesija ističe posle 12 sati neaktivnosti, a u svakom slučaju posle 14 dana.",
            ].join("\n"),
            "Da bismo zaštitili obrasce za prijavu od zloupotrebe, brojimo pokušaje, ali čuvamo samo heš iz kog se vaša adresa ne može povratiti, a brojače brišemo posle jednog dana.",
            "## Kada se prijavite za događaj",
            "Tražimo ime (može i ono koje sami izaberete), adresu e-pošte i odgovore na pitanja organizatora i to nikome ne prosleđujemo. Devedeset dana posle događaja ime, adresa i pisani odgovori se brišu; za statistiku događaja ostaju samo vaš status i odgovori na pitanja o zemlji, organizaciji i sa ponuđenim izborom — bez imena.",
            "## Kada ostavite komentar",
            "Za komentar tražimo ime (može i ono koje sami izaberete) i, ako želite, adresu e-pošte; adresa se nigde ne prikazuje i vide je samo moderatori. Da bismo sprečili zloupotrebe, čuvamo jednosmerni heš adrese vaše veze, nikada samu adresu. Devedeset dana posle komentara heš i adresa e-pošte se brišu; ime i tekst ostaju uz komentar dok ne zatražite da ih obrišemo.",
            "## Pitanja",
            "Pišite nam preko [stranice za kontakt](/sr-latn/pages/contact). Možete pitati koje podatke o vama imamo i tražiti da ih ispravimo ili obrišemo.",
          ].join("\n\n"),
        },
      },
      {
        locale: "sr-Cyrl",
        fields: {
          title: "Приватност",
          summary: "Шта овај сајт зна о вама и колико дуго: што је мање могуће и што краће.",
          body: [
            "## Док читате",
            "Овде вас нико не прати: нема аналитике, реклама ни дугмића друштвених мрежа, а сав садржај странице долази са овог сајта. Сервер бележи сваки захтев (о каквој страници је реч, да ли је успешно отворена и колико је то трајало), али не и вашу адресу, прегледач нити страницу коју сте читали.",
            "## Два колачића и ништа више",
            [
              "- `lang` памти језик који сте изабрали, најдуже годину дана.",
              "- `sid` чува вашу пријаву и поставља се само ако имате налог. Сесија истиче после 12 сати неактивности, а у сваком случају после 14 дана.",
            ].join("\n"),
            "Да бисмо заштитили обрасце за пријаву од злоупотребе, бројимо покушаје, али чувамо само хеш из ког се ваша адреса не може повратити, а бројаче бришемо после једног дана.",
            "## Када се пријавите за догађај",
            "Тражимо име (може и оно које сами изаберете), адресу е-поште и одговоре на питања организатора и то никоме не прослеђујемо. Деведесет дана после догађаја име, адреса и писани одговори се бришу; за статистику догађаја остају само ваш статус и одговори на питања о земљи, организацији и са понуђеним избором — без имена.",
            "## Када оставите коментар",
            "За коментар тражимо име (може и оно које сами изаберете) и, ако желите, адресу е-поште; адреса се нигде не приказује и виде је само модератори. Да бисмо спречили злоупотребе, чувамо једносмерни хеш адресе ваше везе, никада саму адресу. Деведесет дана после коментара хеш и адреса е-поште се бришу; име и текст остају уз коментар док не затражите да их обришемо.",
            "## Питања",
            "Пишите нам преко [странице за контакт](/sr-cyrl/pages/contact). Можете питати које податке о вама имамо и тражити да их исправимо или обришемо.",
          ].join("\n\n"),
        },
      },
    ],
  },
  {
    slug: "contact",
    translations: [
      {
        locale: "en",
        fields: {
          title: "Contact",
          summary: "How to reach the network's coordinators, and where to turn if you need help now.",
          body: [
            "Write to [info@example.org](mailto:info@example.org). We answer in English, Russian, Ukrainian and Serbian, usually within three working days. Journalists, please put your deadline in the subject line. (This is a demonstration address: mail sent to it reaches no one.)",
            "## If you need help now",
            "We are a network, not a service, and we cannot give medical or legal advice by email. Look for an organisation near you in the directory of services, or call your local emergency number.",
            "## Joining the network",
            "Organisations that work with people who use drugs are welcome. Tell us who you are, where you work and whom you serve, and we will put you in touch with members near you.",
          ].join("\n\n"),
        },
      },
      {
        locale: "ru",
        fields: {
          title: "Контакты",
          summary: "Как связаться с координаторами сети и куда обратиться, если помощь нужна прямо сейчас.",
          body: [
            "Пишите на [info@example.org](mailto:info@example.org). Мы отвечаем на английском, русском, украинском и сербском, обычно в течение трёх рабочих дней. Журналистов просим указать в теме письма, к какому сроку нужен ответ. (Это демонстрационный адрес: письма на него никуда не доходят.)",
            "## Если помощь нужна сейчас",
            "Мы — сеть, а не служба, и не можем консультировать по медицинским или юридическим вопросам по электронной почте. Найдите организацию рядом с вами в справочнике служб или позвоните в местную экстренную службу.",
            "## Как присоединиться к сети",
            "Мы рады организациям, которые работают с людьми, употребляющими наркотики. Расскажите, кто вы, где работаете и кому помогаете, и мы познакомим вас с участниками сети поблизости.",
          ].join("\n\n"),
        },
      },
      {
        locale: "sr-Latn",
        fields: {
          title: "Kontakt",
          summary: "Kako da stupite u vezu sa koordinatorima mreže i kome da se obratite ako vam je pomoć potrebna odmah.",
          body: [
            "Pišite nam na [info@example.org](mailto:info@example.org). Odgovaramo na engleskom, ruskom, ukrajinskom i srpskom, obično u roku od tri radna dana. Novinare molimo da u naslovu poruke navedu rok. (Ovo je adresa za demonstraciju: poruke poslate na nju nikome ne stižu.)",
            "## Ako vam je pomoć potrebna odmah",
            "Mi smo mreža, a ne služba, i ne možemo da dajemo medicinske ni pravne savete imejlom. Potražite organizaciju u svojoj blizini u imeniku službi ili pozovite lokalni broj za hitne slučajeve.",
            "## Pridruživanje mreži",
            "Dobrodošle su sve organizacije koje rade sa ljudima koji koriste droge. Recite nam ko ste, gde radite i kome pomažete, i povezaćemo vas sa članicama mreže u vašoj blizini.",
          ].join("\n\n"),
        },
      },
    ],
  },
];

export const DEMO_PAGES: DemoPage[] = SITE_PAGES;

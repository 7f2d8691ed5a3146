import type { DemoPost } from "./posts.ts";

/**
 * DPNSEE's news of spring 2023 as news posts, on the days they came out. Facts come from the
 * network's public reports; the texts were written for this demo. Events are events: see events.ts.
 */
export const NEWS_POSTS: DemoPost[] = [
  {
    slug: "eu-western-balkans-drugs-2023",
    kind: "news",
    publishedAt: "2023-05-29T09:00:00.000Z",
    topics: ["drug-policy"],
    organisations: ["dpnsee"],
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
    kind: "news",
    publishedAt: "2023-05-22T09:00:00.000Z",
    topics: ["women-who-use-drugs", "hiv"],
    organisations: ["dpnsee", "unodc"],
    programme: "emergency-support-ukraine",
    translations: [
      {
        locale: "en",
        fields: {
          title: "Women, violence and drug use: three workshops in Serbia",
          summary:
            "In spring 2023, shelter staff and service providers in Belgrade, Novi Sad and Niš trained in gender-responsive HIV and harm reduction services for women who use drugs.",
          body: [
            "**Spring 2023 · Belgrade, Novi Sad (19 May) and Niš (21 May)**",
            "DPNSEE organised three workshops under the UNODC-led [emergency support project](/en/programmes/emergency-support-ukraine) for Ukraine and neighbouring countries. They were meant for people who work in services and shelters: how to offer HIV and harm reduction services that respond to women, how to meet their health and social needs, and how to prevent stigma, discrimination and gender-based violence.",
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
            "DPNSEE провела три семинара в рамках [проекта экстренной поддержки](/ru/programmes/emergency-support-ukraine) Украины и соседних стран, которым руководит УНП ООН. Они были адресованы тем, кто работает в службах и приютах: как предоставлять услуги по ВИЧ и снижению вреда с учётом потребностей женщин, как отвечать на их медицинские и социальные нужды и как предотвращать стигму, дискриминацию и гендерное насилие.",
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
            "DPNSEE je organizovala tri radionice u okviru [projekta hitne podrške](/sr-latn/programmes/emergency-support-ukraine) Ukrajini i susednim zemljama, koji vodi UNODC. Bile su namenjene onima koji rade u službama i sigurnim kućama: kako pružati usluge u oblasti HIV-a i smanjenja štete koje odgovaraju ženama, kako odgovoriti na njihove zdravstvene i socijalne potrebe i kako sprečiti stigmu, diskriminaciju i rodno zasnovano nasilje.",
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
            "DPNSEE је организовала три радионице у оквиру [пројекта хитне подршке](/sr-cyrl/programmes/emergency-support-ukraine) Украјини и суседним земљама, који води UNODC. Биле су намењене онима који раде у службама и сигурним кућама: како пружати услуге у области ХИВ-а и смањења штете које одговарају женама, како одговорити на њихове здравствене и социјалне потребе и како спречити стигму, дискриминацију и родно засновано насиље.",
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
    kind: "news",
    publishedAt: "2023-05-10T09:00:00.000Z",
    topics: ["refugees", "hiv"],
    organisations: ["dpnsee", "unodc"],
    programme: "emergency-support-ukraine",
    resources: ["information-for-refugees-serbia", "information-hiv-key-populations"],
    translations: [
      {
        locale: "en",
        fields: {
          title: "Health information for refugees in Serbia, in four languages",
          summary:
            "DPNSEE prepared and printed two guides on health services and drugs for refugees from Ukraine and people displaced from Russia, in Ukrainian, Russian, Serbian and English.",
          body: [
            "Under the UNODC-led [emergency support project](/en/programmes/emergency-support-ukraine), DPNSEE gathered what refugees from Ukraine and people displaced from Russia need to know about health services and drugs in Serbia. The ministries of health and of the interior, the Commissariat for Refugees, the Institute of Public Health, the Office for Combating Drugs, UNHCR and civil society organisations working with refugees all commented on the drafts, so that each of them would accept the result and pass it on.",
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
            "У межах [проєкту екстреної підтримки](/uk/programmes/emergency-support-ukraine), який очолює УНЗ ООН, DPNSEE зібрала все, що біженцям з України та людям, які вимушено виїхали з Росії, важливо знати про медичні послуги та наркотики в Сербії. Міністерства охорони здоров’я та внутрішніх справ, Комісаріат у справах біженців, Інститут громадського здоров’я, Управління з протидії наркотикам, УВКБ ООН і громадські організації, що працюють з біженцями, прокоментували чернетки — щоб кожен із них потім прийняв готовий текст і поширював його.",
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
            "В рамках [проекта экстренной поддержки](/ru/programmes/emergency-support-ukraine), которым руководит УНП ООН, DPNSEE собрала всё, что беженцам из Украины и людям, вынужденно уехавшим из России, важно знать о медицинских услугах и наркотиках в Сербии. Министерства здравоохранения и внутренних дел, Комиссариат по делам беженцев, Институт общественного здравоохранения, Управление по борьбе с наркотиками, УВКБ ООН и общественные организации, работающие с беженцами, прокомментировали черновики — чтобы потом каждый из них принял готовый текст и распространял его.",
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
            "U okviru [projekta hitne podrške](/sr-latn/programmes/emergency-support-ukraine) koji vodi UNODC, DPNSEE je prikupila sve što izbeglice iz Ukrajine i raseljena lica iz Rusije treba da znaju o zdravstvenim uslugama i drogama u Srbiji. Ministarstva zdravlja i unutrašnjih poslova, Komesarijat za izbeglice, Institut za javno zdravlje, Kancelarija za borbu protiv droga, UNHCR i organizacije civilnog društva koje rade sa izbeglicama komentarisali su nacrte, kako bi svi oni kasnije prihvatili gotove materijale i delili ih dalje.",
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
            "У оквиру [пројекта хитне подршке](/sr-cyrl/programmes/emergency-support-ukraine) који води UNODC, DPNSEE је прикупила све што избеглице из Украјине и расељена лица из Русије треба да знају о здравственим услугама и дрогама у Србији. Министарства здравља и унутрашњих послова, Комесаријат за избеглице, Институт за јавно здравље, Канцеларија за борбу против дрога, UNHCR и организације цивилног друштва које раде са избеглицама коментарисали су нацрте, како би сви они касније прихватили готове материјале и делили их даље.",
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
    kind: "news",
    publishedAt: "2023-05-08T09:00:00.000Z",
    topics: ["drug-policy", "harm-reduction-services"],
    organisations: ["dpnsee"],
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
    kind: "news",
    publishedAt: "2023-04-20T09:00:00.000Z",
    topics: ["harm-reduction-services"],
    organisations: ["ehra"],
    resources: ["online-harm-reduction-services-guide"],
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
    kind: "news",
    isDraft: true,
    topics: ["hiv", "police-and-harm-reduction"],
    organisations: ["unodc"],
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
